-- DropIndex
DROP INDEX "A_b_idx";

-- DropIndex
DROP INDEX "A_c_idx";

-- CreateIndex
CREATE INDEX "A_b_idx" ON "A"("b" DESC);

-- CreateIndex
CREATE INDEX "A_c_idx" ON "A" USING HASH ("c");

-- RenameIndex
ALTER INDEX "A_a_idx" RENAME TO "a_idx";

-- RenameIndex
ALTER INDEX "A_a_b_key" RENAME TO "ab_key";

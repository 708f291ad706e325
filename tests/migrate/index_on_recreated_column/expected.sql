-- AlterTable
ALTER TABLE "A" DROP COLUMN "a",
ADD COLUMN     "a" "E" NOT NULL;

-- CreateIndex
CREATE INDEX "renamed" ON "A"("a", "b");

-- CreateIndex
CREATE UNIQUE INDEX "A_a_key" ON "A"("a");

-- RenameIndex
ALTER INDEX "A_a_b_idx" RENAME TO "renamed";

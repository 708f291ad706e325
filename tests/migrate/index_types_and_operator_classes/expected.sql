-- DropIndex
DROP INDEX "A_data_idx";

-- DropIndex
DROP INDEX "A_name_idx";

-- CreateIndex
CREATE INDEX "A_data_idx" ON "A" USING GIN ("data" jsonb_path_ops);

-- CreateIndex
CREATE UNIQUE INDEX "A_name_key" ON "A"("name" DESC);

-- RenameIndex
ALTER INDEX "A_tags_idx" RENAME TO "tags_gin";

-- DropIndex
DROP INDEX "Post_slug_key";

-- DropIndex
DROP INDEX "Post_title_idx";

-- DropIndex
DROP INDEX "Post_published_idx";

-- DropIndex
DROP INDEX "Post_deletedAt_idx";

-- DropIndex
DROP INDEX "Post_title_rank_key";

-- DropIndex
DROP INDEX "Post_rank_published_key";

-- CreateIndex
CREATE UNIQUE INDEX "Post_slug_key" ON "Post"("slug");

-- CreateIndex
CREATE INDEX "Post_title_idx" ON "Post"("title") WHERE ("title" != '');

-- CreateIndex
CREATE INDEX "published_recent" ON "Post"("published") WHERE ("published" = true AND "deletedAt" IS NULL);

-- CreateIndex
CREATE INDEX "Post_deletedAt_idx" ON "Post"("deletedAt") WHERE ("deletedAt" > '2020-01-01');

-- CreateIndex
CREATE UNIQUE INDEX "Post_title_rank_key" ON "Post"("title", "rank") WHERE ("published" = false);

-- CreateIndex
CREATE UNIQUE INDEX "Post_rank_published_key" ON "Post"("rank", "published") WHERE (rank > 0);

-- RenameIndex
ALTER INDEX "Post_rank_idx" RENAME TO "rank_set";

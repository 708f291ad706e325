-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Status" AS ENUM ('ACTIVE', 'GONE');

-- CreateTable
CREATE TABLE "Post" (
    "id" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "post_title" TEXT NOT NULL,
    "published" BOOLEAN NOT NULL,
    "status" "Status" NOT NULL,
    "rank" DOUBLE PRECISION,
    "views" BIGINT NOT NULL,
    "price" DECIMAL(65,30) NOT NULL,
    "deletedAt" TIMESTAMP(3),
    "data" JSONB,
    "tags" TEXT[],

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Post_slug_key" ON "Post"("slug") WHERE ("published" = true);

-- CreateIndex
CREATE INDEX "Post_post_title_idx" ON "Post"("post_title") WHERE ("deletedAt" IS NULL);

-- CreateIndex
CREATE INDEX "rank_set" ON "Post"("rank") WHERE ("rank" IS NOT NULL);

-- CreateIndex
CREATE INDEX "Post_status_idx" ON "Post"("status") WHERE ("status" = 'ACTIVE' AND "published" = false);

-- CreateIndex
CREATE INDEX "Post_views_idx" ON "Post"("views") WHERE ("views" = -12 AND "price" = 1.50 AND "rank" != -0.5);

-- CreateIndex
CREATE INDEX "Post_price_idx" ON "Post" USING HASH ("price") WHERE ("post_title" = 'it''s "quoted" \ é');

-- CreateIndex
CREATE INDEX "Post_deletedAt_idx" ON "Post"("deletedAt") WHERE ("status" != 'GONE' AND "published" != true AND "data" IS NULL);

-- CreateIndex
CREATE INDEX "Post_slug_post_title_idx" ON "Post"("slug", "post_title") WHERE ("tags" IS NOT NULL AND "deletedAt" = '2020-01-01');

-- CreateIndex
CREATE UNIQUE INDEX "title_active" ON "Post"("post_title", "status") WHERE (status = 'ACTIVE' AND "deletedAt" IS NULL);

-- CreateIndex
CREATE UNIQUE INDEX "Post_rank_key" ON "Post"("rank") WHERE ("post_title" = '');

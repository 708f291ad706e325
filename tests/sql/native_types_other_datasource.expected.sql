-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Item" (
    "id" UUID NOT NULL,
    "code" VARCHAR(12) NOT NULL,
    "price" DECIMAL(8,2) NOT NULL,
    "tags" TEXT[],

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Item_tags_idx" ON "Item" USING GIN ("tags");

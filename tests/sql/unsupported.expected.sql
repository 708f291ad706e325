-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Shapes" (
    "id" INTEGER NOT NULL,
    "circle" circle NOT NULL,
    "polygon" polygon,
    "search" tsvector NOT NULL DEFAULT ''::tsvector,
    "ranges" int4range[],
    "point" point,
    "interval" interval DEFAULT '1 day'::interval,

    CONSTRAINT "Shapes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Shapes_search_idx" ON "Shapes" USING GIN ("search");

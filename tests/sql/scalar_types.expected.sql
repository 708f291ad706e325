-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Everything" (
    "id" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "flag" BOOLEAN NOT NULL,
    "count" INTEGER NOT NULL,
    "big" BIGINT NOT NULL,
    "ratio" DOUBLE PRECISION NOT NULL,
    "amount" DECIMAL(65,30) NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "data" JSONB NOT NULL,
    "blob" BYTEA NOT NULL,
    "maybe" TEXT,
    "maybeInt" INTEGER,
    "texts" TEXT[],
    "counts" INTEGER[],
    "bigs" BIGINT[],
    "ratios" DOUBLE PRECISION[],
    "amounts" DECIMAL(65,30)[],
    "ats" TIMESTAMP(3)[],
    "datas" JSONB[],
    "blobs" BYTEA[],
    "flags" BOOLEAN[],

    CONSTRAINT "Everything_pkey" PRIMARY KEY ("id")
);

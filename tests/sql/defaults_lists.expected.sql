-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Level" AS ENUM ('Low', 'high level');

-- CreateTable
CREATE TABLE "Lists" (
    "id" INTEGER NOT NULL,
    "none" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "texts" TEXT[] DEFAULT ARRAY['x', 'y''z']::TEXT[],
    "ints" INTEGER[] DEFAULT ARRAY[1, -2, 3]::INTEGER[],
    "noInts" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "bigs" BIGINT[] DEFAULT ARRAY[1, 2]::BIGINT[],
    "floats" DOUBLE PRECISION[] DEFAULT ARRAY[1.5, 2]::DOUBLE PRECISION[],
    "decimals" DECIMAL(65,30)[] DEFAULT ARRAY[1.50]::DECIMAL(65,30)[],
    "scaled" DECIMAL(4,2)[] DEFAULT ARRAY[1.5]::DECIMAL(4,2)[],
    "flags" BOOLEAN[] DEFAULT ARRAY[true, false]::BOOLEAN[],
    "moments" TIMESTAMP(3)[] DEFAULT ARRAY['2020-01-01 00:00:00 +00:00']::TIMESTAMP(3)[],
    "days" DATE[] DEFAULT ARRAY['2020-01-01 00:00:00 +00:00']::DATE[],
    "jsons" JSONB[] DEFAULT ARRAY['{}', '[1]']::JSONB[],
    "blobs" BYTEA[] DEFAULT ARRAY['\x6869']::BYTEA[],
    "levels" "Level"[] DEFAULT ARRAY['Low', 'high level']::"Level"[],
    "noLevels" "Level"[] DEFAULT ARRAY[]::"Level"[],
    "codes" VARCHAR(5)[] DEFAULT ARRAY['a']::VARCHAR(5)[],
    "level" "Level" NOT NULL DEFAULT 'high level',
    "maybe" "Level" DEFAULT 'Low',

    CONSTRAINT "Lists_pkey" PRIMARY KEY ("id")
);

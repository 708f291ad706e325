-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "colour" AS ENUM ('Red', 'g r e e n', 'BLUE');

-- CreateEnum
CREATE TYPE "Unused" AS ENUM ('One');

-- CreateTable
CREATE TABLE "things" (
    "id" INTEGER NOT NULL,
    "color" "colour" NOT NULL DEFAULT 'BLUE',
    "colors" "colour"[] DEFAULT ARRAY['Red', 'g r e e n']::"colour"[],
    "maybe" "colour",

    CONSTRAINT "things_pkey" PRIMARY KEY ("id")
);

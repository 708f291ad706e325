-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "audit";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "billing";

-- CreateEnum
CREATE TYPE "audit"."Kind" AS ENUM ('X');

-- CreateTable
CREATE TABLE "billing"."Invoice" (
    "id" INTEGER NOT NULL,
    "k" "audit"."Kind" NOT NULL,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

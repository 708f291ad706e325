-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "b";

-- CreateTable
CREATE TABLE "b"."User" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

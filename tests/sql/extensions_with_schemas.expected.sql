-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "app";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "ext";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm" WITH SCHEMA "ext";

-- CreateTable
CREATE TABLE "app"."User" (
    "id" INTEGER NOT NULL,
    "name" CITEXT NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ext"."Lookup" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Lookup_pkey" PRIMARY KEY ("id")
);

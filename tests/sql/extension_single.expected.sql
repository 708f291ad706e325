-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA "public" VERSION "1.1";

-- CreateTable
CREATE TABLE "Token" (
    "id" UUID NOT NULL DEFAULT uuid_generate_v4(),

    CONSTRAINT "Token_pkey" PRIMARY KEY ("id")
);

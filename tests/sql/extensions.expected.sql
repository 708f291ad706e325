-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext" WITH SCHEMA "public";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "hstore" WITH VERSION "1.8";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "uuid-ossp";

-- CreateTable
CREATE TABLE "Word" (
    "id" UUID NOT NULL DEFAULT uuid_generate_v4(),
    "text" CITEXT NOT NULL,
    "lang" CITEXT NOT NULL DEFAULT 'en',
    "attrs" hstore,

    CONSTRAINT "Word_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Word_text_idx" ON "Word" USING GIN ("text" gin_trgm_ops);

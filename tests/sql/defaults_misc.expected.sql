-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Misc" (
    "id" TEXT NOT NULL,
    "yes" BOOLEAN NOT NULL DEFAULT true,
    "no" BOOLEAN NOT NULL DEFAULT false,
    "object" JSONB NOT NULL DEFAULT '{"a": 1, "b": "v\u00e9"}',
    "array" JSONB NOT NULL DEFAULT '[]',
    "json" JSON NOT NULL DEFAULT '{}',
    "bytes" BYTEA NOT NULL DEFAULT '\x68656c6c6f',
    "noBytes" BYTEA NOT NULL DEFAULT '\x',
    "cuid" TEXT NOT NULL,
    "cuid2" TEXT NOT NULL,
    "uuid7" TEXT NOT NULL,
    "nanoid" TEXT NOT NULL,
    "nanoid8" TEXT NOT NULL,
    "ulid" TEXT NOT NULL,
    "generated" TEXT NOT NULL DEFAULT gen_random_uuid(),
    "quoted" TEXT NOT NULL DEFAULT 'x'::text || 'y',
    "opaque" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL DEFAULT 42,

    CONSTRAINT "Misc_pkey" PRIMARY KEY ("id")
);

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "mo""od" AS ENUM ('happy', 'it''s complicated');

-- CreateTable
CREATE TABLE "quo""ted" (
    "the ""id""" INTEGER NOT NULL,
    "mood" "mo""od" NOT NULL DEFAULT 'it''s complicated',
    "moods" "mo""od"[] DEFAULT ARRAY['happy', 'it''s complicated']::"mo""od"[],
    "na""me" TEXT NOT NULL DEFAULT 'a "name"',
    "self""id" INTEGER,

    CONSTRAINT "quo""ted_pkey" PRIMARY KEY ("the ""id""")
);

-- CreateIndex
CREATE UNIQUE INDEX "quo""ted_self""id_key" ON "quo""ted"("self""id");

-- CreateIndex
CREATE INDEX "quo""ted_na""me_idx" ON "quo""ted"("na""me");

-- AddForeignKey
ALTER TABLE "quo""ted" ADD CONSTRAINT "quo""ted_self""id_fkey" FOREIGN KEY ("self""id") REFERENCES "quo""ted"("the ""id""") ON DELETE SET NULL ON UPDATE CASCADE;

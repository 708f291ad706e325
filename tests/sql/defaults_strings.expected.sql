-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Strings" (
    "id" INTEGER NOT NULL,
    "plain" TEXT NOT NULL DEFAULT 'plain',
    "apostrophe" TEXT NOT NULL DEFAULT 'it''s',
    "backslash" TEXT NOT NULL DEFAULT 'back\slash',
    "both" TEXT NOT NULL DEFAULT 'a\''b',
    "newline" TEXT NOT NULL DEFAULT 'new
line',
    "tab" TEXT NOT NULL DEFAULT 'tab	here',
    "dquote" TEXT NOT NULL DEFAULT 'quote"d',
    "unicode" TEXT NOT NULL DEFAULT 'ünïcödé €',
    "emoji" TEXT NOT NULL DEFAULT 'emoji 😀',
    "escaped" TEXT NOT NULL DEFAULT 'A',
    "empty" TEXT NOT NULL DEFAULT '',
    "varchar" VARCHAR(10) NOT NULL DEFAULT 'v',
    "char" CHAR(3) NOT NULL DEFAULT 'abc',
    "uuid" UUID NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000',
    "inet" INET NOT NULL DEFAULT '127.0.0.1',
    "xml" XML NOT NULL DEFAULT '<a/>',
    "bit" BIT(2) NOT NULL DEFAULT '01',
    "optional" TEXT DEFAULT 'o',

    CONSTRAINT "Strings_pkey" PRIMARY KEY ("id")
);

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "one";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "two";

-- CreateEnum
CREATE TYPE "one"."kind" AS ENUM ('A', 'B');

-- CreateEnum
CREATE TYPE "two"."kind" AS ENUM ('X');

-- CreateTable
CREATE TABLE "one"."t" (
    "id" SERIAL NOT NULL,
    "kind" "one"."kind" NOT NULL DEFAULT 'B',
    "kinds" "one"."kind"[] DEFAULT ARRAY['A']::"one"."kind"[],
    "other" "two"."kind",
    "area" circle,

    CONSTRAINT "t_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "two"."t" (
    "id" INTEGER NOT NULL,
    "firstId" INTEGER NOT NULL,

    CONSTRAINT "t_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Third" (
    "id" INTEGER NOT NULL,
    "kind" "two"."kind" NOT NULL,

    CONSTRAINT "Third_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "two"."Fourth" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Fourth_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "two"."_FourthToThird" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_FourthToThird_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "t_kind_idx" ON "one"."t"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "t_firstId_key" ON "two"."t"("firstId");

-- CreateIndex
CREATE INDEX "_FourthToThird_B_index" ON "two"."_FourthToThird"("B");

-- AddForeignKey
ALTER TABLE "two"."t" ADD CONSTRAINT "t_firstId_fkey" FOREIGN KEY ("firstId") REFERENCES "one"."t"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "two"."_FourthToThird" ADD CONSTRAINT "_FourthToThird_A_fkey" FOREIGN KEY ("A") REFERENCES "two"."Fourth"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "two"."_FourthToThird" ADD CONSTRAINT "_FourthToThird_B_fkey" FOREIGN KEY ("B") REFERENCES "Third"("id") ON DELETE CASCADE ON UPDATE CASCADE;

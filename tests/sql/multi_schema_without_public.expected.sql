-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "alpha";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "zeta";

-- CreateEnum
CREATE TYPE "zeta"."Mood" AS ENUM ('Happy', 'Sad');

-- CreateTable
CREATE TABLE "zeta"."User" (
    "id" INTEGER NOT NULL,
    "mood" "zeta"."Mood" NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "alpha"."Post" (
    "id" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "alpha"."Tag" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "alpha"."_TagToUser" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_TagToUser_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "Post_userId_idx" ON "alpha"."Post"("userId");

-- CreateIndex
CREATE INDEX "_TagToUser_B_index" ON "alpha"."_TagToUser"("B");

-- AddForeignKey
ALTER TABLE "alpha"."Post" ADD CONSTRAINT "Post_userId_fkey" FOREIGN KEY ("userId") REFERENCES "zeta"."User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alpha"."_TagToUser" ADD CONSTRAINT "_TagToUser_A_fkey" FOREIGN KEY ("A") REFERENCES "alpha"."Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alpha"."_TagToUser" ADD CONSTRAINT "_TagToUser_B_fkey" FOREIGN KEY ("B") REFERENCES "zeta"."User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "MySchema";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "other schema";

-- CreateTable
CREATE TABLE "MySchema"."user" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "other schema"."User" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "other schema"."the notes" (
    "id" INTEGER NOT NULL,
    "user id" INTEGER NOT NULL,

    CONSTRAINT "the notes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "other schema"."_UserTouser" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_UserTouser_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "the notes_user id_idx" ON "other schema"."the notes"("user id");

-- CreateIndex
CREATE INDEX "_UserTouser_B_index" ON "other schema"."_UserTouser"("B");

-- AddForeignKey
ALTER TABLE "other schema"."the notes" ADD CONSTRAINT "the notes_user id_fkey" FOREIGN KEY ("user id") REFERENCES "other schema"."User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "other schema"."_UserTouser" ADD CONSTRAINT "_UserTouser_A_fkey" FOREIGN KEY ("A") REFERENCES "other schema"."User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "other schema"."_UserTouser" ADD CONSTRAINT "_UserTouser_B_fkey" FOREIGN KEY ("B") REFERENCES "MySchema"."user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

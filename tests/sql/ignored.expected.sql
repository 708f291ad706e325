-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Empty" (

);

-- CreateTable
CREATE TABLE "Legacy" (
    "id" INTEGER NOT NULL,
    "area" circle,

    CONSTRAINT "Legacy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Keeper" (
    "id" INTEGER NOT NULL,
    "hidden" INTEGER NOT NULL,
    "legacyId" INTEGER,

    CONSTRAINT "Keeper_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_KeeperToTag" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_KeeperToTag_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "_KeeperToTag_B_index" ON "_KeeperToTag"("B");

-- AddForeignKey
ALTER TABLE "Keeper" ADD CONSTRAINT "Keeper_legacyId_fkey" FOREIGN KEY ("legacyId") REFERENCES "Legacy"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_KeeperToTag" ADD CONSTRAINT "_KeeperToTag_A_fkey" FOREIGN KEY ("A") REFERENCES "Keeper"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_KeeperToTag" ADD CONSTRAINT "_KeeperToTag_B_fkey" FOREIGN KEY ("B") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "A" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "A_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "B" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "B_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_ThisIsAnExtremelyLongRelationNameThatShouldBeTruncatedByPrisma" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_ThisIsAnExtremelyLongRelationNameThatShouldBeTruncated_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_RelationNameOfExactlyFiftyFourCharactersXXXXXXXXXXXXXX" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_RelationNameOfExactlyFiftyFourCharactersXXXXXXXXXXXXXX_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_RelationNameOfExactlyFiftyFiveCharactersXXXXXXXXXXXXXXX" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_RelationNameOfExactlyFiftyFiveCharactersXXXXXXXXXXXXXX_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_RelationNameOfFiftySixCharactersXXXXXXXXXXXXXXXXXXXXXXXX" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_RelationNameOfFiftySixCharactersXXXXXXXXXXXXXXXXXXXXXX_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "_ThisIsAnExtremelyLongRelationNameThatShouldBeTruncated_B_index" ON "_ThisIsAnExtremelyLongRelationNameThatShouldBeTruncatedByPrisma"("B");

-- CreateIndex
CREATE INDEX "_RelationNameOfExactlyFiftyFourCharactersXXXXXXXXXXXXXX_B_index" ON "_RelationNameOfExactlyFiftyFourCharactersXXXXXXXXXXXXXX"("B");

-- CreateIndex
CREATE INDEX "_RelationNameOfExactlyFiftyFiveCharactersXXXXXXXXXXXXXX_B_index" ON "_RelationNameOfExactlyFiftyFiveCharactersXXXXXXXXXXXXXXX"("B");

-- CreateIndex
CREATE INDEX "_RelationNameOfFiftySixCharactersXXXXXXXXXXXXXXXXXXXXXX_B_index" ON "_RelationNameOfFiftySixCharactersXXXXXXXXXXXXXXXXXXXXXXXX"("B");

-- AddForeignKey
ALTER TABLE "_ThisIsAnExtremelyLongRelationNameThatShouldBeTruncatedByPrisma" ADD CONSTRAINT "_ThisIsAnExtremelyLongRelationNameThatShouldBeTruncatedB_A_fkey" FOREIGN KEY ("A") REFERENCES "A"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ThisIsAnExtremelyLongRelationNameThatShouldBeTruncatedByPrisma" ADD CONSTRAINT "_ThisIsAnExtremelyLongRelationNameThatShouldBeTruncatedB_B_fkey" FOREIGN KEY ("B") REFERENCES "B"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_RelationNameOfExactlyFiftyFourCharactersXXXXXXXXXXXXXX" ADD CONSTRAINT "_RelationNameOfExactlyFiftyFourCharactersXXXXXXXXXXXXXX_A_fkey" FOREIGN KEY ("A") REFERENCES "A"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_RelationNameOfExactlyFiftyFourCharactersXXXXXXXXXXXXXX" ADD CONSTRAINT "_RelationNameOfExactlyFiftyFourCharactersXXXXXXXXXXXXXX_B_fkey" FOREIGN KEY ("B") REFERENCES "B"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_RelationNameOfExactlyFiftyFiveCharactersXXXXXXXXXXXXXXX" ADD CONSTRAINT "_RelationNameOfExactlyFiftyFiveCharactersXXXXXXXXXXXXXXX_A_fkey" FOREIGN KEY ("A") REFERENCES "A"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_RelationNameOfExactlyFiftyFiveCharactersXXXXXXXXXXXXXXX" ADD CONSTRAINT "_RelationNameOfExactlyFiftyFiveCharactersXXXXXXXXXXXXXXX_B_fkey" FOREIGN KEY ("B") REFERENCES "B"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_RelationNameOfFiftySixCharactersXXXXXXXXXXXXXXXXXXXXXXXX" ADD CONSTRAINT "_RelationNameOfFiftySixCharactersXXXXXXXXXXXXXXXXXXXXXXX_A_fkey" FOREIGN KEY ("A") REFERENCES "A"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_RelationNameOfFiftySixCharactersXXXXXXXXXXXXXXXXXXXXXXXX" ADD CONSTRAINT "_RelationNameOfFiftySixCharactersXXXXXXXXXXXXXXXXXXXXXXX_B_fkey" FOREIGN KEY ("B") REFERENCES "B"("id") ON DELETE CASCADE ON UPDATE CASCADE;

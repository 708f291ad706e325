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
CREATE TABLE "_xéééééééééééééééééééééééééééééééééééééééé" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_xéééééééééééééééééééééééééééééééééééééééé_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_xééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_xééééééééééééééééééééééééééééééééééééééééééééééééééééé_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_üüüüüüüüüüüüüüüüüüüü" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_üüüüüüüüüüüüüüüüüüüü_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "_xéééééééééééééééééééééééééééééééééééééééé_B_index" ON "_xéééééééééééééééééééééééééééééééééééééééé"("B");

-- CreateIndex
CREATE INDEX "_xééééééééééééééééééééééééééééééééééééééééééééééééééééé_B_index" ON "_xééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé"("B");

-- CreateIndex
CREATE INDEX "_üüüüüüüüüüüüüüüüüüüü_B_index" ON "_üüüüüüüüüüüüüüüüüüüü"("B");

-- AddForeignKey
ALTER TABLE "_xéééééééééééééééééééééééééééééééééééééééé" ADD CONSTRAINT "_xééééééééééééééééééééééééééé_A_fkey" FOREIGN KEY ("A") REFERENCES "A"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_xéééééééééééééééééééééééééééééééééééééééé" ADD CONSTRAINT "_xééééééééééééééééééééééééééé_B_fkey" FOREIGN KEY ("B") REFERENCES "B"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_xééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé" ADD CONSTRAINT "_xééééééééééééééééééééééééééé_A_fkey" FOREIGN KEY ("A") REFERENCES "A"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_xééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé" ADD CONSTRAINT "_xééééééééééééééééééééééééééé_B_fkey" FOREIGN KEY ("B") REFERENCES "B"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_üüüüüüüüüüüüüüüüüüüü" ADD CONSTRAINT "_üüüüüüüüüüüüüüüüüüüü_A_fkey" FOREIGN KEY ("A") REFERENCES "A"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_üüüüüüüüüüüüüüüüüüüü" ADD CONSTRAINT "_üüüüüüüüüüüüüüüüüüüü_B_fkey" FOREIGN KEY ("B") REFERENCES "B"("id") ON DELETE CASCADE ON UPDATE CASCADE;

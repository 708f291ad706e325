-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverMoreThanSixtyThreeBytes" (
    "id" INTEGER NOT NULL,
    "aVeryLongFieldNameThatIsAlsoQuiteLongIndeed" INTEGER NOT NULL,
    "another" INTEGER NOT NULL,
    "parentId" INTEGER NOT NULL,

    CONSTRAINT "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverMoreTh_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Parent" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Parent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Éééééééééééééééééééééééééééééééééééééééééé" (
    "id" INTEGER NOT NULL,
    "ñññññññññññññññññññ" INTEGER NOT NULL,
    "parentId" INTEGER NOT NULL,

    CONSTRAINT "Ééééééééééééééééééééééééééééé_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverMoreTha_idx" ON "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverMoreThanSixtyThreeBytes"("another", "parentId");

-- CreateIndex
CREATE UNIQUE INDEX "long_unique" ON "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverMoreThanSixtyThreeBytes"("aVeryLongFieldNameThatIsAlsoQuiteLongIndeed");

-- CreateIndex
CREATE UNIQUE INDEX "Ééééééééééééééééééééééééééééé_key" ON "Éééééééééééééééééééééééééééééééééééééééééé"("ñññññññññññññññññññ");

-- CreateIndex
CREATE INDEX "Ééééééééééééééééééééééééééééé_idx" ON "Éééééééééééééééééééééééééééééééééééééééééé"("parentId");

-- AddForeignKey
ALTER TABLE "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverMoreThanSixtyThreeBytes" ADD CONSTRAINT "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverMoreTh_fkey" FOREIGN KEY ("parentId") REFERENCES "Parent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Éééééééééééééééééééééééééééééééééééééééééé" ADD CONSTRAINT "Ééééééééééééééééééééééééééééé_fkey" FOREIGN KEY ("parentId") REFERENCES "Parent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "C" ADD COLUMN     "bId" INTEGER;

-- DropTable
DROP TABLE "B";

-- CreateTable
CREATE TABLE "Z" (
    "id" INTEGER NOT NULL,
    "zs" INTEGER NOT NULL,

    CONSTRAINT "Z_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "D" (
    "id" INTEGER NOT NULL,
    "aId" INTEGER NOT NULL,

    CONSTRAINT "D_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Z_zs_key" ON "Z"("zs");

-- CreateIndex
CREATE INDEX "D_aId_idx" ON "D"("aId");

-- CreateIndex
CREATE UNIQUE INDEX "A_x_key" ON "A"("x");

-- AddForeignKey
ALTER TABLE "D" ADD CONSTRAINT "D_aId_fkey" FOREIGN KEY ("aId") REFERENCES "A"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "B" (
    "id" INTEGER NOT NULL,
    "x" INTEGER NOT NULL,
    "y" INTEGER NOT NULL,

    CONSTRAINT "B_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "A" (
    "id" INTEGER NOT NULL,
    "bId" INTEGER NOT NULL,
    "b2" INTEGER,
    "c" INTEGER NOT NULL,

    CONSTRAINT "A_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "B_x_key" ON "B"("x");

-- CreateIndex
CREATE UNIQUE INDEX "B_y_key" ON "B"("y");

-- CreateIndex
CREATE INDEX "B_y_x_idx" ON "B"("y", "x");

-- CreateIndex
CREATE INDEX "B_x_idx" ON "B"("x");

-- CreateIndex
CREATE UNIQUE INDEX "B_x_y_key" ON "B"("x", "y");

-- CreateIndex
CREATE UNIQUE INDEX "A_c_key" ON "A"("c");

-- CreateIndex
CREATE INDEX "A_bId_idx" ON "A"("bId");

-- AddForeignKey
ALTER TABLE "A" ADD CONSTRAINT "A_bId_fkey" FOREIGN KEY ("bId") REFERENCES "B"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "A" ADD CONSTRAINT "A_b2_fkey" FOREIGN KEY ("b2") REFERENCES "B"("x") ON DELETE SET NULL ON UPDATE CASCADE;

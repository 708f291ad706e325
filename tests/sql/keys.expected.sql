-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Single" (
    "id" INTEGER NOT NULL,
    "a" INTEGER NOT NULL,
    "b" INTEGER NOT NULL,

    CONSTRAINT "Single_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Composite" (
    "a" INTEGER NOT NULL,
    "b" INTEGER NOT NULL,

    CONSTRAINT "Composite_pkey" PRIMARY KEY ("a","b")
);

-- CreateTable
CREATE TABLE "Named" (
    "a" INTEGER NOT NULL,
    "b" TEXT NOT NULL,

    CONSTRAINT "named_primary" PRIMARY KEY ("b","a")
);

-- CreateTable
CREATE TABLE "NoId" (
    "x" INTEGER NOT NULL,
    "y" TEXT
);

-- CreateIndex
CREATE UNIQUE INDEX "Single_id_key" ON "Single"("id");

-- CreateIndex
CREATE INDEX "Single_a_b_idx" ON "Single"("a", "b");

-- CreateIndex
CREATE UNIQUE INDEX "Single_a_b_key" ON "Single"("a", "b");

-- CreateIndex
CREATE UNIQUE INDEX "Composite_a_b_key" ON "Composite"("a", "b");

-- CreateIndex
CREATE UNIQUE INDEX "NoId_x_key" ON "NoId"("x");

-- CreateIndex
CREATE UNIQUE INDEX "NoId_y_key" ON "NoId"("y");

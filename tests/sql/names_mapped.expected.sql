-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "owners" (
    "id" INTEGER NOT NULL,
    "owner code" TEXT NOT NULL,
    "first_name" TEXT NOT NULL,
    "last_name" TEXT NOT NULL,

    CONSTRAINT "owner_primary" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pets" (
    "id" INTEGER NOT NULL,
    "owner_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "pets_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "owner_code_unique" ON "owners"("owner code");

-- CreateIndex
CREATE INDEX "owner_by_last" ON "owners"("last_name", "first_name");

-- CreateIndex
CREATE UNIQUE INDEX "owner_full_name" ON "owners"("first_name", "last_name");

-- CreateIndex
CREATE INDEX "pets_owner_id_name_idx" ON "pets"("owner_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "pets_name_owner_id_key" ON "pets"("name", "owner_id");

-- AddForeignKey
ALTER TABLE "pets" ADD CONSTRAINT "pet_owner_link" FOREIGN KEY ("owner_id") REFERENCES "owners"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

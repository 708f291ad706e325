-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Owner" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Owner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Required" (
    "id" INTEGER NOT NULL,
    "ownerIds" INTEGER[],

    CONSTRAINT "Required_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Optional" (
    "id" INTEGER NOT NULL,
    "ownerIds" INTEGER[],

    CONSTRAINT "Optional_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Required" ADD CONSTRAINT "Required_ownerIds_fkey" FOREIGN KEY ("ownerIds") REFERENCES "Owner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Optional" ADD CONSTRAINT "Optional_ownerIds_fkey" FOREIGN KEY ("ownerIds") REFERENCES "Owner"("id") ON DELETE SET NULL ON UPDATE CASCADE;

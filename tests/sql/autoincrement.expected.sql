-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Serials" (
    "id" BIGSERIAL NOT NULL,
    "number" SERIAL NOT NULL,
    "small" SMALLSERIAL NOT NULL,
    "plain" SERIAL NOT NULL,

    CONSTRAINT "Serials_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SmallId" (
    "id" SMALLSERIAL NOT NULL,
    "optional" SERIAL,

    CONSTRAINT "SmallId_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SmallId_optional_key" ON "SmallId"("optional");

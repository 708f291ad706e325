-- AlterTable
ALTER TABLE "A" RENAME CONSTRAINT "A_pkey" TO "A_primary";

-- AlterTable
ALTER TABLE "B" DROP CONSTRAINT "B_pkey",
ADD CONSTRAINT "B_pkey" PRIMARY KEY ("y", "x");

-- AlterTable
ALTER TABLE "C" DROP CONSTRAINT "C_pkey";

-- AlterTable
ALTER TABLE "D" ADD CONSTRAINT "D_pkey" PRIMARY KEY ("id");

-- DropIndex
DROP INDEX "D_id_key";

-- CreateIndex
CREATE UNIQUE INDEX "C_id_key" ON "C"("id");

-- CreateEnum
CREATE TYPE "colour" AS ENUM ('RED', 'verde');

-- AlterTable
ALTER TABLE "A" DROP COLUMN "c",
ADD COLUMN     "c" "colour" NOT NULL DEFAULT 'RED',
DROP COLUMN "d",
ADD COLUMN     "d" "colour" NOT NULL;

-- DropEnum
DROP TYPE "Color";

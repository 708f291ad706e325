-- DropForeignKey
ALTER TABLE "_follows" DROP CONSTRAINT "_follows_A_fkey";

-- DropForeignKey
ALTER TABLE "_follows" DROP CONSTRAINT "_follows_B_fkey";

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "name" TEXT;

-- DropTable
DROP TABLE "_follows";

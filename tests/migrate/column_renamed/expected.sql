-- AlterTable
ALTER TABLE "User" DROP COLUMN "email",
ADD COLUMN     "country" TEXT NOT NULL DEFAULT 'NZ',
ADD COLUMN     "mail" TEXT NOT NULL;

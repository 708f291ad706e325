-- AlterTable
ALTER TABLE "Account" DROP COLUMN "Nickname",
DROP COLUMN "legacy",
ADD COLUMN     "Alias" TEXT,
ADD COLUMN     "bio" TEXT,
ADD COLUMN     "score" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "tags" TEXT[];

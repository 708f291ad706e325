-- AlterEnum
BEGIN;
CREATE TYPE "Kind_new" AS ENUM ('A');
ALTER TABLE "A" ALTER COLUMN "k" TYPE "Kind_new" USING ("k"::text::"Kind_new");
ALTER TYPE "Kind" RENAME TO "Kind_old";
ALTER TYPE "Kind_new" RENAME TO "Kind";
DROP TYPE "Kind_old";
COMMIT;

-- AlterTable
ALTER TABLE "A" DROP COLUMN "r",
ALTER COLUMN "k" SET DEFAULT 'A';

-- DropEnum
DROP TYPE "Role";

-- AlterEnum
BEGIN;
CREATE TYPE "Color_new" AS ENUM ('RED', 'BLUE', 'PINK');
ALTER TABLE "B" ALTER COLUMN "c" DROP DEFAULT;
ALTER TABLE "A" ALTER COLUMN "c" DROP DEFAULT;
ALTER TABLE "A" ALTER COLUMN "c" TYPE "Color_new" USING ("c"::text::"Color_new");
ALTER TABLE "A" ALTER COLUMN "cs" TYPE "Color_new"[] USING ("cs"::text::"Color_new"[]);
ALTER TABLE "A" ALTER COLUMN "d" TYPE "Color_new" USING ("d"::text::"Color_new");
ALTER TABLE "A" ALTER COLUMN "e" TYPE "Color_new" USING ("e"::text::"Color_new");
ALTER TYPE "Color" RENAME TO "Color_old";
ALTER TYPE "Color_new" RENAME TO "Color";
DROP TYPE "Color_old";
ALTER TABLE "A" ALTER COLUMN "c" SET DEFAULT 'RED';
COMMIT;

-- AlterTable
ALTER TABLE "A" ADD COLUMN     "e" "Color" NOT NULL DEFAULT 'PINK';

-- DropTable
DROP TABLE "B";

-- AlterEnum
BEGIN;
CREATE TYPE "other"."Mood_new" AS ENUM ('HAPPY', 'MEH');
ALTER TABLE "base"."A" ALTER COLUMN "m" DROP DEFAULT;
ALTER TABLE "base"."A" ALTER COLUMN "m" TYPE "other"."Mood_new" USING ("m"::text::"other"."Mood_new");
ALTER TYPE "other"."Mood" RENAME TO "Mood_old";
ALTER TYPE "other"."Mood_new" RENAME TO "Mood";
DROP TYPE "other"."Mood_old";
ALTER TABLE "base"."A" ALTER COLUMN "m" SET DEFAULT 'HAPPY';
COMMIT;

-- AlterTable
CREATE SEQUENCE "base".a_id_seq;
ALTER TABLE "base"."A" DROP COLUMN "y",
ADD COLUMN     "z" INTEGER NOT NULL,
ALTER COLUMN "id" SET DEFAULT nextval('"base".a_id_seq');
ALTER TABLE "base"."A" RENAME CONSTRAINT "A_pkey" TO "A_pk";
ALTER SEQUENCE "base".a_id_seq OWNED BY "base"."A"."id";

-- CreateIndex
CREATE INDEX "A_z_idx" ON "base"."A"("z");

-- RenameForeignKey
ALTER TABLE "other"."B" RENAME CONSTRAINT "B_aId_fkey" TO "B_to_A";

-- RenameIndex
ALTER INDEX "base"."A_x_idx" RENAME TO "A_x";

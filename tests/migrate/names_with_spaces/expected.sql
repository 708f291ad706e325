-- AlterTable
CREATE SEQUENCE my table_id column_seq;
ALTER TABLE "My Table" ADD COLUMN     "other" TEXT NOT NULL DEFAULT 'it''s',
ALTER COLUMN "ID Column" SET DEFAULT nextval('my table_id column_seq'),
DROP COLUMN "Value-Col",
ADD COLUMN     "Value-Col" INTEGER;
ALTER SEQUENCE my table_id column_seq OWNED BY "My Table"."ID Column";

-- CreateIndex
CREATE INDEX "my index" ON "My Table"("other");

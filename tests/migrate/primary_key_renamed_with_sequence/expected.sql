-- AlterTable
CREATE SEQUENCE a_id_seq;
ALTER TABLE "A" ALTER COLUMN "id" SET DEFAULT nextval('a_id_seq');
ALTER TABLE "A" RENAME CONSTRAINT "A_pkey" TO "A_key";
ALTER SEQUENCE a_id_seq OWNED BY "A"."id";

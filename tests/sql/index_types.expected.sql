-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Doc" (
    "id" INTEGER NOT NULL,
    "body" JSONB NOT NULL,
    "plain" JSON NOT NULL,
    "numbers" INTEGER[],
    "title" TEXT NOT NULL,
    "code" VARCHAR(20) NOT NULL,
    "address" INET NOT NULL,
    "n" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "big" BIGINT NOT NULL,

    CONSTRAINT "Doc_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "doc_body_path" ON "Doc" USING GIN ("body" jsonb_path_ops);

-- CreateIndex
CREATE INDEX "doc_numbers" ON "Doc" USING GIN ("numbers" array_ops);

-- CreateIndex
CREATE INDEX "doc_title_hash" ON "Doc" USING HASH ("title");

-- CreateIndex
CREATE INDEX "doc_address" ON "Doc" USING GIST ("address" inet_ops);

-- CreateIndex
CREATE INDEX "doc_title_spgist" ON "Doc" USING SPGIST ("title" text_ops);

-- CreateIndex
CREATE INDEX "doc_n_brin" ON "Doc" USING BRIN ("n");

-- CreateIndex
CREATE INDEX "doc_n_big" ON "Doc" USING BRIN ("n" int4_minmax_ops, "big" int8_bloom_ops);

-- CreateIndex
CREATE INDEX "doc_at" ON "Doc" USING BRIN ("at" timestamp_minmax_multi_ops);

-- CreateIndex
CREATE INDEX "doc_code_pattern" ON "Doc"("code" varchar_pattern_ops);

-- CreateIndex
CREATE INDEX "doc_title_n" ON "Doc"("title" ASC, "n" DESC);

-- CreateIndex
CREATE INDEX "Doc_body_idx" ON "Doc" USING GIN ("body");

-- CreateIndex
CREATE INDEX "doc_n_btree" ON "Doc"("n");

-- CreateIndex
CREATE INDEX "Doc_code_idx" ON "Doc"("code" text_pattern_ops DESC);

-- CreateIndex
CREATE UNIQUE INDEX "doc_title_desc" ON "Doc"("title" DESC);

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Parent" (
    "id" INTEGER NOT NULL,
    "a" INTEGER NOT NULL,
    "b" INTEGER NOT NULL,

    CONSTRAINT "Parent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cascade" (
    "id" INTEGER NOT NULL,
    "parentId" INTEGER NOT NULL,

    CONSTRAINT "Cascade_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SetNull" (
    "id" INTEGER NOT NULL,
    "parentId" INTEGER,

    CONSTRAINT "SetNull_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Restrict" (
    "id" INTEGER NOT NULL,
    "parentId" INTEGER NOT NULL,

    CONSTRAINT "Restrict_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NoAction" (
    "id" INTEGER NOT NULL,
    "parentId" INTEGER NOT NULL,

    CONSTRAINT "NoAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SetDefault" (
    "id" INTEGER NOT NULL,
    "parentId" INTEGER DEFAULT 1,

    CONSTRAINT "SetDefault_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Defaults" (
    "id" INTEGER NOT NULL,
    "requiredId" INTEGER NOT NULL,
    "optionalId" INTEGER,

    CONSTRAINT "Defaults_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pair" (
    "id" INTEGER NOT NULL,
    "a" INTEGER NOT NULL,
    "b" INTEGER NOT NULL,

    CONSTRAINT "Pair_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OneToOne" (
    "id" INTEGER NOT NULL,
    "parentId" INTEGER NOT NULL,

    CONSTRAINT "OneToOne_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Node" (
    "id" INTEGER NOT NULL,
    "parentId" INTEGER,
    "nextId" INTEGER,

    CONSTRAINT "Node_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Parent_a_b_key" ON "Parent"("a", "b");

-- CreateIndex
CREATE UNIQUE INDEX "OneToOne_parentId_key" ON "OneToOne"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "Node_nextId_key" ON "Node"("nextId");

-- AddForeignKey
ALTER TABLE "Cascade" ADD CONSTRAINT "Cascade_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Parent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SetNull" ADD CONSTRAINT "SetNull_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Parent"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Restrict" ADD CONSTRAINT "Restrict_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Parent"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "NoAction" ADD CONSTRAINT "NoAction_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Parent"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SetDefault" ADD CONSTRAINT "SetDefault_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Parent"("id") ON DELETE SET DEFAULT ON UPDATE SET DEFAULT;

-- AddForeignKey
ALTER TABLE "Defaults" ADD CONSTRAINT "Defaults_requiredId_fkey" FOREIGN KEY ("requiredId") REFERENCES "Parent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Defaults" ADD CONSTRAINT "Defaults_optionalId_fkey" FOREIGN KEY ("optionalId") REFERENCES "Parent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pair" ADD CONSTRAINT "pair_parent" FOREIGN KEY ("a", "b") REFERENCES "Parent"("a", "b") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OneToOne" ADD CONSTRAINT "OneToOne_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Parent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Node" ADD CONSTRAINT "Node_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Node"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Node" ADD CONSTRAINT "Node_nextId_fkey" FOREIGN KEY ("nextId") REFERENCES "Node"("id") ON DELETE SET NULL ON UPDATE CASCADE;

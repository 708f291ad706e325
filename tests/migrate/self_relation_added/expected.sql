-- AlterTable
ALTER TABLE "Node" ADD COLUMN     "nextId" INTEGER;

-- CreateIndex
CREATE UNIQUE INDEX "Node_nextId_key" ON "Node"("nextId");

-- AddForeignKey
ALTER TABLE "Node" ADD CONSTRAINT "Node_nextId_fkey" FOREIGN KEY ("nextId") REFERENCES "Node"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- DropExtension
DROP EXTENSION "citext";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext" WITH VERSION "1.6";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "uuid-ossp";

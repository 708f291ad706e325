//! Names and values that break naive SQL — quotes, backslashes, semicolons, comment markers, line
//! breaks, non-ASCII text, names past PostgreSQL's 63-byte limit — reach the database exactly as
//! the schema says. The checks read the server's catalog and stored rows, never the SQL text.

use prisma2sql_bench::pipeline::{Outcome, run_text};
use prisma2sql_testkit::ScratchDb;

/// Prisma string escapes (`\"`, `\\`, `\n`) stand for the characters in the `expected_*` values.
const SCHEMA: &str = r#"
/// Documentation with */ and 'quotes' and -- dashes; DROP TABLE x;
model Hostile {
  /// More documentation: "; --
  id    Int    @id @default(autoincrement()) @map("i\"d;-- 'x'")
  label String @default("it's \"q\" \\ ; -- \n é 🦀") @map("la\\bel\nnext")
  mood  Mood   @default(HAPPY)
  long  String @default("") @map("c_0123456789012345678901234567890123456789012345678901234567890123456789")

  @@map("tab\"le'; DROP TABLE x; -- é🦀")
  @@index([label], map: "idx\"'; --")
}

enum Mood {
  HAPPY @map("it's \"happy\"")
  SAD   @map("back\\slash;--\nnl")

  @@map("Mo\"od'")
}

model Accents {
  id Int @id
  x  Int

  @@map("éééééééééééééééééééééééééééééééééééééééé")
  @@index([x])
}
"#;

const HOSTILE_TABLE: &str = "tab\"le'; DROP TABLE x; -- é🦀";
/// 40 two-byte characters: PostgreSQL keeps the first 31 (62 bytes); Prisma cuts a constraint
/// name's `{table}_{columns}` part so that the whole name fits in 63 bytes (as its engine does).
const ACCENTS: &str = "éééééééééééééééééééééééééééééééééééééééé";

fn apply() -> Option<ScratchDb> {
    let server = prisma2sql_testkit::server("hostile_names")?;
    let script = match run_text(SCHEMA) {
        Outcome::Sql { script, .. } => script,
        Outcome::Rejected { report, .. } => panic!("rejected:\n{report}"),
    };
    let mut db = server.scratch();
    db.run(&script).unwrap_or_else(|e| panic!("PostgreSQL refused the SQL: {e}\n{script}"));
    Some(db)
}

fn strings(db: &mut ScratchDb, query: &str) -> Vec<String> {
    let mut values: Vec<String> = db.client().query(query, &[]).unwrap().iter().map(|row| row.get(0)).collect();
    values.sort();
    values
}

fn sorted(values: &[&str]) -> Vec<String> {
    let mut values: Vec<String> = values.iter().map(|s| (*s).to_owned()).collect();
    values.sort();
    values
}

fn clip(s: &str, max: usize) -> &str {
    prisma2sql_relations::truncate_identifier(s, max)
}

#[test]
fn names_and_values_reach_the_catalog_exactly() {
    let Some(mut db) = apply() else { return };
    let long_column = "c_0123456789012345678901234567890123456789012345678901234567890123456789";

    let tables = strings(
        &mut db,
        "SELECT relname::text FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace",
    );
    assert_eq!(tables, sorted(&[HOSTILE_TABLE, clip(ACCENTS, 63)]));

    let columns = strings(
        &mut db,
        "SELECT attname::text FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid \
         WHERE c.relname = 'tab\"le''; DROP TABLE x; -- é🦀' AND a.attnum > 0",
    );
    assert_eq!(columns, sorted(&["i\"d;-- 'x'", "la\\bel\nnext", "mood", clip(long_column, 63)]));

    let labels = strings(&mut db, "SELECT enumlabel::text FROM pg_enum");
    assert_eq!(labels, sorted(&["it's \"happy\"", "back\\slash;--\nnl"]));
    let enums =
        strings(&mut db, "SELECT typname::text FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY 1");
    assert_eq!(enums, sorted(&["Mo\"od'"]));

    let constraints =
        strings(&mut db, "SELECT conname::text FROM pg_constraint WHERE connamespace = 'public'::regnamespace");
    let accents_pkey = format!("{}_pkey", clip(ACCENTS, 58));
    assert_eq!(constraints, sorted(&[&format!("{HOSTILE_TABLE}_pkey"), &accents_pkey]));

    let indexes = strings(
        &mut db,
        "SELECT indexrelid::regclass::text FROM pg_index JOIN pg_class c ON c.oid = indrelid WHERE c.relnamespace = 'public'::regnamespace AND NOT indisprimary",
    );
    let quoted = |name: &str| format!("\"{}\"", name.replace('"', "\"\""));
    assert_eq!(
        indexes,
        sorted(&[&quoted("idx\"'; --"), &quoted(&format!("{}_idx", clip(&format!("{ACCENTS}_x"), 59)))])
    );
}

#[test]
fn defaults_store_the_values_the_schema_says() {
    let Some(mut db) = apply() else { return };
    let table = format!("\"{}\"", HOSTILE_TABLE.replace('"', "\"\""));
    db.run(&format!("INSERT INTO {table} DEFAULT VALUES")).unwrap();
    let row = db.client().query_one(&format!("SELECT \"la\\bel\nnext\", mood::text FROM {table}"), &[]).unwrap();
    assert_eq!(row.get::<_, String>(0), "it's \"q\" \\ ; -- \n é 🦀");
    assert_eq!(row.get::<_, String>(1), "it's \"happy\"");
}

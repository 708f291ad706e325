//! Migration fixtures: `tests/migrate/<case>/{old,new}.prisma` with the migration Prisma Migrate
//! writes between them (`expected.sql`, from Prisma 7.10.1 when the case was written).
//!
//! Every case must match byte for byte, and its warnings are a snapshot. On a PostgreSQL server,
//! OLD's init script followed by the migration must give the catalog NEW's init script gives,
//! unless the case's `exception.txt` says why Prisma's own migration cannot: `fails: <error>` (the
//! migration stops with that PostgreSQL error) or `differs: <reason>` (it runs, and the catalogs
//! differ).

use prisma2sql_sql::{SqlSchema, calculate, diff, init_script, migration_script, warnings};
use std::path::{Path, PathBuf};

fn cases() -> Vec<PathBuf> {
    let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/migrate"));
    let mut cases: Vec<PathBuf> =
        std::fs::read_dir(root).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_dir()).collect();
    cases.sort();
    assert!(cases.len() >= 30, "the migration fixtures are missing");
    cases
}

fn name(case: &Path) -> String {
    case.file_name().unwrap().to_string_lossy().into_owned()
}

/// The SQL schema of a valid Prisma schema file.
fn sql_schema(path: &Path) -> SqlSchema {
    let (_, valid) = prisma2sql_testkit::schema::valid_file(path);
    calculate(&valid.schema, &valid.relations)
}

fn versions(case: &Path) -> (SqlSchema, SqlSchema) {
    (sql_schema(&case.join("old.prisma")), sql_schema(&case.join("new.prisma")))
}

#[test]
fn migrations_match_prisma_byte_for_byte() {
    let mut failures = Vec::new();
    for case in cases() {
        let (old, new) = versions(&case);
        let expected = std::fs::read_to_string(case.join("expected.sql")).unwrap();
        let ours = migration_script(&old, &new);
        if ours.trim_end() != expected.trim_end() {
            failures.push(format!("=== {}\n--- expected\n{expected}\n--- prisma2sql\n{ours}", name(&case)));
        }
    }
    assert!(failures.is_empty(), "{} case(s) differ:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn warnings_of_each_migration() {
    for case in cases() {
        let (old, new) = versions(&case);
        let text: String = warnings::check(&diff(&old, &new))
            .iter()
            .map(|w| match &w.help {
                Some(help) => format!("{}: {}\n  help: {help}\n", w.kind.code(), w.message),
                None => format!("{}: {}\n", w.kind.code(), w.message),
            })
            .collect();
        insta::assert_snapshot!(format!("warnings__{}", name(&case)), text);
    }
}

/// What a case's `exception.txt` says Prisma's migration does on a real server.
enum Expectation {
    SameCatalog,
    Fails(String),
    Differs,
}

fn expectation(case: &Path) -> Expectation {
    let Ok(text) = std::fs::read_to_string(case.join("exception.txt")) else { return Expectation::SameCatalog };
    let first = text.lines().next().unwrap_or("");
    if let Some(error) = first.strip_prefix("fails: ") {
        Expectation::Fails(error.trim().to_owned())
    } else if first.starts_with("differs: ") {
        Expectation::Differs
    } else {
        panic!("{}: exception.txt starts with `fails: <error>` or `differs: <reason>`", case.display());
    }
}

/// Empties a scratch database (ending a transaction a failed migration left open): every
/// extension and schema goes, and `public` comes back.
const RESET: &str = "ROLLBACK; DO $$ DECLARE r record; BEGIN \
    FOR r IN SELECT extname FROM pg_extension WHERE extname <> 'plpgsql' LOOP \
        EXECUTE format('DROP EXTENSION %I CASCADE', r.extname); END LOOP; \
    FOR r IN SELECT nspname FROM pg_namespace WHERE nspname NOT IN ('pg_catalog', 'information_schema') \
        AND nspname NOT LIKE 'pg_toast%' AND nspname NOT LIKE 'pg_temp%' LOOP \
        EXECUTE format('DROP SCHEMA %I CASCADE', r.nspname); END LOOP; \
    END $$; CREATE SCHEMA public;";

/// The lines of one catalog that the other lacks, both ways.
fn catalog_difference(migrated: &str, created: &str) -> String {
    let only = |a: &str, b: &str| {
        a.lines().filter(|l| !b.lines().any(|m| m == *l)).map(|l| format!("  {l}\n")).collect::<String>()
    };
    format!("only after the migration:\n{}only in NEW's init:\n{}", only(migrated, created), only(created, migrated))
}

#[test]
fn migrations_give_the_catalog_of_the_new_version() {
    let Some(server) = prisma2sql_testkit::server("migrations_give_the_catalog_of_the_new_version") else { return };
    let (mut migrated, mut target) = (server.scratch(), server.scratch());
    let mut failures = Vec::new();
    for case in cases() {
        let (old, new) = versions(&case);
        migrated.run(RESET).unwrap();
        target.run(RESET).unwrap();
        migrated.run(&init_script(&old)).unwrap_or_else(|e| panic!("{}: OLD's init script fails: {e}", name(&case)));
        target.run(&init_script(&new)).unwrap_or_else(|e| panic!("{}: NEW's init script fails: {e}", name(&case)));
        let result = migrated.run(&migration_script(&old, &new));
        let problem = match (expectation(&case), result) {
            (Expectation::Fails(wanted), Err(e)) if e.contains(&wanted) => None,
            (Expectation::Fails(wanted), Err(e)) => Some(format!("fails with `{e}`, not `{wanted}`")),
            (Expectation::Fails(_), Ok(())) => Some("runs, but exception.txt says it fails".to_owned()),
            (_, Err(e)) => Some(format!("the migration fails: {e}")),
            (Expectation::SameCatalog, Ok(())) => {
                let (a, b) = (migrated.catalog(), target.catalog());
                (a != b).then(|| format!("the catalogs differ\n{}", catalog_difference(&a, &b)))
            }
            (Expectation::Differs, Ok(())) => (migrated.catalog() == target.catalog())
                .then(|| "the catalogs are the same, but exception.txt says they differ".to_owned()),
        };
        if let Some(problem) = problem {
            failures.push(format!("=== {}: {problem}", name(&case)));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

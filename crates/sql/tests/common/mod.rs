//! Reading the fixtures of `tests/sql` through every stage.

use std::path::{Path, PathBuf};

/// The folder of SQL fixtures.
pub fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/sql")
}

/// Every `*.prisma` fixture, sorted by name.
pub fn fixtures() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(fixture_dir())
        .expect("tests/sql exists")
        .map(|entry| entry.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "prisma"))
        .collect();
    paths.sort();
    paths
}

/// The fixture's name without folder and extension.
pub fn name(path: &Path) -> String {
    path.file_stem().expect("a file name").to_string_lossy().into_owned()
}

/// The init script of a schema file; panics with Prisma-style diagnostics if it is invalid.
pub fn init_script(path: &Path) -> String {
    let (_, valid) = prisma2sql_testkit::schema::valid_file(path);
    prisma2sql_sql::init_script(&prisma2sql_sql::calculate(&valid.schema, &valid.relations))
}

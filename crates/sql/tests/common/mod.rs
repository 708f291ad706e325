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
    let sources = prisma2sql_syntax::Sources::load(&path.to_string_lossy()).expect("readable schema");
    let parsed = prisma2sql_syntax::parse(&sources);
    let resolved = prisma2sql_model::resolve(&parsed.ast);
    let (relations, relation_diagnostics) = prisma2sql_relations::classify(&resolved.schema);
    let mut diagnostics = parsed.diagnostics;
    diagnostics.extend(resolved.diagnostics);
    diagnostics.extend(relation_diagnostics);
    let diagnostics = diagnostics.sorted();
    assert!(
        !diagnostics.iter().any(|d| d.is_error()),
        "{} is rejected:\n{}",
        path.display(),
        prisma2sql_syntax::render(&sources, &diagnostics, false)
    );
    prisma2sql_sql::init_script(&prisma2sql_sql::calculate(&resolved.schema, &relations))
}

//! Loading the fixtures of `tests/explain/`.
// Each test file uses a part of these helpers.
#![allow(dead_code)]

use prisma2sql_model::Schema;
use prisma2sql_relations::Relations;
use prisma2sql_syntax::Sources;

/// A fixture schema, resolved and classified; panics (failing the test) when it is invalid.
pub fn load(name: &str) -> (Schema, Relations) {
    let path = format!("{}/../../tests/explain/{name}.prisma", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    load_text(&text)
}

/// A schema from text, resolved and classified; panics when it is invalid.
pub fn load_text(text: &str) -> (Schema, Relations) {
    let sources = Sources::single("schema.prisma", text);
    let parsed = prisma2sql_syntax::parse(&sources);
    let resolved = prisma2sql_model::resolve(&parsed.ast);
    let (relations, diagnostics) = prisma2sql_relations::classify(&resolved.schema);
    let mut all = parsed.diagnostics;
    all.extend(resolved.diagnostics);
    all.extend(diagnostics);
    assert!(!all.has_errors(), "{}", prisma2sql_syntax::render(&sources, &all.sorted(), false));
    (resolved.schema, relations)
}

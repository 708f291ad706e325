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
    let valid = prisma2sql_testkit::schema::valid(&Sources::single("schema.prisma", text));
    (valid.schema, valid.relations)
}

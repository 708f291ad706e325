//! Reading a test schema through every stage up to the relations, for tests of the later stages.

use prisma2sql_model::Schema;
use prisma2sql_relations::Relations;
use prisma2sql_syntax::ast::SchemaAst;
use prisma2sql_syntax::{Diagnostic, Sources};

/// A schema that passed every check.
pub struct Valid {
    pub ast: SchemaAst,
    pub schema: Schema,
    pub relations: Relations,
    /// The warnings, sorted (never errors).
    pub warnings: Vec<Diagnostic>,
}

/// Parses, resolves and classifies `sources`; panics with the rendered diagnostics (failing the
/// test) when Prisma would reject the schema.
pub fn valid(sources: &Sources) -> Valid {
    let parsed = prisma2sql_syntax::parse(sources);
    let resolved = prisma2sql_model::resolve(&parsed.ast);
    let (relations, relation_diagnostics) = prisma2sql_relations::classify(&resolved.schema);
    let mut diagnostics = parsed.diagnostics;
    diagnostics.extend(resolved.diagnostics);
    diagnostics.extend(relation_diagnostics);
    let has_errors = diagnostics.has_errors();
    let warnings = diagnostics.sorted();
    assert!(!has_errors, "the schema is rejected:\n{}", prisma2sql_syntax::render(sources, &warnings, false));
    Valid { ast: parsed.ast, schema: resolved.schema, relations, warnings }
}

/// [`valid`] on a schema file.
pub fn valid_file(path: &std::path::Path) -> (Sources, Valid) {
    let sources = Sources::load(&path.to_string_lossy()).unwrap_or_else(|e| panic!("{}: {e:?}", path.display()));
    let valid = valid(&sources);
    (sources, valid)
}

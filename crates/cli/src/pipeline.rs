//! Reading a schema through every stage: parse, resolve, classify, and the SQL schema.

use crate::revision::Revision;
use prisma2sql_model::Schema;
use prisma2sql_relations::Relations;
use prisma2sql_sql::SqlSchema;
use prisma2sql_syntax::ast::SchemaAst;
use prisma2sql_syntax::{Diagnostic, Diagnostics, LoadError, Sources};

/// A schema that passed every check.
pub struct Loaded {
    pub sources: Sources,
    pub ast: SchemaAst,
    pub schema: Schema,
    pub relations: Relations,
    /// Warnings from the checks (never errors).
    pub warnings: Vec<Diagnostic>,
}

impl Loaded {
    pub fn sql_schema(&self) -> SqlSchema {
        prisma2sql_sql::calculate(&self.schema, &self.relations)
    }
}

pub enum Failure {
    /// The schema could not be read at all.
    Load(LoadError),
    /// The text is blank.
    Empty { name: String },
    /// Prisma would reject the schema.
    Invalid { sources: Sources, diagnostics: Vec<Diagnostic> },
}

/// Reads and checks the schema at `path`: a file, a folder, `-`, or `REV:PATH` read from git.
pub fn load(path: &str) -> Result<Loaded, Failure> {
    let sources = match Revision::parse(path) {
        Some(revision) => revision.load(),
        None => Sources::load(path),
    }
    .map_err(Failure::Load)?;
    analyze(sources, path)
}

/// Checks a schema already in memory.
pub fn analyze(sources: Sources, name: &str) -> Result<Loaded, Failure> {
    if sources.iter().all(|(_, f)| f.text.trim().is_empty()) {
        return Err(Failure::Empty { name: name.to_owned() });
    }
    let parsed = prisma2sql_syntax::parse(&sources);
    let resolved = prisma2sql_model::resolve_parsed(&parsed);
    let mut diagnostics = parsed.diagnostics;
    diagnostics.extend(resolved.diagnostics);
    let (relations, relation_diagnostics) = prisma2sql_relations::classify(&resolved.schema);
    // As Prisma, relations are checked only when everything else resolved.
    if resolved.complete {
        diagnostics.extend(relation_diagnostics);
    }
    finish(sources, parsed.ast, resolved.schema, relations, diagnostics)
}

fn finish(
    sources: Sources,
    ast: SchemaAst,
    schema: Schema,
    relations: Relations,
    diagnostics: Diagnostics,
) -> Result<Loaded, Failure> {
    let has_errors = diagnostics.has_errors();
    let diagnostics = diagnostics.sorted();
    if has_errors {
        return Err(Failure::Invalid { sources, diagnostics });
    }
    Ok(Loaded { sources, ast, schema, relations, warnings: diagnostics })
}

//! Every stage of prisma2sql in one call, as the command line runs them: parse, resolve, classify,
//! then either the SQL or the rendered diagnostics.

use prisma2sql_syntax::{Diagnostics, Sources};

/// What the pipeline makes of a schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Prisma would accept the schema: the init script, and the warnings as rendered.
    Sql { script: String, warnings: String },
    /// Prisma would reject the schema: how many errors, and every diagnostic as rendered.
    Rejected { errors: usize, report: String },
}

/// Runs the whole pipeline over a schema.
pub fn run(sources: &Sources) -> Outcome {
    let parsed = prisma2sql_syntax::parse(sources);
    let mut diagnostics = parsed.diagnostics;
    let resolved = prisma2sql_model::resolve(&parsed.ast);
    diagnostics.extend(resolved.diagnostics);
    let (relations, relation_diagnostics) = prisma2sql_relations::classify(&resolved.schema);
    diagnostics.extend(relation_diagnostics);
    let errors = diagnostics.error_count();
    let report = render(sources, diagnostics);
    if errors > 0 {
        return Outcome::Rejected { errors, report };
    }
    let sql = prisma2sql_sql::calculate(&resolved.schema, &relations);
    Outcome::Sql { script: prisma2sql_sql::init_script(&sql), warnings: report }
}

/// Runs the whole pipeline over one in-memory file.
pub fn run_text(text: &str) -> Outcome {
    run(&Sources::single("schema.prisma", text))
}

fn render(sources: &Sources, diagnostics: Diagnostics) -> String {
    prisma2sql_syntax::render(sources, &diagnostics.sorted(), false)
}

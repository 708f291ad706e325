//! Linting fixture schemas.

use prisma2sql_lint::{Finding, Lint};
use prisma2sql_syntax::Sources;

/// The findings of every rule on a valid schema, and the sources to render them with.
pub fn lint(name: &str, text: &str) -> (Sources, Vec<Finding>) {
    let sources = Sources::single(name, text);
    let parsed = prisma2sql_syntax::parse(&sources);
    let resolved = prisma2sql_model::resolve(&parsed.ast);
    let (relations, diagnostics) = prisma2sql_relations::classify(&resolved.schema);
    let mut all = parsed.diagnostics;
    all.extend(resolved.diagnostics);
    all.extend(diagnostics);
    assert!(!all.has_errors(), "{}", prisma2sql_syntax::render(&sources, &all.sorted(), false));
    let findings = Lint::new(&sources, &parsed.ast, &resolved.schema, &relations).run();
    (sources, findings)
}

//! Linting fixture schemas.

use prisma2sql_lint::{Finding, Lint};
use prisma2sql_syntax::Sources;

/// The findings of every rule on a valid schema, and the sources to render them with.
pub fn lint(name: &str, text: &str) -> (Sources, Vec<Finding>) {
    let sources = Sources::single(name, text);
    let valid = prisma2sql_testkit::schema::valid(&sources);
    let findings = Lint::new(&sources, &valid.ast, &valid.schema, &valid.relations).run();
    (sources, findings)
}

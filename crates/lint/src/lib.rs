//! Lints for Prisma schemas on PostgreSQL: pitfalls that Prisma accepts and the database (or the
//! application, later) pays for. Missing indexes on foreign keys, referential actions that fail,
//! cycles, missing extensions, types PostgreSQL cannot compare.
//!
//! Each rule lives in its own file under `rules/` with a stable code (`P2S001`...), a name, an
//! explanation and its fixtures under `tests/lint/<name>/`. [`RULES`] is the one registry the
//! command line and the documentation read. A finding is silenced by a comment naming the rule on
//! its line or the line above (`// prisma2sql-ignore P2S001`), see [`suppress`].

mod finding;
pub mod rules;
pub mod suppress;

pub use finding::Finding;
pub use rules::{RULES, Rule, find_rule};

use prisma2sql_explain::{Context, Graph};
use prisma2sql_model::Schema;
use prisma2sql_relations::Relations;
use prisma2sql_syntax::Sources;
use prisma2sql_syntax::ast::SchemaAst;

/// What the rules look at: the schema through every stage.
pub struct Lint<'a> {
    pub sources: &'a Sources,
    pub ast: &'a SchemaAst,
    pub schema: &'a Schema,
    pub relations: &'a Relations,
    pub ctx: Context<'a>,
    pub graph: Graph,
}

impl<'a> Lint<'a> {
    pub fn new(sources: &'a Sources, ast: &'a SchemaAst, schema: &'a Schema, relations: &'a Relations) -> Lint<'a> {
        let ctx = Context::new(schema, relations);
        let graph = Graph::new(&ctx);
        Lint { sources, ast, schema, relations, ctx, graph }
    }

    /// Every finding of every rule, without the suppressed ones, in source order.
    pub fn run(&self) -> Vec<Finding> {
        let suppressions = suppress::Suppressions::read(self.sources);
        let mut findings: Vec<Finding> = Vec::new();
        for rule in RULES {
            (rule.check)(self, &mut findings);
        }
        findings.retain(|f| !suppressions.silences(self.sources, f));
        findings.sort_by(|a, b| {
            (a.span.file, a.span.start, a.code, &a.message).cmp(&(b.span.file, b.span.start, b.code, &b.message))
        });
        findings.dedup_by(|a, b| a.code == b.code && a.span == b.span && a.message == b.message);
        findings
    }
}

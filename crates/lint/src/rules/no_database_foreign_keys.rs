//! P2S002: `relationMode = "prisma"` on PostgreSQL.

use super::Rule;
use crate::{Finding, Lint};
use prisma2sql_syntax::Severity;
use prisma2sql_syntax::ast::ConfigKind;

pub const RULE: Rule = Rule {
    code: "P2S002",
    name: "no-database-foreign-keys",
    severity: Severity::Warning,
    summary: "`relationMode = \"prisma\"`: the database enforces no relation",
    explanation: "With `relationMode = \"prisma\"` Prisma Migrate creates no foreign keys: Prisma Client checks references and emulates onDelete / onUpdate in its own queries, and nothing else does. Any write that does not go through Prisma Client (SQL, a second service, a migration, a bulk import) can leave rows that refer to nothing, and emulated cascades cost extra round trips. The mode exists for databases without foreign keys (PlanetScale, Vitess); PostgreSQL has them. Remove the line (the default is `foreignKeys`) unless the database really cannot hold foreign keys.",
    corpus_findings: 2,
    check,
};

fn check(lint: &Lint, out: &mut Vec<Finding>) {
    if lint.relations.has_database_foreign_keys() || lint.relations.foreign_keys().next().is_none() {
        return;
    }
    let property =
        lint.ast.configs().filter(|c| c.kind == ConfigKind::Datasource).find_map(|c| c.property("relationMode"));
    let Some(property) = property else { return };
    let relations = lint.relations.foreign_keys().count();
    out.push(
        Finding::new(
            &RULE,
            property.span,
            format!(
                "relationMode = \"prisma\": the database holds no foreign key for the {relations} relation{} of this schema, so nothing stops rows that refer to nothing",
                if relations == 1 { "" } else { "s" }
            ),
        )
        .with_label("no foreign keys")
        .with_help("PostgreSQL enforces foreign keys; remove this line, or write:")
        .with_fix("relationMode = \"foreignKeys\""),
    );
}

//! P2S008: `@db.Citext` without the `citext` extension.

use super::{Rule, extension_fix};
use crate::{Finding, Lint};
use prisma2sql_syntax::Severity;

pub const RULE: Rule = Rule {
    code: "P2S008",
    name: "citext-without-extension",
    severity: Severity::Error,
    summary: "`@db.Citext` without the `citext` extension: PostgreSQL does not know the type",
    explanation: "`citext` is not a built-in type: it comes with the `citext` extension. Unless the extension is declared in the datasource (`extensions = [citext]`, with the `postgresqlExtensions` preview feature) or created by hand before, the CREATE TABLE fails on a fresh database with `type \"citext\" does not exist`, which is how CI and new environments meet it first. Declare the extension so that the DDL creates it.",
    corpus_findings: 13,
    check,
};

fn check(lint: &Lint, out: &mut Vec<Finding>) {
    if lint.schema.datasource.extensions.iter().any(|e| e.database_name() == "citext") {
        return;
    }
    for model in &lint.schema.models {
        for field in &model.fields {
            let Some((native, span)) = &field.native_type else { continue };
            if native.name() != "Citext" {
                continue;
            }
            out.push(
                Finding::new(
                    &RULE,
                    *span,
                    format!(
                        "`{}.{}` is `citext`, but the datasource does not declare the `citext` extension",
                        model.name, field.name
                    ),
                )
                .with_label("needs the citext extension")
                .with_help(extension_fix(lint, "citext")),
            );
        }
    }
}

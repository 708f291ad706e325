//! P2S009: a trigram operator class without the `pg_trgm` extension.

use super::{Rule, extension_fix};
use crate::{Finding, Lint};
use prisma2sql_model::OperatorClass;
use prisma2sql_syntax::Severity;

pub const RULE: Rule = Rule {
    code: "P2S009",
    name: "trigram-without-pg-trgm",
    severity: Severity::Error,
    summary: "`gin_trgm_ops` / `gist_trgm_ops` without the `pg_trgm` extension",
    explanation: "The trigram operator classes (`ops: raw(\"gin_trgm_ops\")`, `gist_trgm_ops`) come with the `pg_trgm` extension. Unless the datasource declares it (`extensions = [pg_trgm]`, with the `postgresqlExtensions` preview feature) or it was created by hand before, CREATE INDEX fails on a fresh database with `operator class \"gin_trgm_ops\" does not exist for access method \"gin\"`. Declare the extension so that the DDL creates it before the index.",
    corpus_findings: 2,
    check,
};

fn check(lint: &Lint, out: &mut Vec<Finding>) {
    if lint.schema.datasource.extensions.iter().any(|e| e.database_name() == "pg_trgm") {
        return;
    }
    for model in &lint.schema.models {
        for index in &model.indexes {
            for field in &index.fields {
                let Some(OperatorClass::Raw(ops)) = &field.ops else { continue };
                if !ops.to_ascii_lowercase().contains("trgm_ops") {
                    continue;
                }
                out.push(
                    Finding::new(
                        &RULE,
                        field.span,
                        format!("the index on `{}.{}` uses `{ops}`, but the datasource does not declare the `pg_trgm` extension", model.name, model.fields[field.field].name),
                    )
                    .with_label("needs the pg_trgm extension")
                    .with_help(extension_fix(lint, "pg_trgm")),
                );
            }
        }
    }
}

//! P2S005: `SetDefault` on columns without a default.

use super::{Rule, field_names, field_path, referencing_field};
use crate::{Finding, Lint};
use prisma2sql_model::ReferentialAction;
use prisma2sql_syntax::Severity;

pub const RULE: Rule = Rule {
    code: "P2S005",
    name: "set-default-without-default",
    severity: Severity::Error,
    summary: "`SetDefault` on a field without `@default`: it sets NULL, or fails",
    explanation: "SET DEFAULT writes each referencing column's default. A column without a database default (no `@default`, or one Prisma Client computes such as `uuid()` or `cuid()`) gets NULL: a NOT NULL column makes the delete (or key change) fail, and a nullable one behaves like SetNull under a misleading name. Give the fields a `@default(...)` that names an existing parent row, or choose `SetNull`, `Cascade` or `Restrict`.",
    corpus_findings: 0,
    check,
};

fn check(lint: &Lint, out: &mut Vec<Finding>) {
    for (relation, fk) in lint.relations.foreign_keys() {
        let Some((model, field, attr)) = referencing_field(lint, relation) else { continue };
        let Some(table) = lint.ctx.model_table(fk.model) else { continue };
        // Only a default in the database counts: `uuid()`, `cuid()` and the like are Prisma Client's.
        let has_default = |i: &usize| {
            table.column(model.fields[*i].db_name()).is_some_and(|c| c.default.is_some() || c.autoincrement)
        };
        let missing: Vec<usize> = fk.fields.iter().copied().filter(|i| !has_default(i)).collect();
        if missing.is_empty() {
            continue;
        }
        let fails = missing.iter().any(|i| model.fields[*i].is_required());
        for (clause, written) in [("onDelete", attr.on_delete), ("onUpdate", attr.on_update)] {
            let Some((ReferentialAction::SetDefault, span)) = written else { continue };
            let names = field_names(model, &missing);
            let (severity, outcome) = if fails {
                (Severity::Error, "it writes NULL into a required column and the statement fails")
            } else {
                (Severity::Warning, "it writes NULL, exactly as SetNull would")
            };
            out.push(
                Finding::new(
                    &RULE,
                    span,
                    format!(
                        "`{clause}: SetDefault` on `{}`, but `{names}` has no default in the database: {outcome}",
                        field_path(model, field)
                    ),
                )
                .with_severity(severity)
                .with_label("no @default to set")
                .with_help(format!(
                    "add `@default(...)` to `{names}` naming a row that always exists, or choose another action"
                )),
            );
        }
    }
}

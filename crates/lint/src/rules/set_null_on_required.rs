//! P2S004: `SetNull` on a foreign key with a NOT NULL column.

use super::{Rule, field_names, field_path, referencing_field};
use crate::{Finding, Lint};
use prisma2sql_explain::words::article;
use prisma2sql_model::ReferentialAction;
use prisma2sql_syntax::Severity;

pub const RULE: Rule = Rule {
    code: "P2S004",
    name: "set-null-on-required",
    severity: Severity::Error,
    summary: "`onDelete` / `onUpdate: SetNull` on a required field: the action can only fail",
    explanation: "SET NULL writes NULL into the referencing columns. When one of them is NOT NULL (a required field), PostgreSQL rejects that write, so deleting (or re-keying) a parent that still has children fails with a not-null violation instead of keeping the children. Prisma accepts the schema. Make the relation optional (`Int?` on the scalar field and `?` on the relation field) to keep the children without a parent, or choose `Cascade` or `Restrict`.",
    corpus_findings: 0,
    check,
};

fn check(lint: &Lint, out: &mut Vec<Finding>) {
    for (relation, fk) in lint.relations.foreign_keys() {
        let Some((model, field, attr)) = referencing_field(lint, relation) else { continue };
        let required: Vec<usize> = fk.fields.iter().copied().filter(|i| model.fields[*i].is_required()).collect();
        if required.is_empty() {
            continue;
        }
        let parent = &lint.schema.model(fk.referenced_model).name;
        for (clause, written, what) in
            [("onDelete", attr.on_delete, "deleting"), ("onUpdate", attr.on_update, "changing the key of")]
        {
            let Some((ReferentialAction::SetNull, span)) = written else { continue };
            out.push(
                Finding::new(
                    &RULE,
                    span,
                    format!(
                        "`{clause}: SetNull` cannot work: `{}` ({}) is required, so {what} {} that {} refers to fails with a not-null violation",
                        field_path(model, field),
                        field_names(model, &required),
                        article(parent),
                        article(&model.name)
                    ),
                )
                .with_label("sets a NOT NULL column to NULL")
                .with_help(format!(
                    "make `{}` and `{}` optional (add `?` to both), or use `{clause}: Cascade` or `{clause}: Restrict`",
                    field_names(model, &required),
                    field.name
                )),
            );
        }
    }
}

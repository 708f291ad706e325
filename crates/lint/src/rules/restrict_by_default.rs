//! P2S003: a required relation left at Prisma's default ON DELETE RESTRICT.

use super::{Rule, field_path, referencing_field, with_argument};
use crate::{Finding, Lint};
use prisma2sql_explain::words::article;
use prisma2sql_model::ReferentialAction;
use prisma2sql_syntax::Severity;

pub const RULE: Rule = Rule {
    code: "P2S003",
    name: "restrict-by-default",
    severity: Severity::Warning,
    summary: "A required relation without `onDelete`: deleting the parent fails while children exist",
    explanation: "When `onDelete` is not written, Prisma makes a required relation `Restrict`: deleting a parent row fails as long as any row refers to it, and the error surfaces at run time, often far from the schema. That may be what you want, but then say so. Write `onDelete: Restrict` to keep it, `onDelete: Cascade` to delete the children with their parent, or make the relation optional and use `onDelete: SetNull` to keep the children without a parent.",
    corpus_findings: 191,
    check,
};

fn check(lint: &Lint, out: &mut Vec<Finding>) {
    for (relation, fk) in lint.relations.foreign_keys() {
        if fk.on_delete.explicit || fk.on_delete.action != ReferentialAction::Restrict {
            continue;
        }
        let Some((model, field, attr)) = referencing_field(lint, relation) else { continue };
        let parent = &lint.schema.model(fk.referenced_model).name;
        out.push(
            Finding::new(
                &RULE,
                attr.span,
                format!(
                    "deleting {} fails while {} refers to it: `{}` has no `onDelete`, and Prisma's default for a required relation is Restrict",
                    article(parent),
                    article(&model.name),
                    field_path(model, field)
                ),
            )
            .with_label("ON DELETE RESTRICT by default")
            .with_help(format!(
                "write the action you mean: `onDelete: Cascade` deletes the {} rows with their {parent}, `onDelete: Restrict` keeps this and makes it visible:",
                model.name
            ))
            .with_fix(with_argument(lint, attr, "onDelete", "Restrict")),
        );
    }
}

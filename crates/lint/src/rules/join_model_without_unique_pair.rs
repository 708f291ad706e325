//! P2S011: an explicit join model that lets the same pair be linked twice.

use super::{Rule, field_names};
use crate::{Finding, Lint};
use prisma2sql_model::Field;
use prisma2sql_syntax::Severity;

pub const RULE: Rule = Rule {
    code: "P2S011",
    name: "join-model-without-unique-pair",
    severity: Severity::Warning,
    summary: "An explicit many-to-many join model without a unique pair",
    explanation: "A model that only links two others (two one-to-many relations, nothing pointing at it, and no fields but the two foreign keys and fields with defaults such as an id, `createdAt` or a role) usually stands for a set of pairs. Without a primary key or unique constraint on the two foreign keys, the same pair can be stored twice, and counts, `connect` and deletes then act on duplicates. Make the pair the primary key (`@@id([aId, bId])`) or unique (`@@unique([aId, bId])`); if repeating a pair is intended (an event log), silence this finding for the model.",
    corpus_findings: 2,
    check,
};

/// Whether a field only describes the link itself: when it was made or changed, or a value that
/// starts at a default (a role, a status). A field of content (a comment's text, a reservation's
/// dates) makes the model more than a link.
fn describes_the_link(field: &Field) -> bool {
    field.default.is_some() || field.updated_at
}

fn check(lint: &Lint, out: &mut Vec<Finding>) {
    for join in lint.ctx.joins.iter().filter(|j| !j.unique_pair) {
        let model = lint.schema.model(join.model);
        let mut fields: Vec<usize> = Vec::new();
        for id in join.relations {
            if let Some(fk) = lint.relations.get(id).foreign_key() {
                fields.extend(fk.fields.iter().filter(|f| !fields.contains(f)).copied().collect::<Vec<_>>());
            }
        }
        let only_a_link = model
            .fields
            .iter()
            .enumerate()
            .filter(|(i, f)| f.is_scalar() && !fields.contains(i))
            .all(|(_, f)| describes_the_link(f));
        if !only_a_link {
            continue;
        }
        let links: Vec<&str> = join
            .relations
            .iter()
            .filter_map(|id| lint.relations.get(*id).foreign_key())
            .map(|fk| lint.schema.model(fk.referenced_model).name.as_str())
            .collect();
        let names = field_names(model, &fields);
        out.push(
            Finding::new(
                &RULE,
                model.name_span,
                format!(
                    "`{}` links {} but nothing makes ({names}) unique: the same pair can be linked more than once",
                    model.name,
                    links.join(" and ")
                ),
            )
            .with_label("join model")
            .with_help(format!("add to model `{}` (or make it the `@@id`):", model.name))
            .with_fix(format!("@@unique([{names}])")),
        );
    }
}

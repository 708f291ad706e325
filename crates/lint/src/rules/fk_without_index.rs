//! P2S001: a foreign key whose columns no index starts with.

use super::{Rule, field_names, referencing_field};
use crate::{Finding, Lint};
use prisma2sql_explain::report::{covering_index, partial_leading_index};
use prisma2sql_syntax::Severity;

pub const RULE: Rule = Rule {
    code: "P2S001",
    name: "fk-without-index",
    severity: Severity::Warning,
    summary: "Foreign key columns that no index starts with",
    explanation: "PostgreSQL indexes primary keys and unique constraints, but not the referencing side of a foreign key, and Prisma adds no index for it. Every query for the rows of a parent (`include`, relation filters), and every delete or key change of a parent (to run ON DELETE / ON UPDATE), then reads the whole child table. Under `relationMode = \"prisma\"` Prisma Client runs those lookups itself, with the same cost. An index whose leading columns are the foreign key's columns (in any order), a unique constraint or the primary key covers it; a partial index (`where:`) does not, as it holds only some rows. Add `@@index([...])` otherwise.",
    corpus_findings: 618,
    check,
};

fn check(lint: &Lint, out: &mut Vec<Finding>) {
    for (relation, fk) in lint.relations.foreign_keys() {
        let Some(table) = lint.ctx.model_table(fk.model) else { continue };
        let Some((model, field, attr)) = referencing_field(lint, relation) else { continue };
        let columns: Vec<String> = fk.fields.iter().map(|i| model.fields[*i].db_name().to_owned()).collect();
        if covering_index(table, &columns).is_some() {
            continue;
        }
        let target = &lint.schema.model(fk.referenced_model).name;
        let names = field_names(model, &fk.fields);
        let why = if lint.relations.has_database_foreign_keys() {
            "PostgreSQL does not index the referencing columns of a foreign key"
        } else {
            "with relationMode = \"prisma\" Prisma Client looks these rows up itself"
        };
        out.push(
            Finding::new(
                &RULE,
                attr.fields_span.unwrap_or(attr.span),
                format!(
                    "no index on `{}` ({names}) for the relation `{}.{}`: {why}",
                    model.name, model.name, field.name
                ),
            )
            .with_label(match partial_leading_index(table, &columns) {
                Some(name) => {
                    format!("only the partial index `{name}` starts with these columns, and it holds only some rows")
                }
                None => "not covered by any index".to_owned(),
            })
            .with_help(format!(
                "finding the {} rows of a {target} reads the whole table; add to model `{}`:",
                model.name, model.name
            ))
            .with_fix(format!("@@index([{names}])")),
        );
    }
}

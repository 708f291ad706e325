//! P2S010: a foreign key between column types PostgreSQL cannot compare, a list column among them.

use super::{Rule, field_path, native_type, referencing_field, sql_name};
use crate::{Finding, Lint};
use prisma2sql_syntax::Severity;
use prisma2sql_syntax::ast::Arity;

pub const RULE: Rule = Rule {
    code: "P2S010",
    name: "fk-type-mismatch",
    severity: Severity::Error,
    summary: "A foreign key between column types PostgreSQL refuses to compare (`text` → `uuid`, a list → one value...)",
    explanation: "Prisma only checks that both sides of a relation have the same Prisma type, but PostgreSQL needs an equality operator between the two column types: `text` cannot reference `uuid`, `citext` or `inet`, `time` cannot reference `timestamp`, `money` cannot reference `numeric`, and `json` or `xml` columns cannot be referenced at all; nor can a list field (`Int[]`, an array column) hold a foreign key to a single value. The ALTER TABLE ... FOREIGN KEY then fails with `foreign key constraint ... cannot be implemented`. Give the referencing field the same `@db.` type as the field it references, and make it a single value.",
    corpus_findings: 1,
    check,
};

/// Types whose values PostgreSQL compares with one another (one b-tree operator family).
fn family(name: &str) -> &str {
    match name {
        "Text" | "VarChar" | "Char" => "text",
        "Bit" | "VarBit" => "bit",
        "Integer" | "SmallInt" | "BigInt" => "integer",
        "Real" | "DoublePrecision" => "float",
        "Timestamp" | "Timestamptz" | "Date" => "datetime",
        other => other,
    }
}

/// Whether PostgreSQL refuses a foreign key from a `child` column to a `parent` column (native
/// type names), as measured on PostgreSQL for every pair Prisma allows.
pub fn refuses(child: &str, parent: &str) -> bool {
    // Neither has a b-tree operator class, so nothing can reference them.
    if matches!(parent, "Xml" | "Json") || matches!(child, "Xml" | "Json") {
        return true;
    }
    match (child, parent) {
        ("Citext", "Text" | "VarChar") => false,
        ("Integer" | "SmallInt", "Oid") => false,
        _ => family(child) != family(parent),
    }
}

fn check(lint: &Lint, out: &mut Vec<Finding>) {
    if !lint.relations.has_database_foreign_keys() {
        return;
    }
    for (relation, fk) in lint.relations.foreign_keys() {
        let Some((model, field, attr)) = referencing_field(lint, relation) else { continue };
        let target = lint.schema.model(fk.referenced_model);
        for (child_index, parent_index) in fk.fields.iter().zip(&fk.referenced_fields) {
            let (child, parent) = (&model.fields[*child_index], &target.fields[*parent_index]);
            let (Some(child_type), Some(parent_type)) = (native_type(child), native_type(parent)) else { continue };
            // A list column holds an array, which no single value equals.
            let list = child.arity == Arity::List && parent.arity != Arity::List;
            if !list && !refuses(child_type.name(), parent_type.name()) {
                continue;
            }
            let (child_sql, parent_sql) = (sql_name(&child_type), sql_name(&parent_type));
            let (child_is, parent_is, why) = if list {
                (
                    format!("a list (`{child_sql}[]`)"),
                    format!("one `{parent_sql}`"),
                    "an array cannot reference a single value",
                )
            } else {
                (format!("`{child_sql}`"), format!("`{parent_sql}`"), "cannot compare the two types")
            };
            let finding = Finding::new(
                &RULE,
                attr.fields_span.unwrap_or(attr.span),
                format!(
                    "`{}` is {child_is} but `{}.{}` is {parent_is}: PostgreSQL refuses the foreign key of `{}` ({why})",
                    field_path(model, child),
                    target.name,
                    parent.name,
                    field_path(model, field)
                ),
            );
            out.push(if list {
                finding.with_label("a list column").with_help(format!(
                    "a foreign key holds one parent per row: make `{}` a single value, or relate the models many-to-many (a list of `{}` on both sides)",
                    child.name, target.name
                ))
            } else {
                let args = if parent_type.args.is_empty() {
                    String::new()
                } else {
                    format!("({})", parent_type.args.iter().map(u32::to_string).collect::<Vec<_>>().join(", "))
                };
                finding
                    .with_label("incompatible column types")
                    .with_help(format!("give `{}` the type of `{}.{}`:", child.name, target.name, parent.name))
                    .with_fix(format!("@db.{}{args}", parent_type.name()))
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::refuses;

    /// Every pair of native types of one Prisma type, and whether PostgreSQL 15 accepted a foreign
    /// key from the first to the second (measured with CREATE TABLE ... REFERENCES).
    #[test]
    fn matches_what_postgresql_accepts() {
        let groups: &[&[&str]] = &[
            &["Text", "VarChar", "Char", "Uuid", "Citext", "Inet", "Xml", "Bit", "VarBit"],
            &["Integer", "SmallInt", "Oid"],
            &["Real", "DoublePrecision"],
            &["Decimal", "Money"],
            &["Timestamp", "Timestamptz", "Date", "Time", "Timetz"],
            &["Json", "JsonB"],
        ];
        let accepted: &[(&str, &str)] = &[
            ("Text", "Text"),
            ("VarChar", "Text"),
            ("Char", "Text"),
            ("Citext", "Text"),
            ("Text", "VarChar"),
            ("VarChar", "VarChar"),
            ("Char", "VarChar"),
            ("Citext", "VarChar"),
            ("Text", "Char"),
            ("VarChar", "Char"),
            ("Char", "Char"),
            ("Uuid", "Uuid"),
            ("Citext", "Citext"),
            ("Inet", "Inet"),
            ("Bit", "Bit"),
            ("VarBit", "Bit"),
            ("Bit", "VarBit"),
            ("VarBit", "VarBit"),
            ("Integer", "Integer"),
            ("SmallInt", "Integer"),
            ("Integer", "SmallInt"),
            ("SmallInt", "SmallInt"),
            ("Integer", "Oid"),
            ("SmallInt", "Oid"),
            ("Oid", "Oid"),
            ("Real", "Real"),
            ("DoublePrecision", "Real"),
            ("Real", "DoublePrecision"),
            ("DoublePrecision", "DoublePrecision"),
            ("Decimal", "Decimal"),
            ("Money", "Money"),
            ("Timestamp", "Timestamp"),
            ("Timestamptz", "Timestamp"),
            ("Date", "Timestamp"),
            ("Timestamp", "Timestamptz"),
            ("Timestamptz", "Timestamptz"),
            ("Date", "Timestamptz"),
            ("Timestamp", "Date"),
            ("Timestamptz", "Date"),
            ("Date", "Date"),
            ("Time", "Time"),
            ("Timetz", "Timetz"),
            ("JsonB", "JsonB"),
        ];
        for group in groups {
            for parent in *group {
                for child in *group {
                    let expected = !accepted.contains(&(child, parent));
                    assert_eq!(refuses(child, parent), expected, "{child} → {parent}");
                }
            }
        }
    }
}

//! Every piece of SQL text prisma2sql writes is written here.
//!
//! The layout is Prisma Migrate's, byte for byte, with one deliberate difference: identifiers and
//! string literals are always escaped (`"` doubled inside identifiers, `'` inside literals), so
//! that a name containing a quote can neither break the script nor inject SQL.

use crate::diff::{Step, TableChange};
use crate::schema::*;
use std::fmt::Write;

/// `"name"`, with `"` doubled.
pub fn quote_ident(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 2);
    out.push('"');
    for c in name.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    out.push('"');
    out
}

/// `'text'`, with `'` doubled.
pub fn string_literal(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('\'');
    for c in s.chars() {
        if c == '\'' {
            out.push('\'');
        }
        out.push(c);
    }
    out.push('\'');
    out
}

/// `"ns"."name"` when the schema is qualified, else `"name"`.
pub fn qualified(namespace: &Namespace, name: &str) -> String {
    match namespace {
        Some(ns) => format!("{}.{}", quote_ident(ns), quote_ident(name)),
        None => quote_ident(name),
    }
}

/// A column's type without `[]`.
pub fn column_type(ty: &ColumnType) -> String {
    match ty {
        ColumnType::Builtin(t) => t.clone(),
        ColumnType::Enum { namespace, name } => qualified(namespace, name),
        ColumnType::Unsupported(t) => t.clone(),
    }
}

/// A column's full type: SERIAL for autoincrement, `[]` for lists.
pub fn full_column_type(column: &Column) -> String {
    if column.autoincrement
        && let ColumnType::Builtin(t) = &column.ty
    {
        let serial = match t.as_str() {
            "INTEGER" => Some("SERIAL"),
            "BIGINT" => Some("BIGSERIAL"),
            "SMALLINT" => Some("SMALLSERIAL"),
            _ => None,
        };
        if let Some(serial) = serial {
            return serial.to_owned();
        }
    }
    let mut t = column_type(&column.ty);
    if column.list {
        t.push_str("[]");
    }
    t
}

pub fn default_sql(default: &SqlDefault) -> &str {
    match default {
        SqlDefault::Value(v) => v,
        SqlDefault::Now => "CURRENT_TIMESTAMP",
        SqlDefault::DbGenerated(expr) => expr,
    }
}

/// `"name" TYPE NOT NULL DEFAULT x`, as inside CREATE TABLE.
pub fn column_definition(column: &Column) -> String {
    let mut out = format!("{} {}", quote_ident(&column.name), full_column_type(column));
    if !column.nullable && !column.list {
        out.push_str(" NOT NULL");
    }
    if let Some(default) = &column.default {
        out.push_str(" DEFAULT ");
        out.push_str(default_sql(default));
    }
    out
}

fn action_sql(action: Action) -> &'static str {
    match action {
        Action::Cascade => "CASCADE",
        Action::Restrict => "RESTRICT",
        Action::NoAction => "NO ACTION",
        Action::SetNull => "SET NULL",
        Action::SetDefault => "SET DEFAULT",
    }
}

fn algorithm_sql(algorithm: IndexAlgorithm) -> &'static str {
    match algorithm {
        IndexAlgorithm::BTree => "BTREE",
        IndexAlgorithm::Hash => "HASH",
        IndexAlgorithm::Gist => "GIST",
        IndexAlgorithm::Gin => "GIN",
        IndexAlgorithm::SpGist => "SPGIST",
        IndexAlgorithm::Brin => "BRIN",
    }
}

fn quoted_list(names: &[String], separator: &str) -> String {
    names.iter().map(|n| quote_ident(n)).collect::<Vec<_>>().join(separator)
}

pub fn create_table(table: &Table) -> String {
    let mut out = format!("CREATE TABLE {} (\n", qualified(&table.namespace, &table.name));
    let columns: Vec<String> = table.columns.iter().map(|c| format!("    {}", column_definition(c))).collect();
    out.push_str(&columns.join(",\n"));
    if let Some(pk) = &table.primary_key {
        if !columns.is_empty() {
            out.push_str(",\n\n");
        }
        let _ = write!(out, "    CONSTRAINT {} PRIMARY KEY ({})", quote_ident(&pk.name), quoted_list(&pk.columns, ","));
    }
    out.push_str("\n)");
    out
}

pub fn create_index(table: &Table, index: &SqlIndex) -> String {
    let columns: Vec<String> = index
        .columns
        .iter()
        .map(|c| {
            let mut s = quote_ident(&c.name);
            if let Some(ops) = &c.operator_class {
                s.push(' ');
                s.push_str(ops);
            }
            match c.sort {
                Some(SortOrder::Asc) => s.push_str(" ASC"),
                Some(SortOrder::Desc) => s.push_str(" DESC"),
                None => {}
            }
            s
        })
        .collect();
    let unique = if index.unique { "UNIQUE " } else { "" };
    let target = qualified(&table.namespace, &table.name);
    match index.algorithm {
        Some(algorithm) => format!(
            "CREATE {unique}INDEX {} ON {target} USING {} ({})",
            quote_ident(&index.name),
            algorithm_sql(algorithm),
            columns.join(", ")
        ),
        None => format!("CREATE {unique}INDEX {} ON {target}({})", quote_ident(&index.name), columns.join(", ")),
    }
}

pub fn drop_index(namespace: &Namespace, index: &str) -> String {
    format!("DROP INDEX {}", qualified(namespace, index))
}

pub fn add_foreign_key(table: &Table, fk: &SqlForeignKey) -> String {
    format!(
        "ALTER TABLE {} ADD CONSTRAINT {} FOREIGN KEY ({}) REFERENCES {}({}) ON DELETE {} ON UPDATE {}",
        qualified(&table.namespace, &table.name),
        quote_ident(&fk.name),
        quoted_list(&fk.columns, ", "),
        qualified(&fk.referenced_namespace, &fk.referenced_table),
        quoted_list(&fk.referenced_columns, ", "),
        action_sql(fk.on_delete),
        action_sql(fk.on_update),
    )
}

pub fn drop_foreign_key(table: &Table, fk: &SqlForeignKey) -> String {
    format!("ALTER TABLE {} DROP CONSTRAINT {}", qualified(&table.namespace, &table.name), quote_ident(&fk.name))
}

pub fn create_enum(e: &SqlEnum) -> String {
    let values: Vec<String> = e.values.iter().map(|v| string_literal(v)).collect();
    format!("CREATE TYPE {} AS ENUM ({})", qualified(&e.namespace, &e.name), values.join(", "))
}

pub fn create_extension(e: &SqlExtension) -> String {
    let mut out = format!("CREATE EXTENSION IF NOT EXISTS {}", quote_ident(&e.name));
    if e.schema.is_some() || e.version.is_some() {
        out.push_str(" WITH");
        if let Some(schema) = &e.schema {
            let _ = write!(out, " SCHEMA {}", quote_ident(schema));
        }
        if let Some(version) = &e.version {
            let _ = write!(out, " VERSION {}", quote_ident(version));
        }
    }
    out
}

/// The whole script: each step with its `-- Comment`, statements ended by `;`, a blank line
/// between steps.
pub fn script(steps: &[Step]) -> String {
    if steps.is_empty() {
        return "-- This is an empty migration.\n".to_owned();
    }
    let mut out = String::new();
    for (i, step) in steps.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let _ = writeln!(out, "-- {}", step.description());
        for statement in statements(step) {
            out.push_str(&statement);
            out.push_str(";\n");
        }
    }
    out
}

/// The SQL statements of one step.
pub fn statements(step: &Step) -> Vec<String> {
    match step {
        Step::CreateSchema(name) => vec![format!("CREATE SCHEMA IF NOT EXISTS {}", quote_ident(name))],
        Step::CreateExtension(e) => vec![create_extension(e)],
        Step::CreateEnum(e) => vec![create_enum(e)],
        Step::CreateTable(t) => vec![create_table(t)],
        Step::CreateIndex { table, index } => vec![create_index(table, index)],
        Step::AddForeignKey { table, foreign_key } => vec![add_foreign_key(table, foreign_key)],
        Step::DropForeignKey { table, foreign_key } => vec![drop_foreign_key(table, foreign_key)],
        Step::DropIndex { namespace, name } => vec![drop_index(namespace, name)],
        Step::DropTable(t) => vec![format!("DROP TABLE {}", qualified(&t.namespace, &t.name))],
        Step::DropEnum(e) => vec![format!("DROP TYPE {}", qualified(&e.namespace, &e.name))],
        Step::AlterTable { table, changes } => vec![alter_table(table, changes)],
    }
}

fn alter_table(table: &Table, changes: &[TableChange]) -> String {
    let clauses: Vec<String> = changes
        .iter()
        .map(|change| match change {
            TableChange::AddColumn(c) => format!("ADD COLUMN     {}", column_definition(c)),
            TableChange::DropColumn(name) => format!("DROP COLUMN {}", quote_ident(name)),
        })
        .collect();
    format!("ALTER TABLE {} {}", qualified(&table.namespace, &table.name), clauses.join(",\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_are_escaped() {
        assert_eq!(quote_ident("mo\"od"), "\"mo\"\"od\"");
        assert_eq!(string_literal("it's"), "'it''s'");
        assert_eq!(quote_ident("User"), "\"User\"");
    }
}

//! Every piece of SQL text prisma2sql writes is written here.
//!
//! The layout is Prisma Migrate's, byte for byte, with one deliberate difference: identifiers and
//! string literals are always escaped (`"` doubled inside identifiers, `'` inside literals), so
//! that a name containing a quote can neither break the script nor inject SQL.

use crate::diff::{AlterColumn, AlterEnum, Arity, ColumnRef, Step, TableChange};
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

/// Exponents beyond this are written as given rather than expanded into digits.
const MAX_EXPANDED_EXPONENT: i64 = 10_000_000;

/// A Float or Decimal default as Prisma writes it: the exact decimal value in plain notation,
/// keeping the scale it was written with. `007.50` → `7.50`, `1.5e-3` → `0.0015`,
/// `1.000e2` → `100.0`, `0.0e3` → `000`, `-0` → `0`. `None` when `text` is not a number.
pub fn decimal_literal(text: &str) -> Option<String> {
    let (negative, unsigned) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let (mantissa, exponent) = match unsigned.find(['e', 'E']) {
        Some(at) => (&unsigned[..at], Some(&unsigned[at + 1..])),
        None => (unsigned, None),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if int.len() + frac.len() == 0 || !all_digits(int) || !all_digits(frac) {
        return None;
    }
    let exponent = match exponent.map(parse_exponent) {
        None => 0,
        Some(Exponent::Invalid) => return None,
        Some(Exponent::Huge) => return Some(text.to_owned()),
        Some(Exponent::Value(e)) => e,
    };
    let digits = format!("{int}{frac}");
    let unscaled = match digits.trim_start_matches('0') {
        "" => "0",
        significant => significant,
    };
    let sign = if negative && unscaled != "0" { "-" } else { "" };
    Some(format!("{sign}{}", plain_decimal(unscaled, frac.len() as i64 - exponent)))
}

fn all_digits(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_digit())
}

enum Exponent {
    Value(i64),
    Huge,
    Invalid,
}

fn parse_exponent(text: &str) -> Exponent {
    let digits = text.strip_prefix(['+', '-']).unwrap_or(text);
    if digits.is_empty() || !all_digits(digits) {
        return Exponent::Invalid;
    }
    match text.parse::<i64>() {
        Ok(e) if e.abs() <= MAX_EXPANDED_EXPONENT => Exponent::Value(e),
        _ => Exponent::Huge,
    }
}

/// `unscaled × 10^-scale` in plain notation: `(15, 3)` → `0.015`, `(15, -2)` → `1500`.
fn plain_decimal(unscaled: &str, scale: i64) -> String {
    if scale <= 0 {
        return format!("{unscaled}{}", "0".repeat(scale.unsigned_abs() as usize));
    }
    let scale = scale as usize;
    match unscaled.len().checked_sub(scale) {
        Some(whole) if whole > 0 => format!("{}.{}", &unscaled[..whole], &unscaled[whole..]),
        _ => format!("0.{}{unscaled}", "0".repeat(scale - unscaled.len())),
    }
}

/// `'\x68656c6c6f'`: bytes as a PostgreSQL hex literal.
pub fn bytes_literal(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 2 + 4);
    out.push_str("'\\x");
    for b in bytes {
        let _ = write!(out, "{b:02x}");
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
    if let Some(default) = column.default.as_ref().map(default_sql).filter(|d| !d.is_empty()) {
        out.push_str(" DEFAULT ");
        out.push_str(default);
    }
    out
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
            algorithm.sql(),
            columns.join(", ")
        ),
        None => format!("CREATE {unique}INDEX {} ON {target}({})", quote_ident(&index.name), columns.join(", ")),
    }
}

/// `DROP INDEX "ns"."name"`.
pub fn drop_index(table: &Table, index: &SqlIndex) -> String {
    format!("DROP INDEX {}", qualified(&table.namespace, &index.name))
}

/// `ALTER INDEX "ns"."old" RENAME TO "new"` (the new name takes the schema of the old one).
pub fn rename_index(table: &Table, previous: &str, next: &str) -> String {
    format!("ALTER INDEX {} RENAME TO {}", qualified(&table.namespace, previous), quote_ident(next))
}

pub fn add_foreign_key(table: &Table, fk: &SqlForeignKey) -> String {
    format!(
        "ALTER TABLE {} ADD CONSTRAINT {} FOREIGN KEY ({}) REFERENCES {}({}) ON DELETE {} ON UPDATE {}",
        qualified(&table.namespace, &table.name),
        quote_ident(&fk.name),
        quoted_list(&fk.columns, ", "),
        qualified(&fk.referenced_namespace, &fk.referenced_table),
        quoted_list(&fk.referenced_columns, ", "),
        fk.on_delete.sql(),
        fk.on_update.sql(),
    )
}

pub fn drop_foreign_key(table: &Table, fk: &SqlForeignKey) -> String {
    format!("ALTER TABLE {} DROP CONSTRAINT {}", qualified(&table.namespace, &table.name), quote_ident(&fk.name))
}

/// `ALTER TABLE ... RENAME CONSTRAINT "old" TO "new"`, for foreign keys and primary keys.
pub fn rename_constraint(namespace: &Namespace, table: &str, previous: &str, next: &str) -> String {
    format!(
        "ALTER TABLE {} RENAME CONSTRAINT {} TO {}",
        qualified(namespace, table),
        quote_ident(previous),
        quote_ident(next)
    )
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
/// between steps. Steps that come to no statement are left out.
pub fn script(steps: &[Step]) -> String {
    script_with_notes(steps, |_| Vec::new())
}

/// The script with extra comment lines: `notes(step)` are written as `-- note` lines right after
/// the step's own comment. Without notes this is exactly [`script`].
pub fn script_with_notes(steps: &[Step], notes: impl Fn(&Step) -> Vec<String>) -> String {
    let mut out = String::new();
    for step in steps {
        let statements = statements(step);
        if statements.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        let _ = writeln!(out, "-- {}", step.description());
        for note in notes(step) {
            let _ = writeln!(out, "-- {note}");
        }
        for statement in statements {
            out.push_str(&statement);
            out.push_str(";\n");
        }
    }
    if out.is_empty() {
        out.push_str("-- This is an empty migration.\n");
    }
    out
}

/// The SQL statements of one step.
pub fn statements(step: &Step) -> Vec<String> {
    match step {
        Step::CreateSchema(name) => vec![format!("CREATE SCHEMA IF NOT EXISTS {}", quote_ident(name))],
        Step::DropExtension(e) => vec![format!("DROP EXTENSION {}", quote_ident(&e.name))],
        Step::CreateExtension(e) => vec![create_extension(e)],
        Step::CreateEnum(e) => vec![create_enum(e)],
        Step::AlterEnum(alter) => alter_enum(alter),
        Step::CreateTable(t) => vec![create_table(t)],
        Step::CreateIndex { table, index } => vec![create_index(table, index)],
        Step::AddForeignKey { table, foreign_key } => vec![add_foreign_key(table, foreign_key)],
        Step::DropForeignKey { table, foreign_key } => vec![drop_foreign_key(table, foreign_key)],
        Step::DropIndex { table, index } => vec![drop_index(table, index)],
        Step::DropTable(t) => vec![format!("DROP TABLE {}", qualified(&t.namespace, &t.name))],
        Step::DropEnum(e) => vec![format!("DROP TYPE {}", qualified(&e.namespace, &e.name))],
        Step::AlterTable { table, changes } => alter_table(table, changes),
        Step::RenameForeignKey { table, previous, next } => {
            vec![rename_constraint(&table.namespace, &table.name, previous, next)]
        }
        Step::RenameIndex { table, previous, next } => vec![rename_index(table, previous, next)],
    }
}

/// Statements that must run around an `ALTER TABLE`, and its clauses.
#[derive(Default)]
struct AlterTableParts {
    before: Vec<String>,
    clauses: Vec<String>,
    after: Vec<String>,
}

/// One `ALTER TABLE` with a clause per line, with the statements that must run before and after
/// it (sequences, primary key renames).
fn alter_table(table: &Table, changes: &[TableChange]) -> Vec<String> {
    let name = qualified(&table.namespace, &table.name);
    let mut parts = AlterTableParts::default();
    for change in changes {
        match change {
            TableChange::DropPrimaryKey(pk) => parts.clauses.push(format!("DROP CONSTRAINT {}", quote_ident(&pk.name))),
            TableChange::RenamePrimaryKey { previous, next } => {
                parts.after.push(rename_constraint(&table.namespace, &table.name, previous, next));
            }
            TableChange::AddPrimaryKey(pk) => parts.clauses.push(format!(
                "ADD CONSTRAINT {} PRIMARY KEY ({})",
                quote_ident(&pk.name),
                quoted_list(&pk.columns, ", ")
            )),
            TableChange::AddColumn(column) => parts.clauses.push(add_column(column)),
            TableChange::DropColumn(column) => parts.clauses.push(drop_column(column)),
            TableChange::AlterColumn(alter) => alter_column(table, alter, &mut parts),
            TableChange::DropAndRecreateColumn { previous, next } => {
                parts.clauses.push(drop_column(previous));
                parts.clauses.push(add_column(next));
            }
        }
    }
    let mut statements = parts.before;
    if !parts.clauses.is_empty() {
        statements.push(format!("ALTER TABLE {name} {}", parts.clauses.join(",\n")));
    }
    statements.extend(parts.after);
    statements
}

fn add_column(column: &Column) -> String {
    format!("ADD COLUMN     {}", column_definition(column))
}

fn drop_column(column: &Column) -> String {
    format!("DROP COLUMN {}", quote_ident(&column.name))
}

/// The clauses of one altered column, in Prisma's order: nullability, default, autoincrement,
/// then the type.
fn alter_column(table: &Table, alter: &AlterColumn, parts: &mut AlterTableParts) {
    let AlterColumn { previous, next, changes, drop_sequence } = alter;
    let prefix = format!("ALTER COLUMN {}", quote_ident(&previous.name));
    let mut set_type = changes.type_change.is_some();
    if changes.arity {
        let (from, to) = (Arity::of(previous), Arity::of(next));
        set_type |= from == Arity::List || to == Arity::List;
        match to {
            Arity::Nullable if from != Arity::Nullable => parts.clauses.push(format!("{prefix} DROP NOT NULL")),
            Arity::Required => parts.clauses.push(format!("{prefix} SET NOT NULL")),
            _ => {}
        }
    }
    if changes.default {
        match &next.default {
            Some(default) => parts.clauses.push(format!("{prefix} SET DEFAULT {}", default_sql(default))),
            None => parts.clauses.push(format!("{prefix} DROP DEFAULT")),
        }
    }
    if changes.autoincrement {
        if previous.autoincrement {
            parts.clauses.push(format!("{prefix} DROP DEFAULT"));
            if *drop_sequence {
                parts.after.push("DROP SEQUENCE \"\"".to_owned());
            }
        } else {
            add_sequence(table, next, &prefix, parts);
        }
    }
    if set_type {
        parts.clauses.push(format!("{prefix} SET DATA TYPE {}", full_column_type(next)));
    }
}

/// The sequence a `SERIAL` column would have, created by hand for a column that starts to
/// autoincrement. Prisma writes its name lowercased and unquoted.
fn add_sequence(table: &Table, column: &Column, prefix: &str, parts: &mut AlterTableParts) {
    let namespace = table.namespace.as_deref().map(|ns| format!("{}.", quote_ident(ns))).unwrap_or_default();
    let sequence = format!("{namespace}{}_{}_seq", table.name, column.name).to_lowercase();
    parts.before.push(format!("CREATE SEQUENCE {sequence}"));
    parts.clauses.push(format!("{prefix} SET DEFAULT nextval({})", string_literal(&sequence)));
    parts.after.push(format!(
        "ALTER SEQUENCE {sequence} OWNED BY {}.{}",
        qualified(&table.namespace, &table.name),
        quote_ident(&column.name)
    ));
}

const SEVERAL_ENUM_VALUES_WARNING: &str = "\
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.
";

/// Added values are `ALTER TYPE ... ADD VALUE`; removing a value replaces the type: a new type,
/// every column cast to it through text, the old type dropped, in one transaction.
fn alter_enum(alter: &AlterEnum) -> Vec<String> {
    let (previous, next) = (&alter.previous, &alter.next);
    let name = qualified(&previous.namespace, &previous.name);
    if alter.removed.is_empty() {
        let mut statements: Vec<String> =
            alter.added.iter().map(|v| format!("ALTER TYPE {name} ADD VALUE {}", string_literal(v))).collect();
        if statements.len() > 1 {
            statements[0] = format!("{SEVERAL_ENUM_VALUES_WARNING}\n\n{}", statements[0]);
        }
        return statements;
    }
    let new_type = qualified(&next.namespace, &format!("{}_new", next.name));
    let old_name = format!("{}_old", previous.name);
    let column = |c: &ColumnRef| (qualified(&c.namespace, &c.table), quote_ident(&c.column));
    let mut statements = vec!["BEGIN".to_owned(), create_enum(&SqlEnum { name: format!("{}_new", next.name), ..next.clone() })];
    for c in &alter.dropped_defaults {
        let (table, col) = column(c);
        statements.push(format!("ALTER TABLE {table} ALTER COLUMN {col} DROP DEFAULT"));
    }
    for (c, list) in &alter.retyped {
        let (table, col) = column(c);
        let array = if *list { "[]" } else { "" };
        statements.push(format!(
            "ALTER TABLE {table} ALTER COLUMN {col} TYPE {new_type}{array} USING ({col}::text::{new_type}{array})"
        ));
    }
    statements.push(format!("ALTER TYPE {name} RENAME TO {}", quote_ident(&old_name)));
    statements.push(format!("ALTER TYPE {new_type} RENAME TO {}", quote_ident(&next.name)));
    statements.push(format!("DROP TYPE {}", qualified(&previous.namespace, &old_name)));
    for (c, default) in &alter.restored_defaults {
        let (table, col) = column(c);
        statements.push(format!("ALTER TABLE {table} ALTER COLUMN {col} SET DEFAULT {}", default_sql(default)));
    }
    statements.push("COMMIT".to_owned());
    statements
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

    #[test]
    fn decimals_in_plain_notation_with_their_scale() {
        let cases = [
            ("007.50", "7.50"),
            ("-3", "-3"),
            ("0.5", "0.5"),
            ("-0", "0"),
            ("-0.0", "0.0"),
            ("+1.5", "1.5"),
            (".5", "0.5"),
            ("5.", "5"),
            ("-.5", "-0.5"),
            ("1e5", "100000"),
            ("1E+2", "100"),
            ("1.5E-3", "0.0015"),
            ("-1e-7", "-0.0000001"),
            ("1.000e2", "100.0"),
            ("100e-2", "1.00"),
            ("12.34e-1", "1.234"),
            ("0.0e3", "000"),
            ("-0.00e5", "0000"),
            ("-0.0e-2", "0.000"),
            ("123456789e10", "1234567890000000000"),
        ];
        for (text, sql) in cases {
            assert_eq!(decimal_literal(text).as_deref(), Some(sql), "{text}");
        }
        for bad in ["", ".", "abc", "NaN", "inf", "1.5e", "1e+", "1_000", " 1.5", "1.2.3", "--1"] {
            assert_eq!(decimal_literal(bad), None, "{bad}");
        }
        assert_eq!(decimal_literal("1e99999999999").as_deref(), Some("1e99999999999"));
    }

    #[test]
    fn bytes_as_hex() {
        assert_eq!(bytes_literal(b"hello"), "'\\x68656c6c6f'");
        assert_eq!(bytes_literal(b""), "'\\x'");
    }
}

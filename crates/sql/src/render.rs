//! Every piece of SQL text prisma2sql writes is written here.
//!
//! The layout is Prisma Migrate's, byte for byte, with one deliberate difference: identifiers and
//! string literals are always escaped (`"` doubled inside identifiers, `'` inside literals), so
//! that a name containing a quote can neither break the script nor inject SQL.

use crate::diff::{AlterColumn, AlterEnum, Arity, ColumnRef, Step, TableChange};
use crate::schema::*;
use std::fmt::{self, Write};

/// A piece of SQL text. It writes itself into any [`fmt::Write`]: straight into a `String`, which
/// is how the script is written (without the formatting machinery, which would cost more than the
/// writing on a large schema), or into a `Formatter` through `Display`.
trait Sql {
    fn write_sql<W: Write + ?Sized>(&self, out: &mut W) -> fmt::Result;
}

impl Sql for &str {
    fn write_sql<W: Write + ?Sized>(&self, out: &mut W) -> fmt::Result {
        out.write_str(self)
    }
}

/// `Display` for pieces of SQL: they write themselves.
macro_rules! display_as_sql {
    ($($piece:ident),* $(,)?) => {$(
        impl fmt::Display for $piece<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.write_sql(f)
            }
        }
    )*};
}

display_as_sql!(
    Ident,
    Qualified,
    Literal,
    ColumnTypeSql,
    FullColumnType,
    ColumnDefinition,
    IdentList,
    IndexColumns,
    PartialWhere
);

/// An identifier as SQL: `"name"`, with `"` doubled.
#[derive(Clone, Copy)]
pub struct Ident<'a>(pub &'a str);

impl Sql for Ident<'_> {
    fn write_sql<W: Write + ?Sized>(&self, out: &mut W) -> fmt::Result {
        write_quoted(out, self.0, b'"')
    }
}

/// A name in its namespace: `"ns"."name"` when the schema is qualified, else `"name"`.
#[derive(Clone, Copy)]
pub struct Qualified<'a>(pub &'a Namespace, pub &'a str);

impl Sql for Qualified<'_> {
    fn write_sql<W: Write + ?Sized>(&self, out: &mut W) -> fmt::Result {
        if let Some(namespace) = self.0 {
            Ident(namespace).write_sql(out)?;
            out.write_char('.')?;
        }
        Ident(self.1).write_sql(out)
    }
}

/// A string literal as SQL: `'text'`, with `'` doubled.
#[derive(Clone, Copy)]
pub struct Literal<'a>(pub &'a str);

impl Sql for Literal<'_> {
    fn write_sql<W: Write + ?Sized>(&self, out: &mut W) -> fmt::Result {
        write_quoted(out, self.0, b'\'')
    }
}

/// `text` between quotes, with every quote inside written twice. The quote is an ASCII character.
fn write_quoted<W: Write + ?Sized>(out: &mut W, text: &str, quote: u8) -> fmt::Result {
    let quote_char = char::from(quote);
    out.write_char(quote_char)?;
    let mut rest = text;
    while let Some(at) = memchr::memchr(quote, rest.as_bytes()) {
        // The quote is one byte of its own in UTF-8: `at + 1` is a character boundary.
        out.write_str(&rest[..=at])?;
        out.write_char(quote_char)?;
        rest = &rest[at + 1..];
    }
    out.write_str(rest)?;
    out.write_char(quote_char)
}

/// `'text'`, with `'` doubled.
pub fn string_literal(s: &str) -> String {
    Literal(s).to_string()
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

/// A column's type without `[]`.
#[derive(Clone, Copy)]
pub struct ColumnTypeSql<'a>(pub &'a ColumnType);

impl Sql for ColumnTypeSql<'_> {
    fn write_sql<W: Write + ?Sized>(&self, out: &mut W) -> fmt::Result {
        match self.0 {
            ColumnType::Builtin(t) | ColumnType::Unsupported(t) => out.write_str(t),
            ColumnType::Enum { namespace, name } => Qualified(namespace, name).write_sql(out),
        }
    }
}

/// A column's full type: SERIAL for autoincrement, `[]` for lists.
#[derive(Clone, Copy)]
struct FullColumnType<'a>(&'a Column);

impl Sql for FullColumnType<'_> {
    fn write_sql<W: Write + ?Sized>(&self, out: &mut W) -> fmt::Result {
        let column = self.0;
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
                return out.write_str(serial);
            }
        }
        ColumnTypeSql(&column.ty).write_sql(out)?;
        if column.list {
            out.write_str("[]")?;
        }
        Ok(())
    }
}

/// A column's full type: SERIAL for autoincrement, `[]` for lists.
pub fn full_column_type(column: &Column) -> String {
    FullColumnType(column).to_string()
}

pub fn default_sql(default: &SqlDefault) -> &str {
    match default {
        SqlDefault::Value(v) => v,
        SqlDefault::Now => "CURRENT_TIMESTAMP",
        SqlDefault::DbGenerated(expr) => expr,
    }
}

/// `"name" TYPE NOT NULL DEFAULT x`, as inside CREATE TABLE.
struct ColumnDefinition<'a>(&'a Column);

impl Sql for ColumnDefinition<'_> {
    fn write_sql<W: Write + ?Sized>(&self, out: &mut W) -> fmt::Result {
        let column = self.0;
        Ident(&column.name).write_sql(out)?;
        out.write_char(' ')?;
        FullColumnType(column).write_sql(out)?;
        if !column.nullable && !column.list {
            out.write_str(" NOT NULL")?;
        }
        if let Some(default) = column.default.as_ref().map(default_sql).filter(|d| !d.is_empty()) {
            out.write_str(" DEFAULT ")?;
            out.write_str(default)?;
        }
        Ok(())
    }
}

/// Names quoted and joined by a separator.
struct IdentList<'a>(&'a [String], &'a str);

impl Sql for IdentList<'_> {
    fn write_sql<W: Write + ?Sized>(&self, out: &mut W) -> fmt::Result {
        for (i, name) in self.0.iter().enumerate() {
            if i > 0 {
                out.write_str(self.1)?;
            }
            Ident(name).write_sql(out)?;
        }
        Ok(())
    }
}

/// An index's columns: `"a" ops DESC, "b"`.
struct IndexColumns<'a>(&'a [IndexColumn]);

impl Sql for IndexColumns<'_> {
    fn write_sql<W: Write + ?Sized>(&self, out: &mut W) -> fmt::Result {
        for (i, column) in self.0.iter().enumerate() {
            if i > 0 {
                out.write_str(", ")?;
            }
            Ident(&column.name).write_sql(out)?;
            if let Some(ops) = &column.operator_class {
                out.write_char(' ')?;
                out.write_str(ops)?;
            }
            match column.sort {
                Some(SortOrder::Asc) => out.write_str(" ASC")?,
                Some(SortOrder::Desc) => out.write_str(" DESC")?,
                None => {}
            }
        }
        Ok(())
    }
}

/// The statements of one step, written one after another into one buffer.
#[derive(Default)]
struct Statements {
    text: String,
    /// Where each statement ends in `text`.
    ends: Vec<usize>,
}

impl Statements {
    fn clear(&mut self) {
        self.text.clear();
        self.ends.clear();
    }

    /// Ends the statement written since the previous one ended.
    fn end(&mut self) {
        self.ends.push(self.text.len());
    }

    /// Writes a piece of the statement.
    fn add(&mut self, piece: impl Sql) -> &mut Self {
        // Writing into a `String` cannot fail.
        let _ = piece.write_sql(&mut self.text);
        self
    }

    /// One whole statement.
    fn push(&mut self, args: fmt::Arguments<'_>) {
        let _ = self.text.write_fmt(args);
        self.end();
    }

    fn iter(&self) -> impl Iterator<Item = &str> {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        starts.zip(&self.ends).map(|(start, &end)| &self.text[start..end])
    }
}

impl fmt::Write for Statements {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.text.push_str(s);
        Ok(())
    }
}

/// The whole script: each step with its `-- Comment`, statements ended by `;`, a blank line
/// between steps. Steps that come to no statement are left out.
pub fn script(steps: &[Step<'_>]) -> String {
    script_with_notes(steps, |_| Vec::new())
}

/// The script with extra comment lines: `notes(step)` are written as `-- note` lines right after
/// the step's own comment. Without notes this is exactly [`script`].
pub fn script_with_notes(steps: &[Step<'_>], notes: impl Fn(&Step<'_>) -> Vec<String>) -> String {
    let mut out = String::new();
    let mut statements = Statements::default();
    for step in steps {
        statements.clear();
        write_statements(step, &mut statements);
        if statements.ends.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str("-- ");
        out.push_str(step.description());
        out.push('\n');
        for note in notes(step) {
            let _ = writeln!(out, "-- {note}");
        }
        for statement in statements.iter() {
            out.push_str(statement);
            out.push_str(";\n");
        }
    }
    if out.is_empty() {
        out.push_str("-- This is an empty migration.\n");
    }
    out
}

/// The SQL statements of one step.
pub fn statements(step: &Step<'_>) -> Vec<String> {
    let mut statements = Statements::default();
    write_statements(step, &mut statements);
    statements.iter().map(str::to_owned).collect()
}

fn write_statements(step: &Step<'_>, out: &mut Statements) {
    match step {
        Step::CreateSchema(name) => out.push(format_args!("CREATE SCHEMA IF NOT EXISTS {}", Ident(name))),
        Step::DropExtension(e) => out.push(format_args!("DROP EXTENSION {}", Ident(&e.name))),
        Step::CreateExtension(e) => create_extension(e, out),
        Step::CreateEnum(e) => create_enum(&e.namespace, &e.name, &e.values, out),
        Step::AlterEnum(alter) => alter_enum(alter, out),
        Step::CreateTable(t) => create_table(t, out),
        Step::CreateIndex { table, index } => create_index(table, index, out),
        Step::AddForeignKey { table, foreign_key } => add_foreign_key(table, foreign_key, out),
        Step::DropForeignKey { table, foreign_key } => out.push(format_args!(
            "ALTER TABLE {} DROP CONSTRAINT {}",
            Qualified(&table.namespace, &table.name),
            Ident(&foreign_key.name)
        )),
        Step::DropIndex { table, index } => {
            out.push(format_args!("DROP INDEX {}", Qualified(&table.namespace, &index.name)));
        }
        Step::DropTable(t) => out.push(format_args!("DROP TABLE {}", Qualified(&t.namespace, &t.name))),
        Step::DropEnum(e) => out.push(format_args!("DROP TYPE {}", Qualified(&e.namespace, &e.name))),
        Step::AlterTable { table, changes } => alter_table(table, changes, out),
        Step::RenameForeignKey { table, previous, next } => {
            out.push(format_args!("{}", RenameConstraint(table, previous, next)));
        }
        // The new name takes the schema of the old one.
        Step::RenameIndex { table, previous, next } => {
            out.push(format_args!("ALTER INDEX {} RENAME TO {}", Qualified(&table.namespace, previous), Ident(next)))
        }
    }
}

fn create_table(table: &Table, out: &mut Statements) {
    out.add("CREATE TABLE ").add(Qualified(&table.namespace, &table.name)).add(" (\n");
    for (i, column) in table.columns.iter().enumerate() {
        out.add(if i > 0 { ",\n    " } else { "    " }).add(ColumnDefinition(column));
    }
    if let Some(pk) = &table.primary_key {
        if !table.columns.is_empty() {
            out.add(",\n\n");
        }
        out.add("    CONSTRAINT ").add(Ident(&pk.name)).add(" PRIMARY KEY (").add(IdentList(&pk.columns, ",")).add(")");
    }
    out.add("\n)").end();
}

fn create_index(table: &Table, index: &SqlIndex, out: &mut Statements) {
    out.add(if index.unique { "CREATE UNIQUE INDEX " } else { "CREATE INDEX " })
        .add(Ident(&index.name))
        .add(" ON ")
        .add(Qualified(&table.namespace, &table.name));
    if let Some(algorithm) = index.algorithm {
        out.add(" USING ").add(algorithm.sql()).add(" ");
    }
    out.add("(").add(IndexColumns(&index.columns)).add(")").add(PartialWhere(index.predicate.as_ref())).end();
}

/// ` WHERE (...)` after the columns of a partial index; nothing for a full index.
struct PartialWhere<'a>(Option<&'a Predicate>);

impl Sql for PartialWhere<'_> {
    fn write_sql<W: Write + ?Sized>(&self, out: &mut W) -> fmt::Result {
        match self.0 {
            Some(predicate) => write!(out, " WHERE ({})", PredicateSql(predicate)),
            None => Ok(()),
        }
    }
}

/// A predicate as SQL: raw text as written; conditions joined with `AND`, as Prisma writes them
/// (`"deletedAt" IS NULL AND "status" != 'gone'`).
pub(crate) struct PredicateSql<'a>(pub &'a Predicate);

impl fmt::Display for PredicateSql<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let conditions = match self.0 {
            Predicate::Raw(sql) => return f.write_str(sql),
            Predicate::Conditions(conditions) => conditions,
        };
        for (i, c) in conditions.iter().enumerate() {
            if i > 0 {
                f.write_str(" AND ")?;
            }
            let column = Ident(&c.column);
            let operator = if c.negated { "!=" } else { "=" };
            match &c.value {
                PredicateValue::Null if c.negated => write!(f, "{column} IS NOT NULL")?,
                PredicateValue::Null => write!(f, "{column} IS NULL")?,
                PredicateValue::Boolean(b) => write!(f, "{column} {operator} {b}")?,
                PredicateValue::Number(n) => write!(f, "{column} {operator} {n}")?,
                PredicateValue::String(s) => write!(f, "{column} {operator} {}", Literal(s))?,
            }
        }
        Ok(())
    }
}

fn add_foreign_key(table: &Table, fk: &SqlForeignKey, out: &mut Statements) {
    out.add("ALTER TABLE ")
        .add(Qualified(&table.namespace, &table.name))
        .add(" ADD CONSTRAINT ")
        .add(Ident(&fk.name))
        .add(" FOREIGN KEY (")
        .add(IdentList(&fk.columns, ", "))
        .add(") REFERENCES ")
        .add(Qualified(&fk.referenced_namespace, &fk.referenced_table))
        .add("(")
        .add(IdentList(&fk.referenced_columns, ", "))
        .add(") ON DELETE ")
        .add(fk.on_delete.sql())
        .add(" ON UPDATE ")
        .add(fk.on_update.sql())
        .end();
}

/// `ALTER TABLE ... RENAME CONSTRAINT "old" TO "new"`, for foreign keys and primary keys.
struct RenameConstraint<'a>(&'a Table, &'a str, &'a str);

impl fmt::Display for RenameConstraint<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let RenameConstraint(table, previous, next) = self;
        write!(
            f,
            "ALTER TABLE {} RENAME CONSTRAINT {} TO {}",
            Qualified(&table.namespace, &table.name),
            Ident(previous),
            Ident(next)
        )
    }
}

fn create_enum(namespace: &Namespace, name: &str, values: &[String], out: &mut Statements) {
    out.add("CREATE TYPE ").add(Qualified(namespace, name)).add(" AS ENUM (");
    for (i, value) in values.iter().enumerate() {
        out.add(if i > 0 { ", " } else { "" }).add(Literal(value));
    }
    out.add(")").end();
}

fn create_extension(e: &SqlExtension, out: &mut Statements) {
    let _ = write!(out, "CREATE EXTENSION IF NOT EXISTS {}", Ident(&e.name));
    if e.schema.is_some() || e.version.is_some() {
        out.write_str(" WITH").ok();
        if let Some(schema) = &e.schema {
            let _ = write!(out, " SCHEMA {}", Ident(schema));
        }
        if let Some(version) = &e.version {
            let _ = write!(out, " VERSION {}", Ident(version));
        }
    }
    out.end();
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
fn alter_table(table: &Table, changes: &[TableChange<'_>], out: &mut Statements) {
    let mut parts = AlterTableParts::default();
    for change in changes {
        match change {
            TableChange::DropPrimaryKey(pk) => parts.clauses.push(format!("DROP CONSTRAINT {}", Ident(&pk.name))),
            TableChange::RenamePrimaryKey { previous, next } => {
                parts.after.push(RenameConstraint(table, previous, next).to_string());
            }
            TableChange::AddPrimaryKey(pk) => parts.clauses.push(format!(
                "ADD CONSTRAINT {} PRIMARY KEY ({})",
                Ident(&pk.name),
                IdentList(&pk.columns, ", ")
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
    for statement in &parts.before {
        out.push(format_args!("{statement}"));
    }
    if !parts.clauses.is_empty() {
        out.push(format_args!(
            "ALTER TABLE {} {}",
            Qualified(&table.namespace, &table.name),
            parts.clauses.join(",\n")
        ));
    }
    for statement in &parts.after {
        out.push(format_args!("{statement}"));
    }
}

fn add_column(column: &Column) -> String {
    format!("ADD COLUMN     {}", ColumnDefinition(column))
}

fn drop_column(column: &Column) -> String {
    format!("DROP COLUMN {}", Ident(&column.name))
}

/// The clauses of one altered column, in Prisma's order: nullability, default, autoincrement,
/// then the type.
fn alter_column(table: &Table, alter: &AlterColumn<'_>, parts: &mut AlterTableParts) {
    let AlterColumn { previous, next, changes, drop_sequence } = alter;
    let prefix = format!("ALTER COLUMN {}", Ident(&previous.name));
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
        parts.clauses.push(format!("{prefix} SET DATA TYPE {}", FullColumnType(next)));
    }
}

/// The sequence a `SERIAL` column would have, created by hand for a column that starts to
/// autoincrement. Prisma writes its name lowercased and unquoted.
fn add_sequence(table: &Table, column: &Column, prefix: &str, parts: &mut AlterTableParts) {
    let namespace = table.namespace.as_deref().map(|ns| format!("{}.", Ident(ns))).unwrap_or_default();
    let sequence = format!("{namespace}{}_{}_seq", table.name, column.name).to_lowercase();
    parts.before.push(format!("CREATE SEQUENCE {sequence}"));
    parts.clauses.push(format!("{prefix} SET DEFAULT nextval({})", Literal(&sequence)));
    parts.after.push(format!(
        "ALTER SEQUENCE {sequence} OWNED BY {}.{}",
        Qualified(&table.namespace, &table.name),
        Ident(&column.name)
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
fn alter_enum<'a>(alter: &AlterEnum<'a>, out: &mut Statements) {
    let (previous, next) = (alter.previous, alter.next);
    let name = Qualified(&previous.namespace, &previous.name);
    if alter.removed.is_empty() {
        if alter.added.len() > 1 {
            let _ = write!(out, "{SEVERAL_ENUM_VALUES_WARNING}\n\n");
        }
        for value in &alter.added {
            out.push(format_args!("ALTER TYPE {name} ADD VALUE {}", Literal(value)));
        }
        return;
    }
    let new_name = format!("{}_new", next.name);
    let new_type = Qualified(&next.namespace, &new_name);
    let old_name = format!("{}_old", previous.name);
    let column = |c: ColumnRef<'a>| (Qualified(&c.table.namespace, &c.table.name), Ident(&c.column.name));
    out.push(format_args!("BEGIN"));
    create_enum(&next.namespace, &new_name, &next.values, out);
    for c in &alter.dropped_defaults {
        let (table, col) = column(*c);
        out.push(format_args!("ALTER TABLE {table} ALTER COLUMN {col} DROP DEFAULT"));
    }
    for c in &alter.retyped {
        let (table, col) = column(*c);
        let array = if c.column.list { "[]" } else { "" };
        out.push(format_args!(
            "ALTER TABLE {table} ALTER COLUMN {col} TYPE {new_type}{array} USING ({col}::text::{new_type}{array})"
        ));
    }
    out.push(format_args!("ALTER TYPE {name} RENAME TO {}", Ident(&old_name)));
    out.push(format_args!("ALTER TYPE {new_type} RENAME TO {}", Ident(&next.name)));
    out.push(format_args!("DROP TYPE {}", Qualified(&previous.namespace, &old_name)));
    for (c, default) in &alter.restored_defaults {
        let (table, col) = column(*c);
        out.push(format_args!("ALTER TABLE {table} ALTER COLUMN {col} SET DEFAULT {}", default_sql(default)));
    }
    out.push(format_args!("COMMIT"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_are_escaped() {
        assert_eq!(Ident("mo\"od").to_string(), "\"mo\"\"od\"");
        assert_eq!(string_literal("it's"), "'it''s'");
        assert_eq!(Ident("User").to_string(), "\"User\"");
        assert_eq!(Qualified(&Some("my\"ns".to_owned()), "T").to_string(), "\"my\"\"ns\".\"T\"");
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

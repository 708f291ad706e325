//! What changed in a column that both versions have: arity, type, default, autoincrement.

use super::casts::{Native, cast};
use crate::schema::*;

/// How a column's type changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypeChange {
    /// `ALTER COLUMN ... SET DATA TYPE` keeps every value.
    SafeCast,
    /// `SET DATA TYPE` may fail or truncate on some values.
    RiskyCast,
    /// PostgreSQL cannot cast: the column is dropped and added again, losing its data.
    NotCastable,
}

/// The aspects of a column that differ between two versions.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ColumnChanges {
    /// Required, optional or list.
    pub arity: bool,
    pub default: bool,
    pub type_change: Option<TypeChange>,
    pub autoincrement: bool,
}

impl ColumnChanges {
    /// Compares two versions of a column as Prisma Migrate does.
    pub fn between(previous: &Column, next: &Column) -> ColumnChanges {
        ColumnChanges {
            arity: Arity::of(previous) != Arity::of(next),
            default: !defaults_match(previous, next),
            type_change: type_change(previous, next),
            autoincrement: previous.autoincrement != next.autoincrement,
        }
    }

    pub fn any(&self) -> bool {
        self.arity || self.default || self.type_change.is_some() || self.autoincrement
    }
}

/// A column's arity, as PostgreSQL sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arity {
    Required,
    Nullable,
    List,
}

impl Arity {
    pub fn of(column: &Column) -> Arity {
        match (column.list, column.nullable) {
            (true, _) => Arity::List,
            (false, true) => Arity::Nullable,
            (false, false) => Arity::Required,
        }
    }
}

fn native(ty: &ColumnType) -> Option<Native> {
    match ty {
        ColumnType::Builtin(sql) => Some(Native::parse(sql)),
        ColumnType::Enum { .. } | ColumnType::Unsupported(_) => None,
    }
}

fn type_change(previous: &Column, next: &Column) -> Option<TypeChange> {
    use TypeChange::*;
    match (&previous.ty, &next.ty) {
        (ColumnType::Enum { .. }, ColumnType::Enum { .. }) if previous.ty == next.ty => return None,
        (ColumnType::Enum { .. }, _) | (_, ColumnType::Enum { .. }) => return Some(NotCastable),
        _ => {}
    }
    let to_scalar = previous.list && !next.list;
    let to_list = !previous.list && next.list;
    match (native(&previous.ty), native(&next.ty)) {
        (_, Some(Native::Text | Native::VarChar(None))) if to_scalar => Some(SafeCast),
        (_, Some(Native::VarChar(_) | Native::Char(_))) if to_scalar => Some(RiskyCast),
        _ if to_scalar || to_list => Some(NotCastable),
        (Some(previous), Some(next)) => cast(&previous, &next),
        // Prisma never compares two `Unsupported` types with each other.
        (None, None) => None,
        _ => Some(RiskyCast),
    }
}

/// A default as Prisma classifies it when comparing two versions.
#[derive(Debug, Clone, Copy)]
enum Kind<'a> {
    /// An autoincrement column's sequence.
    Sequence,
    Now,
    /// `dbgenerated("...")`; an empty expression is `dbgenerated()`.
    DbGenerated(&'a str),
    Value(Value<'a>),
}

/// A literal default, with what its column makes of it.
#[derive(Debug, Clone, Copy)]
struct Value<'a> {
    sql: &'a str,
    class: Class,
    list: bool,
}

/// The kind of value a column holds, as far as comparing defaults goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Int,
    BigInt,
    Float,
    Json,
    DateTime,
    /// Strings and enum values compare equal when their text is.
    Text,
    Other,
}

fn class(ty: &ColumnType) -> Class {
    match ty {
        ColumnType::Enum { .. } => Class::Text,
        ColumnType::Unsupported(_) => Class::Other,
        ColumnType::Builtin(sql) => match Native::parse(sql) {
            Native::SmallInt | Native::Integer | Native::Oid => Class::Int,
            Native::BigInt => Class::BigInt,
            Native::Decimal(_) | Native::Money | Native::Real | Native::DoublePrecision => Class::Float,
            n if n.is_json() => Class::Json,
            n if n.is_datetime() => Class::DateTime,
            Native::Inet
            | Native::Citext
            | Native::VarChar(_)
            | Native::Char(_)
            | Native::Text
            | Native::Bit(_)
            | Native::VarBit(_)
            | Native::Uuid
            | Native::Xml => Class::Text,
            _ => Class::Other,
        },
    }
}

fn kind(column: &Column) -> Option<Kind<'_>> {
    if column.autoincrement {
        return Some(Kind::Sequence);
    }
    Some(match column.default.as_ref()? {
        SqlDefault::Now => Kind::Now,
        SqlDefault::DbGenerated(expr) => Kind::DbGenerated(expr),
        SqlDefault::Value(sql) => Kind::Value(Value { sql, class: class(&column.ty), list: column.list }),
    })
}

/// Whether two versions of a column have the same default, by Prisma Migrate's rules (some pairs,
/// such as two date-time literals, are never reported as changed).
fn defaults_match(previous: &Column, next: &Column) -> bool {
    use Kind::*;
    let (p, n) = (kind(previous), kind(next));
    let datetime_column = class(&previous.ty) == Class::DateTime || class(&next.ty) == Class::DateTime;
    let datetime_literal = |k: Option<Kind<'_>>| matches!(k, Some(Value(v)) if !v.list && v.class == Class::DateTime);
    match (p, n) {
        (Some(DbGenerated(_)), Some(Value(v))) | (Some(Value(v)), Some(DbGenerated(_)))
            if v.list && datetime_column =>
        {
            true
        }
        (Some(Value(a)), Some(Value(b))) if a.list && b.list => lists_match(a, b),
        (Some(Value(a)), Some(Value(b))) if is_json_pair(a.class, b.class) && !a.list && !b.list => {
            json_match(a.sql, b.sql)
        }
        (Some(_), Some(_)) if datetime_literal(p) || datetime_literal(n) => true,
        (Some(Value(a)), Some(Value(b))) => !a.list && !b.list && scalars_match(a, b),
        (Some(Now), Some(Now)) => true,
        (Some(Value(_) | Now | DbGenerated(_)), Some(Now) | None) => false,
        (Some(Now | DbGenerated(_)), Some(Value(_))) => false,
        (_, Some(DbGenerated(""))) => true,
        (Some(Sequence), None) => true,
        (Some(Sequence), Some(Value(_) | Now)) => false,
        (None, None) => true,
        (None, Some(Value(_) | Now)) => false,
        (Some(DbGenerated(a)), Some(DbGenerated(b))) => a.eq_ignore_ascii_case(b),
        (_, Some(DbGenerated(_))) => false,
        (_, Some(Sequence)) => true,
    }
}

fn is_json_pair(a: Class, b: Class) -> bool {
    matches!((a, b), (Class::Json, Class::Json) | (Class::Text, Class::Json) | (Class::Json, Class::Text))
}

/// Two single literals: `Int` and `BigInt` compare by value, as do numbers with a fraction.
fn scalars_match(a: Value<'_>, b: Value<'_>) -> bool {
    use Class::*;
    match (a.class, b.class) {
        (Int | BigInt, Int | BigInt) => a.sql == b.sql,
        (Float, Float) => decimal_key(a.sql) == decimal_key(b.sql),
        (x, y) => x == y && a.sql == b.sql,
    }
}

/// Two list defaults: the same number of elements, pairwise equal (Prisma tells `Int` from
/// `BigInt` here, and ignores date-times).
fn lists_match(a: Value<'_>, b: Value<'_>) -> bool {
    let (Some(xs), Some(ys)) = (array_items(a.sql), array_items(b.sql)) else { return a.sql == b.sql };
    xs.len() == ys.len()
        && xs.iter().zip(&ys).all(|(x, y)| match (a.class, b.class) {
            (Class::DateTime, _) | (_, Class::DateTime) => true,
            (Class::Text, Class::Json) | (Class::Json, Class::Text) => json_match(x, y),
            (Class::Float, Class::Float) => decimal_key(x) == decimal_key(y),
            (ca, cb) => ca == cb && x == y,
        })
}

/// The elements of `ARRAY[a, b]::TYPE[]`, as SQL literals.
fn array_items(sql: &str) -> Option<Vec<&str>> {
    let body = sql.strip_prefix("ARRAY[")?;
    let end = body.rfind("]::")?;
    let body = &body[..end];
    let mut items = Vec::new();
    let mut rest = body;
    while !rest.is_empty() {
        let len = if rest.starts_with('\'') { quoted_len(rest)? } else { rest.find(", ").unwrap_or(rest.len()) };
        items.push(&rest[..len]);
        rest = rest[len..].strip_prefix(", ").unwrap_or(&rest[len..]);
    }
    Some(items)
}

/// The length of the `'...'` literal at the start of `s` (`''` is a quote inside it).
fn quoted_len(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut i = 1;
    while i < bytes.len() {
        if bytes[i] == b'\'' {
            if bytes.get(i + 1) == Some(&b'\'') {
                i += 2;
                continue;
            }
            return Some(i + 1);
        }
        i += 1;
    }
    None
}

/// `'text'` without its quotes, `''` read as `'`.
fn unquote(sql: &str) -> String {
    sql.strip_prefix('\'').and_then(|s| s.strip_suffix('\'')).unwrap_or(sql).replace("''", "'")
}

/// JSON documents compare by value; Prisma counts text that is not JSON as unchanged.
fn json_match(a: &str, b: &str) -> bool {
    let parse = |s: &str| serde_json::from_str::<serde_json::Value>(&unquote(s));
    match (parse(a), parse(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => true,
    }
}

/// A number with insignificant zeros removed, so that `1.0` and `1.00` compare equal.
fn decimal_key(sql: &str) -> String {
    match sql.split_once('.') {
        Some((int, frac)) => {
            let frac = frac.trim_end_matches('0');
            if frac.is_empty() { int.to_owned() } else { format!("{int}.{frac}") }
        }
        None => sql.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn column(ty: &str, default: Option<SqlDefault>) -> Column {
        Column {
            name: "c".into(),
            ty: ColumnType::Builtin(ty.into()),
            list: false,
            nullable: false,
            default,
            autoincrement: false,
        }
    }

    fn value(sql: &str) -> Option<SqlDefault> {
        Some(SqlDefault::Value(sql.into()))
    }

    #[test]
    fn json_defaults_compare_by_value() {
        let a = column("JSONB", value("'{\"a\": 1}'"));
        let b = column("JSONB", value("'{\"a\":1}'"));
        assert!(defaults_match(&a, &b));
        assert!(!defaults_match(&a, &column("JSONB", value("'{\"a\":2}'"))));
    }

    #[test]
    fn numbers_ignore_trailing_zeros_and_datetimes_never_differ() {
        assert!(defaults_match(&column("DOUBLE PRECISION", value("1.0")), &column("DOUBLE PRECISION", value("1.00"))));
        assert!(defaults_match(
            &column("TIMESTAMP(3)", value("'2020-01-01 00:00:00 +00:00'")),
            &column("TIMESTAMP(3)", value("'2021-01-01 00:00:00 +00:00'"))
        ));
        assert!(!defaults_match(&column("INTEGER", value("1")), &column("INTEGER", None)));
    }

    #[test]
    fn list_items_are_split_outside_quotes() {
        assert_eq!(array_items("ARRAY['a, b', 'it''s']::TEXT[]"), Some(vec!["'a, b'", "'it''s'"]));
        assert_eq!(array_items("ARRAY[1, 2]::INTEGER[]"), Some(vec!["1", "2"]));
        assert_eq!(array_items("ARRAY[]::INTEGER[]"), Some(vec![]));
    }
}

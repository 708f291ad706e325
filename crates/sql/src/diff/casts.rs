//! Whether PostgreSQL can change a column from one built-in type to another in place, as Prisma
//! Migrate judges it: safely, at the risk of failing on some rows, or not at all (the column is
//! dropped and added again).

use super::TypeChange::{self, NotCastable, RiskyCast, SafeCast};

/// A built-in PostgreSQL type with its arguments, read back from the DDL text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Native {
    SmallInt,
    Integer,
    BigInt,
    Decimal(Option<(u32, u32)>),
    Money,
    Inet,
    Oid,
    Citext,
    Real,
    DoublePrecision,
    VarChar(Option<u32>),
    Char(Option<u32>),
    Text,
    ByteA,
    Timestamp(Option<u32>),
    Timestamptz(Option<u32>),
    Date,
    Time(Option<u32>),
    Timetz(Option<u32>),
    Boolean,
    Bit(Option<u32>),
    VarBit(Option<u32>),
    Uuid,
    Xml,
    Json,
    JsonB,
    /// A type this table does not know: only its text is compared.
    Other(String),
}

impl Native {
    /// Reads `VARCHAR(255)`, `DECIMAL(65,30)`, `DOUBLE PRECISION`...
    pub(crate) fn parse(sql: &str) -> Native {
        let (name, args) = match sql.split_once('(') {
            Some((name, rest)) => (name, rest.trim_end_matches(')')),
            None => (sql, ""),
        };
        let numbers: Option<Vec<u32>> =
            if args.is_empty() { Some(Vec::new()) } else { args.split(',').map(|a| a.trim().parse().ok()).collect() };
        let Some(numbers) = numbers else { return Native::Other(sql.to_owned()) };
        let one = numbers.first().copied();
        let two = match numbers.as_slice() {
            [p, s] => Some((*p, *s)),
            _ => None,
        };
        match (name, numbers.len()) {
            ("SMALLINT", 0) => Native::SmallInt,
            ("INTEGER", 0) => Native::Integer,
            ("BIGINT", 0) => Native::BigInt,
            ("DECIMAL", 0 | 2) => Native::Decimal(two),
            ("MONEY", 0) => Native::Money,
            ("INET", 0) => Native::Inet,
            ("OID", 0) => Native::Oid,
            ("CITEXT", 0) => Native::Citext,
            ("REAL", 0) => Native::Real,
            ("DOUBLE PRECISION", 0) => Native::DoublePrecision,
            ("VARCHAR", 0 | 1) => Native::VarChar(one),
            ("CHAR", 0 | 1) => Native::Char(one),
            ("TEXT", 0) => Native::Text,
            ("BYTEA", 0) => Native::ByteA,
            ("TIMESTAMP", 0 | 1) => Native::Timestamp(one),
            ("TIMESTAMPTZ", 0 | 1) => Native::Timestamptz(one),
            ("DATE", 0) => Native::Date,
            ("TIME", 0 | 1) => Native::Time(one),
            ("TIMETZ", 0 | 1) => Native::Timetz(one),
            ("BOOLEAN", 0) => Native::Boolean,
            ("BIT", 0 | 1) => Native::Bit(one),
            ("VARBIT", 0 | 1) => Native::VarBit(one),
            ("UUID", 0) => Native::Uuid,
            ("XML", 0) => Native::Xml,
            ("JSON", 0) => Native::Json,
            ("JSONB", 0) => Native::JsonB,
            _ => Native::Other(sql.to_owned()),
        }
    }

    /// Whether values of the type are dates or times.
    pub(crate) fn is_datetime(&self) -> bool {
        matches!(
            self,
            Native::Timestamp(_) | Native::Timestamptz(_) | Native::Date | Native::Time(_) | Native::Timetz(_)
        )
    }

    /// Whether values of the type are JSON documents.
    pub(crate) fn is_json(&self) -> bool {
        matches!(self, Native::Json | Native::JsonB)
    }
}

/// How a column of type `previous` becomes `next`; `None` when nothing changes.
pub(crate) fn cast(previous: &Native, next: &Native) -> Option<TypeChange> {
    if previous == next {
        return None;
    }
    if let (Native::Other(_), _) | (_, Native::Other(_)) = (previous, next) {
        return Some(RiskyCast);
    }
    if let Some(same) = same_time_type(previous, next) {
        return same;
    }
    Some(match previous {
        Native::Inet => to_text_or(next, NotCastable),
        Native::Money => to_text_or(next, RiskyCast),
        Native::Citext => match next {
            Native::Text | Native::VarChar(_) => SafeCast,
            _ => RiskyCast,
        },
        Native::Oid => match next {
            Native::Text | Native::VarChar(_) | Native::BigInt | Native::Integer => SafeCast,
            _ => NotCastable,
        },
        Native::SmallInt => from_integer(next, 3, 4, &[Native::Integer, Native::BigInt], &[]),
        Native::Integer => from_integer(next, 10, 11, &[Native::BigInt], &[Native::SmallInt]),
        Native::BigInt => from_integer(next, 19, 20, &[], &[Native::SmallInt, Native::Integer]),
        Native::Decimal(params) => from_decimal(*params, next),
        Native::Real => from_float(next, 47, false),
        Native::DoublePrecision => from_float(next, 317, true),
        Native::VarChar(length) => from_varchar(*length, next),
        Native::Char(length) => from_char(*length, next),
        Native::Text => match next {
            Native::VarChar(None) | Native::Citext => SafeCast,
            Native::VarChar(_) | Native::Char(_) => RiskyCast,
            _ => NotCastable,
        },
        Native::ByteA => match next {
            Native::Text | Native::VarChar(None) => SafeCast,
            Native::VarChar(Some(length)) | Native::Char(Some(length)) if *length > 2 => RiskyCast,
            _ => NotCastable,
        },
        Native::Timestamp(_) => from_datetime(next, 22, true),
        Native::Timestamptz(_) => from_datetime(next, 27, true),
        Native::Date => from_datetime(next, 27, false),
        Native::Time(_) => match next {
            Native::Timetz(_) => SafeCast,
            _ => to_long_enough_string(next, 13),
        },
        Native::Timetz(_) => match next {
            Native::Time(_) => SafeCast,
            _ => to_long_enough_string(next, 18),
        },
        Native::Boolean => match next {
            Native::Text | Native::VarChar(_) => SafeCast,
            Native::Char(Some(length)) if *length > 4 => SafeCast,
            Native::Char(Some(length)) if *length > 3 => RiskyCast,
            _ => NotCastable,
        },
        Native::Bit(length) => from_bit(*length, next),
        Native::VarBit(length) => from_varbit(*length, next),
        Native::Uuid => match next {
            Native::Text | Native::VarChar(None) => SafeCast,
            Native::VarChar(Some(length)) | Native::Char(Some(length)) if *length > 31 => SafeCast,
            _ => NotCastable,
        },
        Native::Xml => to_text_or_risky_string(next),
        Native::Json => match next {
            Native::JsonB => SafeCast,
            _ => to_text_or_risky_string(next),
        },
        Native::JsonB => match next {
            Native::Json => SafeCast,
            _ => to_text_or_risky_string(next),
        },
        Native::Other(_) => RiskyCast,
    })
}

/// A timestamp or time type to itself with another precision: no change when the precision stays
/// or was unset.
fn same_time_type(previous: &Native, next: &Native) -> Option<Option<TypeChange>> {
    let (a, b) = match (previous, next) {
        (Native::Timestamp(a), Native::Timestamp(b))
        | (Native::Timestamptz(a), Native::Timestamptz(b))
        | (Native::Time(a), Native::Time(b))
        | (Native::Timetz(a), Native::Timetz(b)) => (a, b),
        _ => return None,
    };
    match (a, b) {
        (_, None) => Some(None),
        (None, Some(_)) => Some(None),
        (Some(a), Some(b)) if a == b => Some(None),
        _ => None,
    }
}

/// TEXT, CITEXT and any VARCHAR are safe; everything else is `otherwise`.
fn to_text_or(next: &Native, otherwise: TypeChange) -> TypeChange {
    match next {
        Native::Citext | Native::Text | Native::VarChar(_) => SafeCast,
        _ => otherwise,
    }
}

/// TEXT and unbounded VARCHAR are safe, bounded strings risky, the rest impossible.
fn to_text_or_risky_string(next: &Native) -> TypeChange {
    match next {
        Native::Text | Native::VarChar(None) => SafeCast,
        Native::VarChar(_) | Native::Char(_) => RiskyCast,
        _ => NotCastable,
    }
}

/// From an integer of at most `digits` digits (`width` characters with the sign).
fn from_integer(next: &Native, digits: u32, width: u32, wider: &[Native], narrower: &[Native]) -> TypeChange {
    match next {
        n if wider.contains(n) => SafeCast,
        n if narrower.contains(n) => RiskyCast,
        Native::Decimal(Some((p, s))) if p.saturating_sub(*s) < digits => RiskyCast,
        Native::Decimal(_) | Native::Real | Native::DoublePrecision | Native::Text => SafeCast,
        Native::VarChar(length) | Native::Char(length) => match length {
            Some(length) if *length < width => RiskyCast,
            None if matches!(next, Native::Char(_)) => RiskyCast,
            _ => SafeCast,
        },
        _ => NotCastable,
    }
}

fn from_decimal(params: Option<(u32, u32)>, next: &Native) -> TypeChange {
    let to_integer = |max_precision: u32| match params {
        Some((p, 0)) if p <= max_precision => SafeCast,
        _ => RiskyCast,
    };
    match next {
        Native::SmallInt => to_integer(2),
        Native::Integer => to_integer(9),
        Native::BigInt => to_integer(18),
        Native::Decimal(new) => match (params, new) {
            (Some(_), None) => SafeCast,
            (None, Some((p, s))) if *p < 131_072 || *s < 16_383 => RiskyCast,
            (Some((p_old, s_old)), Some((p_new, s_new)))
                if p_old.saturating_sub(s_old) > p_new.saturating_sub(*s_new) || s_old > *s_new =>
            {
                RiskyCast
            }
            _ => SafeCast,
        },
        Native::Real | Native::DoublePrecision => RiskyCast,
        Native::VarChar(length) | Native::Char(length) => match (length, params) {
            (Some(length), Some((p, 0))) if p + 1 > *length => RiskyCast,
            (Some(length), Some((p, s))) if s > 0 && p + 2 > *length => RiskyCast,
            (Some(length), None) if *length < 131_073 => RiskyCast,
            (None, _) if matches!(next, Native::Char(_)) => RiskyCast,
            _ => SafeCast,
        },
        Native::Text => SafeCast,
        _ => NotCastable,
    }
}

/// From REAL (`double` false) or DOUBLE PRECISION, written in at most `width` characters.
fn from_float(next: &Native, width: u32, double: bool) -> TypeChange {
    match next {
        Native::SmallInt | Native::Integer | Native::BigInt | Native::Decimal(_) => RiskyCast,
        Native::Real if double => RiskyCast,
        Native::Real | Native::DoublePrecision | Native::Text => SafeCast,
        Native::VarChar(length) | Native::Char(length) => match length {
            Some(length) if *length < width => RiskyCast,
            None if matches!(next, Native::Char(_)) => RiskyCast,
            _ => SafeCast,
        },
        _ => NotCastable,
    }
}

fn from_varchar(old: Option<u32>, next: &Native) -> TypeChange {
    let new = match next {
        Native::Text => return SafeCast,
        Native::VarChar(new) | Native::Char(new) => *new,
        _ => return NotCastable,
    };
    let to_char = matches!(next, Native::Char(_));
    match (old, new) {
        (None, None) if to_char => RiskyCast,
        (None, Some(_)) => RiskyCast,
        (Some(1), None) => SafeCast,
        (Some(_), None) if to_char => RiskyCast,
        (Some(old), Some(new)) if old > new => RiskyCast,
        _ => SafeCast,
    }
}

fn from_char(old: Option<u32>, next: &Native) -> TypeChange {
    let new = match next {
        Native::Text => return SafeCast,
        Native::VarChar(new) | Native::Char(new) => *new,
        _ => return NotCastable,
    };
    match (old, new) {
        (Some(old), None) if old != 1 && matches!(next, Native::Char(_)) => RiskyCast,
        (Some(old), Some(new)) if old > new => RiskyCast,
        _ => SafeCast,
    }
}

/// From a timestamp (`timestamp` true) or a date, written in at most `width` characters.
fn from_datetime(next: &Native, width: u32, timestamp: bool) -> TypeChange {
    match next {
        Native::Timestamp(_) | Native::Timestamptz(_) => SafeCast,
        Native::Date | Native::Time(_) | Native::Timetz(_) if timestamp => SafeCast,
        _ => to_long_enough_string(next, width),
    }
}

/// TEXT, unbounded VARCHAR, or a string longer than `width`: safe; anything else impossible.
fn to_long_enough_string(next: &Native, width: u32) -> TypeChange {
    match next {
        Native::Text | Native::VarChar(None) => SafeCast,
        Native::Char(Some(length)) | Native::VarChar(Some(length)) if *length > width => SafeCast,
        _ => NotCastable,
    }
}

fn from_bit(length: Option<u32>, next: &Native) -> TypeChange {
    let Some(length) = length else {
        return match next {
            Native::Text | Native::VarChar(_) | Native::Char(_) | Native::VarBit(_) => SafeCast,
            _ => NotCastable,
        };
    };
    match next {
        Native::Text | Native::VarChar(None) | Native::VarBit(None) => SafeCast,
        Native::VarChar(Some(new)) | Native::VarBit(Some(new)) | Native::Char(Some(new)) if *new >= length => SafeCast,
        _ => NotCastable,
    }
}

fn from_varbit(length: Option<u32>, next: &Native) -> TypeChange {
    let Some(length) = length else {
        return match next {
            Native::Text | Native::VarChar(None) => SafeCast,
            Native::VarChar(_) | Native::Char(_) | Native::Bit(_) => RiskyCast,
            _ => NotCastable,
        };
    };
    match next {
        Native::Text | Native::VarChar(None) | Native::VarBit(None) => SafeCast,
        Native::VarBit(Some(new)) if *new > length => SafeCast,
        Native::VarChar(Some(new)) | Native::Char(Some(new)) if *new >= length => SafeCast,
        Native::Bit(Some(new)) if *new <= length => RiskyCast,
        Native::Bit(None) | Native::Char(_) | Native::VarChar(_) => RiskyCast,
        _ => NotCastable,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(a: &str, b: &str) -> Option<TypeChange> {
        cast(&Native::parse(a), &Native::parse(b))
    }

    #[test]
    fn reads_types_back_from_ddl() {
        assert_eq!(Native::parse("VARCHAR(255)"), Native::VarChar(Some(255)));
        assert_eq!(Native::parse("DECIMAL(65,30)"), Native::Decimal(Some((65, 30))));
        assert_eq!(Native::parse("DOUBLE PRECISION"), Native::DoublePrecision);
        assert_eq!(Native::parse("TIMESTAMP(3)"), Native::Timestamp(Some(3)));
        assert_eq!(Native::parse("geometry"), Native::Other("geometry".into()));
    }

    #[test]
    fn widening_is_safe_and_narrowing_risky() {
        assert_eq!(change("INTEGER", "BIGINT"), Some(SafeCast));
        assert_eq!(change("BIGINT", "INTEGER"), Some(RiskyCast));
        assert_eq!(change("VARCHAR(100)", "VARCHAR(50)"), Some(RiskyCast));
        assert_eq!(change("VARCHAR(50)", "VARCHAR(100)"), Some(SafeCast));
        assert_eq!(change("TEXT", "INTEGER"), Some(NotCastable));
        assert_eq!(change("DECIMAL(10,2)", "DECIMAL(10,4)"), Some(RiskyCast));
        assert_eq!(change("TIMESTAMP(3)", "TIMESTAMP"), None);
        assert_eq!(change("TIMESTAMP(3)", "TIMESTAMP(6)"), Some(SafeCast));
        assert_eq!(change("TIMESTAMP(3)", "TIMESTAMPTZ(6)"), Some(SafeCast));
        assert_eq!(change("DOUBLE PRECISION", "REAL"), Some(RiskyCast));
        assert_eq!(change("JSON", "JSONB"), Some(SafeCast));
        assert_eq!(change("TEXT", "TEXT"), None);
    }
}

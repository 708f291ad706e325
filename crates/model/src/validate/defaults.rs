//! Defaults that pass Prisma and that PostgreSQL refuses as it creates the column: it reads a
//! default into the column's type then, so a value of the wrong shape fails the CREATE TABLE.

use crate::schema::*;
use prisma2sql_syntax::ast::Arity;
use prisma2sql_syntax::{Diagnostic, Diagnostics};

pub(super) fn validate(model: &Model, diagnostics: &mut Diagnostics) {
    if model.is_view() {
        return;
    }
    for field in &model.fields {
        let Some(default) = &field.default else { continue };
        let Some((problem, help)) = refused(field, &default.kind) else { continue };
        diagnostics.push(
            Diagnostic::warning(
                format!(
                    "The default of `{}.{}` passes Prisma, but PostgreSQL will refuse the column: {problem}",
                    model.name, field.name
                ),
                default.span,
            )
            .with_help(help),
        );
    }
}

/// Why PostgreSQL refuses the default of `field`, and what to do instead.
fn refused(field: &Field, kind: &DefaultKind) -> Option<(String, &'static str)> {
    if field.arity == Arity::List && *kind == DefaultKind::Now {
        return Some((
            "`now()` is one timestamp, and the column holds a list of them.".to_owned(),
            "Remove the default, or set the list when the row is created.",
        ));
    }
    let DefaultKind::Value(value) = kind else { return None };
    let (native, _) = field.native_type.as_ref()?;
    let strings: Vec<&str> = match value {
        Value::String(s) => vec![s.as_str()],
        Value::List(items) => {
            items.iter().filter_map(|v| if let Value::String(s) = v { Some(s.as_str()) } else { None }).collect()
        }
        _ => return None,
    };
    match native.name() {
        "Uuid" => strings.into_iter().find(|s| !is_uuid(s)).map(|s| {
            (
                format!("\"{s}\" is not a UUID."),
                "Write a UUID such as \"a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11\", or `uuid()` for a new one per row.",
            )
        }),
        "Bit" | "VarBit" => strings.into_iter().find(|s| !is_bit_string(s)).map(|s| {
            (
                format!("\"{s}\" is not a bit string."),
                "Write binary digits, e.g. \"101\" (or hexadecimal after an `x`: \"x1F\").",
            )
        }),
        _ => None,
    }
}

/// Whether PostgreSQL reads `s` as a UUID: 32 hexadecimal digits, optionally in braces, with a
/// hyphen allowed after any group of four digits.
fn is_uuid(s: &str) -> bool {
    let inner = s.strip_prefix('{').and_then(|s| s.strip_suffix('}')).unwrap_or(s);
    let (mut digits, mut after_hyphen) = (0, false);
    for c in inner.chars() {
        if c == '-' {
            if digits == 0 || digits % 4 != 0 || after_hyphen {
                return false;
            }
            after_hyphen = true;
        } else if c.is_ascii_hexdigit() {
            digits += 1;
            after_hyphen = false;
        } else {
            return false;
        }
    }
    digits == 32 && !after_hyphen
}

/// Whether PostgreSQL reads `s` as a bit string: binary digits, or hexadecimal ones after `x`.
fn is_bit_string(s: &str) -> bool {
    match s.strip_prefix(['x', 'X']) {
        Some(hex) => hex.chars().all(|c| c.is_ascii_hexdigit()),
        None => s.strip_prefix(['b', 'B']).unwrap_or(s).chars().all(|c| c == '0' || c == '1'),
    }
}

#[cfg(test)]
mod tests {
    use super::{is_bit_string, is_uuid};

    /// As PostgreSQL 15 reads them (`SELECT '...'::uuid`, `'...'::bit varying`).
    #[test]
    fn reads_as_postgresql_does() {
        for ok in [
            "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11",
            "A0EEBC999C0B4EF8BB6D6BB9BD380A11",
            "{a0eebc99-9c0b4ef8-bb6d6bb9-bd380a11}",
            "a0ee-bc99-9c0b-4ef8-bb6d-6bb9-bd38-0a11",
        ] {
            assert!(is_uuid(ok), "{ok}");
        }
        for bad in [
            "x",
            "",
            "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a1",
            "-a0eebc999c0b4ef8bb6d6bb9bd380a11",
            "g0eebc999c0b4ef8bb6d6bb9bd380a11",
            "a0eebc999c0b4ef8bb6d6bb9bd380a11-",
            "a0eebc999c0b4ef8bb6d6bb9bd380a1--1",
        ] {
            assert!(!is_uuid(bad), "{bad}");
        }
        for ok in ["", "0", "101", "b101", "x1F", "X00", "x", "B"] {
            assert!(is_bit_string(ok), "{ok}");
        }
        for bad in ["2", "abc", "b12", "xG"] {
            assert!(!is_bit_string(bad), "{bad}");
        }
    }
}

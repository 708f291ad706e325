//! When two partial-index predicates are the same, as Prisma Migrate decides it: the same SQL text,
//! or two expressions that read the same once PostgreSQL's own rewriting is set aside — keywords
//! in any case, white space and parentheses that change nothing, `<>` for `!=`, `"name"` for a
//! plain `name`, and a cast on a bare literal (`'x'::text` for `'x'`). The text is read by
//! `sqlparser` as PostgreSQL reads it; text it does not read in full, or with a `--` comment, is
//! the same only as itself.

use std::ops::ControlFlow;

use sqlparser::ast::{CastKind, DataType, Expr, Ident, Value, VisitMut, VisitorMut};
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::parser::Parser;
use sqlparser::tokenizer::{Token, Tokenizer, Whitespace};

use crate::render::PredicateSql;
use crate::schema::Predicate;

/// Whether two indexes with these predicates (`None`: a full index) cover the same rows.
pub(crate) fn same(a: Option<&Predicate>, b: Option<&Predicate>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => a == b || same_sql(&PredicateSql(a).to_string(), &PredicateSql(b).to_string()),
        _ => false,
    }
}

fn same_sql(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    match (parse(a), parse(b)) {
        (Some(a), Some(b)) => equivalent(&a, &b),
        _ => false,
    }
}

/// Past this nesting an expression is not read (it is then the same only as itself).
const MAX_DEPTH: usize = 64;

/// Past this many expressions one inside another (`a AND b AND c` is two deep) an expression is
/// not read either.
const MAX_CHAIN: usize = 256;

/// The expression `sql` is, its parentheses dropped, or `None` when it is not one expression read
/// in full. Literals keep their text as written.
fn parse(sql: &str) -> Option<Expr> {
    let dialect = PostgreSqlDialect {};
    let tokens = Tokenizer::new(&dialect, sql).with_unescape(false).tokenize_with_location().ok()?;
    if tokens.iter().any(|t| matches!(t.token, Token::Whitespace(Whitespace::SingleLineComment { .. }))) {
        return None;
    }
    let mut parser = Parser::new(&dialect).with_recursion_limit(MAX_DEPTH).with_tokens_with_locations(tokens);
    let mut expr = parser.parse_expr().ok()?;
    if parser.peek_token().token != Token::EOF {
        return None;
    }
    let mut ungroup = Ungroup { depth: 0 };
    expr.visit(&mut ungroup).is_continue().then_some(expr)
}

/// Drops parentheses that only group, `(a)` for `a`, and stops past `MAX_CHAIN` expressions
/// one inside another.
struct Ungroup {
    depth: usize,
}

impl VisitorMut for Ungroup {
    type Break = ();

    fn pre_visit_expr(&mut self, _: &mut Expr) -> ControlFlow<()> {
        self.depth += 1;
        if self.depth > MAX_CHAIN { ControlFlow::Break(()) } else { ControlFlow::Continue(()) }
    }

    fn post_visit_expr(&mut self, expr: &mut Expr) -> ControlFlow<()> {
        self.depth -= 1;
        if let Expr::Nested(inner) = expr {
            *expr = std::mem::replace(inner.as_mut(), Expr::value(Value::Null));
        }
        ControlFlow::Continue(())
    }
}

fn equivalent(a: &Expr, b: &Expr) -> bool {
    if a == b {
        return true;
    }
    match (a, b) {
        (Expr::Identifier(x), Expr::Identifier(y)) => same_name(x, y),
        (Expr::CompoundIdentifier(x), Expr::CompoundIdentifier(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same_name(x, y))
        }
        // A cast PostgreSQL puts on a bare literal.
        (Expr::Value(x), Expr::Cast { kind: CastKind::DoubleColon, expr: inner, .. })
        | (Expr::Cast { kind: CastKind::DoubleColon, expr: inner, .. }, Expr::Value(x))
            if matches!(inner.as_ref(), Expr::Value(y) if x == y) =>
        {
            true
        }
        // A cast PostgreSQL puts around a cast.
        (other, Expr::Cast { kind: CastKind::DoubleColon, expr: inner, .. })
        | (Expr::Cast { kind: CastKind::DoubleColon, expr: inner, .. }, other)
            if matches!(inner.as_ref(), Expr::Cast { kind: CastKind::DoubleColon, .. }) =>
        {
            equivalent(other, inner)
        }
        (Expr::BinaryOp { left: l1, op: o1, right: r1 }, Expr::BinaryOp { left: l2, op: o2, right: r2 }) => {
            o1 == o2 && equivalent(l1, l2) && equivalent(r1, r2)
        }
        (Expr::UnaryOp { op: o1, expr: e1 }, Expr::UnaryOp { op: o2, expr: e2 }) => o1 == o2 && equivalent(e1, e2),
        (Expr::IsNull(x), Expr::IsNull(y))
        | (Expr::IsNotNull(x), Expr::IsNotNull(y))
        | (Expr::IsTrue(x), Expr::IsTrue(y))
        | (Expr::IsNotTrue(x), Expr::IsNotTrue(y))
        | (Expr::IsFalse(x), Expr::IsFalse(y))
        | (Expr::IsNotFalse(x), Expr::IsNotFalse(y)) => equivalent(x, y),
        (Expr::IsDistinctFrom(l1, r1), Expr::IsDistinctFrom(l2, r2))
        | (Expr::IsNotDistinctFrom(l1, r1), Expr::IsNotDistinctFrom(l2, r2)) => {
            equivalent(l1, l2) && equivalent(r1, r2)
        }
        (
            Expr::Cast { kind: k1, expr: e1, data_type: t1, format: None },
            Expr::Cast { kind: k2, expr: e2, data_type: t2, format: None },
        ) => k1 == k2 && same_type(t1, t2) && equivalent(e1, e2),
        (
            Expr::Between { expr: e1, negated: n1, low: l1, high: h1 },
            Expr::Between { expr: e2, negated: n2, low: l2, high: h2 },
        ) => n1 == n2 && equivalent(e1, e2) && equivalent(l1, l2) && equivalent(h1, h2),
        (
            Expr::Like { negated: n1, any: a1, expr: e1, pattern: p1, escape_char: c1 },
            Expr::Like { negated: n2, any: a2, expr: e2, pattern: p2, escape_char: c2 },
        )
        | (
            Expr::ILike { negated: n1, any: a1, expr: e1, pattern: p1, escape_char: c1 },
            Expr::ILike { negated: n2, any: a2, expr: e2, pattern: p2, escape_char: c2 },
        ) => n1 == n2 && a1 == a2 && c1 == c2 && equivalent(e1, e2) && equivalent(p1, p2),
        _ => false,
    }
}

/// Types are the same in any case (`INT`, `int`), unless a part of them is quoted.
fn same_type(a: &DataType, b: &DataType) -> bool {
    let (a, b) = (a.to_string(), b.to_string());
    a == b || (!a.contains('"') && !b.contains('"') && a.eq_ignore_ascii_case(&b))
}

/// `"name"` and `name` are the same name when `name` reads as a plain name on its own.
fn same_name(a: &Ident, b: &Ident) -> bool {
    let plain_and_quoted = matches!((a.quote_style, b.quote_style), (None, Some('"')) | (Some('"'), None));
    a == b || (plain_and_quoted && a.value == b.value && is_plain_name(&a.value))
}

fn is_plain_name(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_')
        && chars.all(|c| c.is_alphanumeric() || c == '_' || c == '$')
        && !RESERVED.contains(&text.to_ascii_uppercase().as_str())
}

/// Words that do not read as a name in an expression.
const RESERVED: &[&str] = &[
    "ALL",
    "AND",
    "ANY",
    "ARRAY",
    "AS",
    "BETWEEN",
    "CASE",
    "CAST",
    "CURRENT_DATE",
    "CURRENT_TIME",
    "CURRENT_TIMESTAMP",
    "CURRENT_USER",
    "DISTINCT",
    "ELSE",
    "END",
    "EXISTS",
    "FALSE",
    "FROM",
    "ILIKE",
    "IN",
    "INTERVAL",
    "IS",
    "LIKE",
    "NOT",
    "NULL",
    "OR",
    "SELECT",
    "SESSION_USER",
    "SIMILAR",
    "SOME",
    "THEN",
    "TRUE",
    "USER",
    "WHEN",
    "WHERE",
];

#[cfg(test)]
mod tests {
    use super::same_sql;

    #[test]
    fn prisma_reads_these_as_the_same() {
        for (a, b) in [
            ("n > 0", "n>0"),
            ("n is null", "n IS NULL"),
            ("n > 0", "(n > 0)"),
            ("(n > 0)", "((n > 0))"),
            ("n > 0", "n > 0::int"),
            ("n > 0::int", "n > 0::INT"),
            ("s = 'x'", "s = 'x'::text"),
            ("active = TRUE", "active = true"),
            ("n > 0 and active", "n > 0 AND active"),
            ("\"n\" > 0", "n > 0"),
            ("\"N\" > 0", "N > 0"),
            ("n <> 0", "n != 0"),
            ("(n > 0) AND (active)", "n > 0 AND active"),
            ("n IN (1,2)", "n IN (1, 2)"),
            ("n > 0", "n > (0)"),
            ("n > 0", "n > 0 /* c */"),
            ("active OR n > 0 AND s = 'x'", "active OR (n > 0 AND s = 'x')"),
            ("lower(s) = 'x'", "lower( s ) = 'x'"),
            ("n > 0::int::int", "n > 0::int"),
            ("n > 0::int::bigint", "n > 0::int"),
            ("NOT active", "not active"),
            ("s = ANY (ARRAY['a','b'])", "s = ANY(ARRAY['a', 'b'])"),
            ("CASE WHEN active THEN n > 0 ELSE n < 0 END", "case when active then n > 0 else n < 0 end"),
            ("s ~ '^a'", "s ~'^a'"),
            ("s IS DISTINCT FROM 'x'", "s is distinct from 'x'"),
            ("s = 'x' COLLATE \"C\"", "s = 'x' collate \"C\""),
            ("n=-1", "n = -1"),
            ("s::varchar(10) = 'x'", "s::VARCHAR(10) = 'x'"),
            ("\"n\" IS NULL", "n IS NULL"),
            ("lower((s)) = 'x'", "lower(s) = 'x'"),
            ("s::Mood = 'x'", "s::mood = 'x'"),
            ("CAST(n AS int) > 0", "cast((n) as INT) > 0"),
            ("t AT TIME ZONE 'UTC' > now()", "(t at time zone 'UTC') > now()"),
            ("n IN (SELECT id FROM t WHERE active)", "n in (select id from t where (active))"),
            ("EXISTS (SELECT 1 FROM t)", "exists (select 1 from t)"),
            ("s LIKE 'a%'", "s like 'a%'::text"),
            ("n IS NOT TRUE", "(n) is not true"),
            ("CAST(\"n\" AS int) > 0", "CAST(n AS int) > 0"),
        ] {
            assert!(same_sql(a, b), "{a} | {b}");
        }
    }

    #[test]
    fn any_text_is_read_without_panicking() {
        for text in [
            "",
            "(",
            ")",
            "'",
            "\"",
            "E",
            "E'",
            "e'\\",
            "/*",
            "1e",
            "1e+",
            ".5",
            "a.",
            "a.(",
            "::",
            "x::",
            "x::(",
            "x::int(1,",
            "NOT",
            "a IS",
            "a IS NOT",
            "a BETWEEN 1",
            "a IN",
            "a IN (",
            "a IN (1,",
            "f(",
            "f(1,,2)",
            "é = 'ü'",
            "=-",
            "a =- -",
            "~~~",
            "@",
            "a = ANY",
            "a = ANY (",
            "ARRAY[",
            "ARRAY[1,",
            "CASE",
            "CASE WHEN",
            "CASE WHEN a THEN",
            "CASE a END",
            "a COLLATE",
            "a COLLATE \"C\".",
            "a IS DISTINCT",
            "a IS NOT DISTINCT FROM",
            "\"a\"\"b\" = 1",
            "((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((a))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))",
        ] {
            let _ = same_sql(text, text);
            let _ = same_sql(text, "a = 1");
        }
        for (open, close) in [("(", ")"), ("f(", ")"), ("a AND ", ""), ("1 + ", ""), ("x::", "int"), ("-", "")] {
            let text = format!("{}a{}", open.repeat(5000), close.repeat(5000));
            let _ = same_sql(&text, "a = 1");
        }
    }

    #[test]
    fn long_conditions_are_read() {
        let a = vec!["n > 0"; 200].join(" AND ");
        let b = vec!["n>0"; 200].join(" and ");
        assert!(same_sql(&a, &b));
    }

    #[test]
    fn prisma_reads_these_as_different() {
        for (a, b) in [
            ("n > 0", "N > 0"),
            ("n > 0::integer", "n > 0::int"),
            ("n > 00", "n > 0"),
            ("s = 'a::text'", "s = 'a'"),
            ("s = 'NULL'", "s = 'null'"),
            ("s = 'x'", "(s)::text = 'x'::text"),
            ("n IS NULL", "n ISNULL"),
            ("s = 'a  b'", "s = 'a b'"),
            ("n > 0", "n>0 --"),
            ("active OR n > 0 AND s = 'x'", "(active OR n > 0) AND s = 'x'"),
            ("n > 0 garbage", "n > 0"),
            ("n > 0", "n > 0 -- c"),
            ("\"select\" IS NULL", "select IS NULL"),
            ("lower(s) = 'x'", "LOWER(s) = 'x'"),
            ("s IN ('a', 'b')", "s = ANY (ARRAY['a', 'b'])"),
            ("n > 0::int", "n > 0::int4"),
            ("n > 0", "n > +0"),
            ("n > 0 AND active", "active AND n > 0"),
            ("s = E'x'", "s = 'x'"),
            ("\"s\" = ANY (ARRAY['a'])", "s = ANY (ARRAY['a'])"),
            ("s = SOME (ARRAY['a'])", "s = ANY (ARRAY['a'])"),
            ("s = ALL (ARRAY['a'])", "s = ANY (ARRAY['a'])"),
            ("s = 'x' COLLATE \"C\"", "s = 'x' COLLATE C"),
            ("s IS NOT DISTINCT FROM 'x'", "s IS DISTINCT FROM 'x'"),
            ("s::\"Mood\" = 'x'", "s::Mood = 'x'"),
            ("CAST(n AS int) > 0", "n::int > 0"),
            ("CAST('x' AS text) = s", "'x' = s"),
            ("CAST(n AS int) > 0", "CAST(n AS integer) > 0"),
            ("t AT TIME ZONE 'UTC' > now()", "t AT TIME ZONE 'utc' > now()"),
            ("n IN (SELECT id FROM t)", "n IN (SELECT id FROM u)"),
            ("n IN (SELECT id FROM t)", "n IN (SELECT \"id\" FROM t)"),
            ("EXISTS (SELECT 1 FROM t)", "NOT EXISTS (SELECT 1 FROM t)"),
            ("s LIKE 'a%'", "s ILIKE 'a%'"),
            ("s = 'it''s'", "s = 'it\\'s'"),
            ("s = $$x$$", "s = 'x'"),
        ] {
            assert!(!same_sql(a, b), "{a} | {b}");
        }
    }
}

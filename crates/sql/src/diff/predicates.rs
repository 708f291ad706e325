//! When two partial-index predicates are the same, as Prisma Migrate decides it: the same SQL text,
//! or two expressions that read the same once PostgreSQL's own rewriting is set aside — keywords
//! in any case, white space and parentheses that change nothing, `<>` for `!=`, `"name"` for a
//! plain `name`, and a cast on a bare literal (`'x'::text` for `'x'`). Text that this reading
//! does not understand (subqueries, array subscripts, ...) is the same only as itself.

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

/// A name as written: its text, and whether it was between double quotes.
#[derive(Debug, Clone, PartialEq)]
struct Name {
    text: String,
    quoted: bool,
}

#[derive(Debug, Clone, PartialEq)]
enum Literal {
    Number(String),
    String(String),
    /// `E'...'`, kept apart as PostgreSQL's parser keeps it.
    Escaped(String),
    Boolean(bool),
    Null,
}

#[derive(Debug, Clone, PartialEq)]
enum Expr {
    Name(Vec<Name>),
    Literal(Literal),
    /// `left op right`; keywords (`AND`, `LIKE`) upper case.
    Binary(Box<Expr>, String, Box<Expr>),
    /// `NOT e`, `-e`, `+e`.
    Unary(String, Box<Expr>),
    /// `e IS [NOT] NULL|TRUE|FALSE`, the test upper case.
    Is(Box<Expr>, String),
    /// `e::type`, the type lower case.
    Cast(Box<Expr>, String),
    Call(Vec<Name>, Vec<Expr>),
    /// `e [NOT] IN (...)`.
    In(Box<Expr>, bool, Vec<Expr>),
    /// `e [NOT] BETWEEN low AND high`.
    Between(Box<Expr>, bool, Box<Expr>, Box<Expr>),
    /// `e op ANY|SOME|ALL (array)`, the quantifier upper case.
    Quantified(Box<Expr>, String, String, Box<Expr>),
    /// `ARRAY[...]`.
    Array(Vec<Expr>),
    /// `CASE [operand] WHEN ... THEN ... [ELSE ...] END`.
    Case(Option<Box<Expr>>, Vec<(Expr, Expr)>, Option<Box<Expr>>),
    /// `e COLLATE name`.
    Collate(Box<Expr>, Vec<Name>),
}

fn equivalent(a: &Expr, b: &Expr) -> bool {
    if a == b {
        return true;
    }
    match (a, b) {
        (Expr::Name(x), Expr::Name(y)) => x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same_name(x, y)),
        // A cast PostgreSQL puts on a bare literal.
        (Expr::Literal(x), Expr::Cast(inner, _)) | (Expr::Cast(inner, _), Expr::Literal(x)) if matches!(inner.as_ref(), Expr::Literal(y) if x == y) => {
            true
        }
        // A cast PostgreSQL puts around a cast.
        (other, Expr::Cast(inner, _)) | (Expr::Cast(inner, _), other) if matches!(inner.as_ref(), Expr::Cast(..)) => {
            equivalent(other, inner)
        }
        (Expr::Binary(l1, o1, r1), Expr::Binary(l2, o2, r2)) => o1 == o2 && equivalent(l1, l2) && equivalent(r1, r2),
        (Expr::Unary(o1, e1), Expr::Unary(o2, e2))
        | (Expr::Is(e1, o1), Expr::Is(e2, o2))
        | (Expr::Cast(e1, o1), Expr::Cast(e2, o2)) => o1 == o2 && equivalent(e1, e2),
        (Expr::Between(e1, n1, l1, h1), Expr::Between(e2, n2, l2, h2)) => {
            n1 == n2 && equivalent(e1, e2) && equivalent(l1, l2) && equivalent(h1, h2)
        }
        _ => false,
    }
}

/// `"name"` and `name` are the same name when `name` reads as a plain name on its own.
fn same_name(a: &Name, b: &Name) -> bool {
    a == b || (a.quoted != b.quoted && a.text == b.text && is_plain_name(&a.text))
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

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Word(String),
    Quoted(String),
    Number(String),
    String(String),
    Escaped(String),
    Symbol(&'static str),
    /// An operator: `=`, `<>`, `||`, `~*`, `->>`, ...
    Op(String),
}

const SYMBOLS: &[&str] = &["::", "(", ")", ",", ".", "[", "]"];

/// The characters PostgreSQL builds operators from.
const OPERATOR_CHARS: &str = "+-*/<>=~!@#%^&|`?";

/// The tokens of `sql`, or `None` for text this reading does not understand.
fn tokens(sql: &str) -> Option<Vec<Token>> {
    let mut out = Vec::new();
    let mut rest = sql;
    while let Some(c) = rest.chars().next() {
        if c.is_whitespace() {
            rest = &rest[c.len_utf8()..];
        } else if let Some(after) = rest.strip_prefix("/*") {
            rest = &after[after.find("*/")? + 2..];
        } else if rest.starts_with("--") {
            return None;
        } else if c == '\'' || ((c == 'E' || c == 'e') && rest[1..].starts_with('\'')) {
            let escaped = c != '\'';
            let (text, after) = quoted(&rest[usize::from(escaped)..], '\'', escaped)?;
            out.push(if escaped { Token::Escaped(text) } else { Token::String(text) });
            rest = after;
        } else if c == '"' {
            let (text, after) = quoted(rest, '"', false)?;
            out.push(Token::Quoted(text));
            rest = after;
        } else if c.is_ascii_digit() || (c == '.' && rest[1..].starts_with(|d: char| d.is_ascii_digit())) {
            let end = number_end(rest);
            out.push(Token::Number(rest[..end].to_owned()));
            rest = &rest[end..];
        } else if c.is_alphabetic() || c == '_' {
            let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$')).unwrap_or(rest.len());
            out.push(Token::Word(rest[..end].to_owned()));
            rest = &rest[end..];
        } else if OPERATOR_CHARS.contains(c) {
            let end = operator_end(rest);
            out.push(Token::Op(rest[..end].to_owned()));
            rest = &rest[end..];
        } else {
            let symbol = SYMBOLS.iter().find(|s| rest.starts_with(**s))?;
            out.push(Token::Symbol(symbol));
            rest = &rest[symbol.len()..];
        }
    }
    Some(out)
}

/// The text between `quote`s at the start of `s` (a doubled quote stands for one) and what follows.
fn quoted(s: &str, quote: char, backslashes: bool) -> Option<(String, &str)> {
    let mut text = String::new();
    let mut chars = s.char_indices().skip(1).peekable();
    while let Some((i, c)) = chars.next() {
        if backslashes && c == '\\' {
            text.push(c);
            text.push(chars.next()?.1);
        } else if c == quote {
            if chars.peek().is_some_and(|&(_, n)| n == quote) {
                chars.next();
                text.push(quote);
            } else {
                return Some((text, &s[i + 1..]));
            }
        } else {
            text.push(c);
        }
    }
    None
}

/// Where the operator at the start of `s` ends, as PostgreSQL reads it: the longest run of
/// operator characters, short of a trailing `+` or `-` unless the run has one of `~!@#%^&|``?`
/// (`a=-1` is `a = -1`).
fn operator_end(s: &str) -> usize {
    let run = s.find(|c: char| !OPERATOR_CHARS.contains(c)).unwrap_or(s.len());
    let mut end = run;
    if !s[..run].contains(|c: char| "~!@#%^&|`?".contains(c)) {
        while end > 1 && s[..end].ends_with(['+', '-']) {
            end -= 1;
        }
    }
    end
}

fn number_end(s: &str) -> usize {
    let bytes = s.as_bytes();
    let mut i = 0;
    let digits = |i: &mut usize| {
        while *i < bytes.len() && bytes[*i].is_ascii_digit() {
            *i += 1;
        }
    };
    digits(&mut i);
    if i < bytes.len() && bytes[i] == b'.' {
        i += 1;
        digits(&mut i);
    }
    if i < bytes.len() && (bytes[i] == b'e' || bytes[i] == b'E') {
        let mut j = i + 1;
        if j < bytes.len() && (bytes[j] == b'+' || bytes[j] == b'-') {
            j += 1;
        }
        if j < bytes.len() && bytes[j].is_ascii_digit() {
            i = j;
            digits(&mut i);
        }
    }
    i
}

/// The expression `sql` is, or `None` when it is not one this reading understands in full.
fn parse(sql: &str) -> Option<Expr> {
    let tokens = tokens(sql)?;
    let mut parser = Parser { tokens: &tokens, at: 0, depth: 0 };
    let expr = parser.expr(0)?;
    (parser.at == tokens.len()).then_some(expr)
}

/// How tightly operators bind, PostgreSQL's order: `OR`, `AND`, `NOT`, `IS`, comparisons,
/// `BETWEEN`/`IN`/`LIKE`, other operators, `+ -`, `* / %`, unary `-`, then `::`.
const OR: u8 = 1;
const AND: u8 = 2;
const NOT: u8 = 3;
const IS: u8 = 4;
const COMPARISON: u8 = 5;
const LIKE: u8 = 6;
const OTHER: u8 = 7;
const SUM: u8 = 8;
const PRODUCT: u8 = 9;
const UNARY: u8 = 10;
const CAST: u8 = 11;

/// Past this depth an expression is not read (it is then the same only as itself).
const MAX_DEPTH: usize = 64;

struct Parser<'a> {
    tokens: &'a [Token],
    at: usize,
    depth: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.at)
    }

    fn peek_word(&self, offset: usize) -> Option<String> {
        match self.tokens.get(self.at + offset) {
            Some(Token::Word(w)) => Some(w.to_ascii_uppercase()),
            _ => None,
        }
    }

    fn eat_symbol(&mut self, symbol: &str) -> bool {
        let found = matches!(self.peek(), Some(Token::Symbol(s)) if *s == symbol);
        self.at += usize::from(found);
        found
    }

    fn eat_word(&mut self, word: &str) -> bool {
        let found = self.peek_word(0).as_deref() == Some(word);
        self.at += usize::from(found);
        found
    }

    fn expr(&mut self, min: u8) -> Option<Expr> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return None;
        }
        let mut left = self.prefix()?;
        while let Some(next) = self.infix(left.clone(), min)? {
            left = next;
        }
        self.depth -= 1;
        Some(left)
    }

    fn prefix(&mut self) -> Option<Expr> {
        let token = self.peek()?.clone();
        self.at += 1;
        Some(match token {
            Token::Number(n) => Expr::Literal(Literal::Number(n)),
            Token::String(s) => Expr::Literal(Literal::String(s)),
            Token::Escaped(s) => Expr::Literal(Literal::Escaped(s)),
            Token::Symbol("(") => {
                // Parentheses only group: `(a)` is `a`.
                let inner = self.expr(0)?;
                self.eat_symbol(")").then_some(inner)?
            }
            Token::Op(op) if op == "-" || op == "+" => Expr::Unary(op, Box::new(self.expr(UNARY)?)),
            Token::Word(word) => match word.to_ascii_uppercase().as_str() {
                "NOT" => Expr::Unary("NOT".into(), Box::new(self.expr(NOT)?)),
                "TRUE" => Expr::Literal(Literal::Boolean(true)),
                "FALSE" => Expr::Literal(Literal::Boolean(false)),
                "NULL" => Expr::Literal(Literal::Null),
                "ARRAY" if self.eat_symbol("[") => Expr::Array(self.list_until("]")?),
                "CASE" => self.case()?,
                upper if RESERVED.contains(&upper) => return None,
                _ => self.name_or_call(Name { text: word, quoted: false })?,
            },
            Token::Quoted(text) => self.name_or_call(Name { text, quoted: true })?,
            Token::Symbol(_) | Token::Op(_) => return None,
        })
    }

    /// `CASE` read: `[operand] WHEN c THEN r ... [ELSE e] END`.
    fn case(&mut self) -> Option<Expr> {
        let operand = if self.peek_word(0).as_deref() == Some("WHEN") { None } else { Some(Box::new(self.expr(0)?)) };
        let mut branches = Vec::new();
        while self.eat_word("WHEN") {
            let condition = self.expr(0)?;
            if !self.eat_word("THEN") {
                return None;
            }
            branches.push((condition, self.expr(0)?));
        }
        let otherwise = if self.eat_word("ELSE") { Some(Box::new(self.expr(0)?)) } else { None };
        (!branches.is_empty() && self.eat_word("END")).then_some(Expr::Case(operand, branches, otherwise))
    }

    /// One name, quoted or not.
    fn name(&mut self) -> Option<Name> {
        let name = match self.peek()?.clone() {
            Token::Word(text) => Name { text, quoted: false },
            Token::Quoted(text) => Name { text, quoted: true },
            _ => return None,
        };
        self.at += 1;
        Some(name)
    }

    /// `a`, `a.b`, or a call `f(x, y)`.
    fn name_or_call(&mut self, first: Name) -> Option<Expr> {
        let mut parts = vec![first];
        while self.eat_symbol(".") {
            parts.push(self.name()?);
        }
        if !self.eat_symbol("(") {
            return Some(Expr::Name(parts));
        }
        Some(Expr::Call(parts, self.list()?))
    }

    /// Expressions separated by commas up to a `)`, the `(` already read.
    fn list(&mut self) -> Option<Vec<Expr>> {
        self.list_until(")")
    }

    /// Expressions separated by commas up to `close`, the opening bracket already read.
    fn list_until(&mut self, close: &str) -> Option<Vec<Expr>> {
        let mut items = Vec::new();
        if self.eat_symbol(close) {
            return Some(items);
        }
        loop {
            items.push(self.expr(0)?);
            if self.eat_symbol(close) {
                return Some(items);
            }
            if !self.eat_symbol(",") {
                return None;
            }
        }
    }

    /// The operator after `left`, if it binds more tightly than `min`; `Some(None)` when none does.
    fn infix(&mut self, left: Expr, min: u8) -> Option<Option<Expr>> {
        let binary = |this: &mut Self, op: &str, level: u8| -> Option<Option<Expr>> {
            let right = this.expr(level)?;
            Some(Some(Expr::Binary(Box::new(left.clone()), op.to_owned(), Box::new(right))))
        };
        let level = |l: u8| l > min;
        match self.peek() {
            Some(Token::Symbol("::")) if level(CAST) => {
                self.at += 1;
                let ty = self.type_name()?;
                Some(Some(Expr::Cast(Box::new(left), ty)))
            }
            Some(Token::Op(op)) => {
                let op = if op == "<>" { "!=".to_owned() } else { op.clone() };
                let op_level = match op.as_str() {
                    "*" | "/" | "%" => PRODUCT,
                    "+" | "-" => SUM,
                    "=" | "<" | ">" | "<=" | ">=" | "!=" => COMPARISON,
                    _ => OTHER,
                };
                if !level(op_level) {
                    return Some(None);
                }
                self.at += 1;
                let quantifier = self.peek_word(0).filter(|w| matches!(w.as_str(), "ANY" | "ALL" | "SOME"));
                if let Some(quantifier) =
                    quantifier.filter(|_| matches!(self.tokens.get(self.at + 1), Some(Token::Symbol("("))))
                {
                    self.at += 2;
                    let right = self.expr(0)?;
                    if !self.eat_symbol(")") {
                        return None;
                    }
                    return Some(Some(Expr::Quantified(Box::new(left), op, quantifier, Box::new(right))));
                }
                binary(self, &op, op_level)
            }
            Some(Token::Word(_)) => self.word_infix(left, min),
            _ => Some(None),
        }
    }

    /// `AND`, `OR`, `IS ...`, `[NOT] LIKE|ILIKE|IN|BETWEEN` after `left`.
    fn word_infix(&mut self, left: Expr, min: u8) -> Option<Option<Expr>> {
        let word = self.peek_word(0)?;
        let negated = word == "NOT";
        let keyword = if negated { self.peek_word(1)? } else { word.clone() };
        let level = match keyword.as_str() {
            "COLLATE" if !negated => UNARY,
            "OR" if !negated => OR,
            "AND" if !negated => AND,
            "IS" if !negated => IS,
            "LIKE" | "ILIKE" | "IN" | "BETWEEN" => LIKE,
            _ => return Some(None),
        };
        if level <= min {
            return Some(None);
        }
        self.at += 1 + usize::from(negated);
        let left = Box::new(left);
        Some(Some(match keyword.as_str() {
            "COLLATE" => {
                let mut parts = vec![self.name()?];
                while self.eat_symbol(".") {
                    parts.push(self.name()?);
                }
                Expr::Collate(left, parts)
            }
            "IS" => {
                let not = self.eat_word("NOT");
                if self.eat_word("DISTINCT") {
                    if !self.eat_word("FROM") {
                        return None;
                    }
                    let op = if not { "IS NOT DISTINCT FROM" } else { "IS DISTINCT FROM" };
                    return Some(Some(Expr::Binary(left, op.to_owned(), Box::new(self.expr(IS)?))));
                }
                let test = self.peek_word(0).filter(|w| matches!(w.as_str(), "NULL" | "TRUE" | "FALSE"))?;
                self.at += 1;
                Expr::Is(left, if not { format!("NOT {test}") } else { test })
            }
            "IN" => {
                if !self.eat_symbol("(") {
                    return None;
                }
                Expr::In(left, negated, self.list()?)
            }
            "BETWEEN" => {
                let low = self.expr(LIKE)?;
                if !self.eat_word("AND") {
                    return None;
                }
                let high = self.expr(LIKE)?;
                Expr::Between(left, negated, Box::new(low), Box::new(high))
            }
            _ => {
                let right = self.expr(level)?;
                let op = if negated { format!("NOT {keyword}") } else { keyword };
                Expr::Binary(left, op, Box::new(right))
            }
        }))
    }

    /// The type after `::`: words (`double precision`), a dotted name, and `(n, m)` or `[]`.
    fn type_name(&mut self) -> Option<String> {
        let mut words = Vec::new();
        while let Some(Token::Word(w)) = self.peek() {
            words.push(w.to_ascii_lowercase());
            self.at += 1;
            if !matches!(words.last().map(String::as_str), Some("double" | "character" | "bit" | "timestamp" | "time"))
            {
                break;
            }
        }
        if words.is_empty() {
            return None;
        }
        let mut ty = words.join(" ");
        if self.eat_symbol("(") {
            let mut params = Vec::new();
            while let Some(Token::Number(n)) = self.peek() {
                params.push(n.clone());
                self.at += 1;
                if !self.eat_symbol(",") {
                    break;
                }
            }
            if !self.eat_symbol(")") {
                return None;
            }
            ty = format!("{ty}({})", params.join(","));
        }
        Some(ty)
    }
}

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
        ] {
            assert!(!same_sql(a, b), "{a} | {b}");
        }
    }
}

//! Rules on names: what an identifier may look like, the names Prisma Client reserves, Prisma's
//! default constraint names and PostgreSQL's limit on identifier length.

/// PostgreSQL's limit on identifier length, in bytes.
pub const MAX_IDENTIFIER_LENGTH: usize = 63;

/// Names a model, view or enum must not have: Prisma Client uses them.
pub const RESERVED_NAMES: &[&str] = &[
    "PrismaClient",
    "async",
    "await",
    "break",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "debugger",
    "default",
    "delete",
    "do",
    "else",
    "enum",
    "export",
    "extends",
    "false",
    "finally",
    "for",
    "function",
    "if",
    "implements",
    "import",
    "in",
    "instanceof",
    "interface",
    "let",
    "new",
    "null",
    "package",
    "private",
    "protected",
    "public",
    "return",
    "super",
    "switch",
    "this",
    "throw",
    "true",
    "try",
    "typeof",
    "var",
    "void",
    "while",
    "with",
    "yield",
];

pub fn is_reserved(name: &str) -> bool {
    RESERVED_NAMES.contains(&name)
}

/// What is wrong with an identifier (`what` is e.g. "model", "enum value").
pub(crate) fn identifier_problem(name: &str, what: &str) -> Option<String> {
    let first = name.chars().next()?;
    if first.is_numeric() {
        Some(format!("The name of {} must not start with a number.", with_article(&what.to_lowercase())))
    } else if name.contains('-') {
        Some(format!("The character `-` is not allowed in {} names.", what.to_lowercase()))
    } else {
        None
    }
}

/// "an Int", "a String": the name with its indefinite article.
pub(crate) fn with_article(name: &str) -> String {
    let vowel = name.starts_with(['A', 'E', 'I', 'O', 'U', 'a', 'e', 'i', 'o', 'u']);
    format!("{} {name}", if vowel { "an" } else { "a" })
}

/// The candidate closest to `name` (ignoring case), when it is close enough to be a typo.
pub(crate) fn closest<'a>(name: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let lower = name.to_lowercase();
    let mut best: Option<(&str, usize)> = None;
    for candidate in candidates {
        let d = edit_distance(&lower, &candidate.to_lowercase());
        let limit = ((name.chars().count() + 1) / 3).clamp(1, 3);
        if d <= limit && best.is_none_or(|(_, bd)| d < bd) {
            best = Some((candidate, d));
        }
    }
    best.map(|(c, _)| c)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Cuts `s` to at most `max` bytes, on a character boundary.
pub fn truncate_identifier(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// `prefix` cut so that `prefix + suffix` fits in 63 bytes, then the suffix.
fn with_suffix(prefix: &str, suffix: &str) -> String {
    let cut = truncate_identifier(prefix, MAX_IDENTIFIER_LENGTH - suffix.len());
    let mut name = String::with_capacity(cut.len() + suffix.len());
    name.push_str(cut);
    name.push_str(suffix);
    name
}

/// `{table}_{columns}{suffix}`, the table and columns cut so that the whole fits in 63 bytes.
fn columns_with_suffix(table: &str, columns: &[&str], suffix: &str) -> String {
    let limit = MAX_IDENTIFIER_LENGTH - suffix.len();
    let mut name = String::with_capacity(MAX_IDENTIFIER_LENGTH + 1);
    name.push_str(table);
    for column in columns {
        if name.len() > limit {
            break;
        }
        name.push('_');
        name.push_str(column);
    }
    if columns.is_empty() {
        name.push('_');
    }
    let cut = truncate_identifier(&name, limit).len();
    name.truncate(cut);
    name.push_str(suffix);
    name
}

/// Prisma's default name of a primary key: `{table}_pkey`.
pub fn primary_key_name(table: &str) -> String {
    with_suffix(table, "_pkey")
}

/// Prisma's default name of a unique index: `{table}_{columns}_key`.
pub fn unique_index_name(table: &str, columns: &[&str]) -> String {
    columns_with_suffix(table, columns, "_key")
}

/// Prisma's default name of an index: `{table}_{columns}_idx`.
pub fn index_name(table: &str, columns: &[&str]) -> String {
    columns_with_suffix(table, columns, "_idx")
}

/// Prisma's default name of a foreign key: `{table}_{columns}_fkey`.
pub fn foreign_key_name(table: &str, columns: &[&str]) -> String {
    columns_with_suffix(table, columns, "_fkey")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers() {
        assert_eq!(
            identifier_problem("1a", "Enum Value").unwrap(),
            "The name of an enum value must not start with a number."
        );
        assert_eq!(identifier_problem("a-b", "Field").unwrap(), "The character `-` is not allowed in field names.");
        assert!(identifier_problem("a_b", "Field").is_none());
    }

    #[test]
    fn suggestions() {
        assert_eq!(closest("veiws", ["views", "typedSql"].into_iter()), Some("views"));
        assert_eq!(closest("String", ["Int"].into_iter()), None);
    }

    #[test]
    fn constraint_names_fit_postgres() {
        assert_eq!(primary_key_name("User"), "User_pkey");
        assert_eq!(unique_index_name("User", &["a", "b"]), "User_a_b_key");
        let long = "x".repeat(80);
        assert_eq!(index_name(&long, &["a"]).len(), 63);
        assert!(index_name(&long, &["a"]).ends_with("_idx"));
        assert_eq!(index_name("T", &[]), "T__idx");
        let column = "é".repeat(40);
        let name = foreign_key_name("Table", &[&column, "b"]);
        assert_eq!(name, format!("Table_{}_fkey", "é".repeat(26)));
        assert!(name.len() <= 63);
    }
}

//! No input makes the pipeline panic: arbitrary bytes, token soup, and valid schemas broken in the
//! ways people break them (lines deleted or duplicated, text inserted, two schemas spliced). Every
//! outcome is deterministic, and a rejected schema always reports a capped list of errors.

use prisma2sql_bench::pipeline::{Outcome, run_text};
use proptest::prelude::*;

const BLOG: &str = include_str!("../../../examples/blog.prisma");

fn seeds() -> Vec<String> {
    vec![BLOG.to_owned(), prisma2sql_bench::synthetic(10)]
}

/// Runs the pipeline twice and checks what must hold of any outcome.
fn check(text: &str) {
    let outcome = run_text(text);
    assert_eq!(outcome, run_text(text), "the same text gave two outcomes");
    if let Outcome::Rejected { errors, report } = &outcome {
        assert!(*errors > 0);
        let shown = report.matches("\nerror").count() + usize::from(report.starts_with("error"));
        assert!(shown <= prisma2sql_syntax::MAX_SHOWN, "{shown} diagnostics shown");
        assert!(report.ends_with(" in the schema\n"), "no summary line: {report}");
    }
}

/// Pieces of Prisma syntax, so that random sequences get past the first line.
const TOKENS: &[&str] = &[
    "model ",
    "enum ",
    "type ",
    "view ",
    "datasource ",
    "generator ",
    "{",
    "}",
    "\n",
    " ",
    "  ",
    "\t",
    "A",
    "B",
    "id",
    "Int",
    "String",
    "DateTime",
    "Json",
    "?",
    "[]",
    "!",
    "@id",
    "@unique",
    "@default(",
    "@relation(",
    "@@id([",
    "@@index([",
    "@@unique([",
    "@@map(",
    "@map(",
    "@db.VarChar(",
    "fields: [",
    "references: [",
    "onDelete: Cascade",
    "autoincrement()",
    "now()",
    "dbgenerated(",
    ")",
    "]",
    "(",
    "[",
    ",",
    ":",
    "\"",
    "\\",
    "\"x\"",
    "'",
    "//",
    "///",
    "/*",
    "*/",
    "provider = \"postgresql\"",
    "-1",
    "1.5",
    "é",
    "\u{feff}",
    "\r\n",
];

fn token_soup() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TOKENS), 0..200).prop_map(|tokens| tokens.concat())
}

/// One way to break a schema.
#[derive(Debug, Clone)]
enum Mutation {
    DeleteLine(usize),
    DuplicateLine(usize),
    SwapLines(usize, usize),
    Insert(usize, String),
    /// The first part of this schema, then the rest of another from the given line.
    Splice {
        at: usize,
        other: usize,
        from: usize,
    },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<usize>().prop_map(Mutation::DeleteLine),
        any::<usize>().prop_map(Mutation::DuplicateLine),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        (any::<usize>(), prop_oneof![prop::sample::select(TOKENS).prop_map(str::to_owned), ".{0,12}"])
            .prop_map(|(at, text)| Mutation::Insert(at, text)),
        (any::<usize>(), any::<usize>(), any::<usize>()).prop_map(|(at, other, from)| Mutation::Splice {
            at,
            other,
            from
        }),
    ]
}

fn apply(text: &str, mutation: &Mutation, seeds: &[String]) -> String {
    let mut lines: Vec<&str> = text.split_inclusive('\n').collect();
    if lines.is_empty() {
        return text.to_owned();
    }
    let n = lines.len();
    match mutation {
        Mutation::DeleteLine(i) => {
            lines.remove(i % n);
        }
        Mutation::DuplicateLine(i) => lines.insert(i % n, lines[i % n]),
        Mutation::SwapLines(a, b) => lines.swap(a % n, b % n),
        Mutation::Insert(at, inserted) => {
            let mut at = at % (text.len() + 1);
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            return format!("{}{inserted}{}", &text[..at], &text[at..]);
        }
        Mutation::Splice { at, other, from } => {
            let other: Vec<&str> = seeds[other % seeds.len()].split_inclusive('\n').collect();
            let from = from % other.len();
            return lines[..at % n].concat() + &other[from..].concat();
        }
    }
    lines.concat()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2_000)) {
        check(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn token_sequences(text in token_soup()) {
        check(&text);
    }

    #[test]
    fn broken_schemas(seed in 0..2usize, mutations in prop::collection::vec(mutation(), 1..8)) {
        let seeds = seeds();
        let text = mutations.iter().fold(seeds[seed].clone(), |text, m| apply(&text, m, &seeds));
        check(&text);
    }
}

#[test]
fn the_seeds_are_valid() {
    for seed in seeds() {
        assert!(matches!(run_text(&seed), Outcome::Sql { .. }), "{seed}");
    }
}

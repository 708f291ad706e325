//! `docs/lints.md` is written from the registry: this test fails when it is out of date, and
//! `UPDATE_DOCS=1 cargo test -p prisma2sql-lint --test docs` rewrites it.

use prisma2sql_lint::RULES;
use prisma2sql_lint::rules::severity_word;
use std::fmt::Write;

const INTRO: &str = r#"# `prisma2sql lint`

Pitfalls of Prisma schemas on PostgreSQL that Prisma accepts without a word. Each rule has a stable
code, a name (accepted wherever a code is), a severity, and fixtures in `tests/lint/<name>/`
(`fires.prisma`, where it must fire, and `ok.prisma`, where it must not).

```sh
prisma2sql lint schema.prisma                 # rustc-style findings with a fix; exit 1 on errors
prisma2sql lint schema.prisma --deny warnings # exit 1 on warnings too (for CI)
prisma2sql lint schema.prisma --format json   # for tools (below)
prisma2sql lint schema.prisma --ignore P2S003,redundant-index
prisma2sql lint --rules                       # the list of rules
```

Exit status: 0 without errors (and without warnings under `--deny warnings`), 1 otherwise or when
the schema is invalid, 2 on a usage error.

## Silencing a finding

A comment naming the rule, by code or name, silences it on the line the comment ends, or, when the
comment is alone on its line, on the next line. Words after the rules are free text:

```prisma
model Post {
  authorId Int
  // prisma2sql-ignore P2S001 -- posts are only read by id
  author   User @relation(fields: [authorId], references: [id]) // prisma2sql-ignore restrict-by-default
}
```

`// prisma2sql-ignore-file P2S002` anywhere in a file silences the rule in that whole file. A bare
`// prisma2sql-ignore` silences every rule on its line; a comment whose first word is not a rule
(a typo) silences nothing. A finding belongs to the line where its span starts (the line shown in
the output).

## JSON

`--format json` prints `{ "version": 1, "errors": N, "warnings": N, "findings": [...] }`; each finding
has `code`, `name`, `severity` (`error` or `warning`), `message`, `file`, `line`, `column`,
`end_line`, `end_column` (1-based), `help` and `fix` (schema text ready to paste, or null). Fields
are only added within a version.

## Rules

The last column counts the findings on the corpus of 63 real-world schemas (public projects) the
rules were checked against; findings there were read, by sample, to weed out false positives.

"#;

fn markdown() -> String {
    let mut out = String::from(INTRO);
    out.push_str("| code | name | severity | what | corpus findings |\n|---|---|---|---|---|\n");
    for rule in RULES {
        let _ = writeln!(
            out,
            "| {} | [{}](#{}-{}) | {} | {} | {} |",
            rule.code,
            rule.name,
            rule.code.to_lowercase(),
            rule.name,
            severity_word(rule.severity),
            rule.summary.replace('|', "\\|"),
            rule.corpus_findings
        );
    }
    for rule in RULES {
        let _ = write!(
            out,
            "\n### {} {}\n\n{} ({}). {}\n\nOn the real-world corpus: {} finding{}.\n",
            rule.code,
            rule.name,
            rule.summary,
            severity_word(rule.severity),
            rule.explanation,
            rule.corpus_findings,
            if rule.corpus_findings == 1 { "" } else { "s" }
        );
        let path = format!("{}/../../tests/lint/{}/fires.prisma", env!("CARGO_MANIFEST_DIR"), rule.name);
        let example = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let _ = write!(out, "\nFires on (`tests/lint/{}/fires.prisma`):\n\n```prisma\n{}```\n", rule.name, example);
    }
    out
}

#[test]
fn docs_match_the_registry() {
    let path = format!("{}/../../docs/lints.md", env!("CARGO_MANIFEST_DIR"));
    let expected = markdown();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(&path, &expected).unwrap();
    }
    let actual = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "docs/lints.md is out of date: run UPDATE_DOCS=1 cargo test -p prisma2sql-lint --test docs"
    );
}

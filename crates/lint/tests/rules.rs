//! Every rule against its fixtures: `tests/lint/<rule>/fires.prisma`, where it must fire (a
//! snapshot of what it says), and `ok.prisma`, where it must not.

mod common;

use common::lint;
use prisma2sql_lint::{Finding, RULES};
use prisma2sql_syntax::Sources;

fn fixture(rule: &str, case: &str) -> (String, String) {
    let path = format!("{}/../../tests/lint/{rule}/{case}.prisma", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    (format!("{rule}/{case}.prisma"), text)
}

fn render(sources: &Sources, findings: &[&Finding]) -> String {
    let diagnostics: Vec<_> = findings.iter().map(|f| f.diagnostic()).collect();
    prisma2sql_syntax::render(sources, &diagnostics, false)
}

#[test]
fn every_rule_fires_on_its_fixture() {
    for rule in RULES {
        let (name, text) = fixture(rule.name, "fires");
        let (sources, findings) = lint(&name, &text);
        let mine: Vec<&Finding> = findings.iter().filter(|f| f.code == rule.code).collect();
        assert!(!mine.is_empty(), "{} does not fire on {name}", rule.code);
        insta::with_settings!({ snapshot_suffix => rule.name, prepend_module_to_snapshot => false }, {
            insta::assert_snapshot!("fires", render(&sources, &mine));
        });
    }
}

#[test]
fn no_rule_fires_where_it_must_not() {
    for rule in RULES {
        let (name, text) = fixture(rule.name, "ok");
        let (sources, findings) = lint(&name, &text);
        let mine: Vec<&Finding> = findings.iter().filter(|f| f.code == rule.code).collect();
        assert!(mine.is_empty(), "{} fires on {name}:\n{}", rule.code, render(&sources, &mine));
    }
}

#[test]
fn codes_and_names_are_unique_and_well_formed() {
    for (i, rule) in RULES.iter().enumerate() {
        assert_eq!(rule.code, format!("P2S{:03}", i + 1), "codes are numbered in order");
        assert!(rule.name.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{}", rule.name);
        assert!(RULES.iter().filter(|r| r.name == rule.name).count() == 1);
        assert!(!rule.explanation.contains('\n'));
    }
}

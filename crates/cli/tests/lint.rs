//! End-to-end tests of `lint`.

use assert_cmd::Command;
use predicates::prelude::*;

fn bin() -> Command {
    Command::cargo_bin("prisma2sql").unwrap()
}

fn example(name: &str) -> String {
    format!("{}/../../examples/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_mistakes_example_shows_every_kind_of_finding() {
    let output = bin().args(["lint", &example("mistakes.prisma")]).output().unwrap();
    assert_eq!(output.status.code(), Some(1), "errors fail the run");
    let text = String::from_utf8(output.stdout).unwrap();
    for code in ["P2S001", "P2S003", "P2S004", "P2S006", "P2S007", "P2S008", "P2S009", "P2S010", "P2S011", "P2S012"] {
        assert!(text.contains(&format!("[{code}]: ")), "{code} missing in\n{text}");
    }
    assert!(text.contains("  --> "), "rustc-style locations");
    assert!(text.contains("   = help: "), "help lines");
    assert!(text.ends_with("4 errors, 6 warnings\n"), "{text}");
}

#[test]
fn warnings_fail_only_when_denied() {
    let blog = example("blog.prisma");
    bin()
        .args(["lint", &blog])
        .assert()
        .success()
        .stdout(predicate::str::contains("warning[P2S003]: restrict-by-default"));
    bin().args(["lint", &blog, "--deny", "warnings"]).assert().code(1);
    bin()
        .args(["lint", &blog, "--deny", "warnings", "--ignore", "restrict-by-default"])
        .assert()
        .success()
        .stdout("No findings.\n");
}

#[test]
fn json_for_tools() {
    let output = bin().args(["lint", "--format", "json", &example("mistakes.prisma")]).output().unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["errors"], 4);
    assert_eq!(doc["warnings"], 6);
    let first = &doc["findings"][0];
    assert_eq!(first["code"], "P2S008");
    assert_eq!(first["severity"], "error");
    assert_eq!((first["line"].as_u64(), first["column"].as_u64()), (Some(16), Some(30)));
    let mismatch = doc["findings"].as_array().unwrap().iter().find(|f| f["code"] == "P2S010").unwrap();
    assert_eq!(mismatch["fix"], "@db.Uuid");
}

#[test]
fn a_comment_silences_a_finding() {
    let schema = "model User {\n  id    Int    @id\n  posts Post[]\n}\n\nmodel Post {\n  id       Int  @id\n  authorId Int\n  author   User @relation(fields: [authorId], references: [id]) // prisma2sql-ignore P2S001, P2S003\n}\n";
    bin().args(["lint", "-", "--deny", "warnings"]).write_stdin(schema).assert().success().stdout("No findings.\n");
    let loud = schema.replace(" // prisma2sql-ignore P2S001, P2S003", "");
    bin().args(["lint", "-", "--deny", "warnings"]).write_stdin(loud).assert().code(1);
}

#[test]
fn rules_are_listed() {
    let output = bin().args(["lint", "--rules"]).output().unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    assert_eq!(text.lines().count(), 15);
    assert!(text.contains("P2S015  index-type-mismatch"));
    assert!(text.starts_with("P2S001  fk-without-index"));
}

#[test]
fn unknown_rule_is_a_usage_error() {
    bin()
        .args(["lint", &example("blog.prisma"), "--ignore", "P2S999"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--ignore P2S999: no such rule"));
}

#[test]
fn invalid_schema_is_reported_not_linted() {
    bin().args(["lint", "-"]).write_stdin("model A {\n  id Int @id\n  oops\n}\n").assert().code(1).stdout("");
}

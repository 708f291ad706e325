//! ER diagrams: crow's feet from arity and uniqueness, names Mermaid can read, and both formats
//! checked by their own parsers (Mermaid through Node, Graphviz's `dot`) when those are installed.

mod common;

use prisma2sql_explain::{Context, Graph, erd};
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

const FIXTURES: &[&str] = &[
    "one_to_one_required",
    "one_to_one_optional",
    "one_to_one_on_primary_key",
    "one_to_many_optional",
    "self_one_to_many",
    "self_many_to_many",
    "named_relations",
    "composite_foreign_key",
    "implicit_many_to_many",
    "explicit_join_unique",
    "relation_mode_prisma",
    "cascade_chain",
];

/// Names Mermaid reads as keywords, or cannot read bare.
const AWKWARD: &str = r#"
model End {
  id    Int     @id
  pk    Int     @map("pk")
  items Order[]
}

model Order {
  id    Int    @id
  endId Int    @map("end id")
  end   End    @relation(fields: [endId], references: [id])
  price Float
  tags  String[]

  @@map("order items")
}
"#;

fn diagrams(text: &str, format: fn(&Context, &Graph) -> String) -> String {
    let (schema, relations) = common::load_text(text);
    let ctx = Context::new(&schema, &relations);
    format(&ctx, &Graph::new(&ctx))
}

fn fixture(name: &str, format: fn(&Context, &Graph) -> String) -> String {
    let path = format!("{}/../../tests/explain/{name}.prisma", env!("CARGO_MANIFEST_DIR"));
    diagrams(&std::fs::read_to_string(path).unwrap(), format)
}

#[test]
fn mermaid_of_a_cascade_chain() {
    insta::assert_snapshot!(fixture("cascade_chain", erd::mermaid));
}

#[test]
fn dot_of_a_composite_foreign_key() {
    insta::assert_snapshot!(fixture("composite_foreign_key", erd::dot));
}

#[test]
fn crow_feet_follow_arity_and_uniqueness() {
    let cases = [
        ("one_to_one_required", "User ||..o| Profile : \"user\""),
        ("one_to_one_optional", "Person |o..o| Passport : \"person\""),
        ("one_to_one_on_primary_key", "User ||--o| Settings : \"user\""),
        ("one_to_many_optional", "Team |o..o{ Member : \"team\""),
        ("explicit_join_unique", "Student ||--o{ Enrollment : \"student\""),
        ("implicit_many_to_many", "Category ||--o{ _CategoryToPost : \"A\""),
        ("self_one_to_many", "Employee |o..o{ Employee : \"manager\""),
    ];
    for (name, line) in cases {
        let text = fixture(name, erd::mermaid);
        assert!(text.contains(line), "{name}: no `{line}` in\n{text}");
    }
}

#[test]
fn keys_are_marked() {
    let text = fixture("explicit_join_unique", erd::mermaid);
    assert!(text.contains("        Int studentId PK, FK\n"), "{text}");
    let text = fixture("one_to_one_required", erd::mermaid);
    assert!(text.contains("        Int userId FK, UK\n"), "{text}");
}

#[test]
fn awkward_names_are_quoted_or_rewritten() {
    let text = diagrams(AWKWARD, erd::mermaid);
    assert!(text.contains("    \"End\" {\n"), "{text}");
    assert!(text.contains("    \"order items\" {\n"), "{text}");
    assert!(text.contains("        Int pk_ PK\n") || text.contains("        Int pk_\n"), "{text}");
    assert!(text.contains("        Int end_id FK\n"), "{text}");
    assert!(text.contains("        String[] tags \"nullable\"\n"), "{text}");
    assert!(text.contains("    \"End\" ||..o{ \"order items\" : \"end\"\n"), "{text}");
}

/// Every diagram: the fixtures and the awkward names.
fn all(format: fn(&Context, &Graph) -> String) -> Vec<String> {
    let mut all: Vec<String> = FIXTURES.iter().map(|name| fixture(name, format)).collect();
    all.push(diagrams(AWKWARD, format));
    all
}

fn mermaid_folder() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/mermaid"))
}

/// Node with Mermaid installed in the test folder, installing it from the lock file if needed;
/// `None` (with the reason) when that is not possible here.
fn mermaid_ready() -> Result<(), String> {
    if Command::new("node").arg("--version").output().is_err() {
        return Err("node is not installed".into());
    }
    let folder = mermaid_folder();
    if !folder.join("node_modules/mermaid").exists() {
        let installed = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--ignore-scripts"])
            .current_dir(folder)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        if !installed.is_ok_and(|s| s.success()) {
            return Err(format!("mermaid is not installed in {} and `npm ci` failed", folder.display()));
        }
    }
    Ok(())
}

#[test]
fn mermaid_parses_every_diagram() {
    if let Err(reason) = mermaid_ready() {
        eprintln!("SKIPPED mermaid_parses_every_diagram: {reason}");
        return;
    }
    let diagrams = all(erd::mermaid);
    let mut broken = diagrams.clone();
    broken.push("erDiagram\n    A ||--o{ B :\n".to_owned());
    let input: String = {
        let quoted: Vec<String> = broken.iter().map(|d| format!("{:?}", d)).collect();
        format!("[{}]", quoted.join(","))
    };
    let mut child = Command::new("node")
        .arg(mermaid_folder().join("parse.mjs"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success());
    let results: Vec<String> = String::from_utf8(output.stdout).unwrap().lines().map(String::from).collect();
    assert_eq!(results.len(), broken.len());
    for (diagram, result) in diagrams.iter().zip(&results) {
        assert_eq!(result, "ok", "Mermaid rejects:\n{diagram}");
    }
    // The check itself can fail: a broken diagram is rejected.
    assert_ne!(results.last().unwrap(), "ok");
}

#[test]
fn graphviz_reads_every_diagram() {
    if Command::new("dot").arg("-V").output().is_err() {
        eprintln!("SKIPPED graphviz_reads_every_diagram: Graphviz's dot is not installed");
        return;
    }
    for diagram in all(erd::dot) {
        let mut child = Command::new("dot")
            .arg("-Tsvg")
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(diagram.as_bytes()).unwrap();
        let output = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(output.status.success() && stderr.is_empty(), "dot rejects ({stderr}):\n{diagram}");
    }
}

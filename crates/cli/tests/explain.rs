//! End-to-end tests of `explain`, `erd` and `--annotate` on the blog example.

use assert_cmd::Command;
use predicates::prelude::*;

fn bin() -> Command {
    Command::cargo_bin("prisma2sql").unwrap()
}

fn blog() -> String {
    format!("{}/../../examples/blog.prisma", env!("CARGO_MANIFEST_DIR"))
}

fn stdout_of(args: &[&str]) -> String {
    let output = bin().args(args).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn explains_every_relation_of_the_blog() {
    let text = stdout_of(&["explain", &blog()]);
    for expected in [
        "1. Profile.user → User: one-to-one\n",
        "   Foreign key \"Profile_userId_fkey\": \"Profile\"(\"userId\") → \"User\"(\"id\")\n",
        "   ON DELETE CASCADE: deleting a User also deletes the Profile that refers to it.\n",
        "2. Post.author → User: one-to-many\n",
        "   ON DELETE RESTRICT (Prisma's default): a User cannot be deleted while a Post refers to it: the DELETE fails.\n",
        "3. Post ↔ Tag: many-to-many (implicit join table)\n",
        "   Join table \"_PostToTag\":\n",
        "     column \"A\" INTEGER → \"Post\"(\"id\"): the Post of the pair\n",
        "     primary key \"_PostToTag_AB_pkey\" (\"A\", \"B\"): each pair is stored at most once\n",
        "     CREATE INDEX \"_PostToTag_B_index\" ON \"_PostToTag\"(\"B\");\n",
        "Post ↔ Tag through PostTag (relations 4 and 5)\n",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
}

#[test]
fn explain_statements_are_the_ddl_statements() {
    let ddl = stdout_of(&[&blog()]);
    let json: serde_json::Value = serde_json::from_str(&stdout_of(&["explain", "--format", "json", &blog()])).unwrap();
    let mut count = 0;
    for relation in json["relations"].as_array().unwrap() {
        for statement in relation["sql"].as_array().unwrap() {
            assert!(ddl.contains(statement.as_str().unwrap()), "{statement}");
            count += 1;
        }
    }
    // Profile: unique index + FK; Post: FK; _PostToTag: table, index, 2 FKs; PostTag: 2 FKs.
    assert_eq!(count, 9);
}

#[test]
fn explain_json_is_versioned_and_classifies() {
    let json: serde_json::Value = serde_json::from_str(&stdout_of(&["explain", "--format", "json", &blog()])).unwrap();
    assert_eq!(json["version"], 1);
    let kinds: Vec<&str> = json["relations"].as_array().unwrap().iter().map(|r| r["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["one-to-one", "one-to-many", "many-to-many", "one-to-many", "one-to-many"]);
    assert_eq!(json["relations"][2]["join_table"]["name"], "_PostToTag");
    assert_eq!(json["join_models"][0]["model"], "PostTag");
    assert_eq!(json["join_models"][0]["unique_pair"], true);
    assert_eq!(json["relations"][1]["foreign_key"]["on_delete"]["explicit"], false);
}

#[test]
fn delete_tree_of_a_user() {
    let text = stdout_of(&["explain", &blog(), "--delete", "User"]);
    assert!(
        text.contains("├── Profile.user (ON DELETE CASCADE): the Profile rows that refer to it are deleted\n"),
        "{text}"
    );
    assert!(text.contains("└── Post.author (ON DELETE RESTRICT, Prisma's default): REFUSED"), "{text}");
    assert!(text.contains("A refusal anywhere aborts the whole DELETE"), "{text}");
}

#[test]
fn delete_tree_of_a_post_reaches_the_join_tables() {
    let text = stdout_of(&["explain", &blog(), "--delete", "Post"]);
    assert!(text.contains("_PostToTag.A (ON DELETE CASCADE, join table)"), "{text}");
    assert!(text.contains("PostTag.post (ON DELETE CASCADE)"), "{text}");
    assert!(!text.contains("REFUSED"), "{text}");
}

#[test]
fn delete_of_an_unknown_model_fails() {
    bin().args(["explain", &blog(), "--delete", "Nope"]).assert().code(1).stdout("").stderr(
        predicate::str::contains("no model `Nope`").and(predicate::str::contains("User, Profile, Post, Tag, PostTag")),
    );
}

#[test]
fn insert_order_of_the_blog() {
    let text = stdout_of(&["explain", &blog(), "--insert-order"]);
    assert!(text.contains("  1. User, Tag\n  2. Profile, Post\n  3. PostTag, _PostToTag\n"), "{text}");
    let json: serde_json::Value =
        serde_json::from_str(&stdout_of(&["explain", &blog(), "--insert-order", "--format", "json"])).unwrap();
    assert_eq!(json["version"], 1);
    assert_eq!(json["insert_order"]["steps"][0], serde_json::json!(["User", "Tag"]));
}

#[test]
fn annotated_ddl_minus_comments_is_the_plain_ddl() {
    let plain = stdout_of(&[&blog()]);
    let annotated = stdout_of(&["sql", "--annotate", &blog()]);
    assert!(annotated.contains("-- Post.author → User.posts, one-to-many: "), "{annotated}");
    let stripped: String = annotated
        .lines()
        .filter(|line| !line.strip_prefix("-- ").is_some_and(|rest| rest.contains(' ')))
        .map(|line| format!("{line}\n"))
        .collect();
    assert_eq!(stripped, plain);
    assert_eq!(stdout_of(&["--annotate", &blog()]), annotated);
}

#[test]
fn erd_in_both_formats() {
    let mermaid = stdout_of(&["erd", &blog()]);
    assert!(mermaid.starts_with("erDiagram\n"));
    assert!(mermaid.contains("    User ||..o{ Post : \"author\"\n"), "{mermaid}");
    assert!(mermaid.contains("    Tag ||--o{ _PostToTag : \"B\"\n"), "{mermaid}");
    let dot = stdout_of(&["erd", "--format", "dot", &blog()]);
    assert!(dot.starts_with("digraph schema {\n") && dot.ends_with("}\n"));
}

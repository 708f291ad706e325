//! Annotated DDL: comments added, statements untouched.

mod common;

use prisma2sql_explain::Context;
use prisma2sql_explain::annotate::annotated_script;

/// An added comment: `-- ` and more than one word (a step's own comment is one word).
fn is_note(line: &str) -> bool {
    line.strip_prefix("-- ").is_some_and(|rest| rest.contains(' '))
}

fn strip_notes(script: &str) -> String {
    script.lines().filter(|line| !is_note(line)).map(|line| format!("{line}\n")).collect()
}

const FIXTURES: &[&str] = &[
    "one_to_one_required",
    "one_to_one_fk_on_other_side",
    "one_to_many_optional",
    "self_one_to_one",
    "self_many_to_many",
    "named_relations",
    "composite_foreign_key",
    "implicit_many_to_many",
    "explicit_join_unique",
    "relation_mode_prisma",
    "cascade_chain",
];

#[test]
fn removing_the_comments_gives_the_plain_ddl() {
    for name in FIXTURES {
        let (schema, relations) = common::load(name);
        let plain = prisma2sql_sql::init_script(&prisma2sql_sql::calculate(&schema, &relations));
        let annotated = annotated_script(&Context::new(&schema, &relations));
        assert_ne!(annotated, plain, "{name}: nothing was annotated");
        assert_eq!(strip_notes(&annotated), plain, "{name}");
    }
}

#[test]
fn every_foreign_key_and_join_table_is_explained() {
    for name in FIXTURES {
        let (schema, relations) = common::load(name);
        let annotated = annotated_script(&Context::new(&schema, &relations));
        let lines: Vec<&str> = annotated.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let explained = |header: &str| lines[i - 1] == header || is_note(lines[i - 1]);
            if line.starts_with("ALTER TABLE") && line.contains("FOREIGN KEY") {
                assert!(is_note(lines[i - 1]) && explained("-- AddForeignKey"), "{name}: {line}");
            }
            if line.starts_with("CREATE TABLE \"_") {
                assert!(is_note(lines[i - 1]), "{name}: {line}");
            }
        }
    }
}

#[test]
fn annotated_blog_like_schema() {
    let (schema, relations) = common::load("cascade_chain");
    insta::assert_snapshot!(annotated_script(&Context::new(&schema, &relations)));
}

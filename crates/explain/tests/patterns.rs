//! One snapshot per relation pattern: the classifier's verdict and its explanation in words.

mod common;

use prisma2sql_explain::{Context, explain, text};

fn explained(name: &str) -> String {
    let (schema, relations) = common::load(name);
    let ctx = Context::new(&schema, &relations);
    text::render(&explain(&ctx))
}

macro_rules! patterns {
    ($($name:ident),* $(,)?) => {$(
        #[test]
        fn $name() {
            insta::assert_snapshot!(explained(stringify!($name)));
        }
    )*};
}

patterns!(
    one_to_one_required,
    one_to_one_optional,
    one_to_one_fk_on_other_side,
    one_to_one_on_primary_key,
    one_to_many,
    one_to_many_optional,
    one_to_many_no_action,
    self_one_to_one,
    self_one_to_many,
    self_many_to_many,
    named_relations,
    composite_foreign_key,
    implicit_many_to_many,
    explicit_join_unique,
    explicit_join_without_unique,
    relation_mode_prisma,
);

#[test]
fn json_document_of_an_implicit_many_to_many() {
    let (schema, relations) = common::load("implicit_many_to_many");
    let ctx = Context::new(&schema, &relations);
    insta::assert_snapshot!(serde_json::to_string_pretty(&explain(&ctx)).unwrap());
}

#[test]
fn json_document_of_relation_mode_prisma() {
    let (schema, relations) = common::load("relation_mode_prisma");
    let ctx = Context::new(&schema, &relations);
    let doc = serde_json::to_value(explain(&ctx)).unwrap();
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["relation_mode"], "prisma");
    assert_eq!(doc["database_foreign_keys"], false);
    let relations = doc["relations"].as_array().unwrap();
    let post = relations.iter().find(|r| r["kind"] == "one-to-many").unwrap();
    assert_eq!(post["foreign_key"]["constraint"], serde_json::Value::Null);
    assert_eq!(post["sql"], serde_json::json!([]));
    let tags = relations.iter().find(|r| r["kind"] == "many-to-many").unwrap();
    assert_eq!(tags["join_table"]["foreign_keys"], serde_json::json!([]));
    assert_eq!(tags["join_table"]["name"], "_TagToUser");
}

/// Every statement `explain` shows is a statement of the DDL, byte for byte.
#[test]
fn sql_statements_are_taken_from_the_ddl() {
    for name in ["composite_foreign_key", "implicit_many_to_many", "one_to_one_required", "self_many_to_many"] {
        let (schema, relations) = common::load(name);
        let ddl = prisma2sql_sql::init_script(&prisma2sql_sql::calculate(&schema, &relations));
        let ctx = Context::new(&schema, &relations);
        let explanation = explain(&ctx);
        let mut shown = 0;
        for relation in &explanation.relations {
            for statement in &relation.sql {
                assert!(ddl.contains(&format!("{statement}\n")), "{name}: {statement} not in\n{ddl}");
                shown += 1;
            }
        }
        assert!(shown > 0, "{name}: no statement shown");
    }
}

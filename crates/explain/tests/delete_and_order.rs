//! Delete trees and insert orders.

mod common;

use prisma2sql_explain::{Context, Graph, delete, order};

fn delete_text(fixture: &str, model: &str) -> String {
    let (schema, relations) = common::load(fixture);
    let ctx = Context::new(&schema, &relations);
    let graph = Graph::new(&ctx);
    delete::render(&delete::delete_tree(&ctx, &graph, model).expect("the model has a table"))
}

fn order_of(fixture: &str) -> order::InsertOrder {
    let (schema, relations) = common::load(fixture);
    let ctx = Context::new(&schema, &relations);
    order::insert_order(&Graph::new(&ctx))
}

#[test]
fn cascade_reaches_a_restrict_and_join_rows() {
    insta::assert_snapshot!(delete_text("cascade_chain", "Author"));
}

#[test]
fn self_cascade_is_shown_once() {
    let text = delete_text("cascade_chain", "Book");
    assert!(
        text.contains(
            "Book.parent (ON DELETE CASCADE): the Book rows that refer to it are deleted, and so on as above"
        ),
        "{text}"
    );
}

#[test]
fn nothing_refers_to_a_leaf() {
    let text = delete_text("cascade_chain", "Review");
    assert!(text.contains("Nothing refers to Review"), "{text}");
    assert!(!text.contains("refusal"), "{text}");
}

#[test]
fn relation_mode_prisma_is_emulated() {
    insta::assert_snapshot!(delete_text("relation_mode_prisma", "User"));
}

#[test]
fn unknown_model_has_no_tree() {
    let (schema, relations) = common::load("cascade_chain");
    let ctx = Context::new(&schema, &relations);
    assert!(delete::delete_tree(&ctx, &Graph::new(&ctx), "Nope").is_none());
}

#[test]
fn insert_order_puts_parents_first() {
    let order = order_of("cascade_chain");
    assert_eq!(
        order.steps,
        vec![vec!["Author", "Loan", "Shelf"], vec!["Book"], vec!["Review", "_BookToShelf"]]
            .into_iter()
            .map(|s| s.into_iter().map(String::from).collect::<Vec<_>>())
            .collect::<Vec<_>>()
    );
    assert!(order.cycles.is_empty());
}

#[test]
fn required_cycles_have_no_order() {
    let order = order_of("required_cycle");
    assert_eq!(order.cycles.len(), 1);
    assert_eq!(order.cycles[0].tables, ["Company", "Ceo"]);
    assert_eq!(order.self_references, ["Node(parentId) → Node"]);
    insta::assert_snapshot!(order::render(&order));
}

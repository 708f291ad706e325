//! P2S007: a cascading delete that reaches a table whose children restrict it.

use super::{Rule, field_path, referencing_field, with_argument};
use crate::{Finding, Lint};
use prisma2sql_explain::graph::{Edge, Graph, Origin};
use prisma2sql_explain::words::article;
use prisma2sql_model::ReferentialAction;
use prisma2sql_syntax::Severity;
use std::collections::BTreeMap;

pub const RULE: Rule = Rule {
    code: "P2S007",
    name: "cascade-into-restrict",
    severity: Severity::Warning,
    summary: "A cascading delete reaches rows that another relation refuses to lose",
    explanation: "`onDelete: Cascade` promises that deleting a parent takes its children along. When a child table is itself referenced with `Restrict` or `NoAction`, one referring row anywhere down the chain makes the whole delete fail: nothing is deleted, and the error names a table the caller never touched. Decide per relation: cascade further, set the reference to NULL, or delete the restricting rows first. `prisma2sql explain --delete MODEL` shows the whole tree.",
    corpus_findings: 38,
    check,
};

fn refuses(edge: &Edge) -> bool {
    matches!(edge.on_delete.action, ReferentialAction::Restrict | ReferentialAction::NoAction)
}

/// For each table reached by cascades from some model: the shortest chain of tables from that
/// model, the first model in schema order winning.
fn cascade_paths(graph: &Graph) -> BTreeMap<usize, Vec<usize>> {
    let mut paths: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (root, node) in graph.nodes.iter().enumerate() {
        if !matches!(node.origin, Origin::Model(_)) {
            continue;
        }
        let mut frontier = vec![vec![root]];
        let mut seen = vec![root];
        while !frontier.is_empty() {
            let mut next = Vec::new();
            for path in frontier {
                let last = path[path.len() - 1];
                for edge in graph.children(last).filter(|e| e.on_delete.action == ReferentialAction::Cascade) {
                    if seen.contains(&edge.child) {
                        continue;
                    }
                    seen.push(edge.child);
                    let mut longer = path.clone();
                    longer.push(edge.child);
                    let best = paths.entry(edge.child).or_insert_with(|| longer.clone());
                    if longer.len() < best.len() {
                        *best = longer.clone();
                    }
                    next.push(longer);
                }
            }
            frontier = next;
        }
    }
    paths
}

fn check(lint: &Lint, out: &mut Vec<Finding>) {
    let graph = &lint.graph;
    let paths = cascade_paths(graph);
    for edge in graph.edges.iter().filter(|e| refuses(e) && !e.is_self_reference()) {
        let Some(path) = paths.get(&edge.parent) else { continue };
        let relation = lint.relations.get(edge.relation);
        let Some((model, field, attr)) = referencing_field(lint, relation) else { continue };
        let label = |n: &usize| graph.nodes[*n].label.clone();
        let chain: Vec<String> = path.iter().map(label).collect();
        let root = &chain[0];
        let reached = label(&edge.parent);
        let span = attr.on_delete.map_or(attr.span, |(_, span)| span);
        out.push(
            Finding::new(
                &RULE,
                span,
                format!(
                    "deleting {} cascades to {reached} ({}), but `{}` refuses to lose its {reached} (ON DELETE {}): the whole delete fails while {} refers to one of them",
                    article(root),
                    chain.join(" → "),
                    field_path(model, field),
                    edge.on_delete.action.sql(),
                    article(&model.name)
                ),
            )
            .with_label("stops the cascade")
            .with_help(format!(
                "cascade here too (the {} rows go with their {reached}), use SetNull on an optional relation, or delete the {} rows first:",
                model.name, model.name
            ))
            .with_fix(with_argument(lint, attr, "onDelete", "Cascade")),
        );
    }
}

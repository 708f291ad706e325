//! An order in which the tables can be filled: every table after the tables its required
//! references point at. Optional references do not count (insert NULL, set them later); a table
//! that refers to itself does not either (see [`InsertOrder::self_references`]).

use crate::graph::Graph;
use petgraph::graph::DiGraph;
use serde::Serialize;
use std::fmt::Write;

#[derive(Debug, Clone, Serialize)]
pub struct InsertOrder {
    /// Steps; the tables of one step need only the tables of the steps before.
    pub steps: Vec<Vec<String>>,
    /// Groups of tables whose required references form a cycle: no row of them can be inserted
    /// first.
    pub cycles: Vec<Cycle>,
    /// Tables that cannot be ordered because they need a table of a cycle.
    pub blocked: Vec<String>,
    /// Required references of a table to itself: the first row must refer to itself.
    pub self_references: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Cycle {
    pub tables: Vec<String>,
    /// The required references inside the cycle: `A.bId → B`.
    pub references: Vec<String>,
}

/// The insert order of every table of the graph.
pub fn insert_order(graph: &Graph) -> InsertOrder {
    let required: Vec<_> = graph.edges.iter().filter(|e| e.required && !e.is_self_reference()).collect();
    let mut placed = vec![false; graph.nodes.len()];
    let mut steps = Vec::new();
    loop {
        let ready: Vec<usize> = (0..graph.nodes.len())
            .filter(|n| !placed[*n])
            .filter(|n| required.iter().filter(|e| e.child == *n).all(|e| placed[e.parent]))
            .collect();
        if ready.is_empty() {
            break;
        }
        for n in &ready {
            placed[*n] = true;
        }
        steps.push(ready.iter().map(|n| graph.nodes[*n].label.clone()).collect());
    }
    let cycles = cycles(graph, &placed);
    let in_cycle = |label: &String| cycles.iter().any(|c| c.tables.contains(label));
    let blocked = (0..graph.nodes.len())
        .filter(|n| !placed[*n])
        .map(|n| graph.nodes[n].label.clone())
        .filter(|label| !in_cycle(label))
        .collect();
    let self_references =
        graph.edges.iter().filter(|e| e.required && e.is_self_reference()).map(|e| reference(graph, e)).collect();
    InsertOrder { steps, cycles, blocked, self_references }
}

/// The cycles of required references among the tables not placed.
fn cycles(graph: &Graph, placed: &[bool]) -> Vec<Cycle> {
    let mut g: DiGraph<usize, usize> = DiGraph::new();
    let indices: Vec<_> = (0..graph.nodes.len()).map(|n| g.add_node(n)).collect();
    for (i, e) in graph.edges.iter().enumerate() {
        if e.required && !e.is_self_reference() && !placed[e.child] && !placed[e.parent] {
            g.add_edge(indices[e.child], indices[e.parent], i);
        }
    }
    let mut cycles: Vec<Cycle> = petgraph::algo::tarjan_scc(&g)
        .into_iter()
        .filter(|component| component.len() > 1)
        .map(|component| {
            let mut members: Vec<usize> = component.iter().map(|ix| g[*ix]).collect();
            members.sort_unstable();
            let references = graph
                .edges
                .iter()
                .filter(|e| {
                    e.required && !e.is_self_reference() && members.contains(&e.child) && members.contains(&e.parent)
                })
                .map(|e| reference(graph, e))
                .collect();
            Cycle { tables: members.iter().map(|n| graph.nodes[*n].label.clone()).collect(), references }
        })
        .collect();
    cycles.sort_by(|a, b| a.tables.cmp(&b.tables));
    cycles
}

/// `Post(authorId) → User`.
fn reference(graph: &Graph, e: &crate::graph::Edge) -> String {
    format!("{}({}) → {}", graph.nodes[e.child].label, e.columns.join(", "), graph.nodes[e.parent].label)
}

/// The order as text.
pub fn render(order: &InsertOrder) -> String {
    let mut out = String::new();
    if order.steps.is_empty() && order.cycles.is_empty() {
        let _ = writeln!(out, "The schema has no tables.");
        return out;
    }
    if order.steps.is_empty() {
        let _ = writeln!(out, "No table can be filled first.");
    } else {
        let _ = writeln!(out, "Tables can be filled in this order (each step needs only the steps before it):");
    }
    for (i, step) in order.steps.iter().enumerate() {
        let _ = writeln!(out, "  {}. {}", i + 1, step.join(", "));
    }
    let _ = writeln!(out, "Optional references are left out: insert NULL first, set them once the other row exists.");
    for reference in &order.self_references {
        let _ = writeln!(
            out,
            "\n{reference} is required and points at its own table: the first row must refer to itself (or the column must be optional)."
        );
    }
    for cycle in &order.cycles {
        let _ = writeln!(
            out,
            "\nNo order exists for {}: their required references form a cycle, so none of them can get a first row:",
            cycle.tables.join(", ")
        );
        for reference in &cycle.references {
            let _ = writeln!(out, "  {reference}");
        }
        let _ = writeln!(out, "Make one of these references optional (a `?` on its fields), insert, then set it.");
    }
    if !order.blocked.is_empty() {
        let _ = writeln!(out, "\nWaiting on a cycle, so not ordered either: {}.", order.blocked.join(", "));
    }
    out
}

//! P2S006: required references that form a cycle, so that no table of it can get a first row.

use super::{Rule, relation_span};
use crate::{Finding, Lint};
use prisma2sql_explain::order::insert_order;
use prisma2sql_syntax::Severity;

pub const RULE: Rule = Rule {
    code: "P2S006",
    name: "required-cycle",
    severity: Severity::Warning,
    summary: "Required relations in a cycle: no row can be inserted first",
    explanation: "When tables refer to each other through required (NOT NULL) foreign keys in a cycle, every row needs a row of the next table to exist first, so none can be inserted, and Prisma's foreign keys are not deferrable. The same holds for a required relation of a table to itself: the first row would have to refer to itself. Make one relation of the cycle optional, insert, then set it. `prisma2sql explain --insert-order` shows an order for the rest of the schema.",
    corpus_findings: 0,
    check,
};

fn check(lint: &Lint, out: &mut Vec<Finding>) {
    let order = insert_order(&lint.graph);
    for cycle in &order.cycles {
        let edges: Vec<_> = lint
            .graph
            .edges
            .iter()
            .filter(|e| e.required && !e.is_self_reference())
            .filter(|e| {
                cycle.tables.contains(&lint.graph.nodes[e.child].label)
                    && cycle.tables.contains(&lint.graph.nodes[e.parent].label)
            })
            .collect();
        let Some(span) = edges.iter().filter_map(|e| relation_span(lint, e.relation)).min_by_key(|s| (s.file, s.start))
        else {
            continue;
        };
        out.push(
            Finding::new(
                &RULE,
                span,
                format!(
                    "{} require each other through required relations ({}): no row of them can be inserted first",
                    cycle.tables.join(", "),
                    cycle.references.join(", ")
                ),
            )
            .with_label("part of a cycle of required relations")
            .with_help(
                "make one of these relations optional (`?` on its scalar and relation fields), insert, then set it",
            ),
        );
    }
    for edge in lint.graph.edges.iter().filter(|e| e.required && e.is_self_reference()) {
        let Some(span) = relation_span(lint, edge.relation) else { continue };
        let table = &lint.graph.nodes[edge.child].label;
        out.push(
            Finding::new(&RULE, span, format!("`{table}` requires a `{table}` ({}): the first row must refer to itself", edge.columns.join(", ")))
                .with_label("required reference to its own table")
                .with_help("make the relation optional (`?` on its scalar and relation fields), so that a root row can have no parent"),
        );
    }
}

//! What deleting one row sets off: the referential actions of every table that refers to it,
//! followed recursively through cascades, as the database runs them.

use crate::context::Context;
use crate::graph::{Edge, Graph, Origin};
use crate::words;
use prisma2sql_model::ReferentialAction;
use serde::Serialize;
use std::fmt::Write;

/// The effects of deleting one row of a table.
#[derive(Debug, Clone, Serialize)]
pub struct DeleteTree {
    /// The model whose row is deleted.
    pub model: String,
    pub table: String,
    /// Whether the database runs the actions (`false`: `relationMode = "prisma"`, Prisma Client
    /// emulates them).
    pub enforced: bool,
    pub effects: Vec<Effect>,
    /// Whether some action refuses the delete while referring rows exist.
    pub may_be_refused: bool,
}

/// What happens to the rows of one table that refer to a deleted row.
#[derive(Debug, Clone, Serialize)]
pub struct Effect {
    /// The referring table: a model name or a join table name.
    pub table: String,
    /// Where the reference is written: `Post.author`, or `_PostToTag.A` for a join table.
    pub via: String,
    /// Whether the referring table is the join table of an implicit many-to-many relation.
    pub join_table: bool,
    pub columns: Vec<String>,
    /// As in SQL: `CASCADE`, `RESTRICT`, ...
    pub action: &'static str,
    /// Written in the schema (`false`: Prisma's default or Prisma's fixed choice for join tables).
    pub explicit: bool,
    pub outcome: Outcome,
    /// The effects of deleting these rows in turn (cascades only).
    pub effects: Vec<Effect>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// The referring rows are deleted too.
    Deleted,
    /// The referring rows are deleted; what that sets off is shown further up (the table was
    /// reached before), so the tree stays finite and small.
    DeletedAgain,
    SetNull,
    SetDefault,
    /// The whole delete fails while such rows exist.
    Refused,
    /// SET NULL on a NOT NULL column: the whole delete fails while such rows exist.
    NotNullViolation,
}

/// The delete tree of one model; `None` when the model has no table.
pub fn delete_tree(ctx: &Context, graph: &Graph, model: &str) -> Option<DeleteTree> {
    let root = graph.find(model).filter(|n| matches!(graph.nodes[*n].origin, Origin::Model(_)))?;
    let mut expanded = vec![root];
    let effects = effects_of(ctx, graph, root, &mut expanded);
    let may_be_refused = any_refused(&effects);
    Some(DeleteTree {
        model: graph.nodes[root].label.clone(),
        table: graph.nodes[root].table.clone(),
        enforced: ctx.database_foreign_keys(),
        effects,
        may_be_refused,
    })
}

fn any_refused(effects: &[Effect]) -> bool {
    effects.iter().any(|e| matches!(e.outcome, Outcome::Refused | Outcome::NotNullViolation) || any_refused(&e.effects))
}

/// The effects of deleting rows of `node`; `expanded` holds the tables whose effects are already
/// shown, each is shown once.
fn effects_of(ctx: &Context, graph: &Graph, node: usize, expanded: &mut Vec<usize>) -> Vec<Effect> {
    let mut effects = Vec::new();
    for edge in graph.children(node) {
        let mut outcome = match edge.on_delete.action {
            ReferentialAction::Cascade => Outcome::Deleted,
            ReferentialAction::SetNull if edge.required => Outcome::NotNullViolation,
            ReferentialAction::SetNull => Outcome::SetNull,
            ReferentialAction::SetDefault => Outcome::SetDefault,
            ReferentialAction::Restrict | ReferentialAction::NoAction => Outcome::Refused,
        };
        let mut below = Vec::new();
        if outcome == Outcome::Deleted {
            if expanded.contains(&edge.child) {
                outcome = Outcome::DeletedAgain;
            } else {
                expanded.push(edge.child);
                below = effects_of(ctx, graph, edge.child, expanded);
            }
        }
        effects.push(Effect {
            table: graph.nodes[edge.child].label.clone(),
            via: via(ctx, graph, edge),
            join_table: matches!(graph.nodes[edge.child].origin, Origin::JoinTable(_)),
            columns: edge.columns.clone(),
            action: edge.on_delete.action.sql(),
            explicit: edge.on_delete.explicit,
            outcome,
            effects: below,
        });
    }
    effects
}

/// `Post.author`, or `_PostToTag.A`.
fn via(ctx: &Context, graph: &Graph, edge: &Edge) -> String {
    let child = &graph.nodes[edge.child];
    match child.origin {
        Origin::Model(_) => {
            let relation = ctx.relations.get(edge.relation);
            let field = relation.fields().first().map(|f| ctx.schema.field(*f).name.clone()).unwrap_or_default();
            format!("{}.{field}", child.label)
        }
        Origin::JoinTable(_) => format!("{}.{}", child.label, edge.columns.join(", ")),
    }
}

/// The tree as text.
pub fn render(tree: &DeleteTree) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "Deleting one {} row (table \"{}\"):", tree.model, tree.table);
    if tree.effects.is_empty() {
        let _ = writeln!(out, "  Nothing refers to {}: only that row is deleted.", tree.model);
    } else {
        let _ = writeln!(out, "{}", tree.model);
        render_effects(&mut out, &tree.effects, "", &tree.model);
    }
    out.push('\n');
    if tree.may_be_refused {
        let _ = writeln!(
            out,
            "A refusal anywhere aborts the whole DELETE: nothing is deleted, not even what a cascade already reached. Delete or re-point the refusing rows first, or choose another onDelete action."
        );
    }
    if has_join_table(&tree.effects) {
        let _ = writeln!(out, "Rows of join tables are links: they are always deleted with either side.");
    }
    if !tree.enforced {
        let _ = writeln!(
            out,
            "relationMode = \"prisma\": the database itself does nothing, because there are no foreign keys. Prisma Client emulates this tree when you delete through it; a DELETE in SQL removes only the {} row and leaves every row above pointing at nothing.",
            tree.model
        );
    }
    out
}

fn has_join_table(effects: &[Effect]) -> bool {
    effects.iter().any(|e| e.join_table || has_join_table(&e.effects))
}

fn render_effects(out: &mut String, effects: &[Effect], indent: &str, parent: &str) {
    for (i, effect) in effects.iter().enumerate() {
        let last = i + 1 == effects.len();
        let (branch, next_indent) = if last { ("└── ", "    ") } else { ("├── ", "│   ") };
        let default = match (effect.join_table, effect.explicit) {
            (true, _) => ", join table",
            (false, true) => "",
            (false, false) => ", Prisma's default",
        };
        let _ = writeln!(
            out,
            "{indent}{branch}{} (ON DELETE {}{default}): {}",
            effect.via,
            effect.action,
            outcome_words(effect, parent)
        );
        let child_indent = format!("{indent}{next_indent}");
        render_effects(out, &effect.effects, &child_indent, &effect.table);
    }
}

fn outcome_words(effect: &Effect, parent: &str) -> String {
    let rows = format!("the {} rows that refer to it", effect.table);
    let cols = words::quoted_columns(&effect.columns);
    match effect.outcome {
        Outcome::Deleted => format!("{rows} are deleted"),
        Outcome::DeletedAgain => format!("{rows} are deleted, and so on as above"),
        Outcome::SetNull => format!("{cols} is set to NULL in {rows}"),
        Outcome::SetDefault => format!("{cols} is set to its column default in {rows}"),
        Outcome::NotNullViolation => format!(
            "FAILS while {} refers to the {parent}: {cols} is NOT NULL and cannot be set to NULL, so the whole DELETE fails",
            words::article(&effect.table)
        ),
        Outcome::Refused => {
            format!("REFUSED while {} refers to the {parent}: the whole DELETE fails", words::article(&effect.table))
        }
    }
}

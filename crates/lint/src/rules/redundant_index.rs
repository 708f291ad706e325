//! P2S012: an index that another index, a unique constraint or the primary key already serves.

use super::Rule;
use crate::{Finding, Lint};
use prisma2sql_model::{Index, IndexAlgorithm, IndexKind, Model};
use prisma2sql_syntax::Severity;

pub const RULE: Rule = Rule {
    code: "P2S012",
    name: "redundant-index",
    severity: Severity::Warning,
    summary: "An `@@index` whose columns lead another index, a unique constraint or the primary key",
    explanation: "A B-tree index serves every lookup by a leading part of its columns: `@@unique([a, b])` or `@@id([a, b])` already finds rows by `a`. A plain `@@index([a])` (or a second identical index) next to it only costs disk space and slows every write. Remove it, unless it differs in a way this rule does not see (an expression index made by hand). Partial indexes (`where:`) are left alone: they hold only some rows, so they neither serve every lookup nor are served by a full index in the same way.",
    corpus_findings: 120,
    check,
};

fn btree(index: &Index) -> bool {
    matches!(index.algorithm, None | Some(IndexAlgorithm::BTree))
}

fn fields(index: &Index) -> Vec<usize> {
    index.fields.iter().map(|f| f.field).collect()
}

/// What serves the same lookups as `index`, in words: `@@unique([a, b])`.
fn covering(model: &Model, position: usize, index: &Index) -> Option<String> {
    let mine = fields(index);
    let leads = |theirs: &[usize]| theirs.len() >= mine.len() && theirs[..mine.len()] == mine[..];
    let names = |fields: &[usize]| fields.iter().map(|f| model.fields[*f].name.as_str()).collect::<Vec<_>>().join(", ");
    if let Some(pk) = &model.primary_key {
        let pk_fields: Vec<usize> = pk.fields.iter().map(|f| f.field).collect();
        if leads(&pk_fields) {
            return Some(format!("the primary key ({})", names(&pk_fields)));
        }
    }
    model.indexes.iter().enumerate().find_map(|(i, other)| {
        let theirs = fields(other);
        let same = theirs == mine;
        // A partial index holds only some rows: it serves no lookup in general.
        let usable = i != position
            && other.kind != IndexKind::Fulltext
            && btree(other)
            && other.where_clause.is_none()
            && leads(&theirs);
        // Of two identical plain indexes, the second is the redundant one.
        let counts = usable && !(same && other.kind == IndexKind::Normal && i > position);
        let word = if other.kind == IndexKind::Unique { "the unique constraint" } else { "the index" };
        counts.then(|| format!("{word} on ({})", names(&theirs)))
    })
}

fn check(lint: &Lint, out: &mut Vec<Finding>) {
    for model in &lint.schema.models {
        for (position, index) in model.indexes.iter().enumerate() {
            // A partial index is smaller than the index that covers it, and chosen for its own
            // queries: it is not redundant.
            let plain = index.kind == IndexKind::Normal
                && btree(index)
                && index.where_clause.is_none()
                && index.fields.iter().all(|f| f.ops.is_none());
            if !plain {
                continue;
            }
            let Some(other) = covering(model, position, index) else { continue };
            out.push(
                Finding::new(
                    &RULE,
                    index.span,
                    format!("this index on `{}` is redundant: {other} already serves the same lookups", model.name),
                )
                .with_label("redundant")
                .with_help("remove this line; it only slows down writes"),
            );
        }
    }
}

//! The DDL with the relations explained in comment lines: before each foreign key and each join
//! table, `-- ` lines say in words what the statement implements. The statements themselves are
//! the plain DDL's, byte for byte: removing the added comment lines gives the plain output.

use crate::context::Context;
use crate::report::{Explanation, RelationReport, explain};
use prisma2sql_sql::Step;

/// The init script with comments on every relation.
pub fn annotated_script(ctx: &Context) -> String {
    let explanation = explain(ctx);
    prisma2sql_sql::render::script_with_notes(&ctx.steps(), |step| notes(&explanation, step))
}

fn notes(explanation: &Explanation, step: &Step<'_>) -> Vec<String> {
    match step {
        Step::CreateTable(table) => join_table_of(explanation, &table.name).map(join_table_notes).unwrap_or_default(),
        Step::AddForeignKey { table, foreign_key } => {
            if let Some(relation) = join_table_of(explanation, &table.name) {
                return join_foreign_key_notes(relation, &foreign_key.columns);
            }
            explanation
                .relations
                .iter()
                .find(|r| {
                    r.foreign_key.as_ref().is_some_and(|fk| {
                        fk.table == table.name && fk.constraint.as_deref() == Some(foreign_key.name.as_str())
                    })
                })
                .map(foreign_key_notes)
                .unwrap_or_default()
        }
        _ => Vec::new(),
    }
    .into_iter()
    .map(|line| line.replace(['\r', '\n'], " "))
    .collect()
}

fn join_table_of<'a>(explanation: &'a Explanation, table: &str) -> Option<&'a RelationReport> {
    explanation.relations.iter().find(|r| r.join_table.as_ref().is_some_and(|t| t.name == table))
}

fn title(r: &RelationReport) -> String {
    let field = |side: &crate::report::Side| {
        side.field.as_ref().map(|f| format!("{}.{f}", side.model)).unwrap_or_else(|| side.model.clone())
    };
    let arrow = if r.join_table.is_some() { "↔" } else { "→" };
    format!("{} {arrow} {}, {}", field(&r.from), field(&r.to), r.kind_words)
}

fn foreign_key_notes(r: &RelationReport) -> Vec<String> {
    let mut lines = vec![format!("{}: {}", title(r), r.summary)];
    if let Some(fk) = &r.foreign_key {
        for (clause, action) in [("ON DELETE", &fk.on_delete), ("ON UPDATE", &fk.on_update)] {
            let default = if action.explicit { "" } else { " (Prisma's default)" };
            lines.push(format!("{clause} {}{default}: {}.", action.sql, action.effect));
        }
    }
    lines
}

fn join_table_notes(r: &RelationReport) -> Vec<String> {
    let mut lines = vec![format!("{}: {}", title(r), r.summary)];
    if let Some(table) = &r.join_table {
        for column in &table.columns {
            lines.push(format!(
                "Column \"{}\" holds the id of a {} (\"{}\".\"{}\").",
                column.name, column.model, column.referenced_table, column.referenced_column
            ));
        }
        if let [a, b] = table.columns.as_slice() {
            lines.push(format!(
                "The primary key on (\"A\", \"B\") stores each pair once; the index on \"B\" finds the {} rows of {}.",
                a.model,
                crate::words::article(&b.model)
            ));
        }
    }
    lines
}

fn join_foreign_key_notes(r: &RelationReport, columns: &[String]) -> Vec<String> {
    let Some(table) = &r.join_table else {
        return Vec::new();
    };
    table
        .columns
        .iter()
        .filter(|c| columns.contains(&c.name))
        .map(|c| {
            format!(
                "Join table of {}: \"{}\" refers to {}; deleting or re-keying a {} deletes or updates its links (always CASCADE).",
                title(r),
                c.name,
                c.model,
                c.model
            )
        })
        .collect()
}

//! The explanation as plain text for people.

use crate::report::{ActionReport, Explanation, ForeignKeyReport, JoinTableReport, RelationReport};
use crate::words;
use std::fmt::Write;

/// Writes the whole explanation.
pub fn render(explanation: &Explanation) -> String {
    let mut out = String::new();
    let count = explanation.relations.len();
    let _ = writeln!(out, "{count} relation{}.", if count == 1 { "" } else { "s" });
    let mode = if explanation.database_foreign_keys { words::FOREIGN_KEYS } else { words::NO_FOREIGN_KEYS };
    let _ = writeln!(out, "{mode}");
    for relation in &explanation.relations {
        out.push('\n');
        relation_text(&mut out, relation, explanation.database_foreign_keys);
    }
    if !explanation.join_models.is_empty() {
        let _ = writeln!(out, "\nMany-to-many through join models:");
        for join in &explanation.join_models {
            let [a, b] = &join.links;
            let [r1, r2] = join.relations;
            let _ = writeln!(out, "\n{a} ↔ {b} through {} (relations {} and {})", join.model, r1 + 1, r2 + 1);
            let _ = writeln!(out, "   {}", join.summary);
        }
    }
    out
}

fn title(r: &RelationReport) -> String {
    let mut title = match (&r.from.field, r.foreign_key.is_some()) {
        (Some(field), true) => format!("{}.{field} → {}", r.from.model, r.to.model),
        _ => format!("{} ↔ {}", r.from.model, r.to.model),
    };
    if r.name_is_explicit {
        let _ = write!(title, " (relation \"{}\")", r.name);
    }
    format!("{title}: {}", r.kind_words)
}

fn relation_text(out: &mut String, r: &RelationReport, enforced: bool) {
    let _ = writeln!(out, "{}. {}", r.index + 1, title(r));
    let _ = writeln!(out, "   {}", r.summary);
    if let Some(model) = &r.join_model {
        let _ = writeln!(out, "   One half of the many-to-many through the join model {model} (see the end).");
    }
    if let Some(fk) = &r.foreign_key {
        foreign_key_text(out, fk, enforced);
    }
    if let Some(table) = &r.join_table {
        join_table_text(out, table, enforced);
    }
    if r.foreign_key.is_none() && r.join_table.is_none() {
        let _ = writeln!(out, "   Incomplete: no foreign key could be built for it.");
    }
    if !r.sql.is_empty() {
        let _ = writeln!(out, "   SQL:");
        for statement in &r.sql {
            for line in statement.lines() {
                if line.is_empty() {
                    out.push('\n');
                } else {
                    let _ = writeln!(out, "     {line}");
                }
            }
        }
    }
}

fn foreign_key_text(out: &mut String, fk: &ForeignKeyReport, enforced: bool) {
    let arrow = format!(
        "\"{}\"({}) → \"{}\"({})",
        fk.table,
        words::quoted_columns(&fk.columns),
        fk.referenced_table,
        words::quoted_columns(&fk.referenced_columns)
    );
    match &fk.constraint {
        Some(name) => {
            let _ = writeln!(out, "   Foreign key \"{name}\": {arrow}");
        }
        None => {
            let _ =
                writeln!(out, "   Reference {arrow}, not enforced: no foreign key exists (relationMode = \"prisma\").");
        }
    }
    let nullable = match (fk.columns.len() == 1, fk.nullable) {
        (true, true) => "The column may be NULL: a row may have no parent.",
        (true, false) => "The column is NOT NULL: every row needs a parent.",
        (false, true) => "Some of the columns may be NULL: a row with a NULL there has no parent.",
        (false, false) => "The columns are NOT NULL: every row needs a parent.",
    };
    let _ = writeln!(out, "   {nullable}");
    if let Some(unique) = &fk.unique {
        let _ = writeln!(out, "   Unique through \"{unique}\": at most one row refers to each parent.");
    }
    match &fk.index {
        Some(index) => {
            let _ = writeln!(out, "   Indexed by \"{index}\".");
        }
        None => {
            let _ = writeln!(
                out,
                "   No index starts with these columns: finding the rows that refer to a parent reads the whole table."
            );
        }
    }
    action_text(out, "ON DELETE", &fk.on_delete, enforced);
    action_text(out, "ON UPDATE", &fk.on_update, enforced);
}

fn action_text(out: &mut String, clause: &str, action: &ActionReport, enforced: bool) {
    let notes: Vec<&str> =
        [(!action.explicit).then_some("Prisma's default"), (!enforced).then_some("emulated by Prisma Client")]
            .into_iter()
            .flatten()
            .collect();
    let notes = if notes.is_empty() { String::new() } else { format!(" ({})", notes.join(", ")) };
    let _ = writeln!(out, "   {clause} {}{notes}: {}.", action.sql, action.effect);
}

fn join_table_text(out: &mut String, table: &JoinTableReport, enforced: bool) {
    let _ = writeln!(out, "   Join table \"{}\":", table.name);
    let self_relation = table.columns.iter().all(|c| c.model == table.columns[0].model);
    for column in &table.columns {
        let role = if self_relation {
            format!("the list `{}.{}`", column.model, column.field)
        } else {
            format!("the {} of the pair", column.model)
        };
        let _ = writeln!(
            out,
            "     column \"{}\" {} → \"{}\"(\"{}\"): {role}",
            column.name, column.sql_type, column.referenced_table, column.referenced_column
        );
    }
    if let Some(pk) = &table.primary_key {
        let _ = writeln!(
            out,
            "     primary key \"{}\" ({}): each pair is stored at most once",
            pk.name,
            words::quoted_columns(&pk.columns)
        );
    }
    if let (Some(index), [a, b]) = (&table.index, table.columns.as_slice()) {
        let _ = writeln!(
            out,
            "     index \"{}\" ({}): finds the {} rows of {} without reading the whole table",
            index.name,
            words::quoted_columns(&index.columns),
            a.model,
            words::article(&b.model)
        );
    }
    if enforced {
        let _ = writeln!(
            out,
            "     foreign keys {}",
            table.foreign_keys.iter().map(|n| format!("\"{n}\"")).collect::<Vec<_>>().join(", ")
        );
    }
    let how = if enforced { "always, Prisma's fixed choice for join tables" } else { "emulated by Prisma Client" };
    let _ = writeln!(out, "   ON DELETE CASCADE ({how}): {}.", table.on_delete.effect);
    let _ = writeln!(out, "   ON UPDATE CASCADE ({how}): {}.", table.on_update.effect);
}

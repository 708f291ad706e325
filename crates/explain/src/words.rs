//! The sentences `explain` writes: plain words for people learning how Prisma's relations become
//! tables, keys and actions.

use crate::report::{Kind, RelationReport, Side};
use prisma2sql_model::ReferentialAction;
use prisma2sql_relations::RelationKind;

/// `a User`, `an Order`: by the sound of the word, as far as its spelling tells.
pub fn article(noun: &str) -> String {
    let lower = noun.to_ascii_lowercase();
    let sounds_like_you =
        ["uni", "use", "usa", "usu", "uti", "uro", "eu", "one", "once"].iter().any(|p| lower.starts_with(p));
    let silent_h = ["hour", "honest", "honor", "honour", "heir"].iter().any(|p| lower.starts_with(p));
    let vowel = lower.starts_with(['a', 'e', 'i', 'o', 'u']);
    let an = (vowel && !sounds_like_you) || silent_h;
    format!("{} {noun}", if an { "an" } else { "a" })
}

/// `"a"`, `"a", "b"`.
pub fn quoted_columns(columns: &[String]) -> String {
    columns.iter().map(|c| format!("\"{c}\"")).collect::<Vec<_>>().join(", ")
}

/// The kind of a relation in words.
pub fn kind(kind: Kind, self_relation: bool) -> String {
    let base = match kind {
        Kind::OneToOne => "one-to-one",
        Kind::OneToMany => "one-to-many",
        Kind::ManyToMany => "many-to-many (implicit join table)",
    };
    if self_relation { format!("{base} self-relation") } else { base.to_owned() }
}

fn field_ref(side: &Side) -> String {
    match &side.field {
        Some(field) => format!("`{}.{field}`", side.model),
        None => String::new(),
    }
}

/// What the relation means for the rows on each side.
pub fn summary(r: &RelationReport) -> String {
    let (from, to) = (&r.from, &r.to);
    if r.kind == Kind::ManyToMany {
        let table = r.join_table.as_ref().map_or("a join table", |t| t.name.as_str());
        return format!(
            "{} has any number of {} rows ({}), and {} any number of {} rows ({}). Prisma keeps the pairs in the table \"{table}\", which the schema does not show.",
            capitalize(&article(&from.model)),
            to.model,
            field_ref(from),
            article(&to.model),
            from.model,
            field_ref(to),
        );
    }
    let forward = match from.arity {
        Some("required") => format!("Each {} belongs to exactly one {} ({}).", from.model, to.model, field_ref(from)),
        _ => {
            format!("{} belongs to at most one {} ({}).", capitalize(&article(&from.model)), to.model, field_ref(from))
        }
    };
    let back = match to.arity {
        Some("list") => {
            format!("{} has any number of {} rows ({}).", capitalize(&article(&to.model)), from.model, field_ref(to))
        }
        Some(_) => format!("{} has at most one {} ({}).", capitalize(&article(&to.model)), from.model, field_ref(to)),
        None => format!("{} has no field for the other direction.", to.model),
    };
    format!("{forward} {back}")
}

fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The rows a parent's deletion or update reaches: `the Profile` or `every Post`.
fn children(child: &str, kind: RelationKind) -> String {
    if kind == RelationKind::OneToOne { format!("the {child}") } else { format!("every {child}") }
}

/// What ON DELETE does, for a parent row.
pub fn on_delete(
    action: ReferentialAction,
    parent: &str,
    child: &str,
    columns: &[String],
    kind: RelationKind,
) -> String {
    let cols = quoted_columns(columns);
    let parent_a = article(parent);
    let child_a = article(child);
    match action {
        ReferentialAction::Cascade => {
            format!("deleting {parent_a} also deletes {} that refers to it", children(child, kind))
        }
        ReferentialAction::Restrict => {
            format!("{parent_a} cannot be deleted while {child_a} refers to it: the DELETE fails")
        }
        ReferentialAction::NoAction => format!(
            "{parent_a} cannot be deleted while {child_a} still refers to it at the end of the statement: the DELETE fails"
        ),
        ReferentialAction::SetNull => {
            format!("deleting {parent_a} sets {cols} to NULL in {} that referred to it", children(child, kind))
        }
        ReferentialAction::SetDefault => {
            format!(
                "deleting {parent_a} sets {cols} back to the column default in {} that referred to it",
                children(child, kind)
            )
        }
    }
}

/// What ON UPDATE does when a parent's referenced key changes.
pub fn on_update(action: ReferentialAction, parent: &str, child: &str, columns: &[String]) -> String {
    let cols = quoted_columns(columns);
    let parent_a = article(parent);
    let child_a = article(child);
    match action {
        ReferentialAction::Cascade => {
            format!("changing the key of {parent_a} updates {cols} in the {child} rows that refer to it")
        }
        ReferentialAction::Restrict | ReferentialAction::NoAction => {
            format!("the key of {parent_a} cannot change while {child_a} refers to it")
        }
        ReferentialAction::SetNull => {
            format!("changing the key of {parent_a} sets {cols} to NULL in the {child} rows that referred to it")
        }
        ReferentialAction::SetDefault => {
            format!(
                "changing the key of {parent_a} sets {cols} back to the column default in the {child} rows that referred to it"
            )
        }
    }
}

/// What deleting a row does to its links in an implicit join table.
pub fn join_on_delete(a: &str, b: &str) -> String {
    format!("deleting {} also deletes its links (rows of the join table)", either(a, b))
}

/// What changing an id does to the links in an implicit join table.
pub fn join_on_update(a: &str, b: &str) -> String {
    format!("changing the id of {} updates its links", either(a, b))
}

/// `a Post or a Tag`; `a User` when both are the same model.
fn either(a: &str, b: &str) -> String {
    if a == b { article(a) } else { format!("{} or {}", article(a), article(b)) }
}

/// An explicit join model in words.
pub fn join_model(model: &str, links: &[String; 2], unique_pair: bool) -> String {
    let pair = if unique_pair {
        format!(
            "The pair of foreign keys is unique, so {} and {} are linked at most once.",
            article(&links[0]),
            article(&links[1])
        )
    } else {
        format!(
            "Nothing makes the pair of foreign keys unique: the same {} and {} can be linked several times.",
            links[0], links[1]
        )
    };
    format!(
        "{model} links {} and {} many-to-many: each {model} row is one link and can carry data of its own. {pair}",
        links[0], links[1]
    )
}

/// What `relationMode = "prisma"` means.
pub const NO_FOREIGN_KEYS: &str = "relationMode = \"prisma\": the database has no foreign keys. Prisma Client checks references and emulates the referential actions in its own queries; anything else that writes to the database (SQL, migrations, other services) can leave rows that refer to nothing. Nothing indexes the relation columns unless the schema adds an @@index.";

/// What the default relation mode means.
pub const FOREIGN_KEYS: &str =
    "The database enforces every relation with a foreign key (relationMode = \"foreignKeys\", the default).";

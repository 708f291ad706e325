//! Entity-relationship diagrams of the tables: Mermaid `erDiagram` and Graphviz DOT.
//!
//! Entities are tables (implicit join tables included, as the tables they are), attributes are
//! columns with their Prisma types and key markers, and each reference is drawn with crow's feet
//! read from the database's constraints: the parent end is "exactly one" when every column of the
//! reference is NOT NULL and "zero or one" otherwise; the child end is "zero or one" when the
//! columns are unique and "zero or more" otherwise.

use crate::context::Context;
use crate::graph::{Edge, Graph, Origin};
use crate::report::unique_on;
use prisma2sql_model::{FieldType, ModelId, Schema};
use prisma2sql_sql::{SqlIndex, Table};
use std::fmt::Write;

/// A table to draw.
struct Entity<'a> {
    name: &'a str,
    columns: Vec<Attribute>,
}

struct Attribute {
    name: String,
    ty: String,
    keys: Vec<&'static str>,
    nullable: bool,
}

/// How many rows stand at one end of a reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Many {
    ExactlyOne,
    ZeroOrOne,
    ZeroOrMore,
}

struct Link {
    child: usize,
    parent: usize,
    /// Rows of the parent per child row.
    parent_end: Many,
    /// Rows of the child per parent row.
    child_end: Many,
    /// The reference is part of the child's primary key.
    identifying: bool,
    label: String,
    child_columns: Vec<usize>,
    parent_columns: Vec<usize>,
}

struct Diagram<'a> {
    entities: Vec<Entity<'a>>,
    links: Vec<Link>,
}

fn diagram<'a>(ctx: &'a Context, graph: &'a Graph) -> Diagram<'a> {
    let tables: Vec<Option<&Table>> = graph.nodes.iter().map(|n| table_of(ctx, n.origin)).collect();
    let entities = graph
        .nodes
        .iter()
        .zip(&tables)
        .map(|(node, table)| Entity {
            name: &node.table,
            columns: table.map(|t| attributes(ctx, graph, node.origin, t)).unwrap_or_default(),
        })
        .collect::<Vec<_>>();
    let links = graph
        .edges
        .iter()
        .filter_map(|edge| {
            let (child, parent) = (tables[edge.child]?, tables[edge.parent]?);
            Some(link(ctx, edge, child, parent))
        })
        .collect();
    Diagram { entities, links }
}

fn table_of<'a>(ctx: &'a Context, origin: Origin) -> Option<&'a Table> {
    match origin {
        Origin::Model(model) => ctx.model_table(model),
        Origin::JoinTable(relation) => ctx.relations.get(relation).join_table().and_then(|j| ctx.join_table(j)),
    }
}

fn position(table: &Table, column: &str) -> usize {
    table.columns.iter().position(|c| c.name == column).unwrap_or(0)
}

fn link(ctx: &Context, edge: &Edge, child: &Table, parent: &Table) -> Link {
    let unique = unique_on(child, &edge.columns).is_some();
    let in_pk = child.primary_key.as_ref().is_some_and(|pk| edge.columns.iter().all(|c| pk.columns.contains(c)));
    let relation = ctx.relations.get(edge.relation);
    let label = match relation.join_table() {
        Some(_) => edge.columns.join(", "),
        None => relation.fields().first().map(|f| ctx.schema.field(*f).name.clone()).unwrap_or_default(),
    };
    Link {
        child: edge.child,
        parent: edge.parent,
        parent_end: if edge.required { Many::ExactlyOne } else { Many::ZeroOrOne },
        child_end: if unique { Many::ZeroOrOne } else { Many::ZeroOrMore },
        identifying: in_pk,
        label,
        child_columns: edge.columns.iter().map(|c| position(child, c)).collect(),
        parent_columns: edge.referenced_columns.iter().map(|c| position(parent, c)).collect(),
    }
}

fn attributes(ctx: &Context, graph: &Graph, origin: Origin, table: &Table) -> Vec<Attribute> {
    let node = graph.nodes.iter().position(|n| n.origin == origin);
    let fk_columns: Vec<&String> =
        graph.edges.iter().filter(|e| Some(e.child) == node).flat_map(|e| &e.columns).collect();
    table
        .columns
        .iter()
        .map(|column| {
            let mut keys = Vec::new();
            if table.primary_key.as_ref().is_some_and(|pk| pk.columns.contains(&column.name)) {
                keys.push("PK");
            }
            if fk_columns.contains(&&column.name) {
                keys.push("FK");
            }
            // A partial unique index (`WHERE ...`) leaves the other rows free: not a key.
            let unique = |i: &&SqlIndex| i.unique && i.predicate.is_none();
            if table.indexes.iter().filter(unique).any(|i| i.columns.iter().any(|c| c.name == column.name)) {
                keys.push("UK");
            }
            Attribute {
                name: column.name.clone(),
                ty: prisma_type(ctx, origin, &column.name),
                keys,
                nullable: column.nullable,
            }
        })
        .collect()
}

/// The Prisma type of a column: the field's type for a model, the referenced id's for a join table.
fn prisma_type(ctx: &Context, origin: Origin, column: &str) -> String {
    let schema = ctx.schema;
    let field_type = |model: ModelId, column: &str| {
        let m = schema.model(model);
        m.fields.iter().find(|f| f.is_scalar() && f.db_name() == column).map(|f| {
            let list = if f.is_list() { "[]" } else { "" };
            format!("{}{list}", type_name(schema, &f.ty))
        })
    };
    let ty = match origin {
        Origin::Model(model) => field_type(model, column),
        Origin::JoinTable(relation) => ctx.relations.get(relation).join_table().and_then(|join| {
            let model = if column == "A" { join.model_a } else { join.model_b };
            let m = schema.model(model);
            let id = m.primary_key.as_ref()?.fields.first()?;
            field_type(model, m.fields[id.field].db_name())
        }),
    };
    ty.unwrap_or_else(|| "Unknown".to_owned())
}

fn type_name(schema: &Schema, ty: &FieldType) -> String {
    match ty {
        FieldType::Scalar(s) => s.name().to_owned(),
        FieldType::Enum(id) => schema.enum_(*id).name.clone(),
        FieldType::Unsupported(_) => "Unsupported".to_owned(),
        FieldType::Model(_) | FieldType::Composite(_) | FieldType::Unknown => "Unknown".to_owned(),
    }
}

/// Words Mermaid's erDiagram lexer reads as keywords, so names equal to them are quoted.
const MERMAID_KEYWORDS: &[&str] = &[
    "erdiagram",
    "style",
    "classdef",
    "class",
    "subgraph",
    "end",
    "direction",
    "acctitle",
    "accdescr",
    "one",
    "only",
    "zero",
    "many",
    "to",
    "optionally",
    "u",
    "pk",
    "fk",
    "uk",
];

/// An entity name: bare when Mermaid reads it as one word, else quoted (Mermaid cannot escape
/// `"`, `%` or `\` inside quotes, so those become `_`).
fn mermaid_entity(name: &str) -> String {
    let bare = name.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !MERMAID_KEYWORDS.contains(&name.to_ascii_lowercase().as_str());
    if bare {
        name.to_owned()
    } else {
        let inner: String =
            name.chars().map(|c| if matches!(c, '"' | '%' | '\\' | '\r' | '\n') { '_' } else { c }).collect();
        format!("\"{inner}\"")
    }
}

/// An attribute name or type: one word of letters, digits and `_`; other characters become `_`,
/// and a word Mermaid reads as a key marker gets a trailing `_`.
fn mermaid_word(name: &str) -> String {
    let mut word: String =
        name.chars().map(|c| if c.is_alphanumeric() || matches!(c, '_' | '-' | '[' | ']') { c } else { '_' }).collect();
    if word.is_empty() || word.starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '[' || c == ']') {
        word.insert(0, '_');
    }
    if MERMAID_KEYWORDS.contains(&word.to_ascii_lowercase().as_str()) {
        word.push('_');
    }
    word
}

/// The diagram as Mermaid `erDiagram` text.
pub fn mermaid(ctx: &Context, graph: &Graph) -> String {
    let d = diagram(ctx, graph);
    let mut out = String::from("erDiagram\n");
    for entity in &d.entities {
        let _ = writeln!(out, "    {} {{", mermaid_entity(entity.name));
        for a in &entity.columns {
            let _ = write!(out, "        {} {}", mermaid_word(&a.ty), mermaid_word(&a.name));
            if !a.keys.is_empty() {
                let _ = write!(out, " {}", a.keys.join(", "));
            }
            if a.nullable {
                out.push_str(" \"nullable\"");
            }
            out.push('\n');
        }
        out.push_str("    }\n");
    }
    for link in &d.links {
        let left = match link.parent_end {
            Many::ExactlyOne => "||",
            Many::ZeroOrOne => "|o",
            Many::ZeroOrMore => "}o",
        };
        let right = match link.child_end {
            Many::ExactlyOne => "||",
            Many::ZeroOrOne => "o|",
            Many::ZeroOrMore => "o{",
        };
        let line = if link.identifying { "--" } else { ".." };
        let label: String = link.label.chars().map(|c| if c == '"' { '\'' } else { c }).collect();
        let _ = writeln!(
            out,
            "    {} {left}{line}{right} {} : \"{label}\"",
            mermaid_entity(d.entities[link.parent].name),
            mermaid_entity(d.entities[link.child].name)
        );
    }
    out
}

/// `&`, `<`, `>` and `"` as HTML entities (Graphviz HTML labels).
fn html(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A DOT string: `"..."` with `"` and `\` escaped.
fn dot_string(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

fn dot_arrow(many: Many) -> &'static str {
    match many {
        Many::ExactlyOne => "teetee",
        Many::ZeroOrOne => "teeodot",
        Many::ZeroOrMore => "crowodot",
    }
}

/// The diagram as Graphviz DOT: one HTML table per table, one edge per reference from the
/// referring columns to the referenced ones.
pub fn dot(ctx: &Context, graph: &Graph) -> String {
    let d = diagram(ctx, graph);
    let mut out = String::from("digraph schema {\n");
    out.push_str("    graph [rankdir=LR];\n");
    out.push_str("    node [shape=plaintext, fontname=\"Helvetica\"];\n");
    out.push_str("    edge [dir=both, fontname=\"Helvetica\", fontsize=10];\n");
    for (i, entity) in d.entities.iter().enumerate() {
        let _ = write!(
            out,
            "    t{i} [label=<<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\"><TR><TD BGCOLOR=\"lightgrey\"><B>{}</B></TD></TR>",
            html(entity.name)
        );
        for (c, a) in entity.columns.iter().enumerate() {
            let keys = if a.keys.is_empty() { String::new() } else { format!(" {}", a.keys.join(", ")) };
            let optional = if a.nullable { "?" } else { "" };
            let _ = write!(
                out,
                "<TR><TD PORT=\"c{c}\" ALIGN=\"LEFT\">{} {}{optional}{keys}</TD></TR>",
                html(&a.name),
                html(&a.ty)
            );
        }
        out.push_str("</TABLE>>];\n");
    }
    for link in &d.links {
        let port = |columns: &[usize]| columns.first().map(|c| format!(":c{c}")).unwrap_or_default();
        let style = if link.identifying { "" } else { ", style=dashed" };
        let _ = writeln!(
            out,
            "    t{}{} -> t{}{} [arrowtail={}, arrowhead={}, label={}{style}];",
            link.child,
            port(&link.child_columns),
            link.parent,
            port(&link.parent_columns),
            dot_arrow(link.child_end),
            dot_arrow(link.parent_end),
            dot_string(&link.label)
        );
    }
    out.push_str("}\n");
    out
}

//! Constraint names on PostgreSQL: primary keys and indexes share one namespace per schema, and
//! names written with `map:` must fit in 63 bytes. (Foreign keys join the namespace of their model;
//! the relations crate checks them.)

use super::{attribute_error, index_attribute, model_error, primary_key_attribute};
use crate::hash::HashMap;
use crate::names::MAX_IDENTIFIER_LENGTH;
use crate::schema::*;
use prisma2sql_syntax::{Diagnostic, Diagnostics, Span};

/// A primary key or an index, with its name in the database.
struct Named<'a> {
    model: &'a Model,
    name: String,
    /// `@id`, `@@unique`, ...
    attribute: &'static str,
    /// The `map:` value, when written.
    map: Option<Span>,
    span: Span,
    is_primary_key: bool,
}

pub(super) fn names(schema: &Schema, diagnostics: &mut Diagnostics) {
    let all = named_constraints(schema);
    for c in &all {
        too_long(c, diagnostics);
    }
    let mut global: HashMap<(Option<&str>, &str), usize> =
        HashMap::with_capacity_and_hasher(all.len(), Default::default());
    for c in &all {
        *global.entry((c.model.schema_name(), c.name.as_str())).or_default() += 1;
    }
    for c in &all {
        if global[&(c.model.schema_name(), c.name.as_str())] > 1 {
            diagnostics.push(clash(c, "global for primary key, indexes and unique constraints"));
        }
    }
    // A primary key also must not share its name with an index of its own model.
    let mut local: HashMap<(*const Model, &str), usize> =
        HashMap::with_capacity_and_hasher(all.len(), Default::default());
    for c in &all {
        *local.entry((c.model, c.name.as_str())).or_default() += 1;
    }
    for c in all.iter().filter(|c| c.is_primary_key) {
        if local[&(c.model as *const Model, c.name.as_str())] > 1 {
            let scope =
                format!("on model `{}` for primary key, indexes, unique constraints and foreign keys", c.model.name);
            diagnostics.push(clash(c, &scope));
        }
    }
}

fn named_constraints(schema: &Schema) -> Vec<Named<'_>> {
    let mut out = Vec::new();
    for model in &schema.models {
        if let (Some(pk), Some(name)) = (&model.primary_key, model.primary_key_db_name()) {
            out.push(Named {
                model,
                name,
                attribute: primary_key_attribute(pk),
                map: pk.map.as_ref().map(|(_, s)| *s),
                span: pk.span,
                is_primary_key: true,
            });
        }
        for index in &model.indexes {
            out.push(Named {
                model,
                name: index.db_name.clone(),
                attribute: index_attribute(index),
                map: index.map.as_ref().map(|(_, s)| *s),
                span: index.span,
                is_primary_key: false,
            });
        }
    }
    out
}

fn clash(c: &Named<'_>, scope: &str) -> Diagnostic {
    attribute_error(
        c.attribute,
        format!(
            "The given constraint name `{}` has to be unique in the following namespace: {scope}. Please provide a different name using the `map` argument.",
            c.name
        ),
        c.map.unwrap_or(c.span),
    )
    .with_help("In PostgreSQL, primary keys and indexes of a schema share one namespace; name this one with `map: \"...\"`.")
}

fn too_long(c: &Named<'_>, diagnostics: &mut Diagnostics) {
    let Some(span) = c.map else { return };
    if c.name.len() <= MAX_IDENTIFIER_LENGTH {
        return;
    }
    diagnostics.push(too_long_error(c.model, &c.name, c.attribute, span));
}

/// A name written with `map:` that does not fit PostgreSQL's identifiers.
pub(crate) fn too_long_error(model: &Model, name: &str, attribute: &str, span: Span) -> Diagnostic {
    model_error(
        model,
        format!(
            "The constraint name '{name}' specified in the `map` argument for the `{attribute}` constraint is too long for your chosen provider. The maximum allowed length is {MAX_IDENTIFIER_LENGTH} bytes."
        ),
        span,
    )
    .with_help(format!("PostgreSQL identifiers hold at most {MAX_IDENTIFIER_LENGTH} bytes; this one has {}.", name.len()))
}

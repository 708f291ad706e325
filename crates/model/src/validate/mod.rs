//! Checks on the resolved schema that need more than one attribute at a time, in the order of
//! Prisma's validation pipeline. Checks that need relations live in the relations crate.

mod constraints;
mod datasource;
mod defaults;
mod indexes;
mod models;
mod names;

use crate::schema::*;
use prisma2sql_syntax::{Diagnostic, Diagnostics, Span};

pub(crate) fn validate(schema: &Schema, diagnostics: &mut Diagnostics) {
    datasource::validate(schema, diagnostics);
    names::database_names(schema, diagnostics);
    constraints::names(schema, diagnostics);
    for model in &schema.models {
        models::validate(schema, model, diagnostics);
        indexes::validate(model, diagnostics);
        defaults::validate(model, diagnostics);
    }
}

/// `Error validating model "A": message` (or `view`).
pub(crate) fn model_error(model: &Model, message: impl AsRef<str>, span: Span) -> Diagnostic {
    let what = if model.is_view() { "view" } else { "model" };
    Diagnostic::error(format!("Error validating {what} \"{}\": {}", model.name, message.as_ref()), span)
}

/// `Error parsing attribute "@x": message`.
pub(crate) fn attribute_error(attribute: &str, message: impl AsRef<str>, span: Span) -> Diagnostic {
    Diagnostic::error(format!("Error parsing attribute \"{attribute}\": {}", message.as_ref()), span)
}

/// `@id` or `@@id`, as the primary key was written.
pub(crate) fn primary_key_attribute(pk: &PrimaryKey) -> &'static str {
    if pk.field_level.is_some() { "@id" } else { "@@id" }
}

/// `@unique`, `@@unique`, `@@index` or `@@fulltext`, as the index was written.
pub(crate) fn index_attribute(index: &Index) -> &'static str {
    match (index.kind, index.field_level.is_some()) {
        (IndexKind::Unique, true) => "@unique",
        (IndexKind::Unique, false) => "@@unique",
        (IndexKind::Normal, _) => "@@index",
        (IndexKind::Fulltext, _) => "@@fulltext",
    }
}

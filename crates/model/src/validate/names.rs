//! Database names that clash: tables, enum types, columns, enum labels.

use crate::hash::HashMap;
use crate::schema::*;
use prisma2sql_syntax::{Diagnostic, Diagnostics};

pub(super) fn database_names(schema: &Schema, diagnostics: &mut Diagnostics) {
    tables(schema, diagnostics);
    enum_types(schema, diagnostics);
    for model in &schema.models {
        columns(model, diagnostics);
    }
    for e in &schema.enums {
        enum_labels(e, diagnostics);
    }
    shared_namespace(schema, diagnostics);
}

fn tables(schema: &Schema, diagnostics: &mut Diagnostics) {
    let mut seen: HashMap<(Option<&str>, &str), &Model> =
        HashMap::with_capacity_and_hasher(schema.models.len(), Default::default());
    for model in &schema.models {
        let key = (model.schema_name(), model.db_name.as_str());
        let Some(first) = seen.get(&key) else {
            seen.insert(key, model);
            continue;
        };
        // Point at the `@@map` that makes the names equal.
        let span = model.mapped_name.as_ref().or(first.mapped_name.as_ref()).map_or(model.name_span, |(_, s)| *s);
        diagnostics.push(
            Diagnostic::error(
                format!(
                    "The model with database name \"{}\" could not be defined because another model or view with this name exists: \"{}\"",
                    model.db_name, first.name
                ),
                span,
            )
            .with_help(format!("`{}` and `{}` would both be the table \"{}\"; map one of them to another name.", first.name, model.name, model.db_name)),
        );
    }
}

fn enum_types(schema: &Schema, diagnostics: &mut Diagnostics) {
    let mut seen: HashMap<(Option<&str>, &str), &Enum> =
        HashMap::with_capacity_and_hasher(schema.enums.len(), Default::default());
    for e in &schema.enums {
        let key = (e.schema_name(), e.db_name.as_str());
        let Some(first) = seen.get(&key) else {
            seen.insert(key, e);
            continue;
        };
        diagnostics.push(
            Diagnostic::error("An enum with the same database name is already defined.", e.name_span).with_help(
                format!(
                    "`{}` and `{}` would both be the type \"{}\"; map one of them to another name with `@@map`.",
                    first.name, e.name, e.db_name
                ),
            ),
        );
    }
}

/// Two scalar fields stored in the same column, by Prisma's rule: walking the fields in order, a
/// field's `@map` must not repeat an earlier one, nor name another scalar field that keeps its
/// name (a field further down counts as keeping it: its own `@map` is not read yet).
fn columns(model: &Model, diagnostics: &mut Diagnostics) {
    let scalar = |f: &Field| f.is_scalar() && f.ty != FieldType::Unknown;
    let mut mapped: HashMap<&str, &Field> = HashMap::default();
    for (i, field) in model.fields.iter().enumerate().filter(|(_, f)| scalar(f)) {
        let Some((column, span)) = &field.mapped_name else {
            continue;
        };
        let earlier = mapped.insert(column, field);
        let named = model.fields.iter().enumerate().find(|(j, f)| *j != i && f.name == *column && scalar(f));
        let clash = match named {
            Some((j, other)) => {
                let other_column = other.mapped_name.as_ref().filter(|_| j < i).map(|(c, _)| c);
                other_column.is_none_or(|c| c == column).then_some(other)
            }
            None => None,
        };
        for other in earlier.into_iter().chain(clash) {
            diagnostics.push(column_clash(model, field, other, column, *span));
        }
    }
}

fn column_clash(
    model: &Model,
    field: &Field,
    other: &Field,
    column: &str,
    span: prisma2sql_syntax::Span,
) -> Diagnostic {
    let what = if model.is_view() { "view" } else { "model" };
    let help = if other.mapped_name.is_some() && other.db_name() != column {
        format!(
            "`{}` is mapped further down; Prisma reads the maps in order, so map `{}` first or pick another column name.",
            other.name, other.name
        )
    } else {
        format!(
            "`{}` and `{}` would both be the column \"{column}\"; map one of them to another name.",
            other.name, field.name
        )
    };
    Diagnostic::error(format!("Field \"{}\" is already defined on {what} \"{}\".", field.name, model.name), span)
        .with_help(help)
}

/// Prisma accepts two values with the same label; PostgreSQL refuses the type.
fn enum_labels(e: &Enum, diagnostics: &mut Diagnostics) {
    let mut seen: HashMap<&str, &EnumValue> = HashMap::with_capacity_and_hasher(e.values.len(), Default::default());
    for value in &e.values {
        if let Some(first) = seen.insert(&value.db_name, value) {
            diagnostics.push(
                Diagnostic::warning(
                    format!(
                        "The values `{}` and `{}` of enum `{}` have the same database label \"{}\"; PostgreSQL will refuse to create the type.",
                        first.name, value.name, e.name, value.db_name
                    ),
                    value.span,
                )
                .with_help("Map one of them to another label with `@map`."),
            );
        }
    }
}

/// PostgreSQL keeps tables, indexes and types of a schema in shared namespaces (a table is also a
/// type), where Prisma sees separate ones: such clashes pass Prisma and fail in the database.
fn shared_namespace(schema: &Schema, diagnostics: &mut Diagnostics) {
    let tables: HashMap<(Option<&str>, &str), &Model> =
        schema.models.iter().filter(|m| !m.is_view()).map(|m| ((m.schema_name(), m.db_name.as_str()), m)).collect();
    for e in &schema.enums {
        if let Some(model) = tables.get(&(e.schema_name(), e.db_name.as_str())) {
            diagnostics.push(
                Diagnostic::warning(
                    format!(
                        "The enum `{}` and the table of model `{}` are both named \"{}\": in PostgreSQL a table is also a type, so the second of them will fail to be created.",
                        e.name, model.name, e.db_name
                    ),
                    e.mapped_name.as_ref().map_or(e.name_span, |(_, s)| *s),
                )
                .with_help("Map the enum or the model to another name."),
            );
        }
    }
    for model in schema.models.iter().filter(|m| !m.is_view()) {
        let pk = model.primary_key.as_ref().zip(model.primary_key_db_name()).map(|(pk, name)| (name, pk.span));
        let pk = pk.as_ref().map(|(name, span)| (name.as_str(), *span));
        let indexes = model.indexes.iter().map(|i| (i.db_name.as_str(), i.span));
        for (name, span) in pk.into_iter().chain(indexes) {
            if let Some(table) = tables.get(&(model.schema_name(), name)) {
                diagnostics.push(
                    Diagnostic::warning(
                        format!(
                            "The index \"{name}\" has the name of the table of model `{}`: in PostgreSQL tables and indexes share one namespace, so creating the index will fail.",
                            table.name
                        ),
                        span,
                    )
                    .with_help("Name the index with another `map:`."),
                );
            }
        }
    }
}

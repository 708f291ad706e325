//! Model-wide rules: a unique criterion, what views cannot have, `@@ignore`, `Unsupported` types.

use super::{attribute_error, index_attribute, model_error};
use crate::schema::*;
use crate::types::{NativeArgs, native_type_def};
use prisma2sql_syntax::{Diagnostic, Diagnostics};

pub(super) fn validate(schema: &Schema, model: &Model, diagnostics: &mut Diagnostics) {
    if model.is_view() {
        view(model, diagnostics);
    } else {
        unique_criterion(model, diagnostics);
    }
    for field in &model.fields {
        ignored_target(schema, model, field, diagnostics);
        if let FieldType::Unsupported(db_type) = &field.ty {
            unsupported_known_type(schema, field, db_type, diagnostics);
        }
    }
}

/// Every model needs an id or a unique criterion of required, supported fields.
fn unique_criterion(model: &Model, diagnostics: &mut Diagnostics) {
    if model.ignored {
        return;
    }
    let criteria: Vec<Vec<usize>> = model
        .primary_key
        .iter()
        .map(|pk| pk.fields.iter().map(|f| f.field).collect())
        .chain(
            model
                .indexes
                .iter()
                .filter(|i| i.kind == IndexKind::Unique)
                .map(|i| i.fields.iter().map(|f| f.field).collect()),
        )
        .collect();
    let strict = |fields: &Vec<usize>| {
        fields
            .iter()
            .all(|&i| model.fields[i].is_required() && !matches!(model.fields[i].ty, FieldType::Unsupported(_)))
    };
    if criteria.iter().any(strict) {
        return;
    }
    let mut message = "Each model must have at least one unique criteria that has only required fields. Either mark a single field with `@id`, `@unique` or add a multi field criterion with `@@id([])` or `@@unique([])` to the model.".to_owned();
    if !criteria.is_empty() {
        let loose: Vec<String> = criteria
            .iter()
            .map(|fields| {
                format!("- {}", fields.iter().map(|&i| model.fields[i].name.as_str()).collect::<Vec<_>>().join(", "))
            })
            .collect();
        message.push_str(&format!(
            " The following unique criterias were not considered as they contain fields that are not required:\n{}",
            loose.join("\n")
        ));
    }
    diagnostics.push(
        model_error(model, message, model.name_span).with_help(
            "Add an `@id` field, e.g. `id Int @id @default(autoincrement())`, or mark the model `@@ignore`.",
        ),
    );
}

/// Views have no primary key and no indexes; their `@unique`s only inform Prisma Client.
fn view(model: &Model, diagnostics: &mut Diagnostics) {
    if let Some(pk) = &model.primary_key {
        diagnostics.push(
            Diagnostic::error("Error validating: Views cannot have primary keys.", pk.span)
                .with_help("Use `@unique` to tell Prisma Client how to identify rows of a view."),
        );
    }
    for index in &model.indexes {
        match index.kind {
            IndexKind::Unique => {
                if index.map.is_some() || index.clustered.is_some() {
                    diagnostics.push(
                        Diagnostic::error(
                            "Error validating: @@unique annotations on views are not backed by unique indexes in the database and cannot specify a mapped database name.",
                            index.span,
                        )
                        .with_help("Remove `map` and `clustered`."),
                    );
                }
                if index.fields.iter().any(|f| f.sort.is_some() || f.length.is_some() || f.ops.is_some()) {
                    diagnostics.push(attribute_error(
                        index_attribute(index),
                        "Scalar fields in @@unique attributes in views cannot have arguments.",
                        index.span,
                    ));
                }
            }
            IndexKind::Normal | IndexKind::Fulltext => diagnostics.push(
                Diagnostic::error("Error validating: Views cannot have indexes.", index.span)
                    .with_help("Index the underlying tables instead."),
            ),
        }
    }
}

/// A relation field pointing at an ignored model must be ignored too.
fn ignored_target(schema: &Schema, model: &Model, field: &Field, diagnostics: &mut Diagnostics) {
    let Some(target) = field.related_model() else {
        return;
    };
    let target = schema.model(target);
    if !target.ignored || field.ignored || model.ignored {
        return;
    }
    diagnostics.push(
        Diagnostic::error(
            format!(
                "Error parsing attribute \"@ignore\": The relation field `{}` on Model `{}` must specify the `@ignore` attribute, because the model {} it is pointing to is marked ignored.",
                field.name, model.name, target.name
            ),
            field.span,
        )
        .with_help("Add `@ignore` to the field."),
    );
}

/// `Unsupported("...")` of a type Prisma supports must use the native type instead.
fn unsupported_known_type(schema: &Schema, field: &Field, db_type: &str, diagnostics: &mut Diagnostics) {
    let (prefix, rest) = match db_type.find('(') {
        Some(i) => (&db_type[..i], &db_type[i + 1..]),
        None => (db_type, ""),
    };
    let Some(def) = native_type_def(prefix.trim()) else {
        return;
    };
    let params = match rest.find(')') {
        Some(end) if !rest.is_empty() => &rest[..end],
        _ => "",
    };
    let args: Vec<&str> = if params.is_empty() { Vec::new() } else { params.split(',').map(str::trim).collect() };
    if !args.iter().all(|a| a.parse::<u32>().is_ok()) {
        return;
    }
    let arity_ok = match def.args {
        NativeArgs::None => args.is_empty(),
        NativeArgs::OptionalOne => args.len() <= 1,
        NativeArgs::OptionalTwo => args.is_empty() || args.len() == 2,
    };
    if !arity_ok {
        return;
    }
    let written = if args.is_empty() { def.name.to_owned() } else { format!("{}({})", def.name, args.join(",")) };
    let prefix = schema.datasource.name.as_deref().unwrap_or("db");
    let scalar = def.scalar_types[0].name();
    diagnostics.push(
        Diagnostic::error(
            format!(
                "Error validating: The type `Unsupported(\"{db_type}\")` you specified in the type definition for the field `{}` is supported as a native type by Prisma. Please use the native type notation `{scalar} @{prefix}.{written}` for full support.",
                field.name
            ),
            field.span,
        )
        .with_help(format!("Write `{} {scalar} @{prefix}.{written}`.", field.name)),
    );
}

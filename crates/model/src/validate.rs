//! Checks on the resolved schema that need more than one attribute at a time.

use crate::schema::*;
use crate::types::{NativeArgs, ScalarType};
use prisma2sql_syntax::ast::Arity;
use prisma2sql_syntax::{Diagnostic, Diagnostics};
use std::collections::HashMap;

pub(crate) fn validate(schema: &Schema, diagnostics: &mut Diagnostics) {
    preview_features(schema, diagnostics);
    composite_types(schema, diagnostics);
    namespaces(schema, diagnostics);
    table_names(schema, diagnostics);
    enum_names(schema, diagnostics);
    for (i, model) in schema.models.iter().enumerate() {
        let id = ModelId(i as u32);
        model_names(model, diagnostics);
        fields(schema, id, model, diagnostics);
        identity(model, diagnostics);
        views(model, diagnostics);
        index_arguments(model, diagnostics);
    }
}

fn preview_features(schema: &Schema, diagnostics: &mut Diagnostics) {
    if !schema.datasource.extensions.is_empty() && !schema.has_preview_feature("postgresqlExtensions") {
        let span = schema.datasource.extensions[0].span;
        diagnostics.push(
            Diagnostic::error(
                "The `extensions` property is only available with the `postgresqlExtensions` preview feature.",
                span,
            )
            .with_help("Add `previewFeatures = [\"postgresqlExtensions\"]` to the generator block."),
        );
    }
    if !schema.has_preview_feature("views")
        && let Some(view) = schema.models.iter().find(|m| m.is_view())
    {
        diagnostics.push(
            Diagnostic::error("View definitions are only available with the `views` preview feature.", view.name_span)
                .with_help("Add `previewFeatures = [\"views\"]` to the generator block."),
        );
    }
}

fn composite_types(schema: &Schema, diagnostics: &mut Diagnostics) {
    for (name, span) in &schema.composite_types {
        diagnostics.push(Diagnostic::error(
            format!("Composite types are not supported on Postgres (`type {name}`); they exist only for MongoDB."),
            *span,
        ));
    }
}

fn namespaces(schema: &Schema, diagnostics: &mut Diagnostics) {
    let declared = &schema.datasource.schemas;
    let check = |what: &str, attr: Option<&(String, prisma2sql_syntax::Span)>, name_span, diagnostics: &mut Diagnostics| {
        match attr {
            Some((name, span)) => {
                if declared.is_empty() {
                    diagnostics.push(
                        Diagnostic::error(
                            "This schema is not defined in the datasource. Read more on `@@schema` at https://pris.ly/d/multi-schema",
                            *span,
                        )
                        .with_help("List the schemas in the datasource: `schemas = [\"...\"]`."),
                    );
                } else if !declared.iter().any(|(d, _)| d == name) {
                    diagnostics.push(Diagnostic::error(
                        "This schema is not defined in the datasource. Read more on `@@schema` at https://pris.ly/d/multi-schema",
                        *span,
                    ));
                }
            }
            None => {
                if !declared.is_empty() {
                    diagnostics.push(
                        Diagnostic::error(format!("This {what} is missing an `@@schema` attribute."), name_span)
                            .with_help("With `schemas` in the datasource, every model, view and enum names its schema."),
                    );
                }
            }
        }
    };
    for model in &schema.models {
        let what = if model.is_view() { "view" } else { "model" };
        check(what, model.schema.as_ref(), model.name_span, diagnostics);
    }
    for e in &schema.enums {
        check("enum", e.schema.as_ref(), e.name_span, diagnostics);
    }
}

fn table_names(schema: &Schema, diagnostics: &mut Diagnostics) {
    let mut seen: HashMap<(Option<&str>, &str), &Model> = HashMap::new();
    for model in &schema.models {
        let key = (model.schema_name(), model.db_name.as_str());
        if let Some(first) = seen.get(&key) {
            let span = model.mapped_name.as_ref().map_or(model.name_span, |(_, s)| *s);
            let what = if model.is_view() { "view" } else { "model" };
            diagnostics.error(
                format!(
                    "The {what} with database name \"{}\" could not be defined because another model or view with this name exists: \"{}\"",
                    model.db_name, first.name
                ),
                span,
            );
        } else {
            seen.insert(key, model);
        }
    }
}

fn enum_names(schema: &Schema, diagnostics: &mut Diagnostics) {
    let mut seen: HashMap<(Option<&str>, &str), &Enum> = HashMap::new();
    for e in &schema.enums {
        let key = (e.schema_name(), e.db_name.as_str());
        if let Some(first) = seen.get(&key) {
            diagnostics.error(
                format!(
                    "An enum with the same database name is already defined: \"{}\" maps to \"{}\" as \"{}\" does.",
                    e.name, e.db_name, first.name
                ),
                e.name_span,
            );
        } else {
            seen.insert(key, e);
        }
        let mut values: HashMap<&str, &str> = HashMap::new();
        for v in &e.values {
            if let Some(first) = values.insert(&v.db_name, &v.name) {
                diagnostics.error(
                    format!(
                        "The enum value \"{}\" of enum \"{}\" has the same database name \"{}\" as \"{}\".",
                        v.name, e.name, v.db_name, first
                    ),
                    v.span,
                );
            }
        }
    }
}

fn model_names(model: &Model, diagnostics: &mut Diagnostics) {
    let what = if model.is_view() { "View" } else { "Model" };
    name_characters(&model.name, what, model.name_span, diagnostics);
    for field in &model.fields {
        name_characters(&field.name, "Field", field.name_span, diagnostics);
    }
}

fn name_characters(name: &str, what: &str, span: prisma2sql_syntax::Span, diagnostics: &mut Diagnostics) {
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        diagnostics.error(format!("The name of a {} must not start with a number.", what.to_lowercase()), span);
    } else if name.contains('-') {
        diagnostics.error(format!("The character `-` is not allowed in {what} names."), span);
    }
}

fn fields(schema: &Schema, id: ModelId, model: &Model, diagnostics: &mut Diagnostics) {
    let mut names: HashMap<&str, ()> = HashMap::new();
    let mut columns: HashMap<&str, &Field> = HashMap::new();
    for field in &model.fields {
        if names.insert(&field.name, ()).is_some() {
            diagnostics.error(
                format!("Field \"{}\" is already defined on model \"{}\".", field.name, model.name),
                field.name_span,
            );
            continue;
        }
        if field.is_scalar() || true {
            // Relation fields have no column; only scalar fields are checked against each other.
        }
        if field.is_scalar()
            && !matches!(field.ty, FieldType::Composite(_))
            && let Some(first) = columns.insert(&field.db_name, field)
        {
            diagnostics.error(
                format!(
                    "Error validating model \"{}\": The field `{}` clashes with the field `{}`: both are stored in the column \"{}\".",
                    model.name, field.name, first.name, field.db_name
                ),
                field.mapped_name.as_ref().map_or(field.name_span, |(_, s)| *s),
            );
        }
        field_attributes(schema, id, model, field, diagnostics);
    }
}

fn field_attributes(schema: &Schema, _id: ModelId, model: &Model, field: &Field, diagnostics: &mut Diagnostics) {
    if field.updated_at && field.scalar_type() != Some(ScalarType::DateTime) {
        diagnostics.error(
            format!(
                "Error parsing attribute \"@updatedAt\": Fields that are marked with @updatedAt must be of type DateTime."
            ),
            field.span,
        );
    }
    if field.updated_at && field.is_list() {
        diagnostics.error(
            "Error parsing attribute \"@updatedAt\": Fields that are marked with @updatedAt cannot be lists.",
            field.span,
        );
    }
    if field.is_relation() {
        if let Some((_, span)) = &field.mapped_name {
            diagnostics.error(
                "Error parsing attribute \"@map\": The attribute `@map` cannot be used on relation fields.",
                *span,
            );
        }
        if let Some(default) = &field.default {
            diagnostics.error("Error parsing attribute \"@default\": Cannot set a default value on a relation field.", default.span);
        }
        if let Some((_, span)) = &field.native_type {
            diagnostics.error("Native types can only be used on scalar fields, not on relation fields.", *span);
        }
        return;
    }
    if let Some(default) = &field.default {
        default_value(schema, model, field, default, diagnostics);
    }
    if let Some((native, span)) = &field.native_type {
        native_arguments(native, *span, diagnostics);
        if matches!(field.ty, FieldType::Enum(_) | FieldType::Unsupported(_)) {
            diagnostics.error(
                format!("Native types can only be used on fields of a scalar type, not on `{}`.", field.name),
                *span,
            );
        }
    }
    if let FieldType::Unsupported(_) = field.ty
        && field.is_list()
        && false
    {
        // Lists of unsupported types are accepted by Prisma.
    }
}

fn native_arguments(native: &crate::types::NativeType, span: prisma2sql_syntax::Span, diagnostics: &mut Diagnostics) {
    let name = native.name();
    match (name, native.args.as_slice()) {
        ("Decimal", [precision, scale]) => {
            if scale > precision {
                diagnostics.error(
                    format!("The scale must not be larger than the precision for the Decimal({precision},{scale}) native type in Postgres."),
                    span,
                );
            }
            if *precision == 0 || *precision > 1000 {
                diagnostics.error(
                    format!("The precision of Decimal must be between 1 and 1000, not {precision}."),
                    span,
                );
            }
        }
        ("Timestamp" | "Timestamptz" | "Time" | "Timetz", [precision]) if *precision > 6 => {
            diagnostics.error(
                format!("Argument M is out of range for native type `{name}({precision})` of Postgres: M can range from 0 to 6."),
                span,
            );
        }
        ("VarChar" | "Char" | "Bit" | "VarBit", [0]) => {
            diagnostics.error(format!("The length of {name} must be at least 1."), span);
        }
        _ => {}
    }
    let _ = NativeArgs::None;
}

fn default_value(schema: &Schema, model: &Model, field: &Field, default: &DefaultValue, diagnostics: &mut Diagnostics) {
    let err = |message: String, diagnostics: &mut Diagnostics| {
        diagnostics.error(format!("Error parsing attribute \"@default\": {message}"), default.span);
    };
    let scalar = field.scalar_type();
    match &default.kind {
        DefaultKind::Autoincrement => {
            if !matches!(scalar, Some(ScalarType::Int | ScalarType::BigInt)) {
                err("The function `autoincrement()` cannot be used on fields of type `".to_owned() + type_name(schema, field) + "`.", diagnostics);
            } else if field.is_list() {
                err("The function `autoincrement()` cannot be used on list fields.".into(), diagnostics);
            }
        }
        DefaultKind::Now => {
            if scalar != Some(ScalarType::DateTime) {
                err(format!("The function `now()` cannot be used on fields of type `{}`.", type_name(schema, field)), diagnostics);
            }
        }
        DefaultKind::Uuid | DefaultKind::Cuid | DefaultKind::Ulid | DefaultKind::Nanoid => {
            if scalar != Some(ScalarType::String) {
                let f = match default.kind {
                    DefaultKind::Uuid => "uuid",
                    DefaultKind::Cuid => "cuid",
                    DefaultKind::Ulid => "ulid",
                    _ => "nanoid",
                };
                err(format!("The function `{f}()` cannot be used on fields of type `{}`.", type_name(schema, field)), diagnostics);
            }
        }
        DefaultKind::Sequence => err("The function `sequence()` is only available on CockroachDB.".into(), diagnostics),
        DefaultKind::Auto => err(
            "The current connector does not support the `auto()` function; it is for MongoDB.".into(),
            diagnostics,
        ),
        DefaultKind::DbGenerated(_) => {}
        DefaultKind::Value(value) => {
            if field.is_list() {
                match value {
                    Value::List(items) => {
                        for item in items {
                            literal(schema, field, item, &err, diagnostics);
                        }
                    }
                    _ => err(
                        "The default value of a list field must be a list, e.g. `[]` or `[\"a\", \"b\"]`.".into(),
                        diagnostics,
                    ),
                }
            } else {
                literal(schema, field, value, &err, diagnostics);
            }
        }
    }
    let _ = model;
}

fn literal(
    schema: &Schema,
    field: &Field,
    value: &Value,
    err: &dyn Fn(String, &mut Diagnostics),
    diagnostics: &mut Diagnostics,
) {
    let mismatch = |expected: &str, diagnostics: &mut Diagnostics| {
        err(format!("Expected {expected}, but found {}.", describe_value(value)), diagnostics);
    };
    match &field.ty {
        FieldType::Scalar(s) => match (s, value) {
            (ScalarType::String, Value::String(_)) => {}
            (ScalarType::String, _) => mismatch("a string value", diagnostics),
            (ScalarType::Boolean, Value::Boolean(_)) => {}
            (ScalarType::Boolean, _) => mismatch("a boolean value", diagnostics),
            (ScalarType::Int | ScalarType::BigInt, Value::Number(n)) => {
                if n.parse::<i64>().is_err() {
                    mismatch("an integer value", diagnostics);
                } else if *s == ScalarType::Int && n.parse::<i32>().is_err() {
                    err(format!("The value {n} does not fit in an Int (32 bits); use BigInt."), diagnostics);
                }
            }
            (ScalarType::Int | ScalarType::BigInt, _) => mismatch("an integer value", diagnostics),
            (ScalarType::Float | ScalarType::Decimal, Value::Number(_)) => {}
            (ScalarType::Decimal, Value::String(s)) if s.parse::<f64>().is_ok() => {}
            (ScalarType::Float | ScalarType::Decimal, _) => mismatch("a numeric value", diagnostics),
            (ScalarType::DateTime, Value::String(s)) => {
                if !crate::literals::parse_datetime(s).is_some() {
                    err(
                        format!("\"{s}\" is not a valid rfc3339 datetime string. (input contains invalid characters)"),
                        diagnostics,
                    );
                }
            }
            (ScalarType::DateTime, _) => mismatch("a date-time string or now()", diagnostics),
            (ScalarType::Json, Value::String(_)) => {}
            (ScalarType::Json, _) => mismatch("a string value", diagnostics),
            (ScalarType::Bytes, Value::String(s)) => {
                if crate::literals::decode_base64(s).is_none() {
                    err(format!("\"{s}\" is not a valid base64 string."), diagnostics);
                }
            }
            (ScalarType::Bytes, _) => mismatch("a base64 string", diagnostics),
        },
        FieldType::Enum(e) => {
            let e = schema.enum_(*e);
            match value {
                Value::EnumValue(v) => {
                    if e.find_value(v).is_none() {
                        err(format!("The defined default value `{v}` is not a valid value of the enum specified for the field."), diagnostics);
                    }
                }
                _ => err(
                    format!("Expected an enum value, but found {}.", describe_value(value)),
                    diagnostics,
                ),
            }
        }
        _ => {}
    }
}

fn describe_value(value: &Value) -> String {
    match value {
        Value::String(s) => format!("\"{s}\""),
        Value::Number(n) => n.clone(),
        Value::Boolean(b) => b.to_string(),
        Value::EnumValue(v) => v.clone(),
        Value::List(_) => "a list".into(),
    }
}

fn type_name<'a>(schema: &'a Schema, field: &'a Field) -> &'a str {
    match &field.ty {
        FieldType::Scalar(s) => s.name(),
        FieldType::Enum(e) => &schema.enum_(*e).name,
        FieldType::Model(m) => &schema.model(*m).name,
        FieldType::Unsupported(_) => "Unsupported",
        _ => "unknown",
    }
}

fn identity(model: &Model, diagnostics: &mut Diagnostics) {
    if model.ignored || model.is_view() {
        return;
    }
    let has_pk = model.primary_key.is_some();
    let has_required_unique = model.indexes.iter().any(|index| {
        index.kind == IndexKind::Unique
            && index.fields.iter().all(|f| {
                let field = &model.fields[f.field];
                field.arity == Arity::Required && !matches!(field.ty, FieldType::Unsupported(_))
            })
    });
    if !has_pk && !has_required_unique {
        diagnostics.error(
            format!(
                "Error validating model \"{}\": Each model must have at least one unique criteria that has only required fields. Either mark a single field with `@id`, `@unique` or add a multi field criterion with `@@id([])` or `@@unique([])` to the model.",
                model.name
            ),
            model.name_span,
        );
    }
    if let Some(pk) = &model.primary_key {
        for f in &pk.fields {
            let field = &model.fields[f.field];
            if field.arity != Arity::Required {
                diagnostics.error(
                    format!(
                        "Error parsing attribute \"@id\": Fields that are marked as id must be required."
                    ),
                    field.span,
                );
            }
        }
    }
}

fn views(model: &Model, diagnostics: &mut Diagnostics) {
    if !model.is_view() {
        return;
    }
    if let Some(pk) = &model.primary_key {
        diagnostics.error("Error validating: Views cannot have primary keys.", pk.span);
    }
    // Unique criteria are allowed: relations to a view refer to them.
    for index in model.indexes.iter().filter(|i| i.kind != IndexKind::Unique) {
        diagnostics.error("Error validating: Views cannot have indexes.", index.span);
    }
}

fn index_arguments(model: &Model, diagnostics: &mut Diagnostics) {
    for index in model.indexes.iter() {
        for f in &index.fields {
            if f.length.is_some() {
                diagnostics.error(
                    "The length argument is not supported in an index definition with the current connector",
                    f.span,
                );
            }
        }
        if index.clustered.is_some() {
            diagnostics.error("Defining clustering is not supported in the current connector.", index.span);
        }
    }
    if let Some(pk) = &model.primary_key {
        for f in &pk.fields {
            if f.length.is_some() {
                diagnostics.error(
                    "The length argument is not supported in the primary key with the current connector",
                    f.span,
                );
            }
            if f.sort.is_some() {
                diagnostics.error(
                    "The sort argument is not supported in the primary key with the current connector",
                    f.span,
                );
            }
        }
        if pk.clustered.is_some() {
            diagnostics.error("Defining clustering is not supported in the current connector.", pk.span);
        }
    }
}

//! Indexes and primary keys on PostgreSQL: what the connector supports, index types against
//! operator classes and field types, and the names Prisma Client derives from them.

use super::{attribute_error, index_attribute, model_error, primary_key_attribute};
use crate::schema::*;
use crate::types::{ScalarType, operator_class_def};
use prisma2sql_syntax::{Diagnostic, Diagnostics};

pub(super) fn validate(model: &Model, diagnostics: &mut Diagnostics) {
    if model.is_view() {
        return;
    }
    if let Some(pk) = &model.primary_key {
        primary_key(model, pk, diagnostics);
    }
    for index in &model.indexes {
        supported(index, diagnostics);
        xml_fields(model, index, diagnostics);
        if index.kind != IndexKind::Fulltext {
            operator_classes(model, index, diagnostics);
        }
    }
    client_names(model, diagnostics);
}

fn primary_key(model: &Model, pk: &PrimaryKey, diagnostics: &mut Diagnostics) {
    let attribute = primary_key_attribute(pk);
    if pk.fields.is_empty() {
        diagnostics.push(attribute_error(
            attribute,
            "The list of fields in an `@@id()` attribute cannot be empty. Please specify at least one field.",
            pk.span,
        ));
    }
    length_argument(&pk.fields, attribute, "the primary key", pk.span, diagnostics);
    if pk.fields.iter().any(|f| f.sort.is_some()) {
        diagnostics.push(
            attribute_error(
                attribute,
                "The sort argument is not supported in the primary key with the current connector",
                pk.span,
            )
            .with_help("Remove `sort`: a PostgreSQL primary key has no order."),
        );
    }
    if pk.clustered.is_some() {
        diagnostics.push(clustering(attribute, pk.span));
    }
    if pk.fields.len() > 1 {
        let generated = pk.fields.iter().map(|f| model.fields[f.field].name.as_str()).collect::<Vec<_>>().join("_");
        if model.fields.iter().any(|f| f.is_scalar() && f.name == generated) {
            diagnostics.push(model_error(
                model,
                format!(
                    "The field `{generated}` clashes with the `@@id` attribute's name. Please resolve the conflict by providing a custom id name: `@@id([...], name: \"custom_name\")`"
                ),
                pk.span,
            ));
        }
    }
}

/// `length:` on a field of a key or index: MySQL only.
fn length_argument(
    fields: &[IndexField],
    attribute: &str,
    what: &str,
    span: prisma2sql_syntax::Span,
    diagnostics: &mut Diagnostics,
) {
    if fields.iter().any(|f| f.length.is_some()) {
        diagnostics.push(
            attribute_error(
                attribute,
                format!("The length argument is not supported in {what} with the current connector"),
                span,
            )
            .with_help("`length` is for MySQL; PostgreSQL indexes whole values."),
        );
    }
}

fn clustering(attribute: &str, span: prisma2sql_syntax::Span) -> Diagnostic {
    attribute_error(attribute, "Defining clustering is not supported in the current connector.", span)
        .with_help("`clustered` is for SQL Server; remove it.")
}

/// What PostgreSQL cannot do with an index.
fn supported(index: &Index, diagnostics: &mut Diagnostics) {
    let attribute = index_attribute(index);
    if index.fields.is_empty() {
        diagnostics.push(attribute_error(
            attribute,
            "The list of fields in an index cannot be empty. Please specify at least one field.",
            index.span,
        ));
    }
    length_argument(&index.fields, attribute, "an index definition", index.span, diagnostics);
    if index.algorithm == Some(IndexAlgorithm::Hash) && index.fields.iter().any(|f| f.sort.is_some()) {
        diagnostics.push(
            attribute_error(attribute, "Hash type does not support sort option.", index.span)
                .with_help("Remove `sort`, or use a BTree index."),
        );
    }
    if index.kind == IndexKind::Fulltext {
        diagnostics.push(
            attribute_error(attribute, "Defining fulltext indexes is not supported with the current connector.", index.span)
                .with_help("`@@fulltext` is for MySQL and MongoDB; on PostgreSQL use a Gin index or `@@index` with `raw` operator classes."),
        );
    }
    if index.clustered.is_some() {
        diagnostics.push(clustering(attribute, index.span));
    }
    if index.kind != IndexKind::Normal && index.fields.iter().any(|f| f.ops.is_some()) {
        diagnostics.push(
            attribute_error(
                attribute,
                "Operator classes can only be defined to fields in an @@index attribute.",
                index.span,
            )
            .with_help("Move the operator class to an `@@index`."),
        );
    }
    if index.algorithm == Some(IndexAlgorithm::SpGist) && index.fields.len() > 1 {
        diagnostics.push(attribute_error(attribute, "SpGist does not support multi-column indices.", index.span));
    }
}

/// PostgreSQL has no operators to index `xml` values with.
fn xml_fields(model: &Model, index: &Index, diagnostics: &mut Diagnostics) {
    let xml = index.fields.iter().map(|f| &model.fields[f.field]).find(|f| native_name(f) == Some("Xml"));
    if let Some(field) = xml {
        let message = if index.kind == IndexKind::Unique {
            "Native type `Xml` cannot be unique in Postgres."
        } else {
            "You cannot define an index on fields with native type `Xml` of Postgres."
        };
        diagnostics.push(Diagnostic::error(message, field.span).with_help("PostgreSQL cannot compare `xml` values."));
    }
}

fn native_name(field: &Field) -> Option<&'static str> {
    field.native_type.as_ref().map(|(n, _)| n.name())
}

/// Operator classes (written or default) against the index type and each field's type.
fn operator_classes(model: &Model, index: &Index, diagnostics: &mut Diagnostics) {
    let algorithm = index.algorithm.unwrap_or(IndexAlgorithm::BTree);
    let attribute = index_attribute(index);
    for index_field in &index.fields {
        let field = &model.fields[index_field.field];
        let op = match &index_field.ops {
            Some(OperatorClass::Raw(_)) => continue,
            Some(OperatorClass::Named(name)) => Some(name.as_str()),
            None => None,
        };
        if let Some(op) = op
            && operator_class_def(op).is_some_and(|def| !def.algorithms.contains(&algorithm))
        {
            diagnostics.push(
                attribute_error(
                    attribute,
                    format!(
                        "The given operator class `{op}` is not supported with the `{}` index type.",
                        algorithm.name()
                    ),
                    index.span,
                )
                .with_help(format!("`{op}` works with {} indexes.", algorithms_of(op))),
            );
            continue;
        }
        if let Err(message) = field_fits(algorithm, field, op) {
            diagnostics.push(attribute_error(attribute, message, index.span));
        }
    }
}

fn algorithms_of(op: &str) -> String {
    operator_class_def(op)
        .map(|def| def.algorithms.iter().map(|a| a.name()).collect::<Vec<_>>().join(" or "))
        .unwrap_or_default()
}

/// Prisma's rules for one field of a GiST, GIN, SP-GiST or BRIN index.
fn field_fits(algorithm: IndexAlgorithm, field: &Field, op: Option<&str>) -> Result<(), String> {
    let native = native_name(field);
    let scalar = field.scalar_type();
    let not_of = |ty: &str| {
        Err(format!(
            "The given operator class `{}` points to the field `{}` that is not of {ty} type.",
            op.unwrap_or_default(),
            field.name
        ))
    };
    match algorithm {
        IndexAlgorithm::BTree | IndexAlgorithm::Hash => Ok(()),
        IndexAlgorithm::Gist => match (native, op) {
            (Some("Inet"), Some("InetOps")) => Ok(()),
            _ => generic(algorithm, field, native, op),
        },
        IndexAlgorithm::Gin => match (native, op) {
            (None, None) if scalar == Some(ScalarType::Json) => Ok(()),
            (_, None) if field.is_list() => Ok(()),
            (Some("JsonB"), None | Some("JsonbOps" | "JsonbPathOps")) => Ok(()),
            (None, Some("JsonbOps" | "JsonbPathOps")) if scalar == Some(ScalarType::Json) => Ok(()),
            (None, Some("JsonbOps" | "JsonbPathOps")) => not_of("Json"),
            (_, Some("ArrayOps")) if field.is_list() => Ok(()),
            (_, Some("ArrayOps")) => Err(format!(
                "The given operator class `ArrayOps` expects the type of field `{}` to be an array.",
                field.name
            )),
            _ => generic(algorithm, field, native, op),
        },
        IndexAlgorithm::SpGist => match (native, op) {
            (Some("Inet"), None | Some("InetOps")) => Ok(()),
            (None, None) if scalar == Some(ScalarType::String) => Ok(()),
            (None, Some("TextOps")) if scalar == Some(ScalarType::String) => Ok(()),
            (None, Some("TextOps")) => not_of("String"),
            (Some("Text" | "VarChar" | "Char"), None | Some("TextOps")) => Ok(()),
            _ => generic(algorithm, field, native, op),
        },
        IndexAlgorithm::Brin => brin(field, native, op),
    }
}

/// BRIN operator classes by native type; a field of that native type may also have none.
const BRIN_BY_NATIVE_TYPE: &[(&str, &[&str])] = &[
    ("Bit", &["BitMinMaxOps"]),
    ("VarBit", &["VarBitMinMaxOps"]),
    ("Char", &["BpcharBloomOps", "BpcharMinMaxOps"]),
    ("Date", &["DateBloomOps", "DateMinMaxOps", "DateMinMaxMultiOps"]),
    ("Real", &["Float4BloomOps", "Float4MinMaxOps", "Float4MinMaxMultiOps"]),
    ("DoublePrecision", &["Float8BloomOps", "Float8MinMaxOps", "Float8MinMaxMultiOps"]),
    ("Inet", &["InetInclusionOps", "InetBloomOps", "InetMinMaxOps", "InetMinMaxMultiOps"]),
    ("SmallInt", &["Int2BloomOps", "Int2MinMaxOps", "Int2MinMaxMultiOps"]),
    ("Integer", &["Int4BloomOps", "Int4MinMaxOps", "Int4MinMaxMultiOps"]),
    ("BigInt", &["Int8BloomOps", "Int8MinMaxOps", "Int8MinMaxMultiOps"]),
    ("Decimal", &["NumericBloomOps", "NumericMinMaxOps", "NumericMinMaxMultiOps"]),
    ("Oid", &["OidBloomOps", "OidMinMaxOps", "OidMinMaxMultiOps"]),
    ("ByteA", &["ByteaBloomOps", "ByteaMinMaxOps"]),
    ("Text", &["TextBloomOps", "TextMinMaxOps"]),
    ("VarChar", &["TextBloomOps", "TextMinMaxOps"]),
    ("Timestamp", &["TimestampBloomOps", "TimestampMinMaxOps", "TimestampMinMaxMultiOps"]),
    ("Timestamptz", &["TimestampTzBloomOps", "TimestampTzMinMaxOps", "TimestampTzMinMaxMultiOps"]),
    ("Time", &["TimeBloomOps", "TimeMinMaxOps", "TimeMinMaxMultiOps"]),
    ("Timetz", &["TimeTzBloomOps", "TimeTzMinMaxOps", "TimeTzMinMaxMultiOps"]),
    ("Uuid", &["UuidBloomOps", "UuidMinMaxOps", "UuidMinMaxMultiOps"]),
];

/// BRIN operator classes for fields without a native type, by scalar type.
const BRIN_BY_SCALAR_TYPE: &[(ScalarType, &[&str])] = &[
    (ScalarType::Float, &["Float8BloomOps", "Float8MinMaxOps", "Float8MinMaxMultiOps"]),
    (ScalarType::Int, &["Int4BloomOps", "Int4MinMaxOps", "Int4MinMaxMultiOps"]),
    (ScalarType::BigInt, &["Int8BloomOps", "Int8MinMaxOps", "Int8MinMaxMultiOps"]),
    (ScalarType::Decimal, &["NumericBloomOps", "NumericMinMaxOps", "NumericMinMaxMultiOps"]),
    (ScalarType::Bytes, &["ByteaBloomOps", "ByteaMinMaxOps"]),
    (ScalarType::String, &["TextBloomOps", "TextMinMaxOps"]),
    (ScalarType::DateTime, &["TimestampBloomOps", "TimestampMinMaxOps", "TimestampMinMaxMultiOps"]),
];

fn brin(field: &Field, native: Option<&str>, op: Option<&str>) -> Result<(), String> {
    let scalar = field.scalar_type();
    match native {
        Some(nt) => {
            let allowed = BRIN_BY_NATIVE_TYPE.iter().find(|(n, _)| *n == nt);
            match (allowed, op) {
                (Some(_), None) => Ok(()),
                (Some((_, ops)), Some(op)) if ops.contains(&op) => Ok(()),
                _ => generic(IndexAlgorithm::Brin, field, native, op),
            }
        }
        None => match op {
            None if BRIN_BY_SCALAR_TYPE.iter().any(|(s, _)| Some(*s) == scalar) => Ok(()),
            None => generic(IndexAlgorithm::Brin, field, native, op),
            Some(op) => match BRIN_BY_SCALAR_TYPE.iter().find(|(_, ops)| ops.contains(&op)) {
                Some((s, _)) if Some(*s) == scalar => Ok(()),
                Some((s, _)) => Err(format!(
                    "The given operator class `{op}` points to the field `{}` that is not of {} type.",
                    field.name,
                    s.name()
                )),
                None => generic(IndexAlgorithm::Brin, field, native, Some(op)),
            },
        },
    }
}

/// The errors shared by the index types, by what the field has.
fn generic(algorithm: IndexAlgorithm, field: &Field, native: Option<&str>, op: Option<&str>) -> Result<(), String> {
    let algo = algorithm.name();
    match (native, op) {
        (Some(nt), Some(op)) => Err(format!(
            "The given operator class `{op}` does not support native type `{nt}` of field `{}`.",
            field.name
        )),
        (Some(nt), None) => Err(format!("The {algo} index field type `{nt}` has no default operator class.")),
        (None, Some(op)) => Err(format!(
            "The given operator class `{op}` expects the field `{}` to define a valid native type.",
            field.name
        )),
        (None, None) if supports_field_type(algorithm, field) => Ok(()),
        (None, None) => Err(format!("The {algo} index type does not support the type of the field `{}`.", field.name)),
    }
}

/// Whether an index type can index a field of this type without an operator class.
fn supports_field_type(algorithm: IndexAlgorithm, field: &Field) -> bool {
    if matches!(field.ty, FieldType::Unsupported(_)) {
        return true;
    }
    let scalar = field.scalar_type();
    let is = |s: ScalarType| scalar == Some(s);
    match algorithm {
        IndexAlgorithm::BTree | IndexAlgorithm::Hash => true,
        IndexAlgorithm::Gist | IndexAlgorithm::SpGist => is(ScalarType::String),
        IndexAlgorithm::Gin => is(ScalarType::Json) || field.is_list(),
        IndexAlgorithm::Brin => BRIN_BY_SCALAR_TYPE.iter().any(|(s, _)| is(*s)),
    }
}

/// Prisma Client names compound ids and uniques; those names must not clash with fields or
/// with each other.
fn client_names(model: &Model, diagnostics: &mut Diagnostics) {
    let scalar_named = |name: &str| model.fields.iter().any(|f| f.is_scalar() && f.name == name);
    let any_named = |name: &str| model.fields.iter().any(|f| f.name == name);
    let pk_name = model.primary_key.as_ref().and_then(|pk| pk.client_name.as_deref());
    let unique_names: Vec<&str> =
        model.indexes.iter().filter(|i| i.kind == IndexKind::Unique).filter_map(|i| i.client_name.as_deref()).collect();
    for (name, attribute) in
        pk_name.map(|n| (n, "@@id")).into_iter().chain(unique_names.iter().map(|n| (*n, "@@unique")))
    {
        if any_named(name) {
            diagnostics.push(
                model_error(
                    model,
                    format!(
                        "The custom name `{name}` specified for the `{attribute}` attribute is already used as a name for a field. Please choose a different name."
                    ),
                    model.name_span,
                )
                .with_help("Prisma Client would have two members with this name."),
            );
        }
    }
    let all_names: Vec<&str> = pk_name.into_iter().chain(unique_names.iter().copied()).collect();
    let duplicated = |name: &str| all_names.iter().filter(|n| **n == name).count() > 1;
    if let Some(pk) = &model.primary_key
        && pk.client_name.as_deref().is_some_and(duplicated)
    {
        diagnostics.push(duplicate_client_name(
            primary_key_attribute(pk),
            pk.client_name.as_deref().unwrap_or_default(),
            pk.span,
        ));
    }
    for index in model.indexes.iter().filter(|i| i.kind == IndexKind::Unique) {
        if let Some(name) = index.client_name.as_deref()
            && duplicated(name)
        {
            diagnostics.push(duplicate_client_name(
                index_attribute(index),
                name,
                index.client_name_span.unwrap_or(index.span),
            ));
        }
        if index.fields.len() > 1 {
            let generated =
                index.fields.iter().map(|f| model.fields[f.field].name.as_str()).collect::<Vec<_>>().join("_");
            if scalar_named(&generated) {
                diagnostics.push(model_error(
                    model,
                    format!(
                        "The field `{generated}` clashes with the `@@unique` name. Please resolve the conflict by providing a custom id name: `@@unique([...], name: \"custom_name\")`"
                    ),
                    index.span,
                ));
            }
        }
    }
}

fn duplicate_client_name(attribute: &str, name: &str, span: prisma2sql_syntax::Span) -> Diagnostic {
    attribute_error(
        attribute,
        format!(
            "The given custom name `{name}` has to be unique on the model. Please provide a different name for the `name` argument."
        ),
        span,
    )
}

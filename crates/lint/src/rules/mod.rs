//! The registry of rules, and what several rules share.

mod cascade_into_restrict;
mod citext_without_extension;
mod default_references_column;
mod extension_type_without_extension;
mod fk_type_mismatch;
mod fk_without_index;
mod index_type_mismatch;
mod join_model_without_unique_pair;
mod no_database_foreign_keys;
mod redundant_index;
mod required_cycle;
mod restrict_by_default;
mod set_default_without_default;
mod set_null_on_required;
mod trigram_without_pg_trgm;

use crate::{Finding, Lint};
use prisma2sql_model::types::default_native_type;
use prisma2sql_model::{Field, FieldType, Model, NativeType, RelationAttribute};
use prisma2sql_relations::{Relation, RelationId};
use prisma2sql_syntax::{Severity, Span};

/// A lint rule.
pub struct Rule {
    /// Stable: never reused for another rule.
    pub code: &'static str,
    /// Kebab-case, also accepted wherever a code is.
    pub name: &'static str,
    pub severity: Severity,
    /// One line.
    pub summary: &'static str,
    /// One paragraph: why it matters and what to do.
    pub explanation: &'static str,
    /// Findings on the corpus of real-world schemas the rule was checked against (see
    /// docs/lints.md).
    pub corpus_findings: usize,
    pub check: fn(&Lint, &mut Vec<Finding>),
}

/// Every rule, by code.
pub const RULES: &[&Rule] = &[
    &fk_without_index::RULE,
    &no_database_foreign_keys::RULE,
    &restrict_by_default::RULE,
    &set_null_on_required::RULE,
    &set_default_without_default::RULE,
    &required_cycle::RULE,
    &cascade_into_restrict::RULE,
    &citext_without_extension::RULE,
    &trigram_without_pg_trgm::RULE,
    &fk_type_mismatch::RULE,
    &join_model_without_unique_pair::RULE,
    &redundant_index::RULE,
    &extension_type_without_extension::RULE,
    &default_references_column::RULE,
    &index_type_mismatch::RULE,
];

/// The rule with this code (any case) or name.
pub fn find_rule(code_or_name: &str) -> Option<&'static Rule> {
    RULES.iter().copied().find(|r| r.code.eq_ignore_ascii_case(code_or_name) || r.name == code_or_name)
}

/// The relation field holding `@relation(fields: ...)` of a relation with a foreign key.
fn referencing_field<'a>(lint: &'a Lint, relation: &Relation) -> Option<(&'a Model, &'a Field, &'a RelationAttribute)> {
    let fk = relation.foreign_key()?;
    let field_id = relation.fields().into_iter().find(|f| f.model == fk.model)?;
    let model = lint.schema.model(field_id.model);
    let field = lint.schema.field(field_id);
    Some((model, field, field.relation.as_ref()?))
}

/// Where a relation is written: its `@relation(...)` attribute.
fn relation_span(lint: &Lint, id: RelationId) -> Option<Span> {
    referencing_field(lint, lint.relations.get(id)).map(|(_, _, attr)| attr.span)
}

/// The `@db.` type of a scalar field, written or Prisma's default; `None` for enums and the like.
fn native_type(field: &Field) -> Option<NativeType> {
    match (&field.native_type, &field.ty) {
        (Some((native, _)), _) => Some(native.clone()),
        (None, FieldType::Scalar(scalar)) => Some(default_native_type(*scalar)),
        _ => None,
    }
}

/// A native type as PostgreSQL names it in its errors: `text`, `timestamp`.
fn sql_name(native: &NativeType) -> String {
    native.def.sql.to_ascii_lowercase()
}

/// `Post.author`.
fn field_path(model: &Model, field: &Field) -> String {
    format!("{}.{}", model.name, field.name)
}

/// `authorId, tenantId`: field names as a schema writes them in a list.
fn field_names(model: &Model, fields: &[usize]) -> String {
    fields.iter().map(|i| model.fields[*i].name.as_str()).collect::<Vec<_>>().join(", ")
}

/// The `@relation(...)` text with `argument` set: replaced when the attribute has it, added
/// before the closing parenthesis otherwise.
fn with_argument(lint: &Lint, attr: &RelationAttribute, name: &str, value: &str) -> String {
    let text = lint.sources.text(attr.span);
    let existing = match name {
        "onDelete" => attr.on_delete.map(|(_, span)| span),
        "onUpdate" => attr.on_update.map(|(_, span)| span),
        _ => None,
    };
    if let Some(span) = existing {
        let start = (span.start - attr.span.start) as usize;
        let end = (span.end - attr.span.start) as usize;
        if let (Some(before), Some(after)) = (text.get(..start), text.get(end..)) {
            return format!("{before}{value}{after}");
        }
    }
    match text.strip_suffix(')') {
        Some(inner) => format!("{}, {name}: {value})", inner.trim_end().trim_end_matches(',')),
        None => format!("{text}({name}: {value})"),
    }
}

/// A severity as a word.
pub fn severity_word(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// How to declare a PostgreSQL extension in this schema.
fn extension_fix(lint: &Lint, extension: &str) -> String {
    let mut steps = Vec::new();
    if lint.schema.datasource.extensions.is_empty() {
        steps.push(format!("add `extensions = [{extension}]` to the datasource"));
    } else {
        steps.push(format!("add `{extension}` to the datasource's `extensions = [...]`"));
    }
    if !lint.schema.has_preview_feature("postgresqlExtensions") {
        steps.push("`previewFeatures = [\"postgresqlExtensions\"]` to the generator".to_owned());
    }
    format!("declare the extension so that the DDL creates it: {}", steps.join(" and "))
}

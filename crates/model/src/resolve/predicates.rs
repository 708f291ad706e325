//! `where:` of `@unique`, `@@unique` and `@@index`: the predicate of a partial index (preview
//! feature `partialIndexes`), either `raw("...")` SQL or an object of conditions on the model's
//! fields (`{ active: true, deletedAt: null, rank: { not: null } }`).

use super::Resolver;
use crate::args::{Args, type_mismatch};
use crate::schema::*;
use crate::types::ScalarType;
use prisma2sql_syntax::Span;
use prisma2sql_syntax::ast::{Expr, FunctionCall, ObjectEntry};

const EXPECTED_VALUE: &str = "Expected true, false, null, a string, a number, or an object like { not: null }.";

impl Resolver<'_> {
    /// The `where:` argument, if written. The preview feature is asked for only once the predicate
    /// itself is valid, and only when the rest of the schema resolves too, as Prisma does.
    pub(super) fn where_argument(&mut self, model: &Model, args: &mut Args<'_>) -> Option<WhereClause> {
        let expr = args.optional("where")?;
        let clause = match expr {
            Expr::Function(call) if call.name.name == "raw" => self.raw_predicate(args, call)?,
            Expr::Object(entries, span) => match object_predicate(model, entries, *span) {
                Ok(conditions) => WhereClause::Conditions(conditions),
                Err((message, span)) => {
                    let mut diagnostic = args.error(message, span);
                    if let Some(help) = unknown_field_help(model, entries, span) {
                        diagnostic = diagnostic.with_help(help);
                    }
                    self.diagnostics.push(diagnostic);
                    return None;
                }
            },
            other => {
                if !matches!(other, Expr::Function(_)) {
                    self.diagnostics.push(type_mismatch("function", other));
                }
                self.diagnostics.push(args.error_here(
                    "The `where` argument must be either a raw() function call or an object literal, e.g. `where: raw(\"status = 'active'\")` or `where: { active: true }`.",
                ));
                return None;
            }
        };
        if !self.schema.has_preview_feature("partialIndexes") {
            self.checks.push(
                args.error_here("Partial indexes are a preview feature. Add \"partialIndexes\" to previewFeatures in your generator block.")
                    .with_help("Add `previewFeatures = [\"partialIndexes\"]` to the generator block."),
            );
            return None;
        }
        Some(clause)
    }

    /// `raw("...")`: its first argument, which must be a non-empty string.
    fn raw_predicate(&mut self, args: &Args<'_>, call: &FunctionCall) -> Option<WhereClause> {
        let Some(first) = call.arguments.items.first() else {
            self.diagnostics.push(args.error_here(
                "The `where` argument must be a raw() function with a string argument, e.g. `where: raw(\"status = 'active'\")`.",
            ));
            return None;
        };
        match &first.value {
            Expr::String(s, _) if s.is_empty() => {
                self.diagnostics.push(args.error_here("The `where` argument cannot contain an empty string."));
                None
            }
            Expr::String(s, _) => Some(WhereClause::Raw(s.clone())),
            other => {
                self.diagnostics.push(type_mismatch("string", other));
                self.diagnostics.push(args.error_here(
                    "The `where` argument must be a raw() function with a string argument, e.g. `where: raw(\"status = 'active'\")`.",
                ));
                None
            }
        }
    }
}

/// The conditions of `{ field: value, ... }`, or the first problem found and where it is.
fn object_predicate(model: &Model, entries: &[ObjectEntry], span: Span) -> Result<Vec<WhereCondition>, (String, Span)> {
    if entries.is_empty() {
        return Err(("The `where` argument cannot be an empty object.".into(), span));
    }
    entries.iter().map(|entry| condition(model, entry)).collect()
}

fn condition(model: &Model, entry: &ObjectEntry) -> Result<WhereCondition, (String, Span)> {
    let name = entry.key.name.as_str();
    let Some(index) = model.find_field(name) else {
        return Err((format!("Field '{name}' does not exist in model '{}'.", model.name), entry.key.span));
    };
    let field = &model.fields[index];
    if field.is_relation() {
        return Err((
            format!("Field '{name}' is a relation field. Only scalar fields can be used in the where clause."),
            entry.key.span,
        ));
    }
    let (negated, value_expr) = match &entry.value {
        Expr::Object(nested, span) => match nested.as_slice() {
            [only] if only.key.name == "not" => (true, &only.value),
            [only] => {
                return Err((
                    format!("Unknown key '{}' in nested where clause object. Only 'not' is supported.", only.key.name),
                    only.key.span,
                ));
            }
            _ => {
                return Err((
                    "Nested object in where clause must have exactly one key. Use `{ not: null }` or `{ not: \"value\" }`.".into(),
                    *span,
                ));
            }
        },
        other => (false, other),
    };
    let value = where_value(value_expr)?;
    check_type(field, &value).map_err(|message| (message, value_expr.span()))?;
    Ok(WhereCondition { field: index, negated, value })
}

/// `Did you mean ...?` when the problem is a key that names no field of the model.
fn unknown_field_help(model: &Model, entries: &[ObjectEntry], span: Span) -> Option<String> {
    let entry = entries.iter().find(|e| e.key.span == span)?;
    if model.find_field(&entry.key.name).is_some() {
        return None;
    }
    let key = entry.key.name.as_str();
    if key == "not" {
        return Some("`not` goes inside the value of a field: `{ deletedAt: { not: null } }`.".into());
    }
    if let Some(field) = model.fields.iter().find(|f| f.db_name() == key) {
        return Some(format!(
            "`{key}` is the column of the field `{}`: the keys are field names, not column names.",
            field.name
        ));
    }
    let names = model.fields.iter().filter(|f| f.is_scalar()).map(|f| f.name.as_str());
    let close = crate::names::closest(key, names)?;
    Some(format!("Did you mean `{close}`?"))
}

fn where_value(expr: &Expr) -> Result<WhereValue, (String, Span)> {
    match expr {
        Expr::Constant(c, _) if c == "null" => Ok(WhereValue::Null),
        Expr::Constant(c, _) if c == "true" => Ok(WhereValue::Boolean(true)),
        Expr::Constant(c, _) if c == "false" => Ok(WhereValue::Boolean(false)),
        Expr::Constant(c, span) => Err((format!("Invalid value '{c}' in where clause. {EXPECTED_VALUE}"), *span)),
        Expr::Number(n, _) => Ok(WhereValue::Number(n.clone())),
        Expr::String(s, _) => Ok(WhereValue::String(s.clone())),
        other => Err((format!("Invalid value in where clause. {EXPECTED_VALUE}"), other.span())),
    }
}

/// Whether the field can be compared with the value: `null` goes with every field, strings with
/// text, dates and enums, numbers with numeric fields, booleans with booleans.
fn check_type(field: &Field, value: &WhereValue) -> Result<(), String> {
    let name = &field.name;
    let ty = match (&field.ty, value) {
        (_, WhereValue::Null) => return Ok(()),
        (FieldType::Unsupported(_), _) => {
            return Err(format!(
                "Field '{name}' is an unsupported type and cannot be used in the object syntax of a where clause. Use raw() instead."
            ));
        }
        (FieldType::Enum(_), WhereValue::String(_)) => return Ok(()),
        (FieldType::Enum(_), _) => {
            return Err(format!(
                "Type mismatch: field '{name}' is an Enum and only accepts String values in the where clause."
            ));
        }
        (FieldType::Scalar(ty), _) => *ty,
        _ => return Ok(()),
    };
    let fits = match value {
        WhereValue::Null => true,
        WhereValue::Boolean(_) => ty == ScalarType::Boolean,
        WhereValue::Number(_) => ty.is_numeric(),
        WhereValue::String(_) => matches!(ty, ScalarType::String | ScalarType::DateTime),
    };
    if fits {
        return Ok(());
    }
    let what = match value {
        WhereValue::Boolean(_) => "Boolean",
        WhereValue::Number(_) => "a Number",
        _ => "a String",
    };
    Err(format!("Type mismatch: field '{name}' is of type {ty}, but the value is {what}."))
}

//! What the datasource and the preview features allow: extensions, views, composite types and
//! multiple schemas.

use super::model_error;
use crate::names::identifier_problem;
use crate::schema::*;
use prisma2sql_syntax::{Diagnostic, Diagnostics, Span};

pub(super) fn validate(schema: &Schema, diagnostics: &mut Diagnostics) {
    extensions(schema, diagnostics);
    views_feature(schema, diagnostics);
    for (_, span) in &schema.composite_types {
        diagnostics.push(
            Diagnostic::error("Error validating: Composite types are not supported on Postgres.", *span)
                .with_help("Composite types (`type X { ... }`) exist for MongoDB only; use a model with a relation, or a Json field."),
        );
    }
    namespaces(schema, diagnostics);
}

fn extensions(schema: &Schema, diagnostics: &mut Diagnostics) {
    let Some(span) = schema.datasource.extensions_span else {
        return;
    };
    if !schema.has_preview_feature("postgresqlExtensions") {
        diagnostics.push(
            Diagnostic::error(
                "The `extensions` property is only available with the `postgresqlExtensions` preview feature.",
                span,
            )
            .with_help("Add `previewFeatures = [\"postgresqlExtensions\"]` to the generator block."),
        );
        return;
    }
    for ext in &schema.datasource.extensions {
        let problem = if ext.name.is_empty() {
            Some("The name of an extension must not be empty.".to_owned())
        } else {
            identifier_problem(&ext.name, "extension").map(|p| p.replace("a extension", "an extension"))
        };
        if let Some(problem) = problem {
            let mut name = ext.name.replace('-', "_");
            if !name.starts_with(|c: char| c.is_alphabetic()) {
                name.insert_str(0, "ext_");
            }
            diagnostics.push(Diagnostic::error(format!("Error validating: {problem}"), ext.span).with_help(format!(
                "Name it as an identifier and give its real name with `map`: `{name}(map: \"{}\")`.",
                ext.database_name()
            )));
        }
    }
}

fn views_feature(schema: &Schema, diagnostics: &mut Diagnostics) {
    if schema.has_preview_feature("views") {
        return;
    }
    for view in schema.models.iter().filter(|m| m.is_view()) {
        diagnostics.push(
            Diagnostic::error(
                "Error validating: View definitions are only available with the `views` preview feature.",
                view.name_span,
            )
            .with_help("Add `previewFeatures = [\"views\"]` to the generator block."),
        );
    }
}

/// `@@schema` names a schema of `schemas = [...]`, and every model, view and enum has one when
/// the datasource lists schemas.
fn namespaces(schema: &Schema, diagnostics: &mut Diagnostics) {
    let declared = &schema.datasource.schemas;
    let listed = schema.datasource.schemas_span.is_some();
    // The message for a missing `@@schema` is made only when one is missing.
    let mut check = |attr: Option<&(String, Span)>, missing: &dyn Fn() -> Diagnostic| match attr {
        Some((name, span)) if !declared.iter().any(|(d, _)| d == name) => {
            let help = if declared.is_empty() {
                format!("List it in the datasource: `schemas = [\"{name}\"]`.")
            } else {
                let names: Vec<String> = declared.iter().map(|(d, _)| format!("\"{d}\"")).collect();
                format!("The datasource lists {}.", names.join(", "))
            };
            diagnostics.push(
                Diagnostic::error(
                    "This schema is not defined in the datasource. Read more on `@@schema` at https://pris.ly/d/multi-schema",
                    *span,
                )
                .with_help(help),
            );
        }
        Some(_) => {}
        None if listed => diagnostics.push(missing()),
        None => {}
    };
    for model in &schema.models {
        check(model.schema.as_ref(), &|| {
            let what = if model.is_view() { "view" } else { "model" };
            model_error(model, format!("This {what} is missing an `@@schema` attribute."), model.name_span).with_help(
                "With `schemas` in the datasource, every model, view and enum names its schema: `@@schema(\"...\")`.",
            )
        });
    }
    for e in &schema.enums {
        check(e.schema.as_ref(), &|| {
            Diagnostic::error("This enum is missing an `@@schema` attribute.", e.name_span).with_help(
                "With `schemas` in the datasource, every model, view and enum names its schema: `@@schema(\"...\")`.",
            )
        });
    }
}

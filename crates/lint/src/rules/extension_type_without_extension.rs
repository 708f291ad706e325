//! P2S013: an `Unsupported("...")` type that an undeclared extension provides.

use super::{Rule, extension_fix};
use crate::{Finding, Lint};
use prisma2sql_model::FieldType;
use prisma2sql_syntax::Severity;

pub const RULE: Rule = Rule {
    code: "P2S013",
    name: "extension-type-without-extension",
    severity: Severity::Error,
    summary: "An `Unsupported(\"...\")` type from an extension the datasource does not declare (PostGIS, pgvector...)",
    explanation: "Types such as `geometry` and `geography` (PostGIS), `vector` (pgvector), `hstore`, `ltree` or `citext` exist only once their extension is installed. Without `extensions = [...]` in the datasource (with the `postgresqlExtensions` preview feature), the DDL does not create the extension, and CREATE TABLE fails on a fresh database with `type \"...\" does not exist`. Declare the extension; on a hosted database also check that it is available there.",
    corpus_findings: 2,
    check,
};

/// Extensions and the types they bring.
const EXTENSION_TYPES: &[(&str, &[&str])] = &[
    ("postgis", &["geometry", "geography", "box2d", "box3d", "raster"]),
    ("vector", &["vector", "halfvec", "sparsevec"]),
    ("hstore", &["hstore"]),
    ("ltree", &["ltree", "lquery", "ltxtquery"]),
    ("citext", &["citext"]),
    ("cube", &["cube"]),
    ("isn", &["isbn", "isbn13", "issn", "issn13", "ean13", "upc", "ismn", "ismn13"]),
];

/// `"public".geography`, `geometry(Point, 4326)`, `vector(1536)[]` → the bare type name.
fn type_name(db_type: &str) -> String {
    let head = db_type.split(['(', '[']).next().unwrap_or_default();
    let last = head.rsplit('.').next().unwrap_or_default();
    last.trim().trim_matches('"').to_ascii_lowercase()
}

fn check(lint: &Lint, out: &mut Vec<Finding>) {
    let declared = |extension: &str| lint.schema.datasource.extensions.iter().any(|e| e.database_name() == extension);
    for model in &lint.schema.models {
        for field in &model.fields {
            let FieldType::Unsupported(db_type) = &field.ty else { continue };
            let name = type_name(db_type);
            let Some((extension, _)) = EXTENSION_TYPES.iter().find(|(_, types)| types.contains(&name.as_str())) else {
                continue;
            };
            if declared(extension) {
                continue;
            }
            out.push(
                Finding::new(
                    &RULE,
                    field.type_span,
                    format!(
                        "`{}.{}` is `{name}`, a type of the `{extension}` extension, which the datasource does not declare",
                        model.name, field.name
                    ),
                )
                .with_label(format!("needs the {extension} extension"))
                .with_help(extension_fix(lint, extension)),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn type_names_lose_schema_quotes_and_arguments() {
        assert_eq!(super::type_name("\"public\".geography"), "geography");
        assert_eq!(super::type_name("geometry(Point, 4326)"), "geometry");
        assert_eq!(super::type_name("vector(1536)"), "vector");
        assert_eq!(super::type_name("HSTORE"), "hstore");
    }
}

//! P2S015: an index whose type PostgreSQL cannot build over its columns.

use super::{Rule, native_type, sql_name};
use crate::{Finding, Lint};
use prisma2sql_model::{Field, FieldType, IndexAlgorithm, IndexField, IndexKind, Model};
use prisma2sql_syntax::ast::Arity;
use prisma2sql_syntax::{Severity, Span};

pub const RULE: Rule = Rule {
    code: "P2S015",
    name: "index-type-mismatch",
    severity: Severity::Error,
    summary: "An index type that has no operator class for its column (`type: Gist` on text, `@unique` on `@db.Json`...)",
    explanation: "PostgreSQL builds an index of a given type (B-tree, Hash, GIN, GiST, SP-GiST, BRIN) only over columns for which that type has a default operator class, unless `ops:` names one. Prisma checks some pairs and lets others through: `@@index([title], type: Gist)` on a `String` (GiST indexes no plain column without an extension), `@unique` or `@@index` on a `@db.Json` column (no B-tree for `json`), `type: Brin` on a list, `type: Hash` on `@db.Money` or `@db.Bit`, or a Hash index over more than one column. CREATE INDEX then fails with `data type ... has no default operator class for access method ...` (or `access method \"hash\" does not support multicolumn indexes`). Pick an index type the column supports, store JSON as `jsonb` (Prisma's default), or name an operator class with `ops:` (and the extension that brings it).",
    corpus_findings: 0,
    check,
};

/// Whether PostgreSQL has a default operator class of index type `method` for a column of the
/// native type `native` (its `@db.` name; `"Enum"` for an enum), a list when `list`, as measured
/// with CREATE INDEX on PostgreSQL 15 without extensions. `None` for types not measured
/// (extension types such as `Citext`).
pub fn has_default_class(method: IndexAlgorithm, native: &str, list: bool) -> Option<bool> {
    const KNOWN: &[&str] = &[
        "Text",
        "VarChar",
        "Char",
        "Uuid",
        "Inet",
        "Xml",
        "Bit",
        "VarBit",
        "Integer",
        "SmallInt",
        "BigInt",
        "Oid",
        "Real",
        "DoublePrecision",
        "Decimal",
        "Money",
        "Timestamp",
        "Timestamptz",
        "Date",
        "Time",
        "Timetz",
        "Boolean",
        "ByteA",
        "Json",
        "JsonB",
        "Enum",
    ];
    if !KNOWN.contains(&native) {
        return None;
    }
    // Arrays compare through their elements: B-tree and Hash for every array, GIN (array_ops)
    // for every array but those of types without equality.
    let no_equality = matches!(native, "Xml" | "Json");
    Some(match (method, list) {
        (IndexAlgorithm::BTree | IndexAlgorithm::Hash, true) => true,
        (IndexAlgorithm::Gin, true) => !no_equality,
        (_, true) => false,
        (IndexAlgorithm::BTree, false) => !no_equality,
        (IndexAlgorithm::Hash, false) => !no_equality && !matches!(native, "Bit" | "VarBit" | "Money"),
        (IndexAlgorithm::Gin, false) => native == "JsonB",
        (IndexAlgorithm::Gist, false) => false,
        (IndexAlgorithm::SpGist, false) => matches!(native, "Text" | "VarChar" | "Inet"),
        (IndexAlgorithm::Brin, false) => !no_equality && !matches!(native, "Money" | "Boolean" | "JsonB" | "Enum"),
    })
}

/// The `@db.` name of a column's type as [`has_default_class`] knows it, and its SQL name.
fn column_type(lint: &Lint, field: &Field) -> Option<(&'static str, String)> {
    if let FieldType::Enum(id) = field.ty {
        return Some(("Enum", format!("enum \"{}\"", lint.schema.enums[id.0 as usize].name)));
    }
    let native = native_type(field)?;
    Some((native.name(), sql_name(&native)))
}

const METHODS: [IndexAlgorithm; 6] = [
    IndexAlgorithm::BTree,
    IndexAlgorithm::Hash,
    IndexAlgorithm::Gin,
    IndexAlgorithm::Gist,
    IndexAlgorithm::SpGist,
    IndexAlgorithm::Brin,
];

/// The `type:` values Prisma accepts that index this column type without `ops:`.
fn supported(native: &str, list: bool) -> Vec<&'static str> {
    METHODS
        .into_iter()
        .filter(|m| has_default_class(*m, native, list) == Some(true))
        .map(IndexAlgorithm::name)
        .collect()
}

/// One index, unique constraint or primary key of `model` as the checks see it.
struct Built<'a> {
    method: IndexAlgorithm,
    fields: &'a [IndexField],
    span: Span,
    what: &'static str,
}

fn check(lint: &Lint, out: &mut Vec<Finding>) {
    for model in lint.schema.models.iter().filter(|m| !m.is_view()) {
        let primary = model.primary_key.iter().map(|pk| Built {
            method: IndexAlgorithm::BTree,
            fields: &pk.fields,
            span: pk.span,
            what: "the primary key",
        });
        let indexes = model.indexes.iter().filter(|i| i.kind != IndexKind::Fulltext).map(|i| Built {
            method: i.algorithm.unwrap_or(IndexAlgorithm::BTree),
            fields: &i.fields,
            span: i.span,
            what: if i.kind == IndexKind::Unique { "the unique index" } else { "the index" },
        });
        for built in primary.chain(indexes) {
            check_one(lint, model, &built, out);
        }
    }
}

fn check_one(lint: &Lint, model: &Model, built: &Built, out: &mut Vec<Finding>) {
    let method = built.method.sql().to_ascii_lowercase();
    if built.method == IndexAlgorithm::Hash && built.fields.len() > 1 {
        out.push(
            Finding::new(
                &RULE,
                built.span,
                format!(
                    "{} on `{}` is a hash index over {} columns: PostgreSQL refuses it (`access method \"hash\" does not support multicolumn indexes`)",
                    built.what,
                    model.name,
                    built.fields.len()
                ),
            )
            .with_label("hash over several columns")
            .with_help("index one column with `type: Hash`, or use `type: BTree` for several"),
        );
        return;
    }
    for index_field in built.fields.iter().filter(|f| f.ops.is_none()) {
        let field = &model.fields[index_field.field];
        let Some((native, sql)) = column_type(lint, field) else { continue };
        let list = field.arity == Arity::List;
        if has_default_class(built.method, native, list) != Some(false) {
            continue;
        }
        let sql = if list { format!("{sql}[]") } else { sql };
        let others = supported(native, list);
        let help = if native == "Json" {
            "store it as `jsonb` (drop `@db.Json`), which B-tree, Hash and GIN index".to_owned()
        } else if others.is_empty() {
            format!(
                "no index type takes `{sql}` columns without an operator class; index another column, or name one with `ops:`"
            )
        } else {
            format!(
                "`{sql}` columns take `type: {}`; another index type needs an operator class named with `ops:` (and the extension that brings it)",
                others.join("`, `type: ")
            )
        };
        out.push(
            Finding::new(
                &RULE,
                index_field.span,
                format!(
                    "{} on `{}.{}` is a {method} index, and PostgreSQL has no {method} operator class for `{sql}`: CREATE INDEX fails",
                    built.what, model.name, field.name
                ),
            )
            .with_label(format!("`{sql}` has no default {method} operator class"))
            .with_help(help),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The measured matrix, written out: for each type, the index types that take it without `ops:`.
    #[test]
    fn matches_the_measured_matrix() {
        let rows: &[(&str, &str, &str)] = &[
            ("Text", "BTree Hash SpGist Brin", "BTree Hash Gin"),
            ("Char", "BTree Hash Brin", "BTree Hash Gin"),
            ("Inet", "BTree Hash SpGist Brin", "BTree Hash Gin"),
            ("Xml", "", "BTree Hash"),
            ("Bit", "BTree Brin", "BTree Hash Gin"),
            ("Integer", "BTree Hash Brin", "BTree Hash Gin"),
            ("Money", "BTree", "BTree Hash Gin"),
            ("Boolean", "BTree Hash", "BTree Hash Gin"),
            ("Json", "", "BTree Hash"),
            ("JsonB", "BTree Hash Gin", "BTree Hash Gin"),
            ("Enum", "BTree Hash", "BTree Hash Gin"),
        ];
        for (native, single, list) in rows {
            assert_eq!(supported(native, false).join(" "), *single, "{native}");
            assert_eq!(supported(native, true).join(" "), *list, "{native}[]");
        }
        assert_eq!(has_default_class(IndexAlgorithm::Gin, "Citext", false), None);
    }
}

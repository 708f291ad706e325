//! The resolved schema: every name looked up, every attribute read, database names computed.

use crate::types::{NativeType, ScalarType};
use prisma2sql_syntax::Span;
use prisma2sql_syntax::ast::Arity;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ModelId(pub u32);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EnumId(pub u32);

/// A field of a model: the model and the field's position in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FieldId {
    pub model: ModelId,
    pub index: u32,
}

#[derive(Debug, Clone, Default)]
pub struct Schema {
    pub datasource: Datasource,
    pub generators: Vec<Generator>,
    /// Models and views, in source order.
    pub models: Vec<Model>,
    pub enums: Vec<Enum>,
    /// Names of composite types (`type X {}`); PostgreSQL has none, so they are only reported.
    pub composite_types: Vec<(String, Span)>,
}

impl Schema {
    pub fn model(&self, id: ModelId) -> &Model {
        &self.models[id.0 as usize]
    }

    pub fn field(&self, id: FieldId) -> &Field {
        &self.model(id.model).fields[id.index as usize]
    }

    pub fn enum_(&self, id: EnumId) -> &Enum {
        &self.enums[id.0 as usize]
    }

    pub fn model_ids(&self) -> impl Iterator<Item = ModelId> + '_ {
        (0..self.models.len() as u32).map(ModelId)
    }

    pub fn find_model(&self, name: &str) -> Option<ModelId> {
        self.models.iter().position(|m| m.name == name).map(|i| ModelId(i as u32))
    }

    pub fn has_preview_feature(&self, feature: &str) -> bool {
        self.generators.iter().any(|g| g.preview_features.iter().any(|f| f.eq_ignore_ascii_case(feature)))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RelationMode {
    /// Foreign keys in the database (the default).
    #[default]
    ForeignKeys,
    /// `relationMode = "prisma"`: Prisma Client emulates relations; no foreign keys exist.
    Prisma,
}

#[derive(Debug, Clone, Default)]
pub struct Datasource {
    /// `None` when the schema has no datasource block (read as PostgreSQL).
    pub name: Option<String>,
    pub provider: String,
    pub relation_mode: RelationMode,
    /// `schemas = [...]`: the PostgreSQL schemas the models live in.
    pub schemas: Vec<(String, Span)>,
    /// The span of the `schemas` value, when written.
    pub schemas_span: Option<Span>,
    pub extensions: Vec<Extension>,
    /// The span of the `extensions` value, when written.
    pub extensions_span: Option<Span>,
    pub span: Option<Span>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extension {
    /// The name as written in the schema.
    pub name: String,
    /// `map:` — the extension's name in the database.
    pub db_name: Option<String>,
    pub schema: Option<String>,
    pub version: Option<String>,
    pub span: Span,
}

impl Extension {
    pub fn database_name(&self) -> &str {
        self.db_name.as_deref().unwrap_or(&self.name)
    }
}

#[derive(Debug, Clone)]
pub struct Generator {
    pub name: String,
    pub provider: Option<String>,
    pub preview_features: Vec<String>,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModelKind {
    Model,
    View,
}

#[derive(Debug, Clone)]
pub struct Model {
    pub name: String,
    pub name_span: Span,
    pub kind: ModelKind,
    /// The table name: `@@map`, else the model name.
    pub db_name: String,
    /// `@@map(...)`, when written.
    pub mapped_name: Option<(String, Span)>,
    /// `@@schema(...)`.
    pub schema: Option<(String, Span)>,
    pub fields: Vec<Field>,
    pub primary_key: Option<PrimaryKey>,
    /// `@unique` fields, then `@@index`, `@@unique` and `@@fulltext` blocks: Prisma's order.
    pub indexes: Vec<Index>,
    pub ignored: bool,
    pub documentation: Option<String>,
    pub span: Span,
}

impl Model {
    pub fn find_field(&self, name: &str) -> Option<usize> {
        self.fields.iter().position(|f| f.name == name)
    }

    pub fn is_view(&self) -> bool {
        self.kind == ModelKind::View
    }

    pub fn schema_name(&self) -> Option<&str> {
        self.schema.as_ref().map(|(s, _)| s.as_str())
    }

    /// The primary key's constraint name: `map:`, else Prisma's `{table}_pkey`.
    pub fn primary_key_db_name(&self) -> Option<String> {
        let pk = self.primary_key.as_ref()?;
        Some(match &pk.map {
            Some((name, _)) => name.clone(),
            None => crate::names::primary_key_name(&self.db_name),
        })
    }

    /// The database names of these fields, in order.
    pub fn column_names(&self, fields: impl IntoIterator<Item = usize>) -> Vec<&str> {
        fields.into_iter().map(|i| self.fields[i].db_name()).collect()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum FieldType {
    Scalar(ScalarType),
    Enum(EnumId),
    /// A relation field pointing at this model.
    Model(ModelId),
    /// A composite type (MongoDB only).
    Composite(usize),
    /// `Unsupported("...")`.
    Unsupported(String),
    /// A type name that resolves to nothing (already reported).
    Unknown,
}

#[derive(Debug, Clone)]
pub struct Field {
    pub name: String,
    pub name_span: Span,
    /// `@map`: the column name, when it is not the field name.
    pub mapped_name: Option<(String, Span)>,
    pub arity: Arity,
    pub ty: FieldType,
    pub type_span: Span,
    pub native_type: Option<(NativeType, Span)>,
    pub default: Option<DefaultValue>,
    pub updated_at: bool,
    pub ignored: bool,
    /// `@relation(...)` on a relation field (boxed: most fields have none, and a field is
    /// smaller without it inline).
    pub relation: Option<Box<RelationAttribute>>,
    pub documentation: Option<String>,
    pub span: Span,
}

impl Field {
    /// The column name: `@map`, else the field name.
    pub fn db_name(&self) -> &str {
        self.mapped_name.as_ref().map_or(&self.name, |(name, _)| name)
    }

    pub fn is_relation(&self) -> bool {
        matches!(self.ty, FieldType::Model(_))
    }

    pub fn is_scalar(&self) -> bool {
        !self.is_relation()
    }

    pub fn is_list(&self) -> bool {
        self.arity == Arity::List
    }

    pub fn is_optional(&self) -> bool {
        self.arity == Arity::Optional
    }

    pub fn is_required(&self) -> bool {
        self.arity == Arity::Required
    }

    pub fn scalar_type(&self) -> Option<ScalarType> {
        match self.ty {
            FieldType::Scalar(s) => Some(s),
            _ => None,
        }
    }

    pub fn related_model(&self) -> Option<ModelId> {
        match self.ty {
            FieldType::Model(m) => Some(m),
            _ => None,
        }
    }
}

/// `@relation(name?, fields:, references:, onDelete:, onUpdate:, map:)`, as written.
#[derive(Debug, Clone, Default)]
pub struct RelationAttribute {
    pub name: Option<(String, Span)>,
    /// Indexes of the scalar fields of this model (`fields: [...]`).
    pub fields: Option<Vec<usize>>,
    pub fields_span: Option<Span>,
    /// Names of fields on the related model (`references: [...]`), resolved by the relation stage.
    pub references: Option<Vec<(String, Span)>>,
    pub references_span: Option<Span>,
    pub on_delete: Option<(ReferentialAction, Span)>,
    pub on_update: Option<(ReferentialAction, Span)>,
    /// `map:` — the foreign key's constraint name.
    pub map: Option<(String, Span)>,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReferentialAction {
    Cascade,
    Restrict,
    NoAction,
    SetNull,
    SetDefault,
}

impl ReferentialAction {
    pub const ALL: [ReferentialAction; 5] = [
        ReferentialAction::Cascade,
        ReferentialAction::Restrict,
        ReferentialAction::NoAction,
        ReferentialAction::SetNull,
        ReferentialAction::SetDefault,
    ];

    pub fn from_name(name: &str) -> Option<ReferentialAction> {
        ReferentialAction::ALL.into_iter().find(|a| a.name() == name)
    }

    /// As written in the schema.
    pub fn name(self) -> &'static str {
        match self {
            ReferentialAction::Cascade => "Cascade",
            ReferentialAction::Restrict => "Restrict",
            ReferentialAction::NoAction => "NoAction",
            ReferentialAction::SetNull => "SetNull",
            ReferentialAction::SetDefault => "SetDefault",
        }
    }

    /// As written in SQL.
    pub fn sql(self) -> &'static str {
        match self {
            ReferentialAction::Cascade => "CASCADE",
            ReferentialAction::Restrict => "RESTRICT",
            ReferentialAction::NoAction => "NO ACTION",
            ReferentialAction::SetNull => "SET NULL",
            ReferentialAction::SetDefault => "SET DEFAULT",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct DefaultValue {
    pub kind: DefaultKind,
    /// `map:` — the default constraint's name (SQL Server only; accepted and ignored here).
    pub map: Option<String>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum DefaultKind {
    Value(Value),
    Now,
    Autoincrement,
    Sequence,
    /// `dbgenerated("sql")`; `None` for `dbgenerated()`.
    DbGenerated(Option<String>),
    Uuid,
    Cuid,
    Ulid,
    Nanoid,
    Auto,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    String(String),
    /// A number as written.
    Number(String),
    Boolean(bool),
    /// An enum value, by its name in the schema.
    EnumValue(String),
    List(Vec<Value>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SortOrder {
    Asc,
    Desc,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum OperatorClass {
    /// A known class, written as a constant (`JsonbPathOps`), as its SQL name (`jsonb_path_ops`).
    Named(String),
    /// `raw("...")`.
    Raw(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IndexAlgorithm {
    BTree,
    Hash,
    Gist,
    Gin,
    SpGist,
    Brin,
}

impl IndexAlgorithm {
    pub fn from_name(name: &str) -> Option<IndexAlgorithm> {
        Some(match name {
            "BTree" => IndexAlgorithm::BTree,
            "Hash" => IndexAlgorithm::Hash,
            "Gist" => IndexAlgorithm::Gist,
            "Gin" => IndexAlgorithm::Gin,
            "SpGist" => IndexAlgorithm::SpGist,
            "Brin" => IndexAlgorithm::Brin,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            IndexAlgorithm::BTree => "BTree",
            IndexAlgorithm::Hash => "Hash",
            IndexAlgorithm::Gist => "Gist",
            IndexAlgorithm::Gin => "Gin",
            IndexAlgorithm::SpGist => "SpGist",
            IndexAlgorithm::Brin => "Brin",
        }
    }

    pub fn sql(self) -> &'static str {
        match self {
            IndexAlgorithm::BTree => "BTREE",
            IndexAlgorithm::Hash => "HASH",
            IndexAlgorithm::Gist => "GIST",
            IndexAlgorithm::Gin => "GIN",
            IndexAlgorithm::SpGist => "SPGIST",
            IndexAlgorithm::Brin => "BRIN",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct IndexField {
    /// Index of the field in its model.
    pub field: usize,
    pub sort: Option<SortOrder>,
    pub length: Option<u32>,
    pub ops: Option<OperatorClass>,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IndexKind {
    Unique,
    Normal,
    Fulltext,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Index {
    pub kind: IndexKind,
    pub fields: Vec<IndexField>,
    /// `name:` — the name Prisma Client uses for a compound unique.
    pub client_name: Option<String>,
    /// The span of the `name:` value, when written.
    pub client_name_span: Option<Span>,
    /// `map:` — the index name in the database.
    pub map: Option<(String, Span)>,
    /// The index's name in the database: `map:`, else Prisma's `{table}_{columns}_key` or `_idx`.
    /// Resolving sets it once the model's table and column names are all known.
    pub db_name: String,
    pub algorithm: Option<IndexAlgorithm>,
    pub clustered: Option<bool>,
    /// `where:` — the predicate of a partial index (preview feature `partialIndexes`).
    pub where_clause: Option<WhereClause>,
    /// The field, when the index comes from `@unique` on a field.
    pub field_level: Option<usize>,
    pub span: Span,
}

impl Index {
    /// The name [`Index::db_name`] holds: `map:`, else Prisma's default name in `model`.
    pub(crate) fn name_in(&self, model: &Model) -> String {
        if let Some((name, _)) = &self.map {
            return name.clone();
        }
        let columns = model.column_names(self.fields.iter().map(|f| f.field));
        match self.kind {
            IndexKind::Unique => crate::names::unique_index_name(&model.db_name, &columns),
            IndexKind::Normal | IndexKind::Fulltext => crate::names::index_name(&model.db_name, &columns),
        }
    }
}

/// The predicate of a partial index: `where: raw("...")` or `where: { field: value, ... }`.
#[derive(Debug, Clone, PartialEq)]
pub enum WhereClause {
    /// `raw("...")`: SQL, as written.
    Raw(String),
    /// `{ field: value, ... }`: conditions that must all hold, in the order written (never empty).
    Conditions(Vec<WhereCondition>),
}

/// `field: value` or `field: { not: value }` in the object form of a predicate.
#[derive(Debug, Clone, PartialEq)]
pub struct WhereCondition {
    /// Index of the field in its model (a scalar field).
    pub field: usize,
    /// Written `{ not: value }`.
    pub negated: bool,
    pub value: WhereValue,
}

/// A value a predicate compares a field with.
#[derive(Debug, Clone, PartialEq)]
pub enum WhereValue {
    Null,
    Boolean(bool),
    /// As written (`-1.5`, `007`).
    Number(String),
    /// Decoded, without quotes.
    String(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct PrimaryKey {
    pub fields: Vec<IndexField>,
    pub client_name: Option<String>,
    pub map: Option<(String, Span)>,
    pub clustered: Option<bool>,
    pub field_level: Option<usize>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Enum {
    pub name: String,
    pub name_span: Span,
    /// The type name: `@@map`, else the enum name.
    pub db_name: String,
    /// `@@map(...)`, when written.
    pub mapped_name: Option<(String, Span)>,
    pub schema: Option<(String, Span)>,
    pub values: Vec<EnumValue>,
    pub documentation: Option<String>,
    pub span: Span,
}

impl Enum {
    pub fn schema_name(&self) -> Option<&str> {
        self.schema.as_ref().map(|(s, _)| s.as_str())
    }

    pub fn find_value(&self, name: &str) -> Option<&EnumValue> {
        self.values.iter().find(|v| v.name == name)
    }
}

#[derive(Debug, Clone)]
pub struct EnumValue {
    pub name: String,
    /// The label in the database: `@map`, else the name.
    pub db_name: String,
    pub documentation: Option<String>,
    pub span: Span,
}

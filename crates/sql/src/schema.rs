//! The SQL schema: what PostgreSQL will hold, independent of how the Prisma schema said it.

pub use prisma2sql_model::{IndexAlgorithm, ReferentialAction, SortOrder};

/// A PostgreSQL schema (namespace); `None` in a name means the default one (`public`).
pub type Namespace = Option<String>;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SqlSchema {
    /// Namespaces that hold at least one table or enum, sorted by name.
    pub namespaces: Vec<String>,
    /// Whether names are written schema-qualified (the datasource lists `schemas`).
    pub qualified: bool,
    pub extensions: Vec<SqlExtension>,
    pub enums: Vec<SqlEnum>,
    pub tables: Vec<Table>,
}

impl SqlSchema {
    /// The schema of an empty database.
    pub const EMPTY: SqlSchema = SqlSchema {
        namespaces: Vec::new(),
        qualified: false,
        extensions: Vec::new(),
        enums: Vec::new(),
        tables: Vec::new(),
    };

    pub fn table(&self, namespace: &Namespace, name: &str) -> Option<&Table> {
        self.tables.iter().find(|t| &t.namespace == namespace && t.name == name)
    }

    pub fn is_empty(&self) -> bool {
        self.extensions.is_empty() && self.enums.is_empty() && self.tables.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SqlExtension {
    pub name: String,
    pub schema: Option<String>,
    pub version: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SqlEnum {
    pub namespace: Namespace,
    pub name: String,
    pub values: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub namespace: Namespace,
    pub name: String,
    pub columns: Vec<Column>,
    pub primary_key: Option<PrimaryKey>,
    /// In the order Prisma creates them.
    pub indexes: Vec<SqlIndex>,
    /// In the order Prisma creates them.
    pub foreign_keys: Vec<SqlForeignKey>,
}

impl Table {
    pub fn column(&self, name: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.name == name)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ColumnType {
    /// A built-in type as DDL writes it: `TEXT`, `VARCHAR(255)`, `TIMESTAMP(3)`.
    Builtin(String),
    /// An enum type of this schema.
    Enum { namespace: Namespace, name: String },
    /// `Unsupported("...")`, written verbatim.
    Unsupported(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub name: String,
    pub ty: ColumnType,
    pub list: bool,
    pub nullable: bool,
    pub default: Option<SqlDefault>,
    /// `@default(autoincrement())`: a SERIAL type with its sequence.
    pub autoincrement: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SqlDefault {
    /// A value already written as SQL (`'text'`, `42`, `true`, `ARRAY[...]::TEXT[]`).
    Value(String),
    /// `now()`: `CURRENT_TIMESTAMP`.
    Now,
    /// `dbgenerated("...")`: the expression, verbatim; empty for `dbgenerated()`, which sets no
    /// default but is not the same as having none when versions are compared.
    DbGenerated(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrimaryKey {
    pub name: String,
    pub columns: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexColumn {
    pub name: String,
    /// `None` when the schema gives no order; `ASC` is written when it is explicit.
    pub sort: Option<SortOrder>,
    /// An operator class, as SQL.
    pub operator_class: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SqlIndex {
    pub name: String,
    pub unique: bool,
    pub columns: Vec<IndexColumn>,
    /// `None` is PostgreSQL's default (B-tree), written without `USING`.
    pub algorithm: Option<IndexAlgorithm>,
    /// `WHERE (...)` of a partial index.
    pub predicate: Option<Predicate>,
}

/// The predicate of a partial index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Predicate {
    /// SQL, as the schema wrote it.
    Raw(String),
    /// Conditions on columns, all of which must hold (never empty).
    Conditions(Vec<Condition>),
}

/// `"column" = value`, `"column" != value`, `"column" IS [NOT] NULL`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Condition {
    pub column: String,
    pub negated: bool,
    pub value: PredicateValue,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PredicateValue {
    Null,
    Boolean(bool),
    /// As written in the schema.
    Number(String),
    String(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SqlForeignKey {
    pub name: String,
    pub columns: Vec<String>,
    pub referenced_namespace: Namespace,
    pub referenced_table: String,
    pub referenced_columns: Vec<String>,
    pub on_delete: ReferentialAction,
    pub on_update: ReferentialAction,
}

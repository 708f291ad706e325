//! What a migration puts at risk: the steps that lose data, or that fail on rows a database
//! already holds. Each kind of warning has a stable code.

use crate::diff::{Arity, Step, TableChange, TypeChange, is_join_table};
use crate::render::full_column_type;
use crate::schema::*;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// A kind of risk, with its stable code and name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum WarningKind {
    /// A table, a column or a column's values are dropped.
    DestructiveStep,
    /// A drop and an add of the same shape: probably a rename that loses the data.
    ProbableRename,
    /// Enum values go; rows that hold them make the migration fail.
    EnumValueRemoved,
    /// A required column without a default is added to a table that may hold rows.
    RequiredColumnWithoutDefault,
    /// A type change that fails or truncates on some values.
    RiskyTypeChange,
    /// A unique index or primary key on columns that may already hold duplicates.
    UniqueOnExistingData,
    /// `SET NOT NULL` on a column that may hold NULLs.
    ColumnMadeRequired,
    /// A foreign key on columns whose existing values may refer to nothing.
    ForeignKeyOnExistingData,
}

impl WarningKind {
    pub const ALL: [WarningKind; 8] = [
        WarningKind::DestructiveStep,
        WarningKind::ProbableRename,
        WarningKind::EnumValueRemoved,
        WarningKind::RequiredColumnWithoutDefault,
        WarningKind::RiskyTypeChange,
        WarningKind::UniqueOnExistingData,
        WarningKind::ColumnMadeRequired,
        WarningKind::ForeignKeyOnExistingData,
    ];

    /// The stable code, `P2S1xx`.
    pub fn code(self) -> &'static str {
        match self {
            WarningKind::DestructiveStep => "P2S101",
            WarningKind::ProbableRename => "P2S102",
            WarningKind::EnumValueRemoved => "P2S103",
            WarningKind::RequiredColumnWithoutDefault => "P2S104",
            WarningKind::RiskyTypeChange => "P2S105",
            WarningKind::UniqueOnExistingData => "P2S106",
            WarningKind::ColumnMadeRequired => "P2S107",
            WarningKind::ForeignKeyOnExistingData => "P2S108",
        }
    }

    /// The stable name, in kebab case.
    pub fn name(self) -> &'static str {
        match self {
            WarningKind::DestructiveStep => "destructive-step",
            WarningKind::ProbableRename => "probable-rename",
            WarningKind::EnumValueRemoved => "enum-value-removed",
            WarningKind::RequiredColumnWithoutDefault => "required-column-without-default",
            WarningKind::RiskyTypeChange => "risky-type-change",
            WarningKind::UniqueOnExistingData => "unique-on-existing-data",
            WarningKind::ColumnMadeRequired => "column-made-required",
            WarningKind::ForeignKeyOnExistingData => "foreign-key-on-existing-data",
        }
    }

    /// The kind with this code or name (any case).
    pub fn find(code_or_name: &str) -> Option<WarningKind> {
        WarningKind::ALL
            .into_iter()
            .find(|k| k.code().eq_ignore_ascii_case(code_or_name) || k.name().eq_ignore_ascii_case(code_or_name))
    }
}

/// One risk of a migration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub kind: WarningKind,
    /// What the warning is about, so that it can point at the schema.
    pub subject: Subject,
    /// What the step does and what it puts at risk.
    pub message: String,
    /// How to avoid the risk, when there is a known way.
    pub help: Option<String>,
}

/// The version of the schema that declares a warning's subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    /// The schema before: what the migration drops.
    Previous,
    /// The schema after.
    Next,
}

/// What a warning is about, named as in the database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    Table { version: Version, namespace: Namespace, name: String },
    Column { version: Version, namespace: Namespace, table: String, column: String },
    Enum { version: Version, namespace: Namespace, name: String },
}

impl Subject {
    /// The version that declares the subject.
    pub fn version(&self) -> Version {
        match self {
            Subject::Table { version, .. } | Subject::Column { version, .. } | Subject::Enum { version, .. } => {
                *version
            }
        }
    }

    fn table(version: Version, table: &Table) -> Subject {
        Subject::Table { version, namespace: table.namespace.clone(), name: table.name.clone() }
    }

    fn column(version: Version, table: &Table, column: &str) -> Subject {
        Subject::Column {
            version,
            namespace: table.namespace.clone(),
            table: table.name.clone(),
            column: column.to_owned(),
        }
    }

    fn enumeration(version: Version, e: &SqlEnum) -> Subject {
        Subject::Enum { version, namespace: e.namespace.clone(), name: e.name.clone() }
    }
}

impl Warning {
    fn new(kind: WarningKind, subject: Subject, message: String) -> Warning {
        Warning { kind, subject, message, help: None }
    }

    fn help(mut self, help: String) -> Warning {
        self.help = Some(help);
        self
    }
}

/// A table's name as messages show it: `schema.table` outside the default schema.
struct Name<'a>(&'a Namespace, &'a str);

impl fmt::Display for Name<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(ns) => write!(f, "`{ns}.{}`", self.1),
            None => write!(f, "`{}`", self.1),
        }
    }
}

fn table_name(table: &Table) -> Name<'_> {
    Name(&table.namespace, &table.name)
}

fn column_name(table: &Table, column: &str) -> String {
    match &table.namespace {
        Some(ns) => format!("`{ns}.{}.{column}`", table.name),
        None => format!("`{}.{column}`", table.name),
    }
}

/// `the value `A` is` or `the values `A`, `B` are`.
fn removed_values(values: &[&str]) -> String {
    match values {
        [one] => format!("the value `{one}` is"),
        _ => format!("the values {} are", list(values)),
    }
}

fn list(names: &[impl fmt::Display]) -> String {
    names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
}

/// A table's identity: its namespace and name.
type TableKey<'a> = (&'a Namespace, &'a str);

fn key(table: &Table) -> TableKey<'_> {
    (&table.namespace, &table.name)
}

/// What the whole migration does, gathered once for the checks that look beyond one step.
#[derive(Default)]
struct Overview<'a> {
    created: BTreeSet<TableKey<'a>>,
    /// Created tables by the names and types of their columns (the first of a shape).
    created_by_columns: BTreeMap<String, &'a Table>,
    /// Created enums by their values (the first with those values).
    created_by_values: BTreeMap<&'a [String], &'a SqlEnum>,
    /// Columns the migration adds, or drops and adds again.
    added_columns: BTreeSet<(TableKey<'a>, &'a str)>,
    /// Foreign keys the migration drops: table, columns, referenced table and columns.
    dropped_foreign_keys: BTreeSet<(TableKey<'a>, &'a [String], &'a str, &'a [String])>,
}

impl<'a> Overview<'a> {
    fn of(steps: &'a [Step]) -> Overview<'a> {
        let mut overview = Overview::default();
        for step in steps {
            match step {
                Step::CreateTable(t) => {
                    overview.created.insert(key(t));
                    if !is_join_table(t) {
                        overview.created_by_columns.entry(column_shapes(t)).or_insert(t);
                    }
                }
                Step::CreateEnum(e) => {
                    overview.created_by_values.entry(&e.values).or_insert(e);
                }
                Step::AlterTable { table, changes } => {
                    for change in changes {
                        if let TableChange::AddColumn(c) | TableChange::DropAndRecreateColumn { next: c, .. } = change {
                            overview.added_columns.insert((key(table), &c.name));
                        }
                    }
                }
                Step::DropForeignKey { table, foreign_key: fk } => {
                    overview.dropped_foreign_keys.insert((
                        key(table),
                        &fk.columns,
                        &fk.referenced_table,
                        &fk.referenced_columns,
                    ));
                }
                _ => {}
            }
        }
        overview
    }

    /// Whether a new foreign key constrains values the table already held: not on a created
    /// table, not on columns the migration adds, not for a constraint dropped and added again.
    fn constrains_existing_values(&self, table: &Table, fk: &SqlForeignKey) -> bool {
        let recreated = self.dropped_foreign_keys.contains(&(
            key(table),
            &fk.columns[..],
            fk.referenced_table.as_str(),
            &fk.referenced_columns[..],
        ));
        !self.created.contains(&key(table))
            && !recreated
            && !fk.columns.iter().all(|c| self.added_columns.contains(&(key(table), c.as_str())))
    }
}

/// The names and types of a table's columns, sorted: two tables with the same are look-alikes.
fn column_shapes(table: &Table) -> String {
    let mut shapes: Vec<String> = table.columns.iter().map(|c| format!("{}\t{:?}\t{}", c.name, c.ty, c.list)).collect();
    shapes.sort();
    shapes.join("\n")
}

/// The risks of a migration, in the order of its steps.
pub fn check(steps: &[Step]) -> Vec<Warning> {
    let overview = Overview::of(steps);
    let mut warnings = Vec::new();
    for step in steps {
        match step {
            Step::DropTable(table) => warnings.extend(dropped_table(table, &overview)),
            Step::AlterEnum(alter) if !alter.removed.is_empty() => warnings.push(
                Warning::new(
                    WarningKind::EnumValueRemoved,
                    Subject::enumeration(Version::Next, alter.next),
                    format!(
                        "{} removed from the enum {}: the migration fails if a row still holds {}",
                        removed_values(&alter.removed),
                        Name(&alter.previous.namespace, &alter.previous.name),
                        if alter.removed.len() == 1 { "it" } else { "one of them" }
                    ),
                )
                .help("update or delete those rows before the migration runs".to_owned()),
            ),
            Step::DropEnum(e) => warnings.extend(renamed_enum(e, &overview)),
            Step::AlterTable { table, changes } => {
                for change in changes {
                    warnings.extend(table_change(table, change, changes));
                }
            }
            Step::CreateIndex { table, index } if index.unique && !overview.created.contains(&key(table)) => warnings.push(
                Warning::new(
                    WarningKind::UniqueOnExistingData,
                    Subject::column(Version::Next, table, index.columns.first().map_or("", |c| c.name.as_str())),
                    format!(
                        "the unique index `{}` is added on {} ({}): the migration fails if existing rows{} hold duplicate values",
                        index.name,
                        table_name(table),
                        list(&index.columns.iter().map(|c| c.name.clone()).collect::<Vec<_>>()),
                        if index.predicate.is_some() { " that match its WHERE clause" } else { "" }
                    ),
                ),
            ),
            Step::AddForeignKey { table, foreign_key } if overview.constrains_existing_values(table, foreign_key) => {
                warnings.push(Warning::new(
                    WarningKind::ForeignKeyOnExistingData,
                    Subject::column(Version::Next, table, foreign_key.columns.first().map_or("", |c| c.as_str())),
                    format!(
                        "the foreign key `{}` is added on {} ({}): the migration fails if existing rows refer to rows of {} that do not exist",
                        foreign_key.name,
                        table_name(table),
                        list(&foreign_key.columns),
                        Name(&foreign_key.referenced_namespace, &foreign_key.referenced_table)
                    ),
                ))
            }
            _ => {}
        }
    }
    warnings
}

/// A dropped table loses its rows; a created table with the same columns suggests a rename.
fn dropped_table(table: &Table, overview: &Overview<'_>) -> Vec<Warning> {
    let what = if is_join_table(table) {
        format!(
            "the join table {} of an implicit many-to-many relation is dropped, with every link it holds",
            table_name(table)
        )
    } else {
        format!("the table {} is dropped, with every row it holds", table_name(table))
    };
    let mut warnings = vec![Warning::new(WarningKind::DestructiveStep, Subject::table(Version::Previous, table), what)];
    if let Some(new) = overview.created_by_columns.get(&column_shapes(table)) {
        warnings.push(
            Warning::new(
                WarningKind::ProbableRename,
                Subject::table(Version::Next, new),
                format!(
                    "the table {} is dropped and {} created with the same columns: if this is a rename, the rows are lost",
                    table_name(table),
                    table_name(new)
                ),
            )
            .help(format!("to keep the rows, map the model to the old table with `@@map(\"{}\")`", table.name)),
        );
    }
    warnings
}

/// A dropped enum with a created one holding the same values suggests a rename.
fn renamed_enum(dropped: &SqlEnum, overview: &Overview<'_>) -> Option<Warning> {
    let new = overview.created_by_values.get(&dropped.values[..])?;
    Some(
        Warning::new(
            WarningKind::ProbableRename,
            Subject::enumeration(Version::Next, new),
            format!(
                "the enum {} is dropped and {} created with the same values: the columns of the old type are dropped and added again, losing their values",
                Name(&dropped.namespace, &dropped.name),
                Name(&new.namespace, &new.name)
            ),
        )
        .help(format!("to keep the values, map the enum to the old type with `@@map(\"{}\")`", dropped.name)),
    )
}

/// The risks of one change inside `ALTER TABLE`.
fn table_change(table: &Table, change: &TableChange, changes: &[TableChange]) -> Vec<Warning> {
    let mut warnings = Vec::new();
    match change {
        TableChange::DropColumn(column) => {
            warnings.push(Warning::new(
                WarningKind::DestructiveStep,
                Subject::column(Version::Previous, table, &column.name),
                format!("the column {} is dropped, with every value it holds", column_name(table, &column.name)),
            ));
            warnings.extend(renamed_column(table, column, changes));
        }
        TableChange::AddColumn(column) => warnings.extend(required_without_default(table, column)),
        TableChange::DropAndRecreateColumn { previous, next } => {
            warnings.push(Warning::new(
                WarningKind::DestructiveStep,
                Subject::column(Version::Next, table, &next.name),
                format!(
                    "the type of {} changes from `{}` to `{}`, which PostgreSQL cannot cast: the column is dropped and added again, and every value it holds is lost",
                    column_name(table, &previous.name),
                    full_column_type(previous),
                    full_column_type(next)
                ),
            ));
            warnings.extend(required_without_default(table, next));
        }
        TableChange::AlterColumn(alter) => {
            let name = column_name(table, &alter.previous.name);
            if alter.changes.type_change == Some(TypeChange::RiskyCast) {
                warnings.push(Warning::new(
                    WarningKind::RiskyTypeChange,
                    Subject::column(Version::Next, table, &alter.next.name),
                    format!(
                        "the type of {name} changes from `{}` to `{}`: the migration fails on values that do not fit the new type",
                        full_column_type(alter.previous),
                        full_column_type(alter.next)
                    ),
                ));
            }
            if alter.changes.arity && Arity::of(alter.next) == Arity::Required {
                warnings.push(
                    Warning::new(
                        WarningKind::ColumnMadeRequired,
                        Subject::column(Version::Next, table, &alter.next.name),
                        format!("{name} becomes required: the migration fails if a row holds NULL in it"),
                    )
                    .help(
                        "fill in the missing values before the migration runs, or give the field a `@default`"
                            .to_owned(),
                    ),
                );
            }
        }
        // A key dropped and added again on the same columns (a column's type changed) held
        // unique values already.
        TableChange::AddPrimaryKey(pk)
            if changes.iter().any(|c| matches!(c, TableChange::DropPrimaryKey(old) if old.columns == pk.columns)) => {}
        TableChange::AddPrimaryKey(pk) => warnings.push(Warning::new(
            WarningKind::UniqueOnExistingData,
            Subject::table(Version::Next, table),
            format!(
                "the primary key `{}` is added on {} ({}): the migration fails if existing rows hold duplicate values",
                pk.name,
                table_name(table),
                list(&pk.columns)
            ),
        )),
        TableChange::DropPrimaryKey(_) | TableChange::RenamePrimaryKey { .. } => {}
    }
    warnings
}

fn required_without_default(table: &Table, column: &Column) -> Option<Warning> {
    let required = !column.nullable && !column.list && !column.autoincrement;
    let no_default = column.default.as_ref().is_none_or(|d| matches!(d, SqlDefault::DbGenerated(e) if e.is_empty()));
    (required && no_default).then(|| {
        Warning::new(
            WarningKind::RequiredColumnWithoutDefault,
            Subject::column(Version::Next, table, &column.name),
            format!(
                "the required column {} is added without a default: the migration fails if the table holds rows",
                column_name(table, &column.name)
            ),
        )
        .help("give the field a `@default`, or add it as optional, fill it in, then make it required".to_owned())
    })
}

/// A dropped column is probably renamed when exactly one added column of the table looks like
/// it, and it looks like no other dropped column.
fn renamed_column(table: &Table, dropped: &Column, changes: &[TableChange]) -> Option<Warning> {
    let added = changes.iter().filter_map(|c| match c {
        TableChange::AddColumn(c) => Some(*c),
        _ => None,
    });
    let removed = changes.iter().filter_map(|c| match c {
        TableChange::DropColumn(c) => Some(*c),
        _ => None,
    });
    let [new] = look_alikes(dropped, added)[..] else { return None };
    let [back] = look_alikes(new, removed)[..] else { return None };
    (back.name == dropped.name).then(|| {
        Warning::new(
            WarningKind::ProbableRename,
            Subject::column(Version::Next, table, &new.name),
            format!(
                "{} is dropped and {} added with the same type: if this is a rename, the values are lost",
                column_name(table, &dropped.name),
                column_name(table, &new.name)
            ),
        )
        .help(format!(
            "to keep the values, map the field to the old column with `@map(\"{}\")`, or write `ALTER TABLE {} RENAME COLUMN {} TO {};` instead",
            dropped.name,
            crate::render::Qualified(&table.namespace, &table.name),
            crate::render::Ident(&dropped.name),
            crate::render::Ident(&new.name)
        ))
    })
}

/// The columns among `candidates` with the type and nullability of `column`; when several
/// have them, those that also have its default.
fn look_alikes<'a>(column: &Column, candidates: impl Iterator<Item = &'a Column>) -> Vec<&'a Column> {
    let same_shape: Vec<&Column> =
        candidates.filter(|c| c.ty == column.ty && c.list == column.list && c.nullable == column.nullable).collect();
    if same_shape.len() <= 1 {
        return same_shape;
    }
    same_shape.into_iter().filter(|c| c.default == column.default).collect()
}

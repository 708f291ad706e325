//! The one differ: the steps that turn one SQL schema into another, in Prisma Migrate's order.
//! `init` is the diff from the empty schema; a migration is the diff between two versions.
//!
//! Prisma runs steps by kind (schemas, extensions, enums, dropped foreign keys and indexes,
//! altered tables, dropped tables and enums, created tables, indexes and foreign keys, renames),
//! and within a kind by the positions of what they touch: tables in schema order, each table's
//! primary key first, then its indexes, columns and foreign keys in order. Columns of one table
//! are compared by name, so added and dropped columns come in name order.

mod casts;
mod columns;

pub use columns::{Arity, ColumnChanges, TypeChange};

use crate::schema::*;
use std::collections::BTreeMap;

/// One migration step. Steps own what they need to render themselves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    CreateSchema(String),
    /// An extension whose version or schema changed is dropped and created again.
    DropExtension(SqlExtension),
    CreateExtension(SqlExtension),
    CreateEnum(SqlEnum),
    AlterEnum(AlterEnum),
    DropForeignKey { table: Table, foreign_key: SqlForeignKey },
    DropIndex { table: Table, index: SqlIndex },
    /// Changes to a table that both versions have (`table` is the previous version).
    AlterTable { table: Table, changes: Vec<TableChange> },
    DropTable(Table),
    DropEnum(SqlEnum),
    CreateTable(Table),
    CreateIndex { table: Table, index: SqlIndex },
    RenameForeignKey { table: Table, previous: String, next: String },
    AddForeignKey { table: Table, foreign_key: SqlForeignKey },
    RenameIndex { table: Table, previous: String, next: String },
}

/// One change inside `ALTER TABLE`, in the order Prisma writes them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TableChange {
    DropPrimaryKey(PrimaryKey),
    RenamePrimaryKey { previous: String, next: String },
    DropColumn(Column),
    AddColumn(Column),
    AlterColumn(AlterColumn),
    /// A type PostgreSQL cannot cast to: the column is dropped and added, its data lost.
    DropAndRecreateColumn { previous: Column, next: Column },
    AddPrimaryKey(PrimaryKey),
}

/// A column that both versions have, changed in place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlterColumn {
    pub previous: Column,
    pub next: Column,
    pub changes: ColumnChanges,
    /// The column stops autoincrementing and no other column autoincrements any more: Prisma
    /// then drops the sequence too.
    pub drop_sequence: bool,
}

/// Values added to or removed from an enum that both versions have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlterEnum {
    pub previous: SqlEnum,
    pub next: SqlEnum,
    pub added: Vec<String>,
    pub removed: Vec<String>,
    /// Columns whose default is a value of the enum: dropped before the type is replaced.
    pub dropped_defaults: Vec<ColumnRef>,
    /// Columns of the new version whose type is the enum, cast to the replacement.
    pub retyped: Vec<(ColumnRef, bool)>,
    /// Defaults set again once the type is replaced.
    pub restored_defaults: Vec<(ColumnRef, SqlDefault)>,
}

/// A column named by its table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnRef {
    pub namespace: Namespace,
    pub table: String,
    pub column: String,
}

impl ColumnRef {
    fn new(table: &Table, column: &Column) -> ColumnRef {
        ColumnRef { namespace: table.namespace.clone(), table: table.name.clone(), column: column.name.clone() }
    }
}

impl Step {
    /// The `-- Comment` Prisma writes above the step.
    pub fn description(&self) -> &'static str {
        match self {
            Step::CreateSchema(_) => "CreateSchema",
            Step::DropExtension(_) => "DropExtension",
            Step::CreateExtension(_) => "CreateExtension",
            Step::CreateEnum(_) => "CreateEnum",
            Step::AlterEnum(_) => "AlterEnum",
            Step::DropForeignKey { .. } => "DropForeignKey",
            Step::DropIndex { .. } => "DropIndex",
            Step::AlterTable { .. } => "AlterTable",
            Step::DropTable(_) => "DropTable",
            Step::DropEnum(_) => "DropEnum",
            Step::CreateTable(_) => "CreateTable",
            Step::CreateIndex { .. } => "CreateIndex",
            Step::RenameForeignKey { .. } => "RenameForeignKey",
            Step::AddForeignKey { .. } => "AddForeignKey",
            Step::RenameIndex { .. } => "RenameIndex",
        }
    }

    /// Steps run in this order of kinds.
    fn rank(&self) -> u8 {
        match self {
            Step::CreateSchema(_) => 0,
            Step::DropExtension(_) => 1,
            Step::CreateExtension(_) => 2,
            Step::CreateEnum(_) => 3,
            Step::AlterEnum(_) => 4,
            Step::DropForeignKey { .. } => 5,
            Step::DropIndex { .. } => 6,
            Step::AlterTable { .. } => 7,
            Step::DropTable(_) => 8,
            Step::DropEnum(_) => 9,
            Step::CreateTable(_) => 10,
            Step::CreateIndex { .. } => 11,
            Step::RenameForeignKey { .. } => 12,
            Step::AddForeignKey { .. } => 13,
            Step::RenameIndex { .. } => 14,
        }
    }
}

/// The steps from `from` to `to`, in the order Prisma Migrate runs them.
pub fn diff(from: &SqlSchema, to: &SqlSchema) -> Vec<Step> {
    let differ = Differ::new(from, to);
    let mut steps = Steps::default();
    differ.extensions(&mut steps);
    differ.namespaces(&mut steps);
    differ.created_tables(&mut steps);
    differ.dropped_tables(&mut steps);
    for pair in &differ.pairs {
        pair.indexes(&mut steps);
        pair.foreign_keys(&mut steps);
        differ.altered_table(pair, &mut steps);
    }
    differ.enums(&mut steps);
    steps.into_ordered()
}

/// Where an object sits in its schema, as a sort key: Prisma numbers what it creates in order.
type Key = Vec<usize>;

/// Steps with their sort keys.
#[derive(Default)]
struct Steps(Vec<(u8, Key, Step)>);

impl Steps {
    fn push(&mut self, key: Key, step: Step) {
        self.0.push((step.rank(), key, step));
    }

    fn into_ordered(mut self) -> Vec<Step> {
        self.0.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
        let mut steps: Vec<Step> = self.0.into_iter().map(|(_, _, step)| step).collect();
        drop_unique_after_new_primary_key(&mut steps);
        steps
    }
}

/// A unique index that a new primary key on the same columns replaces is dropped after the key
/// is added (in a table that had no primary key before), as Prisma does.
fn drop_unique_after_new_primary_key(steps: &mut Vec<Step>) {
    let mut i = 0;
    while i < steps.len() {
        let target = match &steps[i] {
            Step::DropIndex { table, index } if index.unique && table.primary_key.is_none() => {
                steps[i + 1..].iter().position(|s| adds_primary_key_on(s, table, index))
            }
            _ => None,
        };
        match target {
            Some(offset) => {
                let step = steps.remove(i);
                steps.insert(i + offset + 1, step);
            }
            None => i += 1,
        }
    }
}

fn adds_primary_key_on(step: &Step, table: &Table, index: &SqlIndex) -> bool {
    let Step::AlterTable { table: altered, changes } = step else { return false };
    let in_index = |name: &str| index.columns.iter().any(|c| c.name == name);
    altered.namespace == table.namespace
        && altered.name == table.name
        && changes.iter().all(|c| match c {
            TableChange::DropColumn(column) => !in_index(&column.name),
            TableChange::DropAndRecreateColumn { previous, .. } => !in_index(&previous.name),
            _ => true,
        })
        && changes.iter().any(|c| {
            matches!(c, TableChange::AddPrimaryKey(pk)
                if pk.columns.len() == index.columns.len()
                    && pk.columns.iter().zip(&index.columns).all(|(a, b)| *a == b.name))
        })
}

/// A table in both versions, with its columns paired by name.
struct TablePair<'a> {
    ids: (usize, usize),
    previous: &'a Table,
    next: &'a Table,
    /// Columns in both versions, in name order.
    columns: Vec<ColumnPair<'a>>,
    /// Columns only in the previous version, in name order.
    dropped: Vec<&'a Column>,
    /// Columns only in the next version, in name order.
    added: Vec<&'a Column>,
}

struct ColumnPair<'a> {
    /// The column's position in the previous table.
    position: usize,
    previous: &'a Column,
    next: &'a Column,
    changes: ColumnChanges,
}

/// The namespace a table or enum lives in, `public` when unqualified.
fn namespace_name(namespace: &Namespace) -> &str {
    namespace.as_deref().unwrap_or("public")
}

impl<'a> TablePair<'a> {
    fn new(ids: (usize, usize), previous: &'a Table, next: &'a Table) -> TablePair<'a> {
        let mut by_name: BTreeMap<&str, (Option<usize>, Option<usize>)> = BTreeMap::new();
        for (i, c) in previous.columns.iter().enumerate() {
            by_name.entry(&c.name).or_default().0 = Some(i);
        }
        for (i, c) in next.columns.iter().enumerate() {
            by_name.entry(&c.name).or_default().1 = Some(i);
        }
        let mut pair = TablePair { ids, previous, next, columns: Vec::new(), dropped: Vec::new(), added: Vec::new() };
        for (p, n) in by_name.into_values() {
            match (p, n) {
                (Some(p), Some(n)) => {
                    let (previous, next) = (&previous.columns[p], &next.columns[n]);
                    let changes = ColumnChanges::between(previous, next);
                    pair.columns.push(ColumnPair { position: p, previous, next, changes });
                }
                (Some(p), None) => pair.dropped.push(&previous.columns[p]),
                (None, Some(n)) => pair.added.push(&next.columns[n]),
                (None, None) => {}
            }
        }
        pair
    }

    fn column(&self, name: &str) -> Option<&ColumnPair<'a>> {
        self.columns.iter().find(|c| c.previous.name == name)
    }

    fn type_changed(&self, name: &str) -> bool {
        self.column(name).is_some_and(|c| c.changes.type_change.is_some())
    }

    /// Dropped, created, recreated and renamed indexes.
    fn indexes(&self, steps: &mut Steps) {
        let (t, u) = self.ids;
        for (i, index) in self.previous.indexes.iter().enumerate() {
            if !self.next.indexes.iter().any(|n| indexes_match(index, n)) {
                steps.push(vec![t, i + 1], Step::DropIndex { table: self.previous.clone(), index: index.clone() });
            }
        }
        let create = |steps: &mut Steps, i: usize, recreated: bool| {
            let index = &self.next.indexes[i];
            steps.push(vec![1, t, u, i + 1, usize::from(recreated)], Step::CreateIndex {
                table: self.next.clone(),
                index: index.clone(),
            });
        };
        for (i, index) in self.next.indexes.iter().enumerate() {
            if !self.previous.indexes.iter().any(|p| indexes_match(p, index)) {
                create(steps, i, false);
            }
        }
        for (_, n) in self.index_pairs() {
            let recreated_column = |c: &IndexColumn| {
                self.column(&c.name).is_some_and(|c| c.changes.type_change == Some(TypeChange::NotCastable))
            };
            if self.next.indexes[n].columns.iter().any(recreated_column) {
                create(steps, n, true);
            }
        }
        for (p, n) in self.index_pairs() {
            let (previous, next) = (&self.previous.indexes[p], &self.next.indexes[n]);
            if previous.name != next.name {
                steps.push(vec![t, p + 1, u, n + 1], Step::RenameIndex {
                    table: self.previous.clone(),
                    previous: previous.name.clone(),
                    next: next.name.clone(),
                });
            }
        }
    }

    /// Indexes that stay, by position: only an index no other index of the table duplicates is
    /// followed through a rename.
    fn index_pairs(&self) -> Vec<(usize, usize)> {
        let same_shape =
            |a: &SqlIndex, b: &SqlIndex| a.unique == b.unique && a.columns.iter().map(|c| &c.name).eq(b.columns.iter().map(|c| &c.name));
        self.previous
            .indexes
            .iter()
            .enumerate()
            .filter(|(_, a)| self.previous.indexes.iter().filter(|b| same_shape(a, b)).count() == 1)
            .filter_map(|(p, a)| self.next.indexes.iter().position(|b| indexes_match(a, b)).map(|n| (p, n)))
            .collect()
    }

    /// Dropped, added and renamed foreign keys.
    fn foreign_keys(&self, steps: &mut Steps) {
        let (t, u) = self.ids;
        for (f, fk) in self.next.foreign_keys.iter().enumerate() {
            if !self.previous.foreign_keys.iter().any(|p| self.foreign_keys_match(p, fk)) {
                steps.push(vec![u, f], Step::AddForeignKey { table: self.next.clone(), foreign_key: fk.clone() });
            }
        }
        for (f, fk) in self.previous.foreign_keys.iter().enumerate() {
            if !self.next.foreign_keys.iter().any(|n| self.foreign_keys_match(fk, n)) {
                steps.push(vec![t, f], Step::DropForeignKey { table: self.previous.clone(), foreign_key: fk.clone() });
            }
        }
        let mut taken = vec![false; self.next.foreign_keys.len()];
        for (f, previous) in self.previous.foreign_keys.iter().enumerate() {
            let found = self.next.foreign_keys.iter().enumerate().find(|(g, n)| !taken[*g] && self.foreign_keys_match(previous, n));
            let Some((g, next)) = found else { continue };
            taken[g] = true;
            // Implicit many-to-many tables keep their constraint names out of renames.
            let join_tables = is_join_table(self.previous) && is_join_table(self.next);
            if previous.name != next.name && !join_tables {
                steps.push(vec![t, f, u, g], Step::RenameForeignKey {
                    table: self.previous.clone(),
                    previous: previous.name.clone(),
                    next: next.name.clone(),
                });
            }
        }
    }

    /// Whether two foreign keys are the same constraint, perhaps renamed.
    fn foreign_keys_match(&self, a: &SqlForeignKey, b: &SqlForeignKey) -> bool {
        a.referenced_table == b.referenced_table
            && a.columns.len() == b.columns.len()
            && a.referenced_columns == b.referenced_columns
            && a.columns.iter().zip(&b.columns).all(|(x, y)| x == y && !self.type_changed(x))
            && a.on_delete == b.on_delete
            && a.on_update == b.on_update
    }

    /// The primary key changes columns (or a key column changes type).
    fn primary_key_changed(&self) -> bool {
        match (&self.previous.primary_key, &self.next.primary_key) {
            (Some(a), Some(b)) => a.columns != b.columns || a.columns.iter().any(|c| self.type_changed(c)),
            _ => false,
        }
    }

    /// The changes inside `ALTER TABLE`, in Prisma's order.
    fn changes(&self, sequence_still_used: bool) -> Vec<TableChange> {
        let mut changes = Vec::new();
        let (previous_pk, next_pk) = (&self.previous.primary_key, &self.next.primary_key);
        let pk_changed = self.primary_key_changed();
        if let Some(pk) = previous_pk
            && (next_pk.is_none() || pk_changed)
        {
            changes.push(TableChange::DropPrimaryKey(pk.clone()));
        }
        if let (Some(a), Some(b)) = (previous_pk, next_pk)
            && a.name != b.name
        {
            changes.push(TableChange::RenamePrimaryKey { previous: a.name.clone(), next: b.name.clone() });
        }
        changes.extend(self.dropped.iter().map(|c| TableChange::DropColumn((*c).clone())));
        changes.extend(self.added.iter().map(|c| TableChange::AddColumn((*c).clone())));
        let mut altered: Vec<&ColumnPair<'_>> = self.columns.iter().filter(|c| c.changes.any()).collect();
        altered.sort_by_key(|c| c.position);
        changes.extend(altered.into_iter().map(|c| match c.changes.type_change {
            Some(TypeChange::NotCastable) => {
                TableChange::DropAndRecreateColumn { previous: c.previous.clone(), next: c.next.clone() }
            }
            _ => TableChange::AlterColumn(AlterColumn {
                previous: c.previous.clone(),
                next: c.next.clone(),
                changes: c.changes,
                drop_sequence: !sequence_still_used,
            }),
        }));
        if let Some(pk) = next_pk
            && (previous_pk.is_none() || pk_changed)
        {
            changes.push(TableChange::AddPrimaryKey(pk.clone()));
        }
        changes
    }
}

/// Prisma's implicit many-to-many join tables: two columns, `A` and `B`.
pub(crate) fn is_join_table(table: &Table) -> bool {
    table.columns.len() == 2 && table.column("A").is_some() && table.column("B").is_some()
}

/// Whether two indexes are the same but for their names.
fn indexes_match(a: &SqlIndex, b: &SqlIndex) -> bool {
    let order = |c: &IndexColumn| c.sort.unwrap_or(SortOrder::Asc);
    a.unique == b.unique
        && a.algorithm.unwrap_or(IndexAlgorithm::BTree) == b.algorithm.unwrap_or(IndexAlgorithm::BTree)
        && a.columns.len() == b.columns.len()
        && a.columns.iter().zip(&b.columns).all(|(x, y)| {
            x.name == y.name && order(x) == order(y) && x.operator_class == y.operator_class
        })
}

struct Differ<'a> {
    from: &'a SqlSchema,
    to: &'a SqlSchema,
    /// Tables in both versions, in the previous version's order.
    pairs: Vec<TablePair<'a>>,
    /// Positions in `from` of the tables that go.
    dropped: Vec<usize>,
    /// Positions in `to` of the tables that come.
    created: Vec<usize>,
    /// Some column of the new version autoincrements (Prisma then keeps the sequences of columns
    /// that stop autoincrementing).
    sequence_still_used: bool,
}

impl<'a> Differ<'a> {
    fn new(from: &'a SqlSchema, to: &'a SqlSchema) -> Differ<'a> {
        let key = |t: &'a Table| (namespace_name(&t.namespace), t.name.as_str());
        let position: BTreeMap<(&str, &str), usize> = to.tables.iter().enumerate().map(|(i, t)| (key(t), i)).collect();
        let mut pairs = Vec::new();
        let mut dropped = Vec::new();
        let mut matched = vec![false; to.tables.len()];
        for (i, table) in from.tables.iter().enumerate() {
            match position.get(&key(table)) {
                Some(&j) if !matched[j] => {
                    matched[j] = true;
                    pairs.push(TablePair::new((i, j), table, &to.tables[j]));
                }
                _ => dropped.push(i),
            }
        }
        let created = (0..to.tables.len()).filter(|&j| !matched[j]).collect();
        let sequence_still_used = to.tables.iter().any(|t| t.columns.iter().any(|c| c.autoincrement));
        Differ { from, to, pairs, dropped, created, sequence_still_used }
    }

    fn extensions(&self, steps: &mut Steps) {
        for (i, previous) in self.from.extensions.iter().enumerate() {
            let Some((j, next)) = self.to.extensions.iter().enumerate().find(|(_, n)| n.name == previous.name) else {
                continue;
            };
            let compatible = |a: &Option<String>, b: &Option<String>| a.is_none() || b.is_none() || a == b;
            if !compatible(&previous.version, &next.version) || !compatible(&previous.schema, &next.schema) {
                steps.push(vec![i], Step::DropExtension(previous.clone()));
                steps.push(vec![j], Step::CreateExtension(next.clone()));
            }
        }
        for (j, next) in self.to.extensions.iter().enumerate() {
            if !self.from.extensions.iter().any(|p| p.name == next.name) {
                steps.push(vec![j], Step::CreateExtension(next.clone()));
            }
        }
    }

    fn namespaces(&self, steps: &mut Steps) {
        for (i, ns) in self.to.namespaces.iter().enumerate() {
            if !self.from.namespaces.contains(ns) {
                steps.push(vec![i], Step::CreateSchema(ns.clone()));
            }
        }
    }

    fn created_tables(&self, steps: &mut Steps) {
        for &t in &self.created {
            let table = &self.to.tables[t];
            steps.push(vec![t], Step::CreateTable(table.clone()));
            for (f, fk) in table.foreign_keys.iter().enumerate() {
                steps.push(vec![t, f], Step::AddForeignKey { table: table.clone(), foreign_key: fk.clone() });
            }
            for (i, index) in table.indexes.iter().enumerate() {
                steps.push(vec![0, 0, t, i + 1, 0], Step::CreateIndex { table: table.clone(), index: index.clone() });
            }
        }
    }

    fn dropped_tables(&self, steps: &mut Steps) {
        for &t in &self.dropped {
            let table = &self.from.tables[t];
            steps.push(vec![t], Step::DropTable(table.clone()));
            for (f, fk) in table.foreign_keys.iter().enumerate() {
                steps.push(vec![t, f], Step::DropForeignKey { table: table.clone(), foreign_key: fk.clone() });
            }
        }
    }

    fn altered_table(&self, pair: &TablePair<'_>, steps: &mut Steps) {
        let changes = pair.changes(self.sequence_still_used);
        if !changes.is_empty() {
            steps.push(vec![pair.ids.0, pair.ids.1], Step::AlterTable { table: pair.previous.clone(), changes });
        }
    }

    fn enums(&self, steps: &mut Steps) {
        let same = |a: &SqlEnum, b: &SqlEnum| a.name == b.name && a.namespace == b.namespace;
        for (i, previous) in self.from.enums.iter().enumerate() {
            let Some((j, next)) = self.to.enums.iter().enumerate().find(|(_, n)| same(previous, n)) else {
                steps.push(vec![i], Step::DropEnum(previous.clone()));
                continue;
            };
            let added: Vec<String> = next.values.iter().filter(|v| !previous.values.contains(v)).cloned().collect();
            let removed: Vec<String> = previous.values.iter().filter(|v| !next.values.contains(v)).cloned().collect();
            if !added.is_empty() || !removed.is_empty() {
                steps.push(vec![i, j], Step::AlterEnum(self.alter_enum(previous, next, added, removed)));
            }
        }
        for (j, next) in self.to.enums.iter().enumerate() {
            if !self.from.enums.iter().any(|p| same(p, next)) {
                steps.push(vec![j], Step::CreateEnum(next.clone()));
            }
        }
    }

    /// The columns an enum's replacement touches: defaults to drop and restore, columns to cast.
    fn alter_enum(&self, previous: &SqlEnum, next: &SqlEnum, added: Vec<String>, removed: Vec<String>) -> AlterEnum {
        // Prisma recognises the enum's columns by the type's name alone.
        let uses = |c: &Column, e: &SqlEnum| matches!(&c.ty, ColumnType::Enum { name, .. } if *name == e.name);
        let with_default = |c: &Column| uses(c, previous) && c.default.is_some();
        let mut dropped_defaults = Vec::new();
        let mut restored_defaults = Vec::new();
        for &t in &self.dropped {
            let table = &self.from.tables[t];
            dropped_defaults.extend(table.columns.iter().filter(|c| with_default(c)).map(|c| ColumnRef::new(table, c)));
        }
        for pair in &self.pairs {
            let table = pair.previous;
            dropped_defaults.extend(pair.dropped.iter().filter(|c| with_default(c)).map(|c| ColumnRef::new(table, c)));
            for column in pair.columns.iter().filter(|c| with_default(c.previous)) {
                dropped_defaults.push(ColumnRef::new(table, column.previous));
                if let Some(default) = column.next.default.as_ref().filter(|_| uses(column.next, next)) {
                    restored_defaults.push((ColumnRef::new(table, column.previous), default.clone()));
                }
            }
        }
        let of_next = ColumnType::Enum { namespace: next.namespace.clone(), name: next.name.clone() };
        let retyped = self
            .to
            .tables
            .iter()
            .flat_map(|t| t.columns.iter().filter(|c| c.ty == of_next).map(move |c| (ColumnRef::new(t, c), c.list)))
            .collect();
        AlterEnum {
            previous: previous.clone(),
            next: next.clone(),
            added,
            removed,
            dropped_defaults,
            retyped,
            restored_defaults,
        }
    }
}

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
mod predicates;

pub use columns::{Arity, ColumnChanges, TypeChange};

use crate::schema::*;
use prisma2sql_model::hash::{HashMap, HashSet};
use std::collections::BTreeMap;

/// One migration step. Steps borrow what they touch from the two schemas they were computed
/// from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step<'a> {
    CreateSchema(&'a str),
    /// An extension whose version or schema changed is dropped and created again.
    DropExtension(&'a SqlExtension),
    CreateExtension(&'a SqlExtension),
    CreateEnum(&'a SqlEnum),
    AlterEnum(AlterEnum<'a>),
    DropForeignKey {
        table: &'a Table,
        foreign_key: &'a SqlForeignKey,
    },
    DropIndex {
        table: &'a Table,
        index: &'a SqlIndex,
    },
    /// Changes to a table that both versions have (`table` is the previous version).
    AlterTable {
        table: &'a Table,
        changes: Vec<TableChange<'a>>,
    },
    DropTable(&'a Table),
    DropEnum(&'a SqlEnum),
    CreateTable(&'a Table),
    CreateIndex {
        table: &'a Table,
        index: &'a SqlIndex,
    },
    RenameForeignKey {
        table: &'a Table,
        previous: &'a str,
        next: &'a str,
    },
    AddForeignKey {
        table: &'a Table,
        foreign_key: &'a SqlForeignKey,
    },
    RenameIndex {
        table: &'a Table,
        previous: &'a str,
        next: &'a str,
    },
}

/// One change inside `ALTER TABLE`, in the order Prisma writes them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TableChange<'a> {
    DropPrimaryKey(&'a PrimaryKey),
    RenamePrimaryKey {
        previous: &'a str,
        next: &'a str,
    },
    DropColumn(&'a Column),
    AddColumn(&'a Column),
    AlterColumn(AlterColumn<'a>),
    /// A type PostgreSQL cannot cast to: the column is dropped and added, its data lost.
    DropAndRecreateColumn {
        previous: &'a Column,
        next: &'a Column,
    },
    AddPrimaryKey(&'a PrimaryKey),
}

/// A column that both versions have, changed in place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlterColumn<'a> {
    pub previous: &'a Column,
    pub next: &'a Column,
    pub changes: ColumnChanges,
    /// The column stops autoincrementing and no other column autoincrements any more: Prisma
    /// then drops the sequence too.
    pub drop_sequence: bool,
}

/// Values added to or removed from an enum that both versions have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlterEnum<'a> {
    pub previous: &'a SqlEnum,
    pub next: &'a SqlEnum,
    pub added: Vec<&'a str>,
    pub removed: Vec<&'a str>,
    /// Columns whose default is a value of the enum: dropped before the type is replaced.
    pub dropped_defaults: Vec<ColumnRef<'a>>,
    /// Columns of the new version whose type is the enum, cast to the replacement.
    pub retyped: Vec<ColumnRef<'a>>,
    /// Defaults set again once the type is replaced.
    pub restored_defaults: Vec<(ColumnRef<'a>, &'a SqlDefault)>,
}

/// A column with its table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ColumnRef<'a> {
    pub table: &'a Table,
    pub column: &'a Column,
}

impl Step<'_> {
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
pub fn diff<'a>(from: &'a SqlSchema, to: &'a SqlSchema) -> Vec<Step<'a>> {
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
/// Keys of one kind of step have the same number of parts; unused parts stay zero.
type Key = [usize; 5];

/// A sort key from its parts (at most five).
fn key(parts: &[usize]) -> Key {
    let mut key = [0; 5];
    key[..parts.len()].copy_from_slice(parts);
    key
}

/// Steps with their sort keys.
#[derive(Default)]
struct Steps<'a>(Vec<(u8, Key, Step<'a>)>);

impl<'a> Steps<'a> {
    fn push(&mut self, parts: &[usize], step: Step<'a>) {
        self.0.push((step.rank(), key(parts), step));
    }

    /// The steps by rank, then by key. The steps are first put in one list per rank, in the order
    /// they came, and each list is then sorted by key: the steps of one rank mostly come in key
    /// order already (a table, then its indexes and foreign keys, then the next table), which the
    /// sort finds in one pass, where one sort of all the steps interleaved by rank would not.
    fn into_ordered(self) -> Vec<Step<'a>> {
        let ranks = self.0.iter().map(|(rank, _, _)| usize::from(*rank) + 1).max().unwrap_or(0);
        let mut by_rank: Vec<Vec<(Key, Step<'a>)>> = (0..ranks).map(|_| Vec::new()).collect();
        let count = self.0.len();
        for (rank, key, step) in self.0 {
            by_rank[usize::from(rank)].push((key, step));
        }
        let mut steps = Vec::with_capacity(count);
        for mut same_rank in by_rank {
            same_rank.sort_by_key(|a| a.0);
            steps.extend(same_rank.into_iter().map(|(_, step)| step));
        }
        drop_unique_after_new_primary_key(&mut steps);
        steps
    }
}

/// A unique index that a new primary key on the same columns replaces is dropped after the key
/// is added (in a table that had no primary key before), as Prisma does.
fn drop_unique_after_new_primary_key(steps: &mut Vec<Step<'_>>) {
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

fn adds_primary_key_on(step: &Step<'_>, table: &Table, index: &SqlIndex) -> bool {
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

    /// The pair of columns of this name (`columns` is in name order).
    fn column(&self, name: &str) -> Option<&ColumnPair<'a>> {
        let found = self.columns.binary_search_by(|c| c.previous.name.as_str().cmp(name));
        found.ok().map(|i| &self.columns[i])
    }

    fn type_changed(&self, name: &str) -> bool {
        self.column(name).is_some_and(|c| c.changes.type_change.is_some())
    }

    /// Dropped, created, recreated and renamed indexes.
    fn indexes(&self, steps: &mut Steps<'a>) {
        let (t, u) = self.ids;
        let (previous, next) = (self.previous, self.next);
        for (i, index) in previous.indexes.iter().enumerate() {
            if !next.indexes.iter().any(|n| indexes_match(index, n)) {
                steps.push(&[t, i + 1], Step::DropIndex { table: previous, index });
            }
        }
        let create = |steps: &mut Steps<'a>, i: usize, recreated: bool| {
            let index = &next.indexes[i];
            steps.push(&[1, t, u, i + 1, usize::from(recreated)], Step::CreateIndex { table: next, index });
        };
        for (i, index) in next.indexes.iter().enumerate() {
            if !previous.indexes.iter().any(|p| indexes_match(p, index)) {
                create(steps, i, false);
            }
        }
        let pairs = self.index_pairs();
        for &(_, n) in &pairs {
            let recreated_column = |c: &IndexColumn| {
                self.column(&c.name).is_some_and(|c| c.changes.type_change == Some(TypeChange::NotCastable))
            };
            if next.indexes[n].columns.iter().any(recreated_column) {
                create(steps, n, true);
            }
        }
        for (p, n) in pairs {
            let (before, after) = (&previous.indexes[p], &next.indexes[n]);
            if before.name != after.name {
                steps.push(
                    &[t, p + 1, u, n + 1],
                    Step::RenameIndex { table: previous, previous: &before.name, next: &after.name },
                );
            }
        }
    }

    /// Indexes that stay, by position: only an index no other index of the table duplicates is
    /// followed through a rename.
    fn index_pairs(&self) -> Vec<(usize, usize)> {
        let same_shape = |a: &SqlIndex, b: &SqlIndex| {
            a.unique == b.unique && a.columns.iter().map(|c| &c.name).eq(b.columns.iter().map(|c| &c.name))
        };
        self.previous
            .indexes
            .iter()
            .enumerate()
            .filter(|(_, a)| self.previous.indexes.iter().filter(|b| same_shape(a, b)).count() == 1)
            .filter_map(|(p, a)| self.next.indexes.iter().position(|b| indexes_match(a, b)).map(|n| (p, n)))
            .collect()
    }

    /// Dropped, added and renamed foreign keys.
    fn foreign_keys(&self, steps: &mut Steps<'a>) {
        let (t, u) = self.ids;
        let (previous, next) = (self.previous, self.next);
        for (f, foreign_key) in next.foreign_keys.iter().enumerate() {
            if !previous.foreign_keys.iter().any(|p| self.foreign_keys_match(p, foreign_key)) {
                steps.push(&[u, f], Step::AddForeignKey { table: next, foreign_key });
            }
        }
        for (f, foreign_key) in previous.foreign_keys.iter().enumerate() {
            if !next.foreign_keys.iter().any(|n| self.foreign_keys_match(foreign_key, n)) {
                steps.push(&[t, f], Step::DropForeignKey { table: previous, foreign_key });
            }
        }
        // Implicit many-to-many tables keep their constraint names out of renames.
        let join_tables = is_join_table(previous) && is_join_table(next);
        let mut taken = vec![false; next.foreign_keys.len()];
        for (f, before) in previous.foreign_keys.iter().enumerate() {
            let found =
                next.foreign_keys.iter().enumerate().find(|(g, n)| !taken[*g] && self.foreign_keys_match(before, n));
            let Some((g, after)) = found else { continue };
            taken[g] = true;
            if before.name != after.name && !join_tables {
                steps.push(
                    &[t, f, u, g],
                    Step::RenameForeignKey { table: previous, previous: &before.name, next: &after.name },
                );
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
    fn changes(&self, sequence_still_used: bool) -> Vec<TableChange<'a>> {
        let mut changes = Vec::new();
        let (previous_pk, next_pk) = (self.previous.primary_key.as_ref(), self.next.primary_key.as_ref());
        let pk_changed = self.primary_key_changed();
        if let Some(pk) = previous_pk
            && (next_pk.is_none() || pk_changed)
        {
            changes.push(TableChange::DropPrimaryKey(pk));
        }
        if let (Some(a), Some(b)) = (previous_pk, next_pk)
            && a.name != b.name
        {
            changes.push(TableChange::RenamePrimaryKey { previous: &a.name, next: &b.name });
        }
        changes.extend(self.dropped.iter().map(|c| TableChange::DropColumn(c)));
        changes.extend(self.added.iter().map(|c| TableChange::AddColumn(c)));
        let mut altered: Vec<&ColumnPair<'a>> = self.columns.iter().filter(|c| c.changes.any()).collect();
        altered.sort_by_key(|c| c.position);
        changes.extend(altered.into_iter().map(|c| match c.changes.type_change {
            Some(TypeChange::NotCastable) => TableChange::DropAndRecreateColumn { previous: c.previous, next: c.next },
            _ => TableChange::AlterColumn(AlterColumn {
                previous: c.previous,
                next: c.next,
                changes: c.changes,
                drop_sequence: !sequence_still_used,
            }),
        }));
        if let Some(pk) = next_pk
            && (previous_pk.is_none() || pk_changed)
        {
            changes.push(TableChange::AddPrimaryKey(pk));
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
        && a.columns
            .iter()
            .zip(&b.columns)
            .all(|(x, y)| x.name == y.name && order(x) == order(y) && x.operator_class == y.operator_class)
        && predicates::same(a.predicate.as_ref(), b.predicate.as_ref())
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
        let position: HashMap<(&str, &str), usize> = to.tables.iter().enumerate().map(|(i, t)| (key(t), i)).collect();
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

    fn extensions(&self, steps: &mut Steps<'a>) {
        for (i, previous) in self.from.extensions.iter().enumerate() {
            let Some((j, next)) = self.to.extensions.iter().enumerate().find(|(_, n)| n.name == previous.name) else {
                continue;
            };
            let compatible = |a: &Option<String>, b: &Option<String>| a.is_none() || b.is_none() || a == b;
            if !compatible(&previous.version, &next.version) || !compatible(&previous.schema, &next.schema) {
                steps.push(&[i], Step::DropExtension(previous));
                steps.push(&[j], Step::CreateExtension(next));
            }
        }
        for (j, next) in self.to.extensions.iter().enumerate() {
            if !self.from.extensions.iter().any(|p| p.name == next.name) {
                steps.push(&[j], Step::CreateExtension(next));
            }
        }
    }

    fn namespaces(&self, steps: &mut Steps<'a>) {
        for (i, ns) in self.to.namespaces.iter().enumerate() {
            if !self.from.namespaces.contains(ns) {
                steps.push(&[i], Step::CreateSchema(ns));
            }
        }
    }

    fn created_tables(&self, steps: &mut Steps<'a>) {
        for &t in &self.created {
            let table = &self.to.tables[t];
            steps.push(&[t], Step::CreateTable(table));
            for (f, foreign_key) in table.foreign_keys.iter().enumerate() {
                steps.push(&[t, f], Step::AddForeignKey { table, foreign_key });
            }
            for (i, index) in table.indexes.iter().enumerate() {
                steps.push(&[0, 0, t, i + 1, 0], Step::CreateIndex { table, index });
            }
        }
    }

    fn dropped_tables(&self, steps: &mut Steps<'a>) {
        for &t in &self.dropped {
            let table = &self.from.tables[t];
            steps.push(&[t], Step::DropTable(table));
            for (f, foreign_key) in table.foreign_keys.iter().enumerate() {
                steps.push(&[t, f], Step::DropForeignKey { table, foreign_key });
            }
        }
    }

    fn altered_table(&self, pair: &TablePair<'a>, steps: &mut Steps<'a>) {
        let changes = pair.changes(self.sequence_still_used);
        if !changes.is_empty() {
            steps.push(&[pair.ids.0, pair.ids.1], Step::AlterTable { table: pair.previous, changes });
        }
    }

    fn enums(&self, steps: &mut Steps<'a>) {
        let key = |e: &'a SqlEnum| (&e.namespace, e.name.as_str());
        // The first enum of each name in the new version.
        let position: HashMap<_, usize> = self.to.enums.iter().enumerate().rev().map(|(j, e)| (key(e), j)).collect();
        for (i, previous) in self.from.enums.iter().enumerate() {
            let Some(&j) = position.get(&key(previous)) else {
                steps.push(&[i], Step::DropEnum(previous));
                continue;
            };
            let next = &self.to.enums[j];
            let (added, removed) = enum_value_changes(previous, next);
            if !added.is_empty() || !removed.is_empty() {
                steps.push(&[i, j], Step::AlterEnum(self.alter_enum(previous, next, added, removed)));
            }
        }
        let existing: HashSet<_> = self.from.enums.iter().map(key).collect();
        for (j, next) in self.to.enums.iter().enumerate() {
            if !existing.contains(&key(next)) {
                steps.push(&[j], Step::CreateEnum(next));
            }
        }
    }

    /// The columns an enum's replacement touches: defaults to drop and restore, columns to cast.
    fn alter_enum(
        &self,
        previous: &'a SqlEnum,
        next: &'a SqlEnum,
        added: Vec<&'a str>,
        removed: Vec<&'a str>,
    ) -> AlterEnum<'a> {
        // Prisma recognises the enum's columns by the type's name alone.
        let uses = |c: &Column, e: &SqlEnum| matches!(&c.ty, ColumnType::Enum { name, .. } if *name == e.name);
        let with_default = |c: &Column| uses(c, previous) && c.default.is_some();
        let mut dropped_defaults = Vec::new();
        let mut restored_defaults = Vec::new();
        for &t in &self.dropped {
            let table = &self.from.tables[t];
            dropped_defaults
                .extend(table.columns.iter().filter(|c| with_default(c)).map(|column| ColumnRef { table, column }));
        }
        for pair in &self.pairs {
            let table = pair.previous;
            dropped_defaults
                .extend(pair.dropped.iter().filter(|c| with_default(c)).map(|&column| ColumnRef { table, column }));
            for column in pair.columns.iter().filter(|c| with_default(c.previous)) {
                dropped_defaults.push(ColumnRef { table, column: column.previous });
                if let Some(default) = column.next.default.as_ref().filter(|_| uses(column.next, next)) {
                    restored_defaults.push((ColumnRef { table, column: column.previous }, default));
                }
            }
        }
        let of_next = |c: &Column| matches!(&c.ty, ColumnType::Enum { namespace, name } if *namespace == next.namespace && *name == next.name);
        let retyped = self
            .to
            .tables
            .iter()
            .flat_map(|table| {
                table.columns.iter().filter(|c| of_next(c)).map(move |column| ColumnRef { table, column })
            })
            .collect();
        AlterEnum { previous, next, added, removed, dropped_defaults, retyped, restored_defaults }
    }
}

/// The values `next` adds to an enum, and those it removes, each in its version's order.
fn enum_value_changes<'a>(previous: &'a SqlEnum, next: &'a SqlEnum) -> (Vec<&'a str>, Vec<&'a str>) {
    let values = |e: &'a SqlEnum| e.values.iter().map(String::as_str).collect::<HashSet<&str>>();
    let (before, after) = (values(previous), values(next));
    let added = next.values.iter().map(String::as_str).filter(|v| !before.contains(v)).collect();
    let removed = previous.values.iter().map(String::as_str).filter(|v| !after.contains(v)).collect();
    (added, removed)
}

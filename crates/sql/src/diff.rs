//! The one differ: the steps that turn one SQL schema into another. `init` is the diff from the
//! empty schema; a migration is the diff between two versions.

use crate::schema::*;

/// One migration step. Steps own what they need to render themselves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    CreateSchema(String),
    CreateExtension(SqlExtension),
    CreateEnum(SqlEnum),
    DropForeignKey { table: Table, foreign_key: SqlForeignKey },
    DropIndex { namespace: Namespace, name: String },
    AlterTable { table: Table, changes: Vec<TableChange> },
    DropTable(Table),
    DropEnum(SqlEnum),
    CreateTable(Table),
    CreateIndex { table: Table, index: SqlIndex },
    AddForeignKey { table: Table, foreign_key: SqlForeignKey },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TableChange {
    AddColumn(Column),
    DropColumn(String),
}

impl Step {
    /// The `-- Comment` Prisma writes above the step.
    pub fn description(&self) -> &'static str {
        match self {
            Step::CreateSchema(_) => "CreateSchema",
            Step::CreateExtension(_) => "CreateExtension",
            Step::CreateEnum(_) => "CreateEnum",
            Step::DropForeignKey { .. } => "DropForeignKey",
            Step::DropIndex { .. } => "DropIndex",
            Step::AlterTable { .. } => "AlterTable",
            Step::DropTable(_) => "DropTable",
            Step::DropEnum(_) => "DropEnum",
            Step::CreateTable(_) => "CreateTable",
            Step::CreateIndex { .. } => "CreateIndex",
            Step::AddForeignKey { .. } => "AddForeignKey",
        }
    }

    /// Steps run in this order of kinds; within a kind, in the order they were found.
    fn rank(&self) -> u8 {
        match self {
            Step::CreateSchema(_) => 0,
            Step::CreateExtension(_) => 1,
            Step::CreateEnum(_) => 2,
            Step::DropForeignKey { .. } => 3,
            Step::DropIndex { .. } => 4,
            Step::AlterTable { .. } => 5,
            Step::DropTable(_) => 6,
            Step::DropEnum(_) => 7,
            Step::CreateTable(_) => 8,
            Step::CreateIndex { .. } => 9,
            Step::AddForeignKey { .. } => 10,
        }
    }
}

/// The steps from `from` to `to`.
pub fn diff(from: &SqlSchema, to: &SqlSchema) -> Vec<Step> {
    let mut steps = Vec::new();

    for ns in &to.namespaces {
        if !from.namespaces.contains(ns) {
            steps.push(Step::CreateSchema(ns.clone()));
        }
    }
    for ext in &to.extensions {
        if !from.extensions.iter().any(|e| e.name == ext.name) {
            steps.push(Step::CreateExtension(ext.clone()));
        }
    }
    for e in &to.enums {
        if !from.enums.iter().any(|f| f.namespace == e.namespace && f.name == e.name) {
            steps.push(Step::CreateEnum(e.clone()));
        }
    }
    for e in &from.enums {
        if !to.enums.iter().any(|t| t.namespace == e.namespace && t.name == e.name) {
            steps.push(Step::DropEnum(e.clone()));
        }
    }

    for old in &from.tables {
        match to.table(&old.namespace, &old.name) {
            None => {
                steps.push(Step::DropTable(old.clone()));
            }
            Some(new) => {
                for fk in &old.foreign_keys {
                    if !new.foreign_keys.iter().any(|f| f == fk) {
                        steps.push(Step::DropForeignKey { table: old.clone(), foreign_key: fk.clone() });
                    }
                }
                for index in &old.indexes {
                    if !new.indexes.iter().any(|i| i == index) {
                        steps.push(Step::DropIndex { namespace: old.namespace.clone(), name: index.name.clone() });
                    }
                }
                let mut changes = Vec::new();
                for column in &old.columns {
                    if new.column(&column.name).is_none() {
                        changes.push(TableChange::DropColumn(column.name.clone()));
                    }
                }
                for column in &new.columns {
                    if old.column(&column.name).is_none() {
                        changes.push(TableChange::AddColumn(column.clone()));
                    }
                }
                if !changes.is_empty() {
                    steps.push(Step::AlterTable { table: new.clone(), changes });
                }
            }
        }
    }

    for table in &to.tables {
        let old = from.table(&table.namespace, &table.name);
        if old.is_none() {
            steps.push(Step::CreateTable(table.clone()));
        }
        for index in &table.indexes {
            if old.is_none_or(|o| !o.indexes.contains(index)) {
                steps.push(Step::CreateIndex { table: table.clone(), index: index.clone() });
            }
        }
    }
    for table in &to.tables {
        let old = from.table(&table.namespace, &table.name);
        for fk in &table.foreign_keys {
            if old.is_none_or(|o| !o.foreign_keys.contains(fk)) {
                steps.push(Step::AddForeignKey { table: table.clone(), foreign_key: fk.clone() });
            }
        }
    }

    steps.sort_by_key(Step::rank);
    steps
}

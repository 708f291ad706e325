//! The fourth stage of prisma2sql: the PostgreSQL schema a Prisma schema stands for, and the SQL
//! that creates or migrates it, byte-identical to Prisma Migrate.
//!
//! [`calculate`] computes a [`SqlSchema`] from the relation model; [`diff`] is the one differ
//! between two SQL schemas; [`render`] writes every statement. The init script is the diff from
//! the empty schema ([`init_steps`], [`init_script`]); a migration is the diff between two versions
//! ([`migration_script`]). [`warnings::check`] says what a migration's steps put at risk.

mod calculate;
pub mod diff;
pub mod render;
pub mod schema;
pub mod warnings;

pub use calculate::calculate;
pub use diff::{Step, diff};
pub use schema::*;

/// The steps that create `to` in an empty database: the diff from the empty schema.
pub fn init_steps(to: &SqlSchema) -> Vec<Step<'_>> {
    static EMPTY: SqlSchema = SqlSchema::EMPTY;
    diff::diff(&EMPTY, to)
}

/// The script that creates `to` in an empty database (`prisma migrate diff --from-empty`).
pub fn init_script(to: &SqlSchema) -> String {
    render::script(&init_steps(to))
}

/// The script that migrates `from` to `to`.
pub fn migration_script(from: &SqlSchema, to: &SqlSchema) -> String {
    render::script(&diff::diff(from, to))
}

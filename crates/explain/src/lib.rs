//! Explanations of a Prisma schema beyond its DDL: what each relation is and how the database
//! implements it ([`report`], [`text`]), what deleting a row sets off ([`delete`]), the order in
//! which tables can be filled ([`order`]), ER diagrams ([`erd`]) and DDL with the relations
//! explained in comments ([`annotate`]).
//!
//! Everything is read from the stages before: the relation model and the SQL schema, so that an
//! explanation always agrees with the DDL.

pub mod annotate;
pub mod context;
pub mod delete;
pub mod erd;
pub mod graph;
pub mod order;
pub mod report;
pub mod text;
pub mod words;

pub use context::Context;
pub use graph::Graph;
pub use report::{Explanation, explain};

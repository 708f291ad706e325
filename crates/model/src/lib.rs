//! The second stage of prisma2sql: names, types and attributes of a Prisma schema, resolved and
//! validated as Prisma does.
//!
//! [`resolve`] never fails: it returns the [`Schema`] it could build and the diagnostics of
//! everything Prisma would reject. Relations are paired and checked by the next stage.

mod args;
pub mod features;
pub mod literals;
pub mod names;
mod resolve;
pub mod schema;
pub mod types;
mod validate;

pub use schema::*;
pub use types::{NativeType, NativeTypeDef, ScalarType};

use prisma2sql_syntax::Diagnostics;
use prisma2sql_syntax::ast::SchemaAst;

/// A resolved schema and what is wrong with it.
#[derive(Debug)]
pub struct Resolved {
    pub schema: Schema,
    pub diagnostics: Diagnostics,
}

/// Resolves names, types and attributes, and validates everything that does not need relations.
pub fn resolve(ast: &SchemaAst) -> Resolved {
    let (schema, mut diagnostics) = resolve::Resolver::new(ast).run();
    validate::validate(&schema, &mut diagnostics);
    Resolved {
        schema,
        diagnostics,
    }
}

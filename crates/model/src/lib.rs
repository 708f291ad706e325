//! The second stage of prisma2sql: names, types and attributes of a Prisma schema, resolved and
//! validated as Prisma does.
//!
//! [`resolve`] never fails: it returns the [`Schema`] it could build and the diagnostics of
//! everything Prisma would reject. Relations are paired and checked by the next stage.

mod args;
pub mod features;
pub mod hash;
pub mod literals;
pub mod names;
mod resolve;
pub mod schema;
pub mod types;
mod validate;

pub use schema::*;
pub use types::{NativeType, NativeTypeDef, ScalarType};

use prisma2sql_syntax::ast::SchemaAst;
use prisma2sql_syntax::{Diagnostics, Parsed};

/// A resolved schema and what is wrong with it.
#[derive(Debug)]
pub struct Resolved {
    pub schema: Schema,
    pub diagnostics: Diagnostics,
    /// Whether the text parsed and names, types and attributes resolved without error. Prisma
    /// checks the schema as a whole (relations included) only then, so that one mistake does not
    /// bring a train of others.
    pub complete: bool,
}

/// Resolves names, types and attributes, then validates the schema when they resolve.
pub fn resolve(ast: &SchemaAst) -> Resolved {
    resolve_after(ast, true)
}

/// Like [`resolve`], validating the schema only when the text also parsed without error.
pub fn resolve_parsed(parsed: &Parsed) -> Resolved {
    resolve_after(&parsed.ast, !parsed.diagnostics.has_errors())
}

fn resolve_after(ast: &SchemaAst, well_formed: bool) -> Resolved {
    let (schema, mut diagnostics, checks) = resolve::Resolver::new(ast).run();
    let complete = well_formed && !diagnostics.has_errors();
    if complete {
        diagnostics.extend(checks);
        validate::validate(&schema, &mut diagnostics);
    }
    Resolved { schema, diagnostics, complete }
}

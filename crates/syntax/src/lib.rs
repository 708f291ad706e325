//! The first stage of prisma2sql: Prisma schema text to a syntax tree with exact source spans.
//!
//! [`parse`] never fails: it returns the tree of everything it could read and a diagnostic for every
//! line it could not. [`Sources`] reads a schema from a file, a folder of `.prisma` files or
//! standard input, and [`render`] prints diagnostics in rustc's style.

// The parser that pest_derive generates names `alloc` (pest is used without its `std` feature).
extern crate alloc;

pub mod ast;
mod diagnostic;
mod dump;
mod parser;
mod source;

pub use diagnostic::{Diagnostic, Diagnostics, MAX_SHOWN, Severity, render};
pub use dump::dump;
pub use parser::{MAX_NESTING, MAX_SYNTAX_ERRORS, Parsed, parse, parse_file, reads_the_same_in_pieces};
pub use source::{FileId, LoadError, SourceFile, Sources, Span};

//! From the syntax tree to the [`Schema`], in Prisma's passes: configuration blocks, names, field
//! types, then the attributes of enums and models. Every problem is reported and the schema is
//! still built from what could be read.

mod config;
mod defaults;
mod enums;
mod fields;
mod indexes;
mod models;
mod names;
mod native;
mod predicates;
mod relation;

use crate::args::{Args, string};
use crate::hash::HashMap;
use crate::schema::*;
use prisma2sql_syntax::ast;
use prisma2sql_syntax::{Diagnostics, Span};

/// What a top-level name stands for.
#[derive(Clone, Copy)]
pub(crate) enum TopRef {
    Model(ModelId),
    Enum(EnumId),
    Composite(usize),
}

pub(crate) struct Resolver<'a> {
    ast: &'a ast::SchemaAst,
    diagnostics: Diagnostics,
    /// Problems Prisma reports only once names, types and attributes all resolve (native types,
    /// default values it parses, unknown functions).
    checks: Diagnostics,
    schema: Schema,
    /// Models, views, enums and composite types by name (the first of each name).
    tops: HashMap<&'a str, TopRef>,
    /// The syntax tree of each model and view, by id.
    model_asts: Vec<&'a ast::Model>,
    /// The syntax tree of each enum, by id.
    enum_asts: Vec<&'a ast::Enum>,
}

impl<'a> Resolver<'a> {
    pub(crate) fn new(ast: &'a ast::SchemaAst) -> Self {
        Resolver {
            ast,
            diagnostics: Diagnostics::new(),
            checks: Diagnostics::new(),
            schema: Schema::default(),
            tops: HashMap::default(),
            model_asts: Vec::new(),
            enum_asts: Vec::new(),
        }
    }

    /// The schema, the problems found resolving it, and the checks that count only when there
    /// are none.
    pub(crate) fn run(mut self) -> (Schema, Diagnostics, Diagnostics) {
        self.configs();
        self.names();
        self.enums();
        self.models();
        (self.schema, self.diagnostics, self.checks)
    }

    /// A string argument that must not be empty (`map:`, `name:`).
    fn non_empty_string(&mut self, args: &mut Args<'_>, param: &str) -> Option<(String, Span)> {
        let expr = args.optional(param)?;
        match string(expr, &mut self.diagnostics)? {
            "" => {
                self.diagnostics.push(args.error_here(format!("The `{param}` argument cannot be an empty string.")));
                None
            }
            value => Some((value.to_owned(), expr.span())),
        }
    }

    /// The prefix of native type attributes: the datasource's name (`db` without a datasource).
    fn datasource_name(&self) -> &str {
        self.schema.datasource.name.as_deref().unwrap_or("db")
    }
}

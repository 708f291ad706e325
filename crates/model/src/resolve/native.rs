//! Native types: `@db.VarChar(255)` and friends.

use super::Resolver;
use crate::args::render_expr;
use crate::schema::*;
use crate::types::{NativeArgs, NativeType, POSTGRES_NATIVE_TYPES, native_type_def};
use prisma2sql_syntax::Diagnostic;
use prisma2sql_syntax::ast::Attribute;

impl Resolver<'_> {
    pub(super) fn native_type(&mut self, attr: &Attribute, field: &Field) -> Option<NativeType> {
        let (prefix, name) = attr.name.name.split_once('.')?;
        let datasource = self.datasource_name().to_owned();
        if prefix != datasource {
            self.checks.push(
                Diagnostic::error(
                    format!(
                        "The prefix {prefix} is invalid. It must be equal to the name of an existing datasource e.g. {datasource}. Did you mean to use {datasource}.{name}?"
                    ),
                    attr.span,
                )
                .with_help(format!("Native types are written `@{datasource}.{name}`, after the datasource's name.")),
            );
        }
        let Some(def) = native_type_def(name) else {
            let known = POSTGRES_NATIVE_TYPES.iter().map(|t| t.name);
            let help = match crate::names::closest(name, known) {
                Some(close) => format!("Did you mean `@{datasource}.{close}`?"),
                None => "See the native types of PostgreSQL at https://pris.ly/d/postgres-native-types".into(),
            };
            self.checks.push(
                Diagnostic::error(format!("Native type {name} is not supported for postgresql connector."), attr.span)
                    .with_help(help),
            );
            return None;
        };
        // Arguments are positional; a name before one is ignored, as Prisma does.
        let raw: Vec<String> = attr.arguments.items.iter().map(|a| render_expr(&a.value)).collect();
        let optional = match def.args {
            NativeArgs::None => 0,
            NativeArgs::OptionalOne => 1,
            NativeArgs::OptionalTwo => 2,
        };
        if optional == 0 && !raw.is_empty() {
            self.checks.push(
                Diagnostic::error(
                    format!("Function \"{name}\" takes 0 arguments, but received {}.", raw.len()),
                    attr.span,
                )
                .with_help(format!("Write `@{datasource}.{name}` without parentheses.")),
            );
            return None;
        }
        if raw.len() > optional {
            self.checks.push(Diagnostic::error(
                format!("Native type {name} takes {optional} optional arguments, but received {}.", raw.len()),
                attr.span,
            ));
            return None;
        }
        if let FieldType::Scalar(scalar) = field.ty
            && !def.scalar_types.contains(&scalar)
        {
            let expected = def.scalar_types.iter().map(|s| s.name()).collect::<Vec<_>>().join(" or ");
            self.checks.push(
                Diagnostic::error(
                    format!(
                        "Native type {name} is not compatible with declared field type {}, expected field type {expected}.",
                        scalar.name()
                    ),
                    attr.span,
                )
                .with_help(format!("Change the field's type to {expected}, or pick a native type for {}.", scalar.name())),
            );
            return None;
        }
        let args = self.native_arguments(attr, &raw, optional)?;
        let native = NativeType { def, args };
        if let Some(problem) = native_argument_problem(&native) {
            self.checks.push(Diagnostic::error(problem, attr.span));
            return None;
        }
        if let Some((min, max)) = length_refused(&native) {
            let sql = native.def.sql.to_ascii_lowercase();
            self.checks.push(
                Diagnostic::warning(
                    format!(
                        "Prisma accepts `{}`, but PostgreSQL will refuse the column: the length of `{sql}` must be from {min} to {max}.",
                        native_display(&native)
                    ),
                    attr.span,
                )
                .with_help(if native.name().ends_with("Char") {
                    format!("Give a length from {min} to {max}, or use `@{datasource}.Text` for text of any length.")
                } else {
                    format!("Give a length from {min} to {max}.")
                }),
            );
        }
        Some(native)
    }

    /// The arguments as numbers: none, or exactly `optional` of them for two-argument types.
    fn native_arguments(&mut self, attr: &Attribute, raw: &[String], optional: usize) -> Option<Vec<u32>> {
        if raw.is_empty() {
            return Some(Vec::new());
        }
        let parsed: Option<Vec<u32>> = raw.iter().map(|a| a.parse::<u32>().ok()).collect();
        match parsed {
            Some(args) if args.len() == optional => Some(args),
            _ => {
                let expected = if optional == 2 { "two nonnegative integers" } else { "a nonnegative integer" };
                self.checks.push(Diagnostic::error(
                    format!("Expected {expected}, but found ({}).", raw.join(", ")),
                    attr.span,
                ));
                None
            }
        }
    }
}

/// What is wrong with a native type's arguments on PostgreSQL, in Prisma's words.
fn native_argument_problem(native: &NativeType) -> Option<String> {
    let out_of_range = |why: &str| {
        Some(format!("Argument M is out of range for native type `{}` of Postgres: {why}", native_display(native)))
    };
    match (native.name(), native.args.as_slice()) {
        ("Decimal", [precision, scale]) if scale > precision => Some(format!(
            "The scale must not be larger than the precision for the Decimal({precision},{scale}) native type in Postgres."
        )),
        ("Decimal", [precision, _]) if *precision == 0 || *precision > 1000 => {
            out_of_range("Precision must be positive with a maximum value of 1000.")
        }
        ("Bit" | "VarBit", [0]) => out_of_range("M must be a positive integer."),
        ("Timestamp" | "Timestamptz" | "Time" | "Timetz", [p]) if *p > 6 => out_of_range("M can range from 0 to 6."),
        _ => None,
    }
}

/// The range PostgreSQL allows for a length that Prisma lets outside it, when it is outside.
fn length_refused(native: &NativeType) -> Option<(u32, u32)> {
    let (min, max) = match native.name() {
        "VarChar" | "Char" => (1, 10_485_760),
        "Bit" | "VarBit" => (1, 83_886_080),
        _ => return None,
    };
    native.args.first().is_some_and(|n| !(min..=max).contains(n)).then_some((min, max))
}

/// `Decimal(10,2)`, as Prisma shows a native type in messages.
fn native_display(native: &NativeType) -> String {
    let args: Vec<String> = native.args.iter().map(u32::to_string).collect();
    format!("{}({})", native.name(), args.join(","))
}

//! `@default(...)`: literals per scalar type, enum values, lists and Prisma's functions.

use super::Resolver;
use crate::args::{Args, render_expr};
use crate::schema::*;
use crate::types::ScalarType;
use prisma2sql_syntax::ast::{Expr, FunctionCall};
use prisma2sql_syntax::{Diagnostic, Span};

/// The functions Prisma knows in `@default`.
const KNOWN_FUNCTIONS: &[&str] = &["autoincrement", "uuid", "cuid", "ulid", "nanoid", "now", "dbgenerated", "auto"];

impl Resolver<'_> {
    pub(super) fn default_attribute(&mut self, field: &Field, mut args: Args<'_>) -> Option<DefaultValue> {
        let value = args.required("value", &mut self.diagnostics);
        let map = self.non_empty_string(&mut args, "map").map(|(name, _)| name);
        let span = args.attr.span;
        let kind = value.and_then(|value| self.default_kind(field, value, map.is_some(), &args));
        if map.is_some() {
            self.checks.push(
                args.error_here("You defined a database name for the default value of a field on the model. This is not supported by the provider.")
                    .with_help("PostgreSQL defaults have no name: remove `map:`."),
            );
        }
        args.finish(&mut self.diagnostics);
        Some(DefaultValue { kind: kind?, map, span })
    }

    fn default_kind(&mut self, field: &Field, value: &Expr, named: bool, args: &Args<'_>) -> Option<DefaultKind> {
        if let Expr::Function(call) = value
            && call.name.name == "dbgenerated"
        {
            return self.dbgenerated(call, args);
        }
        match &field.ty {
            FieldType::Enum(id) => self.enum_default(*id, field.is_list(), value, args),
            FieldType::Scalar(scalar) => self.scalar_default(*scalar, field.is_list(), value, named, args),
            FieldType::Unsupported(_) => {
                self.diagnostics.push(
                    args.error_here("Only @default(dbgenerated(\"...\")) can be used for Unsupported types.")
                        .with_help("Write the default as SQL: `@default(dbgenerated(\"...\"))`."),
                );
                None
            }
            FieldType::Composite(_) => {
                self.diagnostics.push(args.error_here(
                    "Defaults on fields of type composite are not supported. Please remove the `@default` attribute.",
                ));
                None
            }
            FieldType::Model(_) | FieldType::Unknown => None,
        }
    }

    fn dbgenerated(&mut self, call: &FunctionCall, args: &Args<'_>) -> Option<DefaultKind> {
        match call.arguments.items.as_slice() {
            [] => Some(DefaultKind::DbGenerated(None)),
            [arg] => {
                match &arg.value {
                    Expr::String(s, _) if s.is_empty() => {
                        self.diagnostics.push(args.error_here(
                            "dbgenerated() takes either no argument, or a single nonempty string argument.",
                        ));
                        None
                    }
                    Expr::String(s, _) => Some(DefaultKind::DbGenerated(Some(s.clone()))),
                    _ => {
                        self.diagnostics.push(args.error_here("`dbgenerated()` takes a single String argument"));
                        None
                    }
                }
            }
            _ => {
                self.diagnostics.push(args.error_here("`dbgenerated()` takes a single String argument"));
                None
            }
        }
    }

    fn enum_default(&mut self, id: EnumId, list: bool, value: &Expr, args: &Args<'_>) -> Option<DefaultKind> {
        let items: Vec<&Expr> = match (list, value) {
            (true, Expr::Array(items, _)) => items.iter().collect(),
            (false, single) if !matches!(single, Expr::Array(..)) => vec![single],
            (_, bad) => {
                self.diagnostics
                    .push(args.error_here(format!("Expected an enum value, but found `{}`.", render_expr(bad))));
                return None;
            }
        };
        let mut values = Vec::with_capacity(items.len());
        for item in items {
            let Expr::Constant(name, _) = item else {
                self.diagnostics
                    .push(args.error_here(format!("Expected an enum value, but found `{}`.", render_expr(item))));
                return None;
            };
            if !self.enum_has_value(id, name) {
                let e = &self.schema.enums[id.0 as usize];
                let known: Vec<&str> = e.values.iter().map(|v| v.name.as_str()).collect();
                self.diagnostics.push(
                    args.error_here(format!(
                        "The defined default value `{name}` is not a valid value of the enum specified for the field."
                    ))
                    .with_help(format!(
                        "The values of enum `{}` are: {}.",
                        e.name,
                        known.join(", ")
                    )),
                );
                return None;
            }
            values.push(Value::EnumValue(name.clone()));
        }
        Some(DefaultKind::Value(if list { Value::List(values) } else { values.remove(0) }))
    }

    fn enum_has_value(&self, id: EnumId, name: &str) -> bool {
        let ast_enum = self.enum_asts.get(id.0 as usize);
        ast_enum.is_some_and(|e| e.values.iter().any(|v| v.name.name == name))
    }

    fn scalar_default(
        &mut self,
        scalar: ScalarType,
        list: bool,
        value: &Expr,
        named: bool,
        args: &Args<'_>,
    ) -> Option<DefaultKind> {
        if let Expr::Function(call) = value {
            return self.function_default(scalar, call, named, args);
        }
        let literal = match (list, value) {
            (true, Expr::Array(items, _)) => {
                let values: Option<Vec<Value>> = items.iter().map(|item| self.literal(scalar, item, args)).collect();
                Value::List(values?)
            }
            (true, _) => {
                self.diagnostics.push(
                    args.error_here("The default value of a list field must be a list.")
                        .with_help(format!("Write the default in brackets: `@default([{}])`.", render_expr(value))),
                );
                return None;
            }
            (false, Expr::Array(..)) => {
                self.diagnostics.push(args.error_here("The default value of a non-list field cannot be a list."));
                return None;
            }
            (false, single) => self.literal(scalar, single, args)?,
        };
        Some(DefaultKind::Value(literal))
    }

    fn function_default(
        &mut self,
        scalar: ScalarType,
        call: &FunctionCall,
        named: bool,
        args: &Args<'_>,
    ) -> Option<DefaultKind> {
        let name = call.name.name.as_str();
        if name == "autoincrement" && named {
            self.diagnostics.push(args.error_here("Naming an autoincrement default value is not allowed."));
            return None;
        }
        let kind = match (scalar, name) {
            (ScalarType::Int | ScalarType::BigInt, "autoincrement") => DefaultKind::Autoincrement,
            (ScalarType::String, "uuid") => {
                return self.versioned(call, args, "uuid", &[4, 7]).then_some(DefaultKind::Uuid);
            }
            (ScalarType::String, "cuid") => {
                return self.versioned(call, args, "cuid", &[1, 2]).then_some(DefaultKind::Cuid);
            }
            (ScalarType::String, "nanoid") => {
                return self.nanoid(call, args).then_some(DefaultKind::Nanoid);
            }
            (ScalarType::String, "ulid") => DefaultKind::Ulid,
            (ScalarType::DateTime, "now") => DefaultKind::Now,
            (_, "auto") => {
                if !call.arguments.items.is_empty() {
                    self.diagnostics.push(args.error_here("`auto()` takes no arguments"));
                }
                self.checks.push(
                    Diagnostic::error(
                        "Error parsing attribute \"@default\": The current connector does not support the `auto()` function.",
                        call.span,
                    )
                    .with_help("`auto()` is for MongoDB ids; on PostgreSQL use `autoincrement()`, `uuid()` or `dbgenerated(\"...\")`."),
                );
                return None;
            }
            (_, other) if !KNOWN_FUNCTIONS.contains(&other) => {
                self.checks.push(
                    Diagnostic::error(
                        format!(
                            "Unknown function in @default(): `{other}` is not known. You can read about the available functions here: https://pris.ly/d/attribute-functions"
                        ),
                        call.span,
                    )
                    .with_help(match crate::names::closest(other, KNOWN_FUNCTIONS.iter().copied()) {
                        Some(close) => format!("Did you mean `{close}()`?"),
                        None => "For a database expression, write `dbgenerated(\"...\")`.".into(),
                    }),
                );
                return None;
            }
            (_, other) => {
                self.diagnostics.push(
                    args.error_here(format!(
                        "The function `{other}()` cannot be used on fields of type `{}`.",
                        scalar.name()
                    ))
                    .with_help(function_help(other)),
                );
                return None;
            }
        };
        if !call.arguments.items.is_empty() {
            self.diagnostics.push(args.error_here(format!(
                "The `{name}` function does not take any argument. Consider changing this default to `{name}()`."
            )));
            return None;
        }
        Some(kind)
    }

    /// `uuid()`, `uuid(4)`, `uuid(7)`; `cuid()`, `cuid(1)`, `cuid(2)`.
    fn versioned(&mut self, call: &FunctionCall, args: &Args<'_>, name: &str, versions: &[u32]) -> bool {
        let [a, b] = [versions[0], versions[1]];
        match call.arguments.items.as_slice() {
            [] => true,
            [arg] => match &arg.value {
                Expr::Number(n, _) if n.parse::<u32>().is_ok_and(|v| versions.contains(&v)) => true,
                Expr::Number(..) => {
                    self.diagnostics.push(args.error_here(format!(
                        "`{name}()` takes either no argument, or a single integer argument which is either {a} or {b}."
                    )));
                    false
                }
                _ => {
                    self.diagnostics.push(args.error_here(format!("`{name}()` takes a single Int argument.")));
                    false
                }
            },
            _ => {
                self.diagnostics.push(args.error_here(format!("`{name}()` takes a single Int argument.")));
                false
            }
        }
    }

    /// `nanoid()` or `nanoid(n)` with 2 ≤ n ≤ 255.
    fn nanoid(&mut self, call: &FunctionCall, args: &Args<'_>) -> bool {
        match call.arguments.items.as_slice() {
            [] => true,
            [arg] => match &arg.value {
                Expr::Number(n, _) if n.parse::<u8>().is_ok_and(|v| v >= 2) => true,
                Expr::Number(..) => {
                    self.diagnostics.push(args.error_here(
                        "`nanoid()` takes either no argument, or a single integer argument between 2 and 255.",
                    ));
                    false
                }
                _ => {
                    self.diagnostics.push(args.error_here("`nanoid()` takes a single Int argument."));
                    false
                }
            },
            _ => {
                self.diagnostics.push(args.error_here("`nanoid()` takes a single Int argument."));
                false
            }
        }
    }

    /// A literal of a scalar type, checked as Prisma parses it.
    fn literal(&mut self, scalar: ScalarType, value: &Expr, args: &Args<'_>) -> Option<Value> {
        let parse_error = |this: &mut Self, what: &str, s: &str, details: String, span: Span| {
            this.checks.push(Diagnostic::error(
                format!(
                    "Error parsing attribute \"@default\": Parse error: \"{s}\" is not a valid {what}. ({details})"
                ),
                span,
            ));
        };
        match (scalar, value) {
            (ScalarType::String, Expr::String(s, _)) => Some(Value::String(s.clone())),
            (ScalarType::Json, Expr::String(s, span)) => match serde_json::from_str::<serde_json::Value>(s) {
                Ok(_) => Some(Value::String(s.clone())),
                Err(e) => {
                    parse_error(self, "JSON string", s, e.to_string(), *span);
                    None
                }
            },
            (ScalarType::Bytes, Expr::String(s, span)) => match crate::literals::decode_base64(s) {
                Some(_) => Some(Value::String(s.clone())),
                None => {
                    parse_error(
                        self,
                        "base64 string",
                        s,
                        "Could not convert from `base64 encoded bytes` to `PrismaValue::Bytes`".into(),
                        *span,
                    );
                    None
                }
            },
            (ScalarType::DateTime, Expr::String(s, span)) => match chrono::DateTime::parse_from_rfc3339(s) {
                Ok(_) => Some(Value::String(s.clone())),
                Err(e) => {
                    parse_error(self, "rfc3339 datetime string", s, e.to_string(), *span);
                    None
                }
            },
            (ScalarType::Int | ScalarType::BigInt, Expr::Number(n, span)) => match n.parse::<i64>() {
                Ok(_) => Some(Value::Number(n.clone())),
                Err(e) => {
                    parse_error(self, "integer", n, e.to_string(), *span);
                    None
                }
            },
            (ScalarType::Float | ScalarType::Decimal, Expr::Number(n, _)) => Some(Value::Number(n.clone())),
            (ScalarType::Decimal, Expr::String(s, span)) => {
                if crate::literals::is_decimal(s) {
                    Some(Value::String(s.clone()))
                } else {
                    self.checks.push(Diagnostic::error(
                        format!(
                            "Error parsing attribute \"@default\": Parse error: \"{s}\" is not a valid decimal. (invalid digit found in string)"
                        ),
                        *span,
                    ));
                    None
                }
            }
            (ScalarType::Boolean, Expr::Constant(c, span)) => match c.as_str() {
                "true" => Some(Value::Boolean(true)),
                "false" => Some(Value::Boolean(false)),
                _ => {
                    self.diagnostics.push(Diagnostic::error(
                        "Error parsing attribute \"@default\": A boolean literal must be `true` or `false`.",
                        *span,
                    ));
                    None
                }
            },
            (scalar, other) => {
                self.diagnostics.push(
                    args.error_here(format!(
                        "Expected {} value, but found `{}`.",
                        crate::names::with_article(scalar.name()),
                        render_expr(other)
                    ))
                    .with_help(literal_help(scalar)),
                );
                None
            }
        }
    }
}

/// How a default of each scalar type is written.
fn literal_help(scalar: ScalarType) -> &'static str {
    match scalar {
        ScalarType::String => "Write a string in double quotes, e.g. `@default(\"text\")`.",
        ScalarType::Boolean => "Write `@default(true)` or `@default(false)`.",
        ScalarType::Int | ScalarType::BigInt => "Write an integer, e.g. `@default(0)`.",
        ScalarType::Float => "Write a number, e.g. `@default(1.5)`.",
        ScalarType::Decimal => "Write a number, e.g. `@default(1.5)`, or a decimal string.",
        ScalarType::DateTime => {
            "Write `@default(now())` or an RFC 3339 string, e.g. `@default(\"2024-01-01T00:00:00Z\")`."
        }
        ScalarType::Json => "Write the JSON as a string, e.g. `@default(\"{}\")`.",
        ScalarType::Bytes => "Write the bytes as a base64 string, e.g. `@default(\"aGVsbG8=\")`.",
    }
}

/// Which field types a default function fits.
fn function_help(name: &str) -> String {
    let fits = match name {
        "autoincrement" => "Int and BigInt fields",
        "uuid" | "cuid" | "ulid" | "nanoid" => "String fields",
        "now" => "DateTime fields",
        _ => "other fields",
    };
    format!("`{name}()` fits {fits}; for anything else write `dbgenerated(\"...\")`.")
}

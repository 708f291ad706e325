//! Binding an attribute's arguments to its parameters, with Prisma's rules and errors.

use prisma2sql_syntax::ast::{Attribute, Expr};
use prisma2sql_syntax::{Diagnostic, Diagnostics, Span};

/// An attribute's arguments, by parameter name.
pub(crate) struct Bound<'a> {
    pub attr: &'a Attribute,
    values: Vec<(&'static str, &'a Expr)>,
}

impl<'a> Bound<'a> {
    pub fn get(&self, name: &str) -> Option<&'a Expr> {
        self.values.iter().find(|(n, _)| *n == name).map(|(_, e)| *e)
    }

    pub fn has(&self, name: &str) -> bool {
        self.get(name).is_some()
    }
}

/// `@x` or `@@x`, as Prisma writes it in messages.
pub(crate) fn display_name(attr: &Attribute, block: bool) -> String {
    format!("{}{}", if block { "@@" } else { "@" }, attr.name.name)
}

pub(crate) fn attribute_error(attr: &Attribute, block: bool, message: impl AsRef<str>, span: Span) -> Diagnostic {
    Diagnostic::error(
        format!("Error parsing attribute \"{}\": {}", display_name(attr, block), message.as_ref()),
        span,
    )
}

/// Binds arguments to `params`: the first unnamed argument goes to `params[0]`, named ones by name.
/// Unknown names, repeated names, values missing after a colon and extra unnamed arguments are
/// reported; the attribute is still bound as well as it can be.
pub(crate) fn bind<'a>(
    attr: &'a Attribute,
    block: bool,
    params: &[&'static str],
    diagnostics: &mut Diagnostics,
) -> Bound<'a> {
    let mut values: Vec<(&'static str, &'a Expr)> = Vec::new();
    let mut unnamed_seen = false;
    for arg in &attr.arguments.items {
        let param = match &arg.name {
            Some(name) => match params.iter().find(|p| **p == name.name) {
                Some(p) => *p,
                None => {
                    diagnostics.push(attribute_error(attr, block, "No such argument.", arg.span));
                    continue;
                }
            },
            None => {
                if unnamed_seen || params.is_empty() {
                    diagnostics.push(attribute_error(attr, block, "No such argument.", arg.span));
                    continue;
                }
                unnamed_seen = true;
                params[0]
            }
        };
        if values.iter().any(|(p, _)| *p == param) {
            diagnostics.push(attribute_error(
                attr,
                block,
                format!("The argument `{param}` is already specified."),
                arg.span,
            ));
            continue;
        }
        values.push((param, &arg.value));
    }
    for empty in &attr.arguments.empty {
        diagnostics.push(attribute_error(
            attr,
            block,
            format!("The argument `{}` has no value.", empty.name),
            empty.span,
        ));
    }
    Bound { attr, values }
}

/// Reads a string argument, reporting any other kind of value.
pub(crate) fn expect_string<'a>(
    expr: &'a Expr,
    attr: &Attribute,
    block: bool,
    diagnostics: &mut Diagnostics,
) -> Option<&'a str> {
    match expr {
        Expr::String(s, _) => Some(s),
        other => {
            diagnostics.push(attribute_error(
                attr,
                block,
                format!("Expected a string value, but received {} value `{}`.", other.describe(), render_expr(other)),
                other.span(),
            ));
            None
        }
    }
}

/// The expression as it would be written in a schema, for messages.
pub(crate) fn render_expr(expr: &Expr) -> String {
    match expr {
        Expr::String(s, _) => format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\"")),
        Expr::Number(n, _) => n.clone(),
        Expr::Constant(c, _) => c.clone(),
        Expr::Array(items, _) => {
            format!("[{}]", items.iter().map(render_expr).collect::<Vec<_>>().join(", "))
        }
        Expr::Function(call) => {
            let args: Vec<String> = call
                .arguments
                .items
                .iter()
                .map(|a| match &a.name {
                    Some(n) => format!("{}: {}", n.name, render_expr(&a.value)),
                    None => render_expr(&a.value),
                })
                .collect();
            format!("{}({})", call.name.name, args.join(", "))
        }
    }
}

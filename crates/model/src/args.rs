//! Attributes and their arguments, read with Prisma's rules: each attribute is taken once by name,
//! repeated single attributes, unknown attributes, unknown, repeated and empty arguments are
//! reported, and values are coerced to the kind each parameter expects.

use prisma2sql_syntax::ast::{Argument, Arguments, Attribute, Expr};
use prisma2sql_syntax::{Diagnostic, Diagnostics, Span};

/// `@x` or `@@x`, as written in messages.
pub(crate) fn display_name(attr: &Attribute, block: bool) -> String {
    format!("{}{}", if block { "@@" } else { "@" }, attr.name.name)
}

/// `Error parsing attribute "@x": message`, Prisma's frame for attribute errors.
pub(crate) fn attribute_error(attr: &Attribute, block: bool, message: impl AsRef<str>, span: Span) -> Diagnostic {
    crate::validate::attribute_error(&display_name(attr, block), message, span)
}

/// The attributes of one field, block or enum value, taken one by one by name.
pub(crate) struct AttributeSet<'a> {
    attrs: &'a [Attribute],
    used: Vec<bool>,
    /// How many attributes nothing took yet: most fields have one or two, taken by the first
    /// names asked for, and the names asked for after them need no search.
    left: usize,
    block: bool,
}

impl<'a> AttributeSet<'a> {
    pub fn new(attrs: &'a [Attribute], block: bool) -> AttributeSet<'a> {
        AttributeSet { attrs, used: vec![false; attrs.len()], left: attrs.len(), block }
    }

    /// The attribute `name` when it is written once. Every copy of a repeated one is reported and
    /// none is read.
    #[inline]
    pub fn single(&mut self, name: &str, diagnostics: &mut Diagnostics) -> Option<Args<'a>> {
        if self.left == 0 {
            return None;
        }
        self.single_left(name, diagnostics)
    }

    /// [`AttributeSet::single`] among attributes some of which are left.
    fn single_left(&mut self, name: &str, diagnostics: &mut Diagnostics) -> Option<Args<'a>> {
        let first = self.next_position(0, |n| n == name)?;
        if self.next_position(first + 1, |n| n == name).is_none() {
            self.take(first);
            return Args::new(&self.attrs[first], self.block, diagnostics);
        }
        match self.positions(|n| n == name).as_slice() {
            [] | [_] => None,
            all => {
                for &i in all {
                    self.take(i);
                    let attr = &self.attrs[i];
                    // Prisma names a block attribute with one `@` here (`"@map"` for `@@map`).
                    diagnostics.push(
                        Diagnostic::error(
                            format!("Attribute \"@{}\" can only be defined once.", attr.name.name),
                            attr.span,
                        )
                        .with_help("Keep one of them."),
                    );
                }
                None
            }
        }
    }

    /// Every attribute `name`, in source order (e.g. `@@index`).
    pub fn repeated(&mut self, name: &str, diagnostics: &mut Diagnostics) -> Vec<Args<'a>> {
        let found = self.positions(|n| n == name);
        let mut out = Vec::with_capacity(found.len());
        for i in found {
            self.take(i);
            out.extend(Args::new(&self.attrs[i], self.block, diagnostics));
        }
        out
    }

    /// The datasource-scoped attribute (`@db.VarChar(10)`): any dotted name. Only one may be
    /// written; the others are reported.
    pub fn scoped(&mut self, diagnostics: &mut Diagnostics) -> Option<&'a Attribute> {
        let found = self.positions(|n| n.contains('.'));
        for &i in &found {
            self.take(i);
        }
        for &i in found.iter().skip(1) {
            let attr = &self.attrs[i];
            let prefix = attr.name.name.split('.').next().unwrap_or_default();
            diagnostics.push(
                Diagnostic::error(format!("Attribute \"@{prefix}\" can only be defined once."), attr.span)
                    .with_help("A field has at most one native type."),
            );
        }
        found.first().map(|&i| &self.attrs[i])
    }

    /// Reports every attribute nothing asked for.
    pub fn finish(self, diagnostics: &mut Diagnostics) {
        if self.left == 0 {
            return;
        }
        for (attr, used) in self.attrs.iter().zip(&self.used) {
            if !used {
                diagnostics.push(Diagnostic::error(
                    format!("Attribute not known: \"{}\".", display_name(attr, self.block)),
                    attr.span,
                ));
            }
        }
    }

    /// Marks an attribute nothing took yet as taken.
    fn take(&mut self, i: usize) {
        self.used[i] = true;
        self.left -= 1;
    }

    /// The first attribute from `start` on that nothing took yet and whose name matches.
    fn next_position(&self, start: usize, matches: impl Fn(&str) -> bool) -> Option<usize> {
        (start..self.attrs.len()).find(|&i| !self.used[i] && matches(&self.attrs[i].name.name))
    }

    fn positions(&self, matches: impl Fn(&str) -> bool) -> Vec<usize> {
        if self.left == 0 {
            return Vec::new();
        }
        (0..self.attrs.len()).filter(|&i| !self.used[i] && matches(&self.attrs[i].name.name)).collect()
    }
}

/// The arguments of one attribute, taken one by one by parameter name.
pub(crate) struct Args<'a> {
    pub attr: &'a Attribute,
    pub block: bool,
    named: Vec<(&'a str, &'a Argument)>,
    unnamed: Option<&'a Argument>,
}

impl<'a> Args<'a> {
    /// Checks what is wrong with the argument list as a whole. `None` when an argument has no
    /// value: nothing of the attribute is read then.
    fn new(attr: &'a Attribute, block: bool, diagnostics: &mut Diagnostics) -> Option<Args<'a>> {
        let mut complete = true;
        for list in argument_lists(&attr.arguments) {
            for empty in &list.empty {
                complete = false;
                diagnostics.push(attribute_error(
                    attr,
                    block,
                    format!("The `{}` argument is missing a value.", empty.name),
                    empty.span,
                ));
            }
            if let Some(span) = list.trailing_comma {
                diagnostics.push(
                    attribute_error(
                        attr,
                        block,
                        "Trailing commas are not valid in attribute arguments, please remove the comma.",
                        span,
                    )
                    .with_help("Remove the comma after the last argument."),
                );
            }
        }
        if !complete {
            return None;
        }
        let mut named: Vec<(&'a str, &'a Argument)> = Vec::new();
        let mut unnamed = None;
        let mut unnamed_count = 0;
        for arg in &attr.arguments.items {
            match &arg.name {
                Some(name) => {
                    if named.iter().any(|(n, _)| *n == name.name) {
                        diagnostics.push(Diagnostic::error(
                            format!("Argument \"{}\" is already specified.", name.name),
                            arg.span,
                        ));
                        continue;
                    }
                    named.push((&name.name, arg));
                }
                None => {
                    unnamed = unnamed.or(Some(arg));
                    unnamed_count += 1;
                }
            }
        }
        if unnamed_count > 1 {
            let unnamed = attr.arguments.items.iter().filter(|a| a.name.is_none());
            let values: Vec<String> = unnamed.map(|a| render_expr(&a.value)).collect();
            diagnostics.push(attribute_error(
                attr,
                block,
                format!(
                    "You provided multiple unnamed arguments. This is not possible. Did you forget the brackets? Did you mean `[{}]`?",
                    values.join(", ")
                ),
                attr.span,
            ));
        }
        Some(Args { attr, block, named, unnamed })
    }

    /// The argument named `name`, or else the unnamed one (`@map("x")`, `@@index([a])`).
    pub fn default_arg(&mut self, name: &str) -> Result<&'a Expr, Diagnostic> {
        let named = self.take(name);
        match (named, self.unnamed.take()) {
            (Some(arg), None) | (None, Some(arg)) => Ok(&arg.value),
            (Some(arg), Some(_)) => Err(Diagnostic::error(
                format!("Argument \"{name}\" is already specified as unnamed argument."),
                arg.span,
            )),
            (None, None) => Err(Diagnostic::error(format!("Argument \"{name}\" is missing."), self.attr.span)),
        }
    }

    /// Like [`Args::default_arg`], reporting the error.
    pub fn required(&mut self, name: &str, diagnostics: &mut Diagnostics) -> Option<&'a Expr> {
        self.default_arg(name).map_err(|d| diagnostics.push(d)).ok()
    }

    /// The argument named `name`, when written.
    pub fn optional(&mut self, name: &str) -> Option<&'a Expr> {
        self.take(name).map(|arg| &arg.value)
    }

    /// An error about this attribute: `Error parsing attribute "@x": ...`.
    pub fn error(&self, message: impl AsRef<str>, span: Span) -> Diagnostic {
        attribute_error(self.attr, self.block, message, span)
    }

    /// An error about this attribute, on the whole attribute.
    pub fn error_here(&self, message: impl AsRef<str>) -> Diagnostic {
        self.error(message, self.attr.span)
    }

    /// Reports every argument nothing asked for.
    pub fn finish(self, diagnostics: &mut Diagnostics) {
        let leftovers = self.named.iter().map(|(_, a)| *a).chain(self.unnamed);
        for arg in leftovers {
            diagnostics.push(Diagnostic::error("No such argument.", arg.span));
        }
    }

    fn take(&mut self, name: &str) -> Option<&'a Argument> {
        let i = self.named.iter().position(|(n, _)| *n == name)?;
        Some(self.named.remove(i).1)
    }
}

/// The argument list of an attribute and those of the calls inside it, also inside arrays
/// (`[a(sort: Desc)]`).
fn argument_lists(args: &Arguments) -> impl Iterator<Item = &Arguments> {
    let nested = args.items.iter().flat_map(|arg| {
        let (call, items) = match &arg.value {
            Expr::Function(call) => (Some(&**call), &[][..]),
            Expr::Array(items, _) => (None, items.as_slice()),
            _ => (None, &[][..]),
        };
        call.into_iter().chain(items.iter().filter_map(Expr::as_function)).map(|call| &call.arguments)
    });
    std::iter::once(args).chain(nested)
}

// ---------------------------------------------------------------------------------------------------
// Coercion of values

/// What kind of value this is, in Prisma's words.
pub(crate) fn kind(expr: &Expr) -> &'static str {
    match expr {
        Expr::String(..) => "string",
        Expr::Number(..) => "numeric",
        Expr::Constant(..) => "literal",
        Expr::Function(..) => "functional",
        Expr::Array(..) => "array",
        Expr::Object(..) => "object",
    }
}

/// `Expected a {expected} value, but received {kind} value `{value}`.`
pub(crate) fn type_mismatch(expected: &str, expr: &Expr) -> Diagnostic {
    Diagnostic::error(
        format!("Expected a {expected} value, but received {} value `{}`.", kind(expr), render_expr(expr)),
        expr.span(),
    )
}

pub(crate) fn string<'a>(expr: &'a Expr, diagnostics: &mut Diagnostics) -> Option<&'a str> {
    match expr {
        Expr::String(s, _) => Some(s),
        other => {
            diagnostics.push(type_mismatch("string", other));
            None
        }
    }
}

pub(crate) fn constant<'a>(expr: &'a Expr, diagnostics: &mut Diagnostics) -> Option<&'a str> {
    match expr {
        Expr::Constant(s, _) => Some(s),
        other => {
            diagnostics.push(type_mismatch("constant", other));
            None
        }
    }
}

pub(crate) fn boolean(expr: &Expr, diagnostics: &mut Diagnostics) -> Option<bool> {
    match expr {
        Expr::Constant(c, _) if c == "true" => Some(true),
        Expr::Constant(c, _) if c == "false" => Some(false),
        other => {
            diagnostics.push(type_mismatch("boolean", other));
            None
        }
    }
}

pub(crate) fn integer(expr: &Expr, diagnostics: &mut Diagnostics) -> Option<i64> {
    match expr {
        Expr::Number(n, _) if n.parse::<i64>().is_ok() => n.parse().ok(),
        other => {
            diagnostics.push(type_mismatch("numeric", other));
            None
        }
    }
}

/// An array of values read by `item`; a single value stands for an array of one.
pub(crate) fn array<'a, T>(
    expr: &'a Expr,
    diagnostics: &mut Diagnostics,
    item: impl Fn(&'a Expr, &mut Diagnostics) -> Option<T>,
) -> Option<Vec<T>> {
    let items: Vec<&'a Expr> = match expr {
        Expr::Array(items, _) => items.iter().collect(),
        single => vec![single],
    };
    let mut out = Vec::with_capacity(items.len());
    let mut ok = true;
    for e in items {
        match item(e, diagnostics) {
            Some(v) => out.push(v),
            None => ok = false,
        }
    }
    ok.then_some(out)
}

/// The expression as it would be written in a schema, for messages.
pub(crate) fn render_expr(expr: &Expr) -> String {
    match expr {
        Expr::String(s, _) => format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\"")),
        Expr::Number(n, _) => n.clone(),
        Expr::Constant(c, _) => c.clone(),
        Expr::Array(items, _) => format!("[{}]", items.iter().map(render_expr).collect::<Vec<_>>().join(", ")),
        // As Prisma writes it: `{ a: 1, b: "x" }`, and `{  }` when empty.
        Expr::Object(entries, _) => format!(
            "{{ {} }}",
            entries.iter().map(|e| format!("{}: {}", e.key.name, render_expr(&e.value))).collect::<Vec<_>>().join(", ")
        ),
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

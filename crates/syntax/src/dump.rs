//! A compact, indented text form of the syntax tree with every span as `line:col..line:col`: what
//! the parser understood, for tests and for debugging.

use crate::ast::*;
use crate::{Sources, Span};
use std::fmt::Write;

/// The tree as indented lines, one node per line.
pub fn dump(ast: &SchemaAst, sources: &Sources) -> String {
    let mut d = Dumper { sources, out: String::new(), depth: 0 };
    for item in &ast.items {
        match item {
            Item::Model(m) => d.model(m),
            Item::Enum(e) => d.enum_(e),
            Item::Config(c) => d.config(c),
        }
    }
    d.out
}

struct Dumper<'a> {
    sources: &'a Sources,
    out: String,
    depth: usize,
}

impl Dumper<'_> {
    fn pos(&self, span: Span) -> String {
        let file = self.sources.get(span.file);
        let (l1, c1) = file.line_col(span.start as usize);
        let (l2, c2) = file.line_col(span.end as usize);
        let prefix = if self.sources.len() > 1 { format!("{}:", file.name) } else { String::new() };
        format!("{prefix}{l1}:{c1}..{l2}:{c2}")
    }

    fn line(&mut self, text: &str, span: Span) {
        let pos = self.pos(span);
        let _ = writeln!(self.out, "{}{text} @{pos}", "  ".repeat(self.depth));
    }

    fn doc(&mut self, doc: &Option<String>) {
        if let Some(doc) = doc {
            let _ = writeln!(self.out, "{}doc {doc:?}", "  ".repeat(self.depth));
        }
    }

    fn nested(&mut self, f: impl FnOnce(&mut Self)) {
        self.depth += 1;
        f(self);
        self.depth -= 1;
    }

    fn model(&mut self, m: &Model) {
        self.line(&format!("{} {}", m.kind.keyword(), m.name.name), m.span);
        self.nested(|d| {
            d.doc(&m.documentation);
            for field in &m.fields {
                let ty = match &field.field_type {
                    FieldType::Named(ident) => ident.name.clone(),
                    FieldType::Unsupported { db_type, .. } => format!("Unsupported({db_type:?})"),
                };
                let arity = match field.arity {
                    Arity::Required => "",
                    Arity::Optional => "?",
                    Arity::List => "[]",
                };
                d.line(&format!("field {} {ty}{arity}", field.name.name), field.span);
                d.nested(|d| {
                    d.doc(&field.documentation);
                    for attr in &field.attributes {
                        d.attribute("@", attr);
                    }
                });
            }
            for attr in &m.attributes {
                d.attribute("@@", attr);
            }
        });
    }

    fn enum_(&mut self, e: &Enum) {
        self.line(&format!("enum {}", e.name.name), e.span);
        self.nested(|d| {
            d.doc(&e.documentation);
            for value in &e.values {
                d.line(&format!("value {}", value.name.name), value.span);
                d.nested(|d| {
                    d.doc(&value.documentation);
                    for attr in &value.attributes {
                        d.attribute("@", attr);
                    }
                });
            }
            for attr in &e.attributes {
                d.attribute("@@", attr);
            }
        });
    }

    fn config(&mut self, c: &ConfigBlock) {
        let kind = match c.kind {
            ConfigKind::Datasource => "datasource",
            ConfigKind::Generator => "generator",
        };
        self.line(&format!("{kind} {}", c.name.name), c.span);
        self.nested(|d| {
            for prop in &c.properties {
                match &prop.value {
                    Some(value) => {
                        d.line(&format!("{} =", prop.name.name), prop.span);
                        d.nested(|d| d.expr(value));
                    }
                    None => d.line(&format!("{} = (nothing)", prop.name.name), prop.span),
                }
            }
        });
    }

    fn attribute(&mut self, sigil: &str, attr: &Attribute) {
        self.line(&format!("{sigil}{}", attr.name.name), attr.span);
        self.nested(|d| d.arguments(&attr.arguments));
    }

    fn arguments(&mut self, args: &Arguments) {
        for arg in &args.items {
            match &arg.name {
                Some(name) => {
                    self.line(&format!("{}:", name.name), arg.span);
                    self.nested(|d| d.expr(&arg.value));
                }
                None => self.expr(&arg.value),
            }
        }
        for empty in &args.empty {
            self.line(&format!("{}: (nothing)", empty.name), empty.span);
        }
        if let Some(span) = args.trailing_comma {
            self.line("trailing comma", span);
        }
    }

    fn expr(&mut self, expr: &Expr) {
        match expr {
            Expr::String(s, span) => self.line(&format!("string {s:?}"), *span),
            Expr::Number(n, span) => self.line(&format!("number {n}"), *span),
            Expr::Constant(c, span) => self.line(&format!("constant {c}"), *span),
            Expr::Array(items, span) => {
                self.line("array", *span);
                self.nested(|d| items.iter().for_each(|i| d.expr(i)));
            }
            Expr::Object(entries, span) => {
                self.line("object", *span);
                self.nested(|d| {
                    for entry in entries {
                        d.line(&format!("{}:", entry.key.name), entry.span);
                        d.nested(|d| d.expr(&entry.value));
                    }
                });
            }
            Expr::Function(call) => {
                self.line(&format!("call {}", call.name.name), call.span);
                self.nested(|d| d.arguments(&call.arguments));
            }
        }
    }
}

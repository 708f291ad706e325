//! Enums: values, `@map` on values, `@@map` and `@@schema`.

use super::Resolver;
use crate::args::{Args, AttributeSet, string};
use crate::schema::*;
use prisma2sql_syntax::Span;
use prisma2sql_syntax::ast;

impl Resolver<'_> {
    pub(super) fn enums(&mut self) {
        let asts: Vec<&ast::Enum> = self.ast.enums().collect();
        for (i, e) in asts.into_iter().enumerate() {
            let mut values: Vec<EnumValue> = Vec::new();
            for value in &e.values {
                let mut attrs = AttributeSet::new(&value.attributes, false);
                let db_name = attrs.single("map", &mut self.diagnostics).and_then(|args| self.name_attribute(args));
                attrs.finish(&mut self.diagnostics);
                if values.iter().any(|v| v.name == value.name.name) {
                    continue;
                }
                values.push(EnumValue {
                    name: value.name.name.clone(),
                    db_name: db_name.map_or_else(|| value.name.name.clone(), |(s, _)| s),
                    documentation: value.documentation.clone(),
                    span: value.span,
                });
            }
            let mut attrs = AttributeSet::new(&e.attributes, true);
            let mapped = attrs.single("map", &mut self.diagnostics).and_then(|args| self.name_attribute(args));
            let schema = attrs.single("schema", &mut self.diagnostics).and_then(|args| self.name_attribute(args));
            attrs.finish(&mut self.diagnostics);
            if e.values.is_empty() {
                self.diagnostics.push(
                    prisma2sql_syntax::Diagnostic::error("An enum must have at least one value.", e.span)
                        .with_help("Add a value on its own line inside the braces."),
                );
            }
            let target = &mut self.schema.enums[i];
            target.values = values;
            if let Some((name, span)) = mapped {
                target.db_name = name.clone();
                target.mapped_name = Some((name, span));
            }
            target.schema = schema;
        }
    }

    /// `@map("name")`, `@@map("name")`, `@@schema("name")`: the string and the attribute's span.
    pub(super) fn name_attribute(&mut self, mut args: Args<'_>) -> Option<(String, Span)> {
        let span = args.attr.span;
        let value = args.required("name", &mut self.diagnostics);
        args.finish(&mut self.diagnostics);
        let name = string(value?, &mut self.diagnostics)?;
        Some((name.to_owned(), span))
    }
}

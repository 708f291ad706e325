//! Top-level names, field names and enum value names: characters, reserved names, duplicates.

use super::{Resolver, TopRef};
use crate::hash::HashSet;
use crate::names::{identifier_problem, is_reserved};
use crate::schema::*;
use crate::types::ScalarType;
use prisma2sql_syntax::Diagnostic;
use prisma2sql_syntax::ast::{self, Attribute, Ident, ModelKind as AstKind};

impl<'a> Resolver<'a> {
    pub(super) fn names(&mut self) {
        for block in self.ast.configs() {
            self.not_a_scalar_type_name(&block.name);
        }
        for item in &self.ast.items {
            match item {
                ast::Item::Model(m) => self.model_names(m),
                ast::Item::Enum(e) => self.enum_names(e),
                ast::Item::Config(_) => {}
            }
        }
    }

    fn model_names(&mut self, m: &'a ast::Model) {
        self.not_a_scalar_type_name(&m.name);
        let (what, field_what) = match m.kind {
            AstKind::Model => ("Model", "Field"),
            AstKind::View => ("view", "field"),
            AstKind::Type => ("Composite type", "field"),
        };
        self.identifier(&m.name, what);
        if m.kind != AstKind::Type && is_reserved(&m.name.name) {
            let keyword = m.kind.keyword();
            self.diagnostics.push(
                Diagnostic::error(
                    format!(
                        "Error validating model \"{}\": The {keyword} name `{}` is invalid. It is a reserved name. Please change it. Read more at https://pris.ly/d/naming-models",
                        m.name.name, m.name.name
                    ),
                    m.name.span,
                )
                .with_help("Prisma Client uses this name; rename the block and keep its table name with `@@map`."),
            );
        }
        self.attribute_names(&m.attributes);
        let container = if m.kind == AstKind::View { "view" } else { "model" };
        let mut seen: HashSet<&str> = HashSet::with_capacity_and_hasher(m.fields.len(), Default::default());
        for field in &m.fields {
            if m.kind != AstKind::Type {
                self.identifier(&field.name, field_what);
                self.attribute_names(&field.attributes);
            }
            if !seen.insert(&field.name.name) {
                let message = match m.kind {
                    AstKind::Type => format!(
                        "Error validating composite type \"{}\": Field \"{}\" is already defined on composite type \"{}\".",
                        m.name.name, field.name.name, m.name.name
                    ),
                    _ => {
                        format!("Field \"{}\" is already defined on {container} \"{}\".", field.name.name, m.name.name)
                    }
                };
                self.diagnostics
                    .push(Diagnostic::error(message, field.name.span).with_help("Rename or remove one of them."));
            }
        }
        let top = match m.kind {
            AstKind::Type => {
                self.schema.composite_types.push((m.name.name.clone(), m.name.span));
                TopRef::Composite(self.schema.composite_types.len() - 1)
            }
            AstKind::Model | AstKind::View => {
                self.model_asts.push(m);
                TopRef::Model(ModelId(self.model_asts.len() as u32 - 1))
            }
        };
        let described = match m.kind {
            AstKind::Model => "model",
            AstKind::View => "view",
            AstKind::Type => "composite type",
        };
        self.insert_top(&m.name, described, top);
    }

    fn enum_names(&mut self, e: &'a ast::Enum) {
        self.not_a_scalar_type_name(&e.name);
        self.identifier(&e.name, "Enum");
        if is_reserved(&e.name.name) {
            self.diagnostics.push(
                Diagnostic::error(
                    format!(
                        "Error validating enum `{}`: The enum name `{}` is invalid. It is a reserved name. Please change it. Read more at https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-schema/data-model#naming-enums",
                        e.name.name, e.name.name
                    ),
                    e.name.span,
                )
                .with_help("Prisma Client uses this name; rename the enum and keep its type name with `@@map`."),
            );
        }
        self.attribute_names(&e.attributes);
        let mut seen: HashSet<&str> = HashSet::with_capacity_and_hasher(e.values.len(), Default::default());
        for value in &e.values {
            self.identifier(&value.name, "Enum Value");
            self.attribute_names(&value.attributes);
            if !seen.insert(&value.name.name) {
                self.diagnostics.push(
                    Diagnostic::error(
                        format!("Value \"{}\" is already defined on enum \"{}\".", value.name.name, e.name.name),
                        value.name.span,
                    )
                    .with_help("Remove one of them."),
                );
            }
        }
        self.enum_asts.push(e);
        self.schema.enums.push(Enum {
            name: e.name.name.clone(),
            name_span: e.name.span,
            db_name: e.name.name.clone(),
            mapped_name: None,
            schema: None,
            values: Vec::new(),
            documentation: e.documentation.clone(),
            span: e.span,
        });
        self.insert_top(&e.name, "enum", TopRef::Enum(EnumId(self.schema.enums.len() as u32 - 1)));
    }

    fn insert_top(&mut self, name: &'a Ident, what: &str, top: TopRef) {
        if let Some(existing) = self.tops.get(name.name.as_str()) {
            let existing_what = match existing {
                TopRef::Model(id) if self.model_asts[id.0 as usize].kind == AstKind::View => "view",
                TopRef::Model(_) => "model",
                TopRef::Enum(_) => "enum",
                TopRef::Composite(_) => "composite type",
            };
            self.diagnostics.push(
                Diagnostic::error(
                    format!(
                        "The {what} \"{}\" cannot be defined because a {existing_what} with that name already exists.",
                        name.name
                    ),
                    name.span,
                )
                .with_help("Models, views, enums and composite types share one namespace; rename one of them."),
            );
            return;
        }
        self.tops.insert(&name.name, top);
    }

    fn not_a_scalar_type_name(&mut self, name: &Ident) {
        if ScalarType::from_name(&name.name).is_some() {
            self.diagnostics
                .error(format!("\"{}\" is a reserved scalar type name and cannot be used.", name.name), name.span);
        }
    }

    fn identifier(&mut self, name: &Ident, what: &str) {
        if let Some(problem) = identifier_problem(&name.name, what) {
            self.diagnostics.push(
                Diagnostic::error(format!("Error validating: {problem}"), name.span)
                    .with_help("Names start with a letter and hold letters, digits and underscores."),
            );
        }
    }

    fn attribute_names(&mut self, attributes: &[Attribute]) {
        for attr in attributes {
            if let Some(problem) = identifier_problem(&attr.name.name, "Attribute") {
                self.diagnostics.error(format!("Error validating: {problem}"), attr.name.span);
            }
        }
    }
}

//! Fields: their types and their attributes.

use super::{Resolver, TopRef};
use crate::args::AttributeSet;
use crate::names::closest;
use crate::schema::*;
use crate::types::ScalarType;
use prisma2sql_syntax::ast;
use prisma2sql_syntax::{Diagnostic, Diagnostics};

impl Resolver<'_> {
    pub(super) fn field(&mut self, f: &ast::Field) -> Field {
        let (ty, type_span) = match &f.field_type {
            ast::FieldType::Unsupported { db_type, span } => (FieldType::Unsupported(db_type.clone()), *span),
            ast::FieldType::Named(ident) => (self.named_type(ident), ident.span),
        };
        Field {
            name: f.name.name.clone(),
            name_span: f.name.span,
            mapped_name: None,
            arity: f.arity,
            ty,
            type_span,
            native_type: None,
            default: None,
            updated_at: false,
            ignored: false,
            relation: None,
            documentation: f.documentation.clone(),
            span: f.span,
        }
    }

    fn named_type(&mut self, ident: &ast::Ident) -> FieldType {
        if let Some(scalar) = ScalarType::from_name(&ident.name) {
            return FieldType::Scalar(scalar);
        }
        match self.tops.get(ident.name.as_str()) {
            Some(TopRef::Model(id)) => FieldType::Model(*id),
            Some(TopRef::Enum(id)) => FieldType::Enum(*id),
            Some(TopRef::Composite(id)) => FieldType::Composite(*id),
            None => {
                // In name order, so that among names as close as each other the same one is
                // suggested in every run, whatever the order of the hash table.
                let mut tops: Vec<&str> = self.tops.keys().copied().collect();
                tops.sort_unstable();
                let names = ScalarType::ALL.iter().map(|s| s.name()).chain(tops);
                let help = match closest(&ident.name, names) {
                    Some(close) => format!("Did you mean `{close}`?"),
                    None => "Use a scalar type (String, Boolean, Int, BigInt, Float, Decimal, DateTime, Json, Bytes), or the name of a model, view or enum of this schema.".into(),
                };
                self.diagnostics.push(
                    Diagnostic::error(
                        format!(
                            "Type \"{}\" is neither a built-in type, nor refers to another model, composite type, or enum.",
                            ident.name
                        ),
                        ident.span,
                    )
                    .with_help(help),
                );
                FieldType::Unknown
            }
        }
    }

    /// `@map`, `@ignore`, `@id`, `@updatedAt`, `@default`, `@db.*`, `@unique` on a scalar field.
    pub(super) fn scalar_field_attributes(&mut self, model: &mut Model, index: usize, f: &ast::Field) {
        let mut attrs = AttributeSet::new(&f.attributes, false);
        if let Some((name, span)) = attrs.single("map", &mut self.diagnostics).and_then(|a| self.name_attribute(a)) {
            model.fields[index].mapped_name = Some((name, span));
        }
        if let Some(args) = attrs.single("ignore", &mut self.diagnostics) {
            if matches!(model.fields[index].ty, FieldType::Unsupported(_)) {
                self.diagnostics.push(
                    args.error_here("Fields of type `Unsupported` cannot take an `@ignore` attribute. They are already treated as ignored by the client due to their type.")
                        .with_help("Remove `@ignore`."),
                );
            } else {
                model.fields[index].ignored = true;
            }
            args.finish(&mut self.diagnostics);
        }
        if let Some(args) = attrs.single("relation", &mut self.diagnostics) {
            self.diagnostics.push(
                args.error_here("Invalid field type, not a relation.")
                    .with_help("`@relation` belongs on a field whose type is a model."),
            );
        }
        if let Some(args) = attrs.single("id", &mut self.diagnostics) {
            self.field_id(model, index, args);
        }
        if let Some(args) = attrs.single("updatedAt", &mut self.diagnostics) {
            let field = &mut model.fields[index];
            if field.scalar_type() != Some(ScalarType::DateTime) {
                self.diagnostics.push(
                    args.error_here("Fields that are marked with @updatedAt must be of type DateTime.")
                        .with_help("Use `DateTime` as the field's type, or remove `@updatedAt`."),
                );
            }
            if field.is_list() {
                self.diagnostics.push(args.error_here("Fields that are marked with @updatedAt cannot be lists."));
            }
            field.updated_at = true;
            args.finish(&mut self.diagnostics);
        }
        if let Some(args) = attrs.single("default", &mut self.diagnostics) {
            model.fields[index].default = self.default_attribute(&model.fields[index], args);
        }
        if matches!(model.fields[index].ty, FieldType::Scalar(_))
            && let Some(attr) = attrs.scoped(&mut self.diagnostics)
        {
            model.fields[index].native_type = self.native_type(attr, &model.fields[index]).map(|n| (n, attr.span));
        }
        if let Some(args) = attrs.single("unique", &mut self.diagnostics) {
            let unique = self.field_unique(model, index, args);
            model.indexes.extend(unique);
        }
        if let Some(args) = attrs.single("shardKey", &mut self.diagnostics) {
            self.shard_key(args);
        }
        finish_with_native_help(attrs, &model.fields[index], &mut self.diagnostics);
    }

    /// `@relation`, and the attributes a relation field cannot take.
    pub(super) fn relation_field_attributes(&mut self, model: &mut Model, index: usize, f: &ast::Field) {
        let mut attrs = AttributeSet::new(&f.attributes, false);
        if let Some(args) = attrs.single("relation", &mut self.diagnostics) {
            let target = model.fields[index].related_model().unwrap_or(ModelId(0));
            model.fields[index].relation = Some(Box::new(self.relation_attribute(model, target, args)));
        }
        if let Some(args) = attrs.single("id", &mut self.diagnostics) {
            let name = &model.fields[index].name;
            self.diagnostics.push(args.error_here(format!(
                "The field `{name}` is a relation field and cannot be marked with `@id`. Only scalar fields can be declared as id."
            )));
        }
        if let Some(args) = attrs.single("ignore", &mut self.diagnostics) {
            model.fields[index].ignored = true;
            args.finish(&mut self.diagnostics);
        }
        if let Some(args) = attrs.single("default", &mut self.diagnostics) {
            self.diagnostics.push(args.error_here("Cannot set a default value on a relation field."));
        }
        if let Some(mut args) = attrs.single("map", &mut self.diagnostics) {
            self.diagnostics.push(
                args.error_here("The attribute `@map` cannot be used on relation fields.")
                    .with_help("A relation field has no column; put `@map` on its scalar fields, or name the foreign key with `@relation(map: \"...\")`."),
            );
            if let Err(missing) = args.default_arg("name") {
                self.diagnostics.push(missing);
            }
        }
        if let Some(args) = attrs.single("unique", &mut self.diagnostics) {
            let fields: Vec<&str> = model.fields[index]
                .relation
                .as_ref()
                .and_then(|r| r.fields.as_ref())
                .map(|fs| fs.iter().map(|i| model.fields[*i].name.as_str()).collect())
                .unwrap_or_default();
            let suggestion = match fields.as_slice() {
                [] => String::new(),
                [one] => format!(" Did you mean to put it on `{one}`?"),
                many => format!(" Did you mean to provide `@@unique([{}])`?", many.join(", ")),
            };
            let name = &model.fields[index].name;
            self.diagnostics.push(args.error_here(format!(
                "The field `{name}` is a relation field and cannot be marked with `unique`. Only scalar fields can be made unique.{suggestion}"
            )));
        }
        finish_with_native_help(attrs, &model.fields[index], &mut self.diagnostics);
    }
}

/// Reports unknown attributes; a native type on a field that cannot have one gets a hint.
fn finish_with_native_help(attrs: AttributeSet<'_>, field: &Field, diagnostics: &mut Diagnostics) {
    let mut unknown = Diagnostics::new();
    attrs.finish(&mut unknown);
    for d in unknown {
        let native = d.message.starts_with("Attribute not known: \"@") && d.message.contains('.');
        let d = if native {
            let kind = match field.ty {
                FieldType::Model(_) => "a relation field",
                FieldType::Enum(_) => "an enum field",
                FieldType::Unsupported(_) => "an `Unsupported` field",
                _ => "this field",
            };
            d.with_help(format!("Native types apply to scalar fields only, not to {kind}."))
        } else {
            d
        };
        diagnostics.push(d);
    }
}

//! `@relation(name?, fields:, references:, onDelete:, onUpdate:, map:)` on a relation field.

use super::{Resolver, TopRef};
use crate::args::{Args, array, constant, string};
use crate::schema::*;
use prisma2sql_syntax::ast::{self, Expr};
use prisma2sql_syntax::{Diagnostic, Span};

/// How a name in `fields`/`references` resolves in a model.
enum Lookup {
    Scalar(usize),
    Relation,
    Unknown,
}

impl Resolver<'_> {
    pub(super) fn relation_attribute(
        &mut self,
        model: &Model,
        target: ModelId,
        mut args: Args<'_>,
    ) -> RelationAttribute {
        let span = args.attr.span;
        let mut relation = RelationAttribute { span, ..RelationAttribute::default() };
        if let Some(expr) = args.optional("fields") {
            relation.fields_span = Some(expr.span());
            let lookup = |_: &Self, name: &str| match model.find_field(name) {
                Some(i) if model.fields[i].is_relation() => Lookup::Relation,
                Some(i) => Lookup::Scalar(i),
                None => Lookup::Unknown,
            };
            let fields = self.field_names(&model.name, expr, span, lookup).map(|(indexes, unknown, relations)| {
                self.fields_problems(expr, &unknown, &relations);
                indexes
            });
            relation.fields = Some(fields.unwrap_or_default());
        }
        if let Some(expr) = args.optional("references") {
            relation.references_span = Some(expr.span());
            // The target may not be resolved yet: its fields are read from the syntax tree.
            let target_ast = self.model_asts[target.0 as usize];
            let lookup = |resolver: &Self, name: &str| match target_ast.fields.iter().position(|f| f.name.name == name)
            {
                Some(i) if resolver.is_relation_or_unknown(&target_ast.fields[i]) => Lookup::Relation,
                Some(i) => Lookup::Scalar(i),
                None => Lookup::Unknown,
            };
            let target_name = &target_ast.name.name;
            let refs = self.field_names(target_name, expr, span, lookup).map(|(indexes, unknown, relations)| {
                self.references_problems(target_name, expr.span(), &unknown, &relations);
                indexes
                    .into_iter()
                    .map(|i| (target_ast.fields[i].name.name.clone(), target_ast.fields[i].name.span))
                    .collect()
            });
            relation.references = Some(refs.unwrap_or_default());
        }
        if let Ok(expr) = args.default_arg("name")
            && let Some(name) = string(expr, &mut self.diagnostics)
        {
            if name.is_empty() {
                self.diagnostics.push(args.error_here("A relation cannot have an empty name."));
            } else {
                relation.name = Some((name.to_owned(), expr.span()));
            }
        }
        relation.on_delete = self.referential_action(&mut args, "onDelete");
        relation.on_update = self.referential_action(&mut args, "onUpdate");
        relation.map = self.non_empty_string(&mut args, "map");
        args.finish(&mut self.diagnostics);
        relation
    }

    /// Whether an AST field is not a scalar field: its type is a model, or no known type.
    fn is_relation_or_unknown(&self, field: &ast::Field) -> bool {
        match &field.field_type {
            ast::FieldType::Unsupported { .. } => false,
            ast::FieldType::Named(ident) => {
                crate::types::ScalarType::from_name(&ident.name).is_none()
                    && !matches!(self.tops.get(ident.name.as_str()), Some(TopRef::Enum(_) | TopRef::Composite(_)))
            }
        }
    }

    /// Resolves a list of field names: the scalar fields found (each once), the unknown names and
    /// the relation fields named. `None` when the list is not a list of names, or names a field
    /// twice (both reported).
    fn field_names<'e>(
        &mut self,
        model_name: &str,
        expr: &'e Expr,
        attr_span: Span,
        lookup: impl Fn(&Self, &str) -> Lookup,
    ) -> Option<(Vec<usize>, Vec<&'e str>, Vec<&'e str>)> {
        let names = array(expr, &mut self.diagnostics, |e, d| constant(e, d))?;
        let (mut found, mut unknown, mut relations) = (Vec::new(), Vec::new(), Vec::new());
        for name in names {
            match lookup(self, name) {
                _ if name.contains('.') => unknown.push(name),
                Lookup::Unknown => unknown.push(name),
                Lookup::Relation => relations.push(name),
                Lookup::Scalar(i) if found.contains(&i) => {
                    self.diagnostics.push(
                        Diagnostic::error(
                            format!(
                                "Error validating model \"{model_name}\": The relation's field list refers to the field `{name}` more than once."
                            ),
                            attr_span,
                        )
                        .with_help(format!("List `{name}` once.")),
                    );
                    return None;
                }
                Lookup::Scalar(i) => found.push(i),
            }
        }
        Some((found, unknown, relations))
    }

    fn fields_problems(&mut self, expr: &Expr, unknown: &[&str], relations: &[&str]) {
        if !unknown.is_empty() {
            self.diagnostics.push(
                Diagnostic::error(
                    format!(
                        "Error validating: The argument fields must refer only to existing fields. The following fields do not exist in this model: {}",
                        unknown.join(", ")
                    ),
                    expr.span(),
                )
                .with_help("`fields` names the scalar fields of this model that hold the foreign key."),
            );
        }
        if !relations.is_empty() {
            self.diagnostics.push(Diagnostic::error(
                format!(
                    "Error validating: The argument fields must refer only to scalar fields. But it is referencing the following relation fields: {}",
                    relations.join(", ")
                ),
                expr.span(),
            ));
        }
    }

    fn references_problems(&mut self, target: &str, span: Span, unknown: &[&str], relations: &[&str]) {
        if !unknown.is_empty() {
            self.diagnostics.push(
                Diagnostic::error(
                    format!(
                        "Error validating: The argument `references` must refer only to existing fields in the related model `{target}`. The following fields do not exist in the related model: {}",
                        unknown.join(", ")
                    ),
                    span,
                )
                .with_help(format!("`references` names fields of model `{target}`, usually its `@id`.")),
            );
        }
        if !relations.is_empty() {
            self.diagnostics.push(Diagnostic::error(
                format!(
                    "Error validating: The argument `references` must refer only to scalar fields in the related model `{target}`. But it is referencing the following relation fields: {}",
                    relations.join(", ")
                ),
                span,
            ));
        }
    }

    /// `onDelete: Cascade` and friends.
    fn referential_action(&mut self, args: &mut Args<'_>, param: &str) -> Option<(ReferentialAction, Span)> {
        let expr = args.optional(param)?;
        let name = constant(expr, &mut self.diagnostics)?;
        match ReferentialAction::from_name(name) {
            Some(action) => Some((action, expr.span())),
            None => {
                self.diagnostics.push(
                    args.error(format!("Invalid referential action: `{name}`"), expr.span())
                        .with_help("The referential actions are Cascade, Restrict, NoAction, SetNull and SetDefault."),
                );
                None
            }
        }
    }
}

//! Prisma's rules for relations.

use crate::classify::FieldGroups;
use crate::*;
use prisma2sql_model::{Field, FieldType, IndexKind, Model};
use prisma2sql_syntax::ast::Arity;
use prisma2sql_syntax::{Diagnostic, Diagnostics};

pub(crate) fn validate(schema: &Schema, relations: &Relations, diagnostics: &mut Diagnostics) {
    ambiguity(schema, diagnostics);
    for relation in relations.iter() {
        match &relation.sides {
            Sides::Inline { referencing, back, .. } => inline(schema, relations, relation, *referencing, *back, diagnostics),
            Sides::ManyToMany { table } => many_to_many(schema, table, diagnostics),
        }
    }
}

fn field_error(schema: &Schema, id: FieldId, message: String) -> Diagnostic {
    let field = schema.field(id);
    let span = field.relation.as_ref().map_or(field.span, |r| r.span);
    Diagnostic::error(format!("Error parsing attribute \"@relation\": {message}"), span)
}

fn ambiguity(schema: &Schema, diagnostics: &mut Diagnostics) {
    let groups = FieldGroups::new(schema);
    for ((model, target, _), fields) in groups.sorted() {
        let self_relation = model == target;
        let limit = if self_relation { 2 } else { 1 };
        if fields.len() <= limit {
            continue;
        }
        let m = schema.model(*model);
        let (f1, f2) = (schema.field(fields[0]), schema.field(fields[limit]));
        let message = if self_relation {
            format!(
                "Error validating model \"{}\": Ambiguous self relation detected. The fields `{}` and `{}` in model `{}` both refer to `{}`. If they are part of the same relation add the same relation name for them with `@relation(<name>)`.",
                m.name, f1.name, f2.name, m.name, m.name
            )
        } else {
            format!(
                "Error validating model \"{}\": Ambiguous relation detected. The fields `{}` and `{}` in model `{}` both refer to `{}`. Please provide different relation names for them by adding `@relation(<name>).",
                m.name,
                f1.name,
                f2.name,
                m.name,
                schema.model(*target).name
            )
        };
        diagnostics.push(Diagnostic::error(message, f2.span));
    }
}

fn has_fields(field: &Field) -> bool {
    field.relation.as_ref().is_some_and(|r| r.fields_span.is_some())
}

fn has_references(field: &Field) -> bool {
    field.relation.as_ref().is_some_and(|r| r.references_span.is_some())
}

fn inline(
    schema: &Schema,
    relations: &Relations,
    relation: &Relation,
    referencing: FieldId,
    back: Option<FieldId>,
    diagnostics: &mut Diagnostics,
) {
    let field = schema.field(referencing);
    let model = schema.model(referencing.model);
    let target_id = field.related_model().unwrap_or(referencing.model);
    let target = schema.model(target_id);

    if let Some(back) = back {
        let back_field = schema.field(back);
        let back_model = schema.model(back.model);
        if relation.kind == RelationKind::OneToOne {
            if has_fields(field) && has_fields(back_field) || has_references(field) && has_references(back_field) {
                diagnostics.push(Diagnostic::error(
                    format!(
                        "Error parsing attribute \"@relation\": The relation fields `{}` on Model `{}` and `{}` on Model `{}` both provide the `references` argument in the @relation attribute. You have to provide it only on one of the two fields.",
                        field.name, model.name, back_field.name, back_model.name
                    ),
                    field.span,
                ));
                return;
            }
            if !has_fields(field) && !has_fields(back_field) {
                diagnostics.push(Diagnostic::error(
                    format!(
                        "Error parsing attribute \"@relation\": The relation fields `{}` on Model `{}` and `{}` on Model `{}` do not provide the `fields` argument in the @relation attribute. You have to provide it on one of the two fields.",
                        field.name, model.name, back_field.name, back_model.name
                    ),
                    field.span,
                ));
                return;
            }
            if field.arity == Arity::Required && back_field.arity == Arity::Required {
                diagnostics.push(Diagnostic::error(
                    format!(
                        "Error parsing attribute \"@relation\": The relation fields `{}` on Model `{}` and `{}` on Model `{}` are both required. This is not allowed for a 1:1 relation: one side must be optional.",
                        field.name, model.name, back_field.name, back_model.name
                    ),
                    back_field.span,
                ));
            }
            if back_field.arity == Arity::Required && field.arity != Arity::Required {
                diagnostics.push(Diagnostic::error(
                    format!(
                        "Error parsing attribute \"@relation\": The relation field `{}` on Model `{}` is required. This is invalid as it is not possible to enforce this constraint on the database level. Please change the field type from `{}` to `{}?` to fix this.",
                        back_field.name, back_model.name, model.name, model.name
                    ),
                    back_field.span,
                ));
            }
        } else {
            // One-to-many: the list side carries nothing.
            if let Some(attr) = &back_field.relation {
                if attr.fields_span.is_some() || attr.references_span.is_some() {
                    diagnostics.push(field_error(
                        schema,
                        back,
                        format!(
                            "The relation field `{}` on Model `{}` must not specify the `fields` or `references` argument in the @relation attribute. You must only specify it on the opposite field `{}` on model `{}`.",
                            back_field.name, back_model.name, field.name, model.name
                        ),
                    ));
                }
                if attr.on_delete.is_some() || attr.on_update.is_some() {
                    diagnostics.push(field_error(
                        schema,
                        back,
                        format!(
                            "The relation field `{}` on Model `{}` must not specify the `onDelete` or `onUpdate` argument in the @relation attribute. You must only specify it on the opposite field `{}` on model `{}`, or in case of a many to many relation, in an explicit join table.",
                            back_field.name, back_model.name, field.name, model.name
                        ),
                    ));
                }
            }
        }
        if relation.kind == RelationKind::OneToOne
            && let Some(attr) = &back_field.relation
            && (attr.on_delete.is_some() || attr.on_update.is_some())
            && !has_fields(back_field)
        {
            diagnostics.push(field_error(
                schema,
                back,
                format!(
                    "The relation field `{}` on Model `{}` must not specify the `onDelete` or `onUpdate` argument in the @relation attribute. You must only specify it on the opposite field `{}` on model `{}`.",
                    back_field.name, back_model.name, field.name, model.name
                ),
            ));
        }
    }

    let Some(attr) = &field.relation else {
        diagnostics.push(
            Diagnostic::error(
                format!(
                    "Error parsing attribute \"@relation\": The relation field `{}` on Model `{}` must specify the `fields` argument in the @relation attribute. You can run `prisma format` to fix this automatically.",
                    field.name, model.name
                ),
                field.span,
            )
            .with_help(format!(
                "Name the foreign-key fields and what they refer to: `@relation(fields: [{}Id], references: [id])`.",
                field.name
            )),
        );
        return;
    };
    let (Some(fields_span), Some(_)) = (attr.fields_span, attr.references_span) else {
        let missing = if attr.fields_span.is_none() { "fields" } else { "references" };
        diagnostics.push(field_error(
            schema,
            referencing,
            format!(
                "The relation field `{}` on Model `{}` must specify the `{missing}` argument in the @relation attribute. You can run `prisma format` to fix this automatically.",
                field.name, model.name
            ),
        ));
        return;
    };
    let Some(fields) = &attr.fields else { return };
    let Some(references) = &attr.references else { return };
    if fields.len() != references.len() {
        diagnostics.push(field_error(
            schema,
            referencing,
            "You must specify the same number of fields in `fields` and `references`.".into(),
        ));
        return;
    }
    let unknown: Vec<&str> =
        references.iter().filter(|(name, _)| target.find_field(name).is_none()).map(|(n, _)| n.as_str()).collect();
    if !unknown.is_empty() {
        diagnostics.push(field_error(
            schema,
            referencing,
            format!(
                "The argument `references` must refer only to existing fields in the related model `{}`. The following fields do not exist in the related model: {}",
                target.name,
                unknown.join(", ")
            ),
        ));
        return;
    }
    let referenced: Vec<usize> = references.iter().filter_map(|(name, _)| target.find_field(name)).collect();
    let relation_fields: Vec<&str> = referenced
        .iter()
        .filter(|i| target.fields[**i].is_relation())
        .map(|i| target.fields[*i].name.as_str())
        .collect();
    if !relation_fields.is_empty() {
        diagnostics.push(field_error(
            schema,
            referencing,
            format!(
                "The argument `references` must refer only to scalar fields in the related model `{}`. But it is referencing the following relation fields: {}",
                target.name,
                relation_fields.join(", ")
            ),
        ));
        return;
    }
    let own_relation_fields: Vec<&str> =
        fields.iter().filter(|i| model.fields[**i].is_relation()).map(|i| model.fields[*i].name.as_str()).collect();
    if !own_relation_fields.is_empty() {
        diagnostics.push(field_error(
            schema,
            referencing,
            format!(
                "The argument `fields` must refer only to scalar fields. But it is referencing the following relation fields: {}",
                own_relation_fields.join(", ")
            ),
        ));
        return;
    }
    // Types must match, scalar for scalar.
    for (own, other) in fields.iter().zip(&referenced) {
        let (own_field, other_field) = (&model.fields[*own], &target.fields[*other]);
        let comparable = |ty: &FieldType| match ty {
            FieldType::Scalar(s) => Some(format!("{s}")),
            FieldType::Enum(e) => Some(schema.enum_(*e).name.clone()),
            FieldType::Unsupported(u) => Some(format!("Unsupported({u})")),
            _ => None,
        };
        if comparable(&own_field.ty) != comparable(&other_field.ty) {
            diagnostics.push(field_error(
                schema,
                referencing,
                format!(
                    "The type of the field `{}` in the model `{}` is not matching the type of the referenced field `{}` in model `{}`.",
                    own_field.name, model.name, other_field.name, target.name
                ),
            ));
        }
        if own_field.is_list() {
            diagnostics.push(field_error(
                schema,
                referencing,
                format!("The field `{}` is a list: a foreign key must be made of singular fields.", own_field.name),
            ));
        }
    }
    // `references` must name a unique criterion of the target.
    if !is_unique_criterion(target, &referenced) {
        let names: Vec<&str> = referenced.iter().map(|i| target.fields[*i].name.as_str()).collect();
        let message = if names.len() == 1 {
            format!(
                "The argument `references` must refer to a unique criterion in the related model. Consider adding an `@unique` attribute to the field `{}` in the model `{}`.",
                names[0], target.name
            )
        } else {
            format!(
                "The argument `references` must refer to a unique criterion in the related model. Consider adding an `@@unique([{}])` attribute to the model `{}`.",
                names.join(", "),
                target.name
            )
        };
        diagnostics.push(field_error(schema, referencing, message));
    }
    // Arity: a required relation needs required fields.
    let optional_fields: Vec<&str> =
        fields.iter().filter(|i| model.fields[**i].arity == Arity::Optional).map(|i| model.fields[*i].name.as_str()).collect();
    if field.arity == Arity::Required && !optional_fields.is_empty() {
        let all: Vec<&str> = fields.iter().map(|i| model.fields[*i].name.as_str()).collect();
        diagnostics.push(Diagnostic::error(
            format!(
                "Error validating: The relation field `{}` uses the scalar fields {}. At least one of those fields is optional. Hence the relation field must be optional as well.",
                field.name,
                all.join(", ")
            ),
            field.span,
        ));
    }
    // One-to-one: the foreign key must be unique on the referencing side.
    if relation.kind == RelationKind::OneToOne && !covers_unique_criterion(model, fields) {
        let names: Vec<&str> = fields.iter().map(|i| model.fields[*i].name.as_str()).collect();
        let fix = if names.len() == 1 {
            format!("an `@unique` attribute to the field `{}`", names[0])
        } else {
            format!("an `@@unique([{}])` attribute to the model", names.join(", "))
        };
        diagnostics.push(field_error(
            schema,
            referencing,
            format!(
                "A one-to-one relation must use unique fields on the defining side. Either add {fix}, or change the relation to one-to-many."
            ),
        ));
    }
    referential_actions(schema, relations, relation, referencing, diagnostics);
    let _ = fields_span;
}

/// Whether these fields are exactly the fields of the primary key or of a unique index.
fn is_unique_criterion(model: &Model, fields: &[usize]) -> bool {
    let same = |criterion: &[usize]| {
        criterion.len() == fields.len() && criterion.iter().all(|f| fields.contains(f))
    };
    model.primary_key.as_ref().is_some_and(|pk| same(&pk.fields.iter().map(|f| f.field).collect::<Vec<_>>()))
        || model
            .indexes
            .iter()
            .filter(|i| i.kind == IndexKind::Unique)
            .any(|i| same(&i.fields.iter().map(|f| f.field).collect::<Vec<_>>()))
}

/// Whether a unique criterion lies within these fields (so the fields are unique together).
fn covers_unique_criterion(model: &Model, fields: &[usize]) -> bool {
    is_unique_criterion(model, fields)
}

fn referential_actions(
    schema: &Schema,
    relations: &Relations,
    relation: &Relation,
    referencing: FieldId,
    diagnostics: &mut Diagnostics,
) {
    let Some(fk) = relation.foreign_key() else { return };
    let field = schema.field(referencing);
    let model = schema.model(referencing.model);
    let attr = field.relation.as_ref();
    for (action, span, what) in [
        (fk.on_delete, attr.and_then(|a| a.on_delete.map(|(_, s)| s)), "onDelete"),
        (fk.on_update, attr.and_then(|a| a.on_update.map(|(_, s)| s)), "onUpdate"),
    ] {
        if !action.explicit {
            continue;
        }
        let span = span.unwrap_or(field.span);
        if action.action == ReferentialAction::SetNull {
            let required: Vec<&str> = fk
                .fields
                .iter()
                .filter(|i| model.fields[**i].arity == Arity::Required)
                .map(|i| model.fields[*i].name.as_str())
                .collect();
            if !required.is_empty() && !relations.has_database_foreign_keys() {
                diagnostics.push(Diagnostic::error(
                    format!(
                        "Error parsing attribute \"@relation\": The `{what}` referential action of a relation must not be set to `SetNull` when a referenced field is required.\nEither choose another referential action, or make the referenced fields optional.\n"
                    ),
                    span,
                ));
            }
        }
        if action.action == ReferentialAction::SetDefault && !relations.has_database_foreign_keys() {
            diagnostics.push(Diagnostic::error(
                format!(
                    "Error parsing attribute \"@relation\": Invalid referential action: `SetDefault`. Allowed values: (`Cascade`, `Restrict`, `NoAction`, `SetNull`). `SetDefault` is invalid for {what} when using `relationMode = \"prisma\"`, you could try using `NoAction` instead. Learn more at https://pris.ly/d/relation-mode"
                ),
                span,
            ));
        }
    }
}

fn many_to_many(schema: &Schema, table: &JoinTable, diagnostics: &mut Diagnostics) {
    for (field_id, other_model) in [(table.field_a, table.model_b), (table.field_b, table.model_a)] {
        let field = schema.field(field_id);
        let model = schema.model(field_id.model);
        if let Some(attr) = &field.relation {
            if attr.fields_span.is_some() || attr.references_span.is_some() {
                diagnostics.push(field_error(
                    schema,
                    field_id,
                    format!(
                        "The relation field `{}` on Model `{}` must not specify the `fields` or `references` argument in the @relation attribute. Implicit many-to-many relations are defined by list fields on both sides.",
                        field.name, model.name
                    ),
                ));
            }
            if attr.on_delete.is_some() || attr.on_update.is_some() {
                diagnostics.push(field_error(
                    schema,
                    field_id,
                    format!(
                        "The relation field `{}` on Model `{}` must not specify the `onDelete` or `onUpdate` argument in the @relation attribute. You must only specify it on the opposite field, or in case of a many to many relation, in an explicit join table.",
                        field.name, model.name
                    ),
                ));
            }
        }
        let other = schema.model(other_model);
        let single_id = other.primary_key.as_ref().is_some_and(|pk| pk.fields.len() == 1);
        if !single_id {
            diagnostics.push(Diagnostic::error(
                format!(
                    "Error validating field `{}` in model `{}`: The relation field `{}` on Model `{}` references `{}` which does not have an `@id` field. Models without `@id` cannot be part of a many to many relation. Use an explicit intermediate Model to represent this relationship.",
                    field.name, model.name, field.name, model.name, other.name
                ),
                field.span,
            ));
        }
        if other.is_view() || model.is_view() {
            diagnostics.push(Diagnostic::error(
                format!(
                    "Error validating field `{}` in model `{}`: Many-to-many relations with views are not supported.",
                    field.name, model.name
                ),
                field.span,
            ));
        }
    }
}

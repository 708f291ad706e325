//! Pairing relation fields and recording relations, as Prisma's parser database does.
//!
//! A relation field's opposite is the first relation field of the related model that points back
//! and carries the same written relation name (or none). Which side holds the foreign key follows
//! from the arities: the singular side of a one-to-many, the required side of a required/optional
//! one-to-one, the side that writes `fields` when both are optional, and the name order otherwise.

use crate::*;
use prisma2sql_model::{Field, IndexKind};
use prisma2sql_syntax::ast::Arity;
use std::borrow::Cow;

/// The name a relation field belongs to: written, or Prisma's default for its two models.
pub(crate) fn relation_name<'a>(schema: &Schema, field: &'a Field, model: ModelId) -> Cow<'a, str> {
    match explicit_name(field) {
        Some(name) => Cow::Borrowed(name),
        None => {
            let target = field.related_model().unwrap_or(model);
            Cow::Owned(default_relation_name(&schema.model(model).name, &schema.model(target).name))
        }
    }
}

/// The name written in `@relation("...")`.
pub(crate) fn explicit_name(field: &Field) -> Option<&str> {
    field.relation.as_ref()?.name.as_ref().map(|(n, _)| n.as_str())
}

/// Every relation field of the schema, in source order.
pub(crate) fn relation_fields(schema: &Schema) -> impl Iterator<Item = FieldId> + '_ {
    schema.model_ids().flat_map(move |model| {
        schema
            .model(model)
            .fields
            .iter()
            .enumerate()
            .filter(|(_, f)| f.is_relation())
            .map(move |(index, _)| FieldId { model, index: index as u32 })
    })
}

/// The field on the related model that forms a relation with `id`.
pub(crate) fn opposite(schema: &Schema, id: FieldId) -> Option<FieldId> {
    let field = schema.field(id);
    let target = field.related_model()?;
    let name = explicit_name(field);
    schema.model(target).fields.iter().enumerate().find_map(|(index, other)| {
        let other_id = FieldId { model: target, index: index as u32 };
        (other_id != id && other.related_model() == Some(id.model) && explicit_name(other) == name).then_some(other_id)
    })
}

pub(crate) fn classify(schema: &Schema) -> Relations {
    let mut relations = Relations { relation_mode: schema.datasource.relation_mode, ..Relations::default() };
    for id in relation_fields(schema) {
        if relations.by_field.contains_key(&id) {
            continue;
        }
        let Some(relation) = ingest(schema, &relations, id) else {
            continue;
        };
        let fields = relation.fields();
        if fields.iter().any(|f| relations.by_field.contains_key(f)) {
            continue; // an ambiguous field pointing at an opposite already taken (reported)
        }
        for field in fields {
            relations.by_field.insert(field, relation.id);
        }
        relations.relations.push(relation);
    }
    relations
}

/// The relation `id` defines, or `None` when its opposite defines it (or it has no forward side).
fn ingest(schema: &Schema, relations: &Relations, id: FieldId) -> Option<Relation> {
    let field = schema.field(id);
    let name = relation_name(schema, field, id.model);
    let Some(opp) = opposite(schema, id) else {
        // A list with no opposite has no forward side: only reported.
        if field.is_list() {
            return None;
        }
        let kind = if fields_are_unique(schema, id) { RelationKind::OneToOne } else { RelationKind::OneToMany };
        return Some(inline(schema, relations, id, None, &name, kind));
    };
    let other = schema.field(opp);
    let first_by_name = || (name_key(schema, id), name_key(schema, opp));
    let forward = match (field.arity, other.arity) {
        (Arity::List, Arity::List) => {
            let (mine, theirs) = (&schema.model(id.model).name, &schema.model(opp.model).name);
            if mine > theirs || (id.model == opp.model && field.name > other.name) {
                return None;
            }
            return Some(many_to_many(schema, relations, id, opp, &name));
        }
        (Arity::List, _) => return None,
        (_, Arity::List) => {
            return Some(inline(schema, relations, id, Some(opp), &name, RelationKind::OneToMany));
        }
        (Arity::Required, Arity::Optional) => true,
        (Arity::Optional, Arity::Required) => false,
        (Arity::Required, Arity::Required) => {
            let (a, b) = first_by_name();
            a <= b
        }
        (Arity::Optional, Arity::Optional) => {
            let writes_fields = |f: &Field| f.relation.as_ref().is_some_and(|r| r.fields.is_some());
            if writes_fields(field) {
                true
            } else if writes_fields(other) {
                false
            } else {
                let (a, b) = first_by_name();
                a <= b
            }
        }
    };
    forward.then(|| inline(schema, relations, id, Some(opp), &name, RelationKind::OneToOne))
}

/// `[model name, field name]`, Prisma's tie-breaker.
fn name_key(schema: &Schema, id: FieldId) -> (&str, &str) {
    (&schema.model(id.model).name, &schema.field(id).name)
}

/// Whether the `fields` of a relation field are exactly, in order, those of a unique index.
fn fields_are_unique(schema: &Schema, id: FieldId) -> bool {
    let Some(fields) = schema.field(id).relation.as_ref().and_then(|r| r.fields.as_ref()) else {
        return false;
    };
    schema
        .model(id.model)
        .indexes
        .iter()
        .filter(|i| i.kind == IndexKind::Unique)
        .any(|i| i.fields.len() == fields.len() && i.fields.iter().zip(fields).all(|(a, b)| a.field == *b))
}

fn next_id(relations: &Relations) -> RelationId {
    RelationId(relations.relations.len() as u32)
}

fn is_explicit(schema: &Schema, fields: &[FieldId]) -> bool {
    fields.iter().any(|f| explicit_name(schema.field(*f)).is_some())
}

fn inline(
    schema: &Schema,
    relations: &Relations,
    referencing: FieldId,
    back: Option<FieldId>,
    name: &str,
    kind: RelationKind,
) -> Relation {
    let mut fields = vec![referencing];
    fields.extend(back);
    Relation {
        id: next_id(relations),
        name: name.to_owned(),
        name_is_explicit: is_explicit(schema, &fields),
        kind,
        sides: Sides::Inline { referencing, back, foreign_key: foreign_key(schema, referencing) },
    }
}

/// The foreign key of a referencing field, when `fields` and `references` resolve and agree.
fn foreign_key(schema: &Schema, referencing: FieldId) -> Option<ForeignKey> {
    let field = schema.field(referencing);
    let attr = field.relation.as_ref()?;
    let target = field.related_model()?;
    let fields = attr.fields.clone()?;
    let references = attr.references.as_ref()?;
    let target_model = schema.model(target);
    let referenced_fields: Vec<usize> =
        references.iter().map(|(name, _)| target_model.find_field(name)).collect::<Option<_>>()?;
    if fields.is_empty() || fields.len() != referenced_fields.len() {
        return None;
    }
    let default_delete = default_on_delete(schema, referencing, &fields);
    Some(ForeignKey {
        model: referencing.model,
        fields,
        referenced_model: target,
        referenced_fields,
        on_delete: action(attr.on_delete, default_delete),
        on_update: action(attr.on_update, ReferentialAction::Cascade),
        map: attr.map.as_ref().map(|(m, _)| m.clone()),
    })
}

/// Prisma's `onDelete` where the schema states none: `Restrict` when the foreign key cannot be
/// left null, because one of its `fields` is required or the relation field itself is (its fields
/// are then lists); `SetNull` otherwise.
pub(crate) fn default_on_delete(schema: &Schema, referencing: FieldId, fields: &[usize]) -> ReferentialAction {
    let model = schema.model(referencing.model);
    if schema.field(referencing).is_required() || fields.iter().any(|i| model.fields[*i].is_required()) {
        ReferentialAction::Restrict
    } else {
        ReferentialAction::SetNull
    }
}

/// A referential action as the schema states it, else `default`.
pub(crate) fn action(
    written: Option<(ReferentialAction, prisma2sql_syntax::Span)>,
    default: ReferentialAction,
) -> Action {
    match written {
        Some((action, _)) => Action { action, explicit: true },
        None => Action { action: default, explicit: false },
    }
}

fn many_to_many(schema: &Schema, relations: &Relations, a: FieldId, b: FieldId, name: &str) -> Relation {
    let table = JoinTable { name: join_table_name(name), model_a: a.model, model_b: b.model, field_a: a, field_b: b };
    Relation {
        id: next_id(relations),
        name: name.to_owned(),
        name_is_explicit: is_explicit(schema, &[a, b]),
        kind: RelationKind::ManyToMany,
        sides: Sides::ManyToMany { table },
    }
}

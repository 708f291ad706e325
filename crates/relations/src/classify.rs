//! Pairing relation fields and recording relations in Prisma's order.

use crate::*;
use prisma2sql_model::{Field, FieldType};
use prisma2sql_syntax::ast::Arity;
use prisma2sql_syntax::{Diagnostic, Diagnostics};
use std::collections::{HashMap, HashSet};

/// The name a relation field belongs to: written, or Prisma's default for its two models.
pub(crate) fn relation_name(schema: &Schema, field: &Field, model: ModelId) -> String {
    match field.relation.as_ref().and_then(|r| r.name.as_ref()) {
        Some((name, _)) => name.clone(),
        None => {
            let target = field.related_model().unwrap_or(model);
            default_relation_name(&schema.model(model).name, &schema.model(target).name)
        }
    }
}

/// Relation fields grouped by (their model, the model they point at, relation name).
pub(crate) struct FieldGroups {
    groups: HashMap<(ModelId, ModelId, String), Vec<FieldId>>,
}

impl FieldGroups {
    pub(crate) fn new(schema: &Schema) -> FieldGroups {
        let mut groups: HashMap<(ModelId, ModelId, String), Vec<FieldId>> = HashMap::new();
        for model_id in schema.model_ids() {
            for (index, field) in schema.model(model_id).fields.iter().enumerate() {
                if let FieldType::Model(target) = field.ty {
                    let name = relation_name(schema, field, model_id);
                    groups.entry((model_id, target, name)).or_default().push(FieldId { model: model_id, index: index as u32 });
                }
            }
        }
        FieldGroups { groups }
    }

    pub(crate) fn get(&self, model: ModelId, target: ModelId, name: &str) -> &[FieldId] {
        self.groups.get(&(model, target, name.to_owned())).map_or(&[], Vec::as_slice)
    }

    /// Every group, in a stable order (by model, then first field).
    pub(crate) fn sorted(&self) -> Vec<(&(ModelId, ModelId, String), &Vec<FieldId>)> {
        let mut all: Vec<_> = self.groups.iter().collect();
        all.sort_by_key(|(_, fields)| fields[0]);
        all
    }
}

pub(crate) fn classify(schema: &Schema, diagnostics: &mut Diagnostics) -> Relations {
    let groups = FieldGroups::new(schema);
    let mut relations = Relations { relation_mode: schema.datasource.relation_mode, ..Relations::default() };
    let mut registered: HashSet<FieldId> = HashSet::new();

    for model_id in schema.model_ids() {
        let model = schema.model(model_id);
        for (index, field) in model.fields.iter().enumerate() {
            let FieldType::Model(target) = field.ty else { continue };
            let id = FieldId { model: model_id, index: index as u32 };
            if registered.contains(&id) {
                continue;
            }
            let name = relation_name(schema, field, model_id);
            let partner = groups.get(target, model_id, &name).iter().copied().find(|f| *f != id);
            let Some(partner) = partner else {
                diagnostics.push(missing_opposite(schema, id));
                if field.arity != Arity::List {
                    // Recorded anyway, so that later stages can still describe it.
                    let relation = inline(schema, &mut relations, id, None, &name);
                    register(&mut relations, &mut registered, relation);
                }
                continue;
            };
            if registered.contains(&partner) {
                continue;
            }
            let partner_field = schema.field(partner);
            let relation = match (field.arity, partner_field.arity) {
                (Arity::List, Arity::List) => many_to_many(schema, &relations, id, partner, &name),
                // Recorded from the singular side.
                (Arity::List, _) => continue,
                (_, Arity::List) => inline(schema, &mut relations, id, Some(partner), &name),
                _ => {
                    let has_fields = |f: &Field| f.relation.as_ref().is_some_and(|r| r.fields.is_some() || r.references.is_some());
                    if !has_fields(field) && has_fields(partner_field) {
                        continue;
                    }
                    let mut relation = inline(schema, &mut relations, id, Some(partner), &name);
                    relation.kind = RelationKind::OneToOne;
                    relation
                }
            };
            register(&mut relations, &mut registered, relation);
        }
    }
    relations
}

fn register(relations: &mut Relations, registered: &mut HashSet<FieldId>, relation: Relation) {
    for field in relation.fields() {
        registered.insert(field);
        relations.by_field.insert(field, relation.id);
    }
    relations.relations.push(relation);
}

fn next_id(relations: &Relations) -> RelationId {
    RelationId(relations.relations.len() as u32)
}

fn explicit_name(schema: &Schema, fields: &[FieldId]) -> bool {
    fields.iter().any(|f| schema.field(*f).relation.as_ref().is_some_and(|r| r.name.is_some()))
}

fn inline(schema: &Schema, relations: &mut Relations, referencing: FieldId, back: Option<FieldId>, name: &str) -> Relation {
    let foreign_key = foreign_key(schema, referencing);
    let mut fields = vec![referencing];
    fields.extend(back);
    Relation {
        id: next_id(relations),
        name: name.to_owned(),
        name_is_explicit: explicit_name(schema, &fields),
        kind: if back.is_some_and(|b| schema.field(b).is_list()) || back.is_none() {
            RelationKind::OneToMany
        } else {
            RelationKind::OneToOne
        },
        sides: Sides::Inline { referencing, back, foreign_key },
    }
}

/// The foreign key of a referencing field, when `fields` and `references` resolve.
fn foreign_key(schema: &Schema, referencing: FieldId) -> Option<ForeignKey> {
    let field = schema.field(referencing);
    let attr = field.relation.as_ref()?;
    let target = field.related_model()?;
    let fields = attr.fields.clone()?;
    let references = attr.references.as_ref()?;
    let target_model = schema.model(target);
    let referenced_fields: Option<Vec<usize>> = references.iter().map(|(name, _)| target_model.find_field(name)).collect();
    let referenced_fields = referenced_fields?;
    let model = schema.model(referencing.model);
    let any_required = fields.iter().any(|i| model.fields[*i].arity == Arity::Required);
    let default_delete = if any_required { ReferentialAction::Restrict } else { ReferentialAction::SetNull };
    Some(ForeignKey {
        model: referencing.model,
        fields,
        referenced_model: target,
        referenced_fields,
        on_delete: match attr.on_delete {
            Some((action, _)) => Action { action, explicit: true },
            None => Action { action: default_delete, explicit: false },
        },
        on_update: match attr.on_update {
            Some((action, _)) => Action { action, explicit: true },
            None => Action { action: ReferentialAction::Cascade, explicit: false },
        },
        map: attr.map.as_ref().map(|(m, _)| m.clone()),
    })
}

fn many_to_many(schema: &Schema, relations: &Relations, one: FieldId, other: FieldId, name: &str) -> Relation {
    let (a, b) = {
        let (m1, m2) = (schema.model(one.model), schema.model(other.model));
        let one_first = if one.model == other.model {
            schema.field(one).name <= schema.field(other).name
        } else {
            m1.name <= m2.name
        };
        if one_first { (one, other) } else { (other, one) }
    };
    let table_name = format!("_{name}");
    let table = JoinTable {
        name: truncate_identifier(&table_name, MAX_IDENTIFIER_LENGTH).to_owned(),
        model_a: a.model,
        model_b: b.model,
        field_a: a,
        field_b: b,
    };
    Relation {
        id: next_id(relations),
        name: name.to_owned(),
        name_is_explicit: explicit_name(schema, &[one, other]),
        kind: RelationKind::ManyToMany,
        sides: Sides::ManyToMany { table },
    }
}

fn missing_opposite(schema: &Schema, id: FieldId) -> Diagnostic {
    let field = schema.field(id);
    let model = schema.model(id.model);
    let target = schema.model(field.related_model().unwrap_or(id.model));
    let back_type = if field.is_list() { model.name.clone() } else { format!("{}[]", model.name) };
    let mut help = format!(
        "Add a field such as `{} {}` to model `{}`",
        lower_first(&model.name),
        back_type,
        target.name
    );
    if let Some((name, _)) = field.relation.as_ref().and_then(|r| r.name.as_ref()) {
        help.push_str(&format!(" with `@relation(\"{name}\")`"));
    }
    help.push('.');
    Diagnostic::error(
        format!(
            "Error validating field `{}` in model `{}`: The relation field `{}` on model `{}` is missing an opposite relation field on the model `{}`. Either run `prisma format` or add it manually.",
            field.name, model.name, field.name, model.name, target.name
        ),
        field.span,
    )
    .with_help(help)
}

fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

//! Explicit join models: models whose purpose is linking two others, many-to-many.

use crate::*;
use prisma2sql_model::IndexKind;

/// A model that links two models through two many-to-one relations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExplicitJoin {
    pub model: ModelId,
    /// The two relations, in field order; each has its foreign key on `model`.
    pub relations: [RelationId; 2],
    /// Whether the two foreign keys together are the primary key or a unique constraint, so that
    /// each pair is linked at most once.
    pub unique_pair: bool,
}

/// Every explicit join model: a model with exactly two relations, both many-to-one from it (the
/// other sides are lists), to which no other relation points.
pub fn explicit_joins(schema: &Schema, relations: &Relations) -> Vec<ExplicitJoin> {
    let mut outgoing: Vec<Vec<RelationId>> = vec![Vec::new(); schema.models.len()];
    let mut incoming: Vec<usize> = vec![0; schema.models.len()];
    for relation in relations.iter() {
        match &relation.sides {
            Sides::Inline { referencing, back, .. } => {
                let target = schema.field(*referencing).related_model().unwrap_or(referencing.model);
                let many_to_one = relation.kind == RelationKind::OneToMany && back.is_some();
                if many_to_one && target != referencing.model {
                    outgoing[referencing.model.0 as usize].push(relation.id);
                } else {
                    // A one-to-one or self relation makes the model more than a link.
                    incoming[referencing.model.0 as usize] += 1;
                }
                incoming[target.0 as usize] += 1;
            }
            Sides::ManyToMany { table } => {
                incoming[table.model_a.0 as usize] += 1;
                incoming[table.model_b.0 as usize] += 1;
            }
        }
    }
    let mut joins = Vec::new();
    for model_id in schema.model_ids() {
        let out = &outgoing[model_id.0 as usize];
        if out.len() != 2 || incoming[model_id.0 as usize] != 0 {
            continue;
        }
        let model = schema.model(model_id);
        let mut pair: Vec<usize> = Vec::new();
        for id in out {
            if let Some(fk) = relations.get(*id).foreign_key() {
                pair.extend(&fk.fields);
            }
        }
        pair.sort_unstable();
        pair.dedup();
        let same = |fields: Vec<usize>| {
            let mut fields = fields;
            fields.sort_unstable();
            fields == pair
        };
        let unique_pair =
            model.primary_key.as_ref().is_some_and(|pk| same(pk.fields.iter().map(|f| f.field).collect()))
                || model
                    .indexes
                    .iter()
                    .filter(|i| i.kind == IndexKind::Unique)
                    .any(|i| same(i.fields.iter().map(|f| f.field).collect()));
        joins.push(ExplicitJoin { model: model_id, relations: [out[0], out[1]], unique_pair });
    }
    joins
}

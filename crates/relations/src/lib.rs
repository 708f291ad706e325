//! The third stage of prisma2sql: relation fields paired into relations and classified as Prisma
//! does: one-to-one, one-to-many or many-to-many, which side holds the foreign key, the referential
//! actions (written or Prisma's defaults), and the join table of an implicit many-to-many.
//!
//! [`classify`] never fails: it returns every relation it could pair, and diagnostics for what
//! Prisma rejects.

mod classify;
mod join_models;
mod join_table;
mod validate;

pub use join_models::{ExplicitJoin, explicit_joins};
pub use join_table::join_table_name;

use prisma2sql_model::hash::HashMap;
use prisma2sql_model::{FieldId, ModelId, ReferentialAction, RelationMode, Schema};
use prisma2sql_syntax::Diagnostics;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RelationId(pub u32);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RelationKind {
    OneToOne,
    OneToMany,
    /// Implicit: list fields on both sides, a `_AToB` join table in the database.
    ManyToMany,
}

impl RelationKind {
    pub fn describe(self) -> &'static str {
        match self {
            RelationKind::OneToOne => "one-to-one",
            RelationKind::OneToMany => "one-to-many",
            RelationKind::ManyToMany => "many-to-many",
        }
    }
}

/// A referential action and whether the schema wrote it or Prisma chose it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Action {
    pub action: ReferentialAction,
    pub explicit: bool,
}

/// A foreign key: columns of `model` referring to columns of `referenced_model`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForeignKey {
    pub model: ModelId,
    /// Field indexes in `model`, in the order of `fields: [...]`.
    pub fields: Vec<usize>,
    pub referenced_model: ModelId,
    /// Field indexes in `referenced_model`, in the order of `references: [...]`.
    pub referenced_fields: Vec<usize>,
    pub on_delete: Action,
    pub on_update: Action,
    /// `map:` of `@relation`, when written.
    pub map: Option<String>,
}

/// The join table Prisma creates for an implicit many-to-many relation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JoinTable {
    /// `_` + the relation name, cut to 63 characters.
    pub name: String,
    /// Column `A` refers to this model's id (the model whose name sorts first).
    pub model_a: ModelId,
    /// Column `B` refers to this model's id.
    pub model_b: ModelId,
    /// The list field on model A (a row's own id is in column `A`). For a self-relation, the field
    /// whose name sorts first.
    pub field_a: FieldId,
    /// The list field on model B.
    pub field_b: FieldId,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sides {
    /// One-to-one or one-to-many: a foreign key on the referencing side.
    Inline {
        /// The relation field with `@relation(fields: ..., references: ...)`.
        referencing: FieldId,
        /// The field on the other side (the back-relation), when there is one.
        back: Option<FieldId>,
        /// `None` when the relation is incomplete (already reported).
        foreign_key: Option<ForeignKey>,
    },
    ManyToMany {
        table: JoinTable,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relation {
    pub id: RelationId,
    /// The name written in `@relation("...")`, or Prisma's default `AToB`.
    pub name: String,
    pub name_is_explicit: bool,
    pub kind: RelationKind,
    pub sides: Sides,
}

impl Relation {
    pub fn is_self_relation(&self, schema: &Schema) -> bool {
        let (a, b) = self.models(schema);
        a == b
    }

    /// The two models: the referencing one first (model A for a many-to-many).
    pub fn models(&self, schema: &Schema) -> (ModelId, ModelId) {
        match &self.sides {
            Sides::Inline { referencing, .. } => {
                let target = schema.field(*referencing).related_model().unwrap_or(referencing.model);
                (referencing.model, target)
            }
            Sides::ManyToMany { table } => (table.model_a, table.model_b),
        }
    }

    pub fn foreign_key(&self) -> Option<&ForeignKey> {
        match &self.sides {
            Sides::Inline { foreign_key, .. } => foreign_key.as_ref(),
            Sides::ManyToMany { .. } => None,
        }
    }

    pub fn join_table(&self) -> Option<&JoinTable> {
        match &self.sides {
            Sides::ManyToMany { table } => Some(table),
            Sides::Inline { .. } => None,
        }
    }

    /// The relation fields of this relation (one or two).
    pub fn fields(&self) -> Vec<FieldId> {
        match &self.sides {
            Sides::Inline { referencing, back, .. } => std::iter::once(*referencing).chain(*back).collect(),
            Sides::ManyToMany { table } => vec![table.field_a, table.field_b],
        }
    }
}

/// Every relation of a schema, in the order Prisma records them (the order of the fields that
/// define them: the field with the foreign key, or the list field on model A of a many-to-many),
/// which is also the order of foreign keys and join tables in the DDL.
#[derive(Debug, Clone, Default)]
pub struct Relations {
    pub relations: Vec<Relation>,
    pub relation_mode: RelationMode,
    by_field: HashMap<FieldId, RelationId>,
}

impl Relations {
    pub fn iter(&self) -> std::slice::Iter<'_, Relation> {
        self.relations.iter()
    }

    pub fn get(&self, id: RelationId) -> &Relation {
        &self.relations[id.0 as usize]
    }

    /// The relation a relation field belongs to.
    pub fn of_field(&self, field: FieldId) -> Option<&Relation> {
        self.by_field.get(&field).map(|id| self.get(*id))
    }

    /// Whether foreign keys exist in the database (`relationMode = "foreignKeys"`, the default).
    pub fn has_database_foreign_keys(&self) -> bool {
        self.relation_mode == RelationMode::ForeignKeys
    }

    pub fn len(&self) -> usize {
        self.relations.len()
    }

    pub fn is_empty(&self) -> bool {
        self.relations.is_empty()
    }

    pub fn many_to_many(&self) -> impl Iterator<Item = (&Relation, &JoinTable)> {
        self.relations.iter().filter_map(|r| r.join_table().map(|t| (r, t)))
    }

    pub fn foreign_keys(&self) -> impl Iterator<Item = (&Relation, &ForeignKey)> {
        self.relations.iter().filter_map(|r| r.foreign_key().map(|fk| (r, fk)))
    }
}

/// Pairs relation fields into relations, classifies them and validates them as Prisma does.
pub fn classify(schema: &Schema) -> (Relations, Diagnostics) {
    let mut diagnostics = Diagnostics::new();
    let relations = classify::classify(schema);
    validate::validate(schema, &relations, &mut diagnostics);
    (relations, diagnostics)
}

/// Prisma's name for an unnamed relation between two models: `AToB`, names in sorted order.
pub fn default_relation_name(a: &str, b: &str) -> String {
    let (first, second) = if a <= b { (a, b) } else { (b, a) };
    let mut name = String::with_capacity(first.len() + 2 + second.len());
    name.push_str(first);
    name.push_str("To");
    name.push_str(second);
    name
}

pub use prisma2sql_model::names::{MAX_IDENTIFIER_LENGTH, truncate_identifier};

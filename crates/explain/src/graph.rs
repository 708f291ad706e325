//! The tables of a schema and the references between them: the graph that delete trees, insert
//! orders and the linter walk. Edges exist whether or not the database enforces them
//! (`relationMode = "prisma"` emulates the same references in Prisma Client).

use crate::context::Context;
use prisma2sql_model::{ModelId, ReferentialAction};
use prisma2sql_relations::{Action, RelationId};

/// Where a table comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Model(ModelId),
    /// The join table of an implicit many-to-many relation.
    JoinTable(RelationId),
}

/// A table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    /// The model name, or the join table's name.
    pub label: String,
    /// The table's name in the database.
    pub table: String,
    pub origin: Origin,
}

/// A reference from rows of `child` to rows of `parent`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edge {
    pub child: usize,
    pub parent: usize,
    pub relation: RelationId,
    /// Columns of the child table.
    pub columns: Vec<String>,
    /// Columns of the parent table.
    pub referenced_columns: Vec<String>,
    /// Every column is NOT NULL, so a child row cannot exist without its parent.
    pub required: bool,
    pub on_delete: Action,
    pub on_update: Action,
}

impl Edge {
    pub fn is_self_reference(&self) -> bool {
        self.child == self.parent
    }
}

/// Every table and every reference between tables.
#[derive(Debug, Clone, Default)]
pub struct Graph {
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
}

/// The action Prisma gives both foreign keys of a join table.
const JOIN_TABLE_ACTION: Action = Action { action: ReferentialAction::Cascade, explicit: false };

impl Graph {
    pub fn new(ctx: &Context) -> Graph {
        let schema = ctx.schema;
        let mut graph = Graph::default();
        let mut node_of_model: Vec<Option<usize>> = vec![None; schema.models.len()];
        for model_id in schema.model_ids() {
            if let Some(table) = ctx.model_table(model_id) {
                node_of_model[model_id.0 as usize] = Some(graph.nodes.len());
                let label = schema.model(model_id).name.clone();
                graph.nodes.push(Node { label, table: table.name.clone(), origin: Origin::Model(model_id) });
            }
        }
        for relation in ctx.relations.iter() {
            if let Some(fk) = relation.foreign_key() {
                let (Some(child), Some(parent)) =
                    (node_of_model[fk.model.0 as usize], node_of_model[fk.referenced_model.0 as usize])
                else {
                    continue;
                };
                let model = schema.model(fk.model);
                let target = schema.model(fk.referenced_model);
                graph.edges.push(Edge {
                    child,
                    parent,
                    relation: relation.id,
                    columns: fk.fields.iter().map(|i| model.fields[*i].db_name().to_owned()).collect(),
                    referenced_columns: fk
                        .referenced_fields
                        .iter()
                        .map(|i| target.fields[*i].db_name().to_owned())
                        .collect(),
                    required: fk.fields.iter().all(|i| model.fields[*i].is_required()),
                    on_delete: fk.on_delete,
                    on_update: fk.on_update,
                });
            }
        }
        for (relation, join) in ctx.relations.many_to_many() {
            let Some(table) = ctx.join_table(join) else {
                continue;
            };
            let child = graph.nodes.len();
            graph.nodes.push(Node {
                label: join.name.clone(),
                table: table.name.clone(),
                origin: Origin::JoinTable(relation.id),
            });
            for (column, model) in [("A", join.model_a), ("B", join.model_b)] {
                let Some(parent) = node_of_model[model.0 as usize] else {
                    continue;
                };
                let referenced =
                    table.foreign_keys.iter().find(|fk| fk.columns == [column]).map(|fk| fk.referenced_columns.clone());
                graph.edges.push(Edge {
                    child,
                    parent,
                    relation: relation.id,
                    columns: vec![column.to_owned()],
                    referenced_columns: referenced.unwrap_or_else(|| id_columns(ctx, model)),
                    required: true,
                    on_delete: JOIN_TABLE_ACTION,
                    on_update: JOIN_TABLE_ACTION,
                });
            }
        }
        graph
    }

    /// The edges pointing at `parent` (the tables whose rows refer to it), in relation order.
    pub fn children(&self, parent: usize) -> impl Iterator<Item = &Edge> {
        self.edges.iter().filter(move |e| e.parent == parent)
    }

    /// The node of a model's table.
    pub fn node_of_model(&self, model: ModelId) -> Option<usize> {
        self.nodes.iter().position(|n| n.origin == Origin::Model(model))
    }

    /// The node whose label is `name` (a model name or a join table name).
    pub fn find(&self, name: &str) -> Option<usize> {
        self.nodes.iter().position(|n| n.label == name)
    }
}

/// The primary key columns of a model's table.
fn id_columns(ctx: &Context, model: ModelId) -> Vec<String> {
    ctx.model_table(model).and_then(|t| t.primary_key.as_ref()).map(|pk| pk.columns.clone()).unwrap_or_default()
}

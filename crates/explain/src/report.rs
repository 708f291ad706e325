//! What `explain` knows about each relation, as one serializable document. The text output is
//! written from this document, and `--format json` prints it; `docs/explain-json.md` describes it.

use crate::context::Context;
use crate::words;
use prisma2sql_model::{FieldId, ModelId, ReferentialAction, Schema};
use prisma2sql_relations::{Action, ExplicitJoin, ForeignKey, JoinTable, Relation, RelationKind, Sides};
use prisma2sql_sql::{Step, Table};
use prisma2sql_syntax::ast::Arity;
use serde::Serialize;

/// The version of the JSON document; raised when a field changes meaning or disappears.
pub const VERSION: u32 = 1;

/// Every relation of a schema, explained.
#[derive(Debug, Clone, Serialize)]
pub struct Explanation {
    pub version: u32,
    /// `"foreignKeys"` (the default) or `"prisma"`.
    pub relation_mode: &'static str,
    /// Whether the database enforces the relations with foreign keys.
    pub database_foreign_keys: bool,
    pub relations: Vec<RelationReport>,
    pub join_models: Vec<JoinModelReport>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    OneToOne,
    OneToMany,
    /// Implicit: Prisma's own join table.
    ManyToMany,
}

#[derive(Debug, Clone, Serialize)]
pub struct RelationReport {
    /// The position of the relation (0-based), as Prisma orders relations.
    pub index: usize,
    pub name: String,
    pub name_is_explicit: bool,
    pub kind: Kind,
    pub self_relation: bool,
    /// The kind in words, e.g. `one-to-many self-relation`.
    pub kind_words: String,
    /// The side that holds the foreign key (model A for a many-to-many).
    pub from: Side,
    /// The referenced side (model B for a many-to-many).
    pub to: Side,
    /// One or two plain sentences on what the relation means.
    pub summary: String,
    pub foreign_key: Option<ForeignKeyReport>,
    pub join_table: Option<JoinTableReport>,
    /// The explicit join model this relation is one half of.
    pub join_model: Option<String>,
    /// The DDL statements that implement the relation, exactly as the DDL writes them.
    pub sql: Vec<String>,
}

/// One end of a relation.
#[derive(Debug, Clone, Serialize)]
pub struct Side {
    pub model: String,
    /// The relation field on this side; `None` when the other side has no back-relation field.
    pub field: Option<String>,
    /// `"required"`, `"optional"` or `"list"`; `None` without a field.
    pub arity: Option<&'static str>,
    pub table: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ForeignKeyReport {
    /// The constraint name; `None` when the database holds no foreign keys.
    pub constraint: Option<String>,
    pub table: String,
    pub columns: Vec<String>,
    pub fields: Vec<String>,
    pub referenced_table: String,
    pub referenced_columns: Vec<String>,
    pub referenced_fields: Vec<String>,
    /// Whether a row may leave the reference empty (some column is nullable).
    pub nullable: bool,
    /// The primary key or unique constraint on the columns (what makes a one-to-one one-to-one).
    pub unique: Option<String>,
    /// An index whose leading columns are the foreign key's columns.
    pub index: Option<String>,
    pub on_delete: ActionReport,
    pub on_update: ActionReport,
}

#[derive(Debug, Clone, Serialize)]
pub struct ActionReport {
    /// As in the schema: `Cascade`, `Restrict`, `NoAction`, `SetNull`, `SetDefault`.
    pub action: &'static str,
    /// As in SQL: `CASCADE`, `RESTRICT`, `NO ACTION`, `SET NULL`, `SET DEFAULT`.
    pub sql: &'static str,
    /// Written in the schema (`false`: Prisma's default, or fixed by Prisma for join tables).
    pub explicit: bool,
    /// What it does, in words.
    pub effect: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct JoinTableReport {
    pub name: String,
    pub columns: Vec<JoinColumnReport>,
    pub primary_key: Option<NamedColumns>,
    pub index: Option<NamedColumns>,
    /// Both foreign keys, when the database holds foreign keys.
    pub foreign_keys: Vec<String>,
    pub on_delete: ActionReport,
    pub on_update: ActionReport,
}

#[derive(Debug, Clone, Serialize)]
pub struct JoinColumnReport {
    /// `A` or `B`.
    pub name: String,
    /// The column type, as the DDL writes it.
    pub sql_type: String,
    pub model: String,
    /// The list field whose rows' ids this column holds.
    pub field: String,
    pub referenced_table: String,
    pub referenced_column: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct NamedColumns {
    pub name: String,
    pub columns: Vec<String>,
}

/// A model that links two others many-to-many through two one-to-many relations.
#[derive(Debug, Clone, Serialize)]
pub struct JoinModelReport {
    pub model: String,
    pub table: String,
    /// The two linked models, in field order.
    pub links: [String; 2],
    /// The indexes of the two relations in `relations`.
    pub relations: [usize; 2],
    /// Whether each pair can be linked at most once (the two foreign keys are the primary key or
    /// a unique constraint).
    pub unique_pair: bool,
    pub summary: String,
}

/// Explains every relation.
pub fn explain(ctx: &Context) -> Explanation {
    let relations = ctx.relations.iter().map(|r| relation_report(ctx, r)).collect();
    let join_models = ctx.joins.iter().map(|j| join_model_report(ctx, j)).collect();
    Explanation {
        version: VERSION,
        relation_mode: if ctx.database_foreign_keys() { "foreignKeys" } else { "prisma" },
        database_foreign_keys: ctx.database_foreign_keys(),
        relations,
        join_models,
    }
}

fn relation_report(ctx: &Context, relation: &Relation) -> RelationReport {
    let schema = ctx.schema;
    let self_relation = relation.is_self_relation(schema);
    let kind = match relation.kind {
        RelationKind::OneToOne => Kind::OneToOne,
        RelationKind::OneToMany => Kind::OneToMany,
        RelationKind::ManyToMany => Kind::ManyToMany,
    };
    let (from, to) = sides(ctx, relation);
    let mut report = RelationReport {
        index: relation.id.0 as usize,
        name: relation.name.clone(),
        name_is_explicit: relation.name_is_explicit,
        kind,
        self_relation,
        kind_words: words::kind(kind, self_relation),
        summary: String::new(),
        from,
        to,
        foreign_key: None,
        join_table: None,
        join_model: ctx.join_model_of(relation).map(|j| schema.model(j.model).name.clone()),
        sql: Vec::new(),
    };
    match &relation.sides {
        Sides::Inline { foreign_key: Some(fk), .. } => {
            let fk_report = foreign_key_report(ctx, relation, fk);
            report.sql = inline_sql(ctx, relation, &fk_report);
            report.foreign_key = Some(fk_report);
        }
        Sides::Inline { foreign_key: None, .. } => {}
        Sides::ManyToMany { table } => {
            if let Some(sql_table) = ctx.join_table(table) {
                report.join_table = Some(join_table_report(ctx, table, sql_table));
                report.sql =
                    ctx.statements(|step| step_table(step).is_some_and(|t| crate::context::same_table(t, sql_table)));
            }
        }
    }
    report.summary = words::summary(&report);
    report
}

/// The referencing side and the referenced side.
fn sides(ctx: &Context, relation: &Relation) -> (Side, Side) {
    match &relation.sides {
        Sides::Inline { referencing, back, .. } => {
            let target = ctx.schema.field(*referencing).related_model().unwrap_or(referencing.model);
            (side(ctx, referencing.model, Some(*referencing)), side(ctx, target, *back))
        }
        Sides::ManyToMany { table } => {
            (side(ctx, table.model_a, Some(table.field_a)), side(ctx, table.model_b, Some(table.field_b)))
        }
    }
}

fn side(ctx: &Context, model: ModelId, field: Option<FieldId>) -> Side {
    let m = ctx.schema.model(model);
    let field = field.map(|f| ctx.schema.field(f));
    Side {
        model: m.name.clone(),
        field: field.map(|f| f.name.clone()),
        arity: field.map(|f| arity_word(f.arity)),
        table: m.db_name.clone(),
    }
}

fn arity_word(arity: Arity) -> &'static str {
    match arity {
        Arity::Required => "required",
        Arity::Optional => "optional",
        Arity::List => "list",
    }
}

fn foreign_key_report(ctx: &Context, relation: &Relation, fk: &ForeignKey) -> ForeignKeyReport {
    let schema = ctx.schema;
    let model = schema.model(fk.model);
    let target = schema.model(fk.referenced_model);
    let columns: Vec<String> = fk.fields.iter().map(|i| model.fields[*i].db_name().to_owned()).collect();
    let table = ctx.model_table(fk.model);
    let parent = target.name.as_str();
    let child = model.name.as_str();
    let nullable = fk.fields.iter().any(|i| !model.fields[*i].is_required());
    ForeignKeyReport {
        constraint: ctx.foreign_key(relation).map(|(_, sql_fk)| sql_fk.name.clone()),
        table: model.db_name.clone(),
        fields: fk.fields.iter().map(|i| model.fields[*i].name.clone()).collect(),
        referenced_table: target.db_name.clone(),
        referenced_columns: fk.referenced_fields.iter().map(|i| target.fields[*i].db_name().to_owned()).collect(),
        referenced_fields: fk.referenced_fields.iter().map(|i| target.fields[*i].name.clone()).collect(),
        nullable,
        unique: table.and_then(|t| unique_on(t, &columns)),
        index: table.and_then(|t| covering_index(t, &columns)),
        on_delete: action_report(fk.on_delete, |a| words::on_delete(a, parent, child, &columns, relation.kind)),
        on_update: action_report(fk.on_update, |a| words::on_update(a, parent, child, &columns)),
        columns,
    }
}

fn action_report(action: Action, effect: impl Fn(ReferentialAction) -> String) -> ActionReport {
    ActionReport {
        action: action.action.name(),
        sql: action.action.sql(),
        explicit: action.explicit,
        effect: effect(action.action),
    }
}

/// The primary key or unique index on exactly these columns (in any order).
pub fn unique_on(table: &Table, columns: &[String]) -> Option<String> {
    let same = |cols: &[String]| same_set(cols, columns);
    if let Some(pk) = table.primary_key.as_ref().filter(|pk| same(&pk.columns)) {
        return Some(pk.name.clone());
    }
    table
        .indexes
        .iter()
        .find(|i| i.unique && same(&i.columns.iter().map(|c| c.name.clone()).collect::<Vec<_>>()))
        .map(|i| i.name.clone())
}

/// A primary key or index whose leading columns are exactly `columns` (in any order), so that
/// finding the rows that refer to a parent does not read the whole table. A partial index
/// (`WHERE ...`) holds only some rows, so it covers nothing.
pub fn covering_index(table: &Table, columns: &[String]) -> Option<String> {
    if let Some(pk) = table.primary_key.as_ref().filter(|pk| leads(&pk.columns, columns)) {
        return Some(pk.name.clone());
    }
    leading_index(table, columns, false)
}

/// A partial index whose leading columns are exactly `columns`: it finds only the rows its
/// predicate selects.
pub fn partial_leading_index(table: &Table, columns: &[String]) -> Option<String> {
    leading_index(table, columns, true)
}

fn leading_index(table: &Table, columns: &[String], partial: bool) -> Option<String> {
    table
        .indexes
        .iter()
        .filter(|i| i.predicate.is_some() == partial)
        .find(|i| leads(&i.columns.iter().map(|c| c.name.clone()).collect::<Vec<_>>(), columns))
        .map(|i| i.name.clone())
}

/// Whether `cols` start with `columns`, in any order.
fn leads(cols: &[String], columns: &[String]) -> bool {
    cols.len() >= columns.len() && same_set(&cols[..columns.len()], columns)
}

fn same_set(a: &[String], b: &[String]) -> bool {
    let mut a: Vec<&String> = a.iter().collect();
    let mut b: Vec<&String> = b.iter().collect();
    a.sort();
    b.sort();
    a == b
}

/// The unique index of a one-to-one, then the foreign key constraint.
fn inline_sql(ctx: &Context, relation: &Relation, fk: &ForeignKeyReport) -> Vec<String> {
    let Some(table) = relation.foreign_key().and_then(|f| ctx.model_table(f.model)) else {
        return Vec::new();
    };
    let constraint = fk.constraint.as_deref();
    let unique = if relation.kind == RelationKind::OneToOne { fk.unique.as_deref() } else { None };
    ctx.statements(|step| match step {
        Step::CreateIndex { table: t, index } => {
            crate::context::same_table(t, table) && Some(index.name.as_str()) == unique
        }
        Step::AddForeignKey { table: t, foreign_key } => {
            crate::context::same_table(t, table) && Some(foreign_key.name.as_str()) == constraint
        }
        _ => false,
    })
}

/// The table a step creates something on.
fn step_table<'a>(step: &Step<'a>) -> Option<&'a Table> {
    match step {
        Step::CreateTable(t) => Some(t),
        Step::CreateIndex { table, .. } | Step::AddForeignKey { table, .. } => Some(table),
        _ => None,
    }
}

fn join_table_report(ctx: &Context, join: &JoinTable, table: &Table) -> JoinTableReport {
    let schema = ctx.schema;
    let column = |name: &str, model: ModelId, field: FieldId| {
        let m = schema.model(model);
        let sql_type = table.column(name).map(prisma2sql_sql::render::full_column_type).unwrap_or_default();
        let referenced_column =
            m.primary_key.as_ref().and_then(|pk| pk.fields.first()).map(|f| m.fields[f.field].db_name().to_owned());
        JoinColumnReport {
            name: name.to_owned(),
            sql_type,
            model: m.name.clone(),
            field: schema.field(field).name.clone(),
            referenced_table: m.db_name.clone(),
            referenced_column: referenced_column.unwrap_or_default(),
        }
    };
    let fixed = |effect: String| ActionReport { action: "Cascade", sql: "CASCADE", explicit: false, effect };
    let (a, b) = (schema.model(join.model_a).name.as_str(), schema.model(join.model_b).name.as_str());
    JoinTableReport {
        name: table.name.clone(),
        columns: vec![column("A", join.model_a, join.field_a), column("B", join.model_b, join.field_b)],
        primary_key: table
            .primary_key
            .as_ref()
            .map(|pk| NamedColumns { name: pk.name.clone(), columns: pk.columns.clone() }),
        index: table.indexes.first().map(|i| NamedColumns {
            name: i.name.clone(),
            columns: i.columns.iter().map(|c| c.name.clone()).collect(),
        }),
        foreign_keys: table.foreign_keys.iter().map(|fk| fk.name.clone()).collect(),
        on_delete: fixed(words::join_on_delete(a, b)),
        on_update: fixed(words::join_on_update(a, b)),
    }
}

fn join_model_report(ctx: &Context, join: &ExplicitJoin) -> JoinModelReport {
    let schema: &Schema = ctx.schema;
    let model = schema.model(join.model);
    let link = |i: usize| {
        let relation = ctx.relations.get(join.relations[i]);
        let target = relation.foreign_key().map_or(join.model, |fk| fk.referenced_model);
        schema.model(target).name.clone()
    };
    let links = [link(0), link(1)];
    let summary = words::join_model(&model.name, &links, join.unique_pair);
    JoinModelReport {
        model: model.name.clone(),
        table: model.db_name.clone(),
        links,
        relations: [join.relations[0].0 as usize, join.relations[1].0 as usize],
        unique_pair: join.unique_pair,
        summary,
    }
}

//! A schema together with its relations and the DDL Prisma Migrate writes for it: the one place
//! where explanations look up tables, constraints and statements, so that they always agree with
//! the DDL.

use prisma2sql_model::{ModelId, Schema};
use prisma2sql_relations::{ExplicitJoin, JoinTable, Relation, Relations, explicit_joins};
use prisma2sql_sql::{Namespace, SqlForeignKey, SqlSchema, Step, Table};

/// Everything an explanation needs, computed once.
pub struct Context<'a> {
    pub schema: &'a Schema,
    pub relations: &'a Relations,
    /// The SQL schema the DDL creates.
    pub sql: SqlSchema,
    /// Models that only link two others (explicit many-to-many).
    pub joins: Vec<ExplicitJoin>,
}

impl<'a> Context<'a> {
    pub fn new(schema: &'a Schema, relations: &'a Relations) -> Context<'a> {
        let sql = prisma2sql_sql::calculate(schema, relations);
        let joins = explicit_joins(schema, relations);
        Context { schema, relations, sql, joins }
    }

    /// The steps of the DDL, in the order it runs them.
    pub fn steps(&self) -> Vec<Step<'_>> {
        prisma2sql_sql::init_steps(&self.sql)
    }

    /// Whether the database holds foreign keys (`relationMode = "foreignKeys"`, the default).
    pub fn database_foreign_keys(&self) -> bool {
        self.relations.has_database_foreign_keys()
    }

    /// The namespace a model's table is written in.
    pub fn namespace(&self, model: ModelId) -> Namespace {
        if self.sql.qualified { self.schema.model(model).schema_name().map(str::to_owned) } else { None }
    }

    /// The table of a model; `None` for a view.
    pub fn model_table(&self, model: ModelId) -> Option<&Table> {
        self.sql.table(&self.namespace(model), &self.schema.model(model).db_name)
    }

    /// The table of an implicit many-to-many relation.
    pub fn join_table(&self, join: &JoinTable) -> Option<&Table> {
        self.sql.table(&self.namespace(join.model_a), &join.name)
    }

    /// The foreign key constraint of a one-to-one or one-to-many relation, with its table; `None`
    /// when the database holds no foreign keys.
    pub fn foreign_key(&self, relation: &Relation) -> Option<(&Table, &SqlForeignKey)> {
        let fk = relation.foreign_key()?;
        let table = self.model_table(fk.model)?;
        let model = self.schema.model(fk.model);
        let target = self.schema.model(fk.referenced_model);
        let columns: Vec<&str> = fk.fields.iter().map(|i| model.fields[*i].db_name()).collect();
        let referenced: Vec<&str> = fk.referenced_fields.iter().map(|i| target.fields[*i].db_name()).collect();
        let found = table.foreign_keys.iter().find(|sql_fk| {
            sql_fk.referenced_table == target.db_name
                && sql_fk.columns == columns
                && sql_fk.referenced_columns == referenced
        })?;
        Some((table, found))
    }

    /// The statements of the steps `select` picks, each as the DDL writes it (with its `;`).
    pub fn statements(&self, select: impl Fn(&Step<'_>) -> bool) -> Vec<String> {
        self.steps()
            .iter()
            .filter(|step| select(step))
            .flat_map(prisma2sql_sql::render::statements)
            .map(|statement| format!("{statement};"))
            .collect()
    }

    /// The explicit join model a relation is one half of.
    pub fn join_model_of(&self, relation: &Relation) -> Option<&ExplicitJoin> {
        self.joins.iter().find(|join| join.relations.contains(&relation.id))
    }
}

/// Whether two tables are the same one.
pub fn same_table(a: &Table, b: &Table) -> bool {
    a.namespace == b.namespace && a.name == b.name
}

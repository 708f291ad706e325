//! The SQL schema of a Prisma schema, computed as Prisma Migrate computes it.

use crate::render;
use crate::schema::*;
use prisma2sql_model::literals::{datetime_sql, decode_base64};
use prisma2sql_model::names::foreign_key_name;
use prisma2sql_model::types::{default_native_type, operator_class_def};
use prisma2sql_model::{
    self as model, DefaultKind, FieldType, IndexKind, ModelId, OperatorClass, ReferentialAction, RelationMode,
    ScalarType, Schema, Value,
};
use prisma2sql_relations::{JoinTable, Relations};
use prisma2sql_syntax::ast::Arity;
use std::collections::BTreeSet;

/// The namespace PostgreSQL uses when none is named; objects in it are written unqualified.
pub const DEFAULT_NAMESPACE: &str = "public";

/// Computes the tables, enums, indexes and foreign keys PostgreSQL will hold for `schema`.
pub fn calculate(schema: &Schema, relations: &Relations) -> SqlSchema {
    let cx = Calculator { schema, qualified: !schema.datasource.schemas.is_empty() };
    let mut sql = SqlSchema { qualified: cx.qualified, ..SqlSchema::default() };
    sql.extensions = cx.extensions();
    sql.enums = schema.enums.iter().map(|e| cx.sql_enum(e)).collect();

    // Model tables, in source order. Views are not created.
    let mut table_of_model: Vec<Option<usize>> = vec![None; schema.models.len()];
    for model_id in schema.model_ids() {
        if !schema.model(model_id).is_view() {
            table_of_model[model_id.0 as usize] = Some(sql.tables.len());
            sql.tables.push(cx.model_table(model_id));
        }
    }

    // Join tables of implicit many-to-many relations, in relation order.
    sql.tables.extend(relations.many_to_many().filter_map(|(_, join)| cx.join_table(join, relations.relation_mode)));

    // Foreign keys, in relation order, on their tables.
    if schema.datasource.relation_mode == RelationMode::ForeignKeys {
        for (_, fk) in relations.foreign_keys() {
            let (Some(t), Some(_)) =
                (table_of_model[fk.model.0 as usize], table_of_model[fk.referenced_model.0 as usize])
            else {
                continue;
            };
            sql.tables[t].foreign_keys.push(cx.foreign_key(fk));
        }
    }

    sql.namespaces = used_namespaces(&sql);
    sql
}

/// The namespaces that hold a table or an enum, sorted by name.
fn used_namespaces(sql: &SqlSchema) -> Vec<String> {
    let tables = sql.tables.iter().map(|t| &t.namespace);
    let enums = sql.enums.iter().map(|e| &e.namespace);
    let used: BTreeSet<&str> = tables.chain(enums).map(|ns| ns.as_deref().unwrap_or(DEFAULT_NAMESPACE)).collect();
    used.into_iter().map(str::to_owned).collect()
}

/// What every part of the calculation needs to know about the schema.
struct Calculator<'a> {
    schema: &'a Schema,
    /// The datasource lists `schemas`: `@@schema` places tables and enums.
    qualified: bool,
}

impl Calculator<'_> {
    /// The namespace of an object with this `@@schema`: `None` for the default one.
    fn namespace(&self, schema_attribute: Option<&str>) -> Namespace {
        match schema_attribute {
            Some(name) if self.qualified && name != DEFAULT_NAMESPACE => Some(name.to_owned()),
            _ => None,
        }
    }

    fn model_namespace(&self, model: &model::Model) -> Namespace {
        self.namespace(model.schema_name())
    }

    /// Extensions sorted by their name in the schema, as Prisma creates them.
    fn extensions(&self) -> Vec<SqlExtension> {
        let mut extensions: Vec<&model::Extension> = self.schema.datasource.extensions.iter().collect();
        extensions.sort_by(|a, b| a.name.cmp(&b.name));
        extensions
            .into_iter()
            .map(|e| SqlExtension {
                name: e.database_name().to_owned(),
                schema: e.schema.clone(),
                version: e.version.clone(),
            })
            .collect()
    }

    fn sql_enum(&self, e: &model::Enum) -> SqlEnum {
        SqlEnum {
            namespace: self.namespace(e.schema_name()),
            name: e.db_name.clone(),
            values: e.values.iter().map(|v| v.db_name.clone()).collect(),
        }
    }

    fn model_table(&self, model_id: ModelId) -> Table {
        let m = self.schema.model(model_id);
        let columns: Vec<Column> = m.fields.iter().filter(|f| f.is_scalar()).filter_map(|f| self.column(f)).collect();
        let primary_key = m.primary_key.as_ref().map(|pk| PrimaryKey {
            name: m.primary_key_db_name().unwrap_or_default(),
            columns: pk.fields.iter().map(|f| m.fields[f.field].db_name().to_owned()).collect(),
        });
        let indexes =
            m.indexes.iter().filter(|i| i.kind != IndexKind::Fulltext).map(|index| sql_index(m, index)).collect();
        Table {
            namespace: self.model_namespace(m),
            name: m.db_name.clone(),
            columns,
            primary_key,
            indexes,
            foreign_keys: Vec::new(),
        }
    }

    fn foreign_key(&self, fk: &prisma2sql_relations::ForeignKey) -> SqlForeignKey {
        let m = self.schema.model(fk.model);
        let target = self.schema.model(fk.referenced_model);
        let columns = m.column_names(fk.fields.iter().copied());
        SqlForeignKey {
            name: fk.map.clone().unwrap_or_else(|| foreign_key_name(&m.db_name, &columns)),
            columns: columns.into_iter().map(str::to_owned).collect(),
            referenced_namespace: self.model_namespace(target),
            referenced_table: target.db_name.clone(),
            referenced_columns: fk.referenced_fields.iter().map(|i| target.fields[*i].db_name().to_owned()).collect(),
            on_delete: fk.on_delete.action,
            on_update: fk.on_update.action,
        }
    }

    fn column_type(&self, field: &model::Field) -> Option<ColumnType> {
        Some(match &field.ty {
            FieldType::Scalar(scalar) => {
                let native =
                    field.native_type.as_ref().map(|(n, _)| n.clone()).unwrap_or_else(|| default_native_type(*scalar));
                let mut text = native.def.sql.to_owned();
                if !native.args.is_empty() {
                    let args: Vec<String> = native.args.iter().map(u32::to_string).collect();
                    text.push('(');
                    text.push_str(&args.join(","));
                    text.push(')');
                }
                ColumnType::Builtin(text)
            }
            FieldType::Enum(id) => {
                let e = self.schema.enum_(*id);
                ColumnType::Enum { namespace: self.namespace(e.schema_name()), name: e.db_name.clone() }
            }
            FieldType::Unsupported(text) => ColumnType::Unsupported(text.clone()),
            FieldType::Model(_) | FieldType::Composite(_) | FieldType::Unknown => return None,
        })
    }

    fn column(&self, field: &model::Field) -> Option<Column> {
        let ty = self.column_type(field)?;
        let list = field.arity == Arity::List;
        let mut autoincrement = false;
        let default = match field.default.as_ref().map(|d| &d.kind) {
            None => None,
            Some(DefaultKind::Now) => Some(SqlDefault::Now),
            Some(DefaultKind::Autoincrement) => {
                autoincrement = true;
                None
            }
            Some(DefaultKind::DbGenerated(Some(expr))) => Some(SqlDefault::DbGenerated(expr.clone())),
            Some(DefaultKind::DbGenerated(None)) => Some(SqlDefault::DbGenerated(String::new())),
            Some(DefaultKind::Value(value)) => self.default_value(field, &ty, value).map(SqlDefault::Value),
            Some(
                DefaultKind::Uuid
                | DefaultKind::Cuid
                | DefaultKind::Ulid
                | DefaultKind::Nanoid
                | DefaultKind::Sequence
                | DefaultKind::Auto,
            ) => None,
        };
        Some(Column {
            name: field.db_name().to_owned(),
            ty,
            list,
            nullable: field.arity != Arity::Required,
            default,
            autoincrement,
        })
    }

    /// A literal default as SQL, for the column's type.
    fn default_value(&self, field: &model::Field, ty: &ColumnType, value: &Value) -> Option<String> {
        match value {
            Value::List(items) => {
                let rendered: Option<Vec<String>> = items.iter().map(|v| self.scalar_literal(field, v)).collect();
                Some(format!("ARRAY[{}]::{}[]", rendered?.join(", "), render::ColumnTypeSql(ty)))
            }
            single => self.scalar_literal(field, single),
        }
    }

    fn scalar_literal(&self, field: &model::Field, value: &Value) -> Option<String> {
        match (&field.ty, value) {
            (FieldType::Enum(id), Value::EnumValue(name)) => {
                let v = self.schema.enum_(*id).find_value(name)?;
                Some(render::string_literal(&v.db_name))
            }
            (FieldType::Scalar(scalar), value) => scalar_literal(*scalar, value),
            _ => None,
        }
    }

    /// The join table of an implicit many-to-many relation, in the namespace of model A.
    fn join_table(&self, join: &JoinTable, mode: RelationMode) -> Option<Table> {
        let (type_a, model_a, id_a) = self.id_column(join.model_a)?;
        let (type_b, model_b, id_b) = self.id_column(join.model_b)?;
        let join_column = |name: &str, ty: ColumnType| Column {
            name: name.into(),
            ty,
            list: false,
            nullable: false,
            default: None,
            autoincrement: false,
        };
        let name = join.name.clone();
        let mut table = Table {
            namespace: self.model_namespace(model_a),
            name: name.clone(),
            columns: vec![join_column("A", type_a), join_column("B", type_b)],
            primary_key: Some(PrimaryKey { name: join.primary_key_name(), columns: vec!["A".into(), "B".into()] }),
            indexes: vec![SqlIndex {
                name: join.index_name(),
                unique: false,
                columns: vec![IndexColumn { name: "B".into(), sort: None, operator_class: None }],
                algorithm: None,
                predicate: None,
            }],
            foreign_keys: Vec::new(),
        };
        if mode == RelationMode::ForeignKeys {
            for (column, m, id) in [("A", model_a, id_a), ("B", model_b, id_b)] {
                table.foreign_keys.push(SqlForeignKey {
                    name: join.foreign_key_name(column),
                    columns: vec![column.into()],
                    referenced_namespace: self.model_namespace(m),
                    referenced_table: m.db_name.clone(),
                    referenced_columns: vec![id],
                    on_delete: ReferentialAction::Cascade,
                    on_update: ReferentialAction::Cascade,
                });
            }
        }
        Some(table)
    }

    /// The type, model and name of the first primary key column of a model.
    fn id_column(&self, model_id: ModelId) -> Option<(ColumnType, &model::Model, String)> {
        let m = self.schema.model(model_id);
        let pk = m.primary_key.as_ref()?;
        let field = &m.fields[pk.fields.first()?.field];
        Some((self.column_type(field)?, m, field.db_name().to_owned()))
    }
}

fn sql_index(m: &model::Model, index: &model::Index) -> SqlIndex {
    SqlIndex {
        name: index.db_name.clone(),
        unique: index.kind == IndexKind::Unique,
        columns: index
            .fields
            .iter()
            .map(|f| IndexColumn {
                name: m.fields[f.field].db_name().to_owned(),
                sort: f.sort,
                operator_class: f.ops.as_ref().map(operator_class),
            })
            .collect(),
        // B-tree is PostgreSQL's default: Prisma writes no USING for it.
        algorithm: index.algorithm.filter(|a| *a != IndexAlgorithm::BTree),
        predicate: index.where_clause.as_ref().map(|w| predicate(m, w)),
    }
}

/// A partial index's predicate, its conditions naming columns instead of fields.
fn predicate(m: &model::Model, clause: &model::WhereClause) -> Predicate {
    match clause {
        model::WhereClause::Raw(sql) => Predicate::Raw(sql.clone()),
        model::WhereClause::Conditions(conditions) => Predicate::Conditions(
            conditions
                .iter()
                .map(|c| Condition {
                    column: m.fields[c.field].db_name().to_owned(),
                    negated: c.negated,
                    value: match &c.value {
                        model::WhereValue::Null => PredicateValue::Null,
                        model::WhereValue::Boolean(b) => PredicateValue::Boolean(*b),
                        model::WhereValue::Number(n) => PredicateValue::Number(n.clone()),
                        model::WhereValue::String(s) => PredicateValue::String(s.clone()),
                    },
                })
                .collect(),
        ),
    }
}

/// `JsonbPathOps` → `jsonb_path_ops`; `raw("...")` verbatim.
fn operator_class(ops: &OperatorClass) -> String {
    match ops {
        OperatorClass::Raw(s) => s.clone(),
        OperatorClass::Named(name) => operator_class_def(name).map_or_else(|| name.clone(), |def| def.sql.to_owned()),
    }
}

/// A literal default of a built-in scalar type, as SQL.
fn scalar_literal(scalar: ScalarType, value: &Value) -> Option<String> {
    match (scalar, value) {
        (ScalarType::String | ScalarType::Json, Value::String(s)) => Some(render::string_literal(s)),
        (ScalarType::Boolean, Value::Boolean(b)) => Some(b.to_string()),
        (ScalarType::Int | ScalarType::BigInt, Value::Number(n)) => n.parse::<i64>().ok().map(|i| i.to_string()),
        (ScalarType::Float | ScalarType::Decimal, Value::Number(n) | Value::String(n)) => render::decimal_literal(n),
        (ScalarType::DateTime, Value::String(s)) => datetime_sql(s).map(|d| render::string_literal(&d)),
        (ScalarType::Bytes, Value::String(s)) => decode_base64(s).map(|bytes| render::bytes_literal(&bytes)),
        _ => None,
    }
}

//! The SQL schema of a Prisma schema, computed as Prisma Migrate computes it.

use crate::names;
use crate::schema::*;
use prisma2sql_model::literals::{datetime_sql, decode_base64};
use prisma2sql_model::types::default_native_type;
use prisma2sql_model::{
    self as model, DefaultKind, FieldType, IndexKind, ModelId, OperatorClass, ReferentialAction, RelationMode, ScalarType,
    Schema, Value,
};
use prisma2sql_relations::{JoinTable, Relations};
use prisma2sql_syntax::ast::Arity;
use std::collections::BTreeSet;

/// Computes the tables, enums, indexes and foreign keys PostgreSQL will hold for `schema`.
pub fn calculate(schema: &Schema, relations: &Relations) -> SqlSchema {
    let qualified = !schema.datasource.schemas.is_empty();
    let mut sql = SqlSchema { qualified, ..SqlSchema::default() };
    let ns = |attr: Option<&str>| -> Namespace { if qualified { attr.map(str::to_owned) } else { None } };

    sql.extensions = schema
        .datasource
        .extensions
        .iter()
        .map(|e| SqlExtension { name: e.database_name().to_owned(), schema: e.schema.clone(), version: e.version.clone() })
        .collect();

    sql.enums = schema
        .enums
        .iter()
        .map(|e| SqlEnum {
            namespace: ns(e.schema_name()),
            name: e.db_name.clone(),
            values: e.values.iter().map(|v| v.db_name.clone()).collect(),
        })
        .collect();

    // Model tables, in source order. Views are not created.
    let mut table_of_model: Vec<Option<usize>> = vec![None; schema.models.len()];
    for model_id in schema.model_ids() {
        let m = schema.model(model_id);
        if m.is_view() {
            continue;
        }
        table_of_model[model_id.0 as usize] = Some(sql.tables.len());
        sql.tables.push(model_table(schema, model_id, ns(m.schema_name())));
    }

    // Join tables of implicit many-to-many relations, in relation order.
    for (_, join) in relations.many_to_many() {
        let namespace = ns(schema.model(join.model_a).schema_name());
        if let Some(table) = join_table(schema, join, namespace, relations.relation_mode) {
            sql.tables.push(table);
        }
    }

    // Foreign keys, in relation order, on their tables.
    if schema.datasource.relation_mode == RelationMode::ForeignKeys {
        for (_, fk) in relations.foreign_keys() {
            let (Some(t), Some(_)) = (table_of_model[fk.model.0 as usize], table_of_model[fk.referenced_model.0 as usize]) else {
                continue;
            };
            let m = schema.model(fk.model);
            let target = schema.model(fk.referenced_model);
            let columns: Vec<String> = fk.fields.iter().map(|i| m.fields[*i].db_name.clone()).collect();
            let name = fk.map.clone().unwrap_or_else(|| names::foreign_key(&m.db_name, &columns));
            sql.tables[t].foreign_keys.push(SqlForeignKey {
                name,
                columns,
                referenced_namespace: ns(target.schema_name()),
                referenced_table: target.db_name.clone(),
                referenced_columns: fk.referenced_fields.iter().map(|i| target.fields[*i].db_name.clone()).collect(),
                on_delete: action(fk.on_delete.action),
                on_update: action(fk.on_update.action),
            });
        }
    }

    let mut used: BTreeSet<String> = BTreeSet::new();
    for table in &sql.tables {
        used.insert(table.namespace.clone().unwrap_or_else(|| "public".into()));
    }
    for e in &sql.enums {
        used.insert(e.namespace.clone().unwrap_or_else(|| "public".into()));
    }
    sql.namespaces = used.into_iter().collect();
    sql
}

fn action(a: ReferentialAction) -> Action {
    match a {
        ReferentialAction::Cascade => Action::Cascade,
        ReferentialAction::Restrict => Action::Restrict,
        ReferentialAction::NoAction => Action::NoAction,
        ReferentialAction::SetNull => Action::SetNull,
        ReferentialAction::SetDefault => Action::SetDefault,
    }
}

fn model_table(schema: &Schema, model_id: ModelId, namespace: Namespace) -> Table {
    let m = schema.model(model_id);
    let qualified = !schema.datasource.schemas.is_empty();
    let columns: Vec<Column> = m.fields.iter().filter(|f| f.is_scalar()).filter_map(|f| column(schema, f, qualified)).collect();
    let primary_key = m.primary_key.as_ref().map(|pk| PrimaryKey {
        name: pk.map.as_ref().map(|(n, _)| n.clone()).unwrap_or_else(|| names::primary_key(&m.db_name)),
        columns: pk.fields.iter().map(|f| m.fields[f.field].db_name.clone()).collect(),
    });
    let indexes = m
        .indexes
        .iter()
        .filter(|i| i.kind != IndexKind::Fulltext)
        .map(|index| {
            let column_names: Vec<&str> = index.fields.iter().map(|f| m.fields[f.field].db_name.as_str()).collect();
            let unique = index.kind == IndexKind::Unique;
            let name = match &index.map {
                Some((n, _)) => n.clone(),
                None if unique => names::unique_index(&m.db_name, &column_names),
                None => names::index(&m.db_name, &column_names),
            };
            SqlIndex {
                name,
                unique,
                columns: index
                    .fields
                    .iter()
                    .map(|f| IndexColumn {
                        name: m.fields[f.field].db_name.clone(),
                        sort: f.sort.map(|s| match s {
                            model::SortOrder::Asc => SortOrder::Asc,
                            model::SortOrder::Desc => SortOrder::Desc,
                        }),
                        operator_class: f.ops.as_ref().map(operator_class),
                    })
                    .collect(),
                algorithm: index.algorithm.and_then(|a| match a {
                    model::IndexAlgorithm::BTree => None,
                    model::IndexAlgorithm::Hash => Some(IndexAlgorithm::Hash),
                    model::IndexAlgorithm::Gist => Some(IndexAlgorithm::Gist),
                    model::IndexAlgorithm::Gin => Some(IndexAlgorithm::Gin),
                    model::IndexAlgorithm::SpGist => Some(IndexAlgorithm::SpGist),
                    model::IndexAlgorithm::Brin => Some(IndexAlgorithm::Brin),
                }),
            }
        })
        .collect();
    Table { namespace, name: m.db_name.clone(), columns, primary_key, indexes, foreign_keys: Vec::new() }
}

/// `JsonbPathOps` → `jsonb_path_ops`; `raw("...")` verbatim.
fn operator_class(ops: &OperatorClass) -> String {
    match ops {
        OperatorClass::Raw(s) => s.clone(),
        OperatorClass::Named(name) => names::operator_class_sql(name),
    }
}

fn column_type(schema: &Schema, field: &model::Field, qualified: bool) -> Option<ColumnType> {
    Some(match &field.ty {
        FieldType::Scalar(scalar) => {
            let native = field.native_type.as_ref().map(|(n, _)| n.clone()).unwrap_or_else(|| default_native_type(*scalar));
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
            let e = schema.enum_(*id);
            ColumnType::Enum {
                namespace: if qualified { e.schema_name().map(str::to_owned) } else { None },
                name: e.db_name.clone(),
            }
        }
        FieldType::Unsupported(text) => ColumnType::Unsupported(text.clone()),
        FieldType::Model(_) | FieldType::Composite(_) | FieldType::Unknown => return None,
    })
}

fn column(schema: &Schema, field: &model::Field, qualified: bool) -> Option<Column> {
    let ty = column_type(schema, field, qualified)?;
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
        Some(DefaultKind::DbGenerated(None)) => None,
        Some(DefaultKind::Value(value)) => default_value(schema, field, &ty, value).map(SqlDefault::Value),
        Some(
            DefaultKind::Uuid
            | DefaultKind::Cuid
            | DefaultKind::Ulid
            | DefaultKind::Nanoid
            | DefaultKind::Sequence
            | DefaultKind::Auto,
        ) => None,
    };
    Some(Column { name: field.db_name.clone(), ty, list, nullable: field.arity != Arity::Required, default, autoincrement })
}

/// A literal default as SQL, for the column's type.
fn default_value(schema: &Schema, field: &model::Field, ty: &ColumnType, value: &Value) -> Option<String> {
    match value {
        Value::List(items) => {
            let rendered: Option<Vec<String>> = items.iter().map(|v| scalar_literal(schema, field, v)).collect();
            let rendered = rendered?;
            Some(format!("ARRAY[{}]::{}[]", rendered.join(", "), crate::render::column_type(ty)))
        }
        single => scalar_literal(schema, field, single),
    }
}

fn scalar_literal(schema: &Schema, field: &model::Field, value: &Value) -> Option<String> {
    match (&field.ty, value) {
        (FieldType::Enum(id), Value::EnumValue(name)) => {
            let e = schema.enum_(*id);
            let v = e.find_value(name)?;
            Some(crate::render::string_literal(&v.db_name))
        }
        (FieldType::Scalar(scalar), value) => match (scalar, value) {
            (ScalarType::String | ScalarType::Json, Value::String(s)) => Some(crate::render::string_literal(s)),
            (ScalarType::Boolean, Value::Boolean(b)) => Some(b.to_string()),
            (ScalarType::Int | ScalarType::BigInt, Value::Number(n)) => n.parse::<i64>().ok().map(|i| i.to_string()),
            (ScalarType::Float | ScalarType::Decimal, Value::Number(n)) => Some(names::normalize_decimal(n)),
            (ScalarType::Decimal | ScalarType::Float, Value::String(s)) => Some(names::normalize_decimal(s)),
            (ScalarType::DateTime, Value::String(s)) => datetime_sql(s).map(|d| crate::render::string_literal(&d)),
            (ScalarType::Bytes, Value::String(s)) => {
                let bytes = decode_base64(s)?;
                let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
                Some(format!("'\\x{hex}'"))
            }
            _ => None,
        },
        _ => None,
    }
}

fn join_table(schema: &Schema, join: &JoinTable, namespace: Namespace, mode: RelationMode) -> Option<Table> {
    let qualified = !schema.datasource.schemas.is_empty();
    let id_column = |model_id: ModelId| -> Option<(ColumnType, &model::Model, String)> {
        let m = schema.model(model_id);
        let pk = m.primary_key.as_ref()?;
        let field = &m.fields[pk.fields.first()?.field];
        Some((column_type(schema, field, qualified)?, m, field.db_name.clone()))
    };
    let (type_a, model_a, id_a) = id_column(join.model_a)?;
    let (type_b, model_b, id_b) = id_column(join.model_b)?;
    let name = join.name.clone();
    let mut table = Table {
        namespace,
        name: name.clone(),
        columns: vec![
            Column { name: "A".into(), ty: type_a, list: false, nullable: false, default: None, autoincrement: false },
            Column { name: "B".into(), ty: type_b, list: false, nullable: false, default: None, autoincrement: false },
        ],
        primary_key: Some(PrimaryKey { name: names::join_table_primary_key(&name), columns: vec!["A".into(), "B".into()] }),
        indexes: vec![SqlIndex {
            name: names::join_table_index(&name),
            unique: false,
            columns: vec![IndexColumn { name: "B".into(), sort: None, operator_class: None }],
            algorithm: None,
        }],
        foreign_keys: Vec::new(),
    };
    if mode == RelationMode::ForeignKeys {
        let ns = |m: &model::Model| if qualified { m.schema_name().map(str::to_owned) } else { None };
        for (column, m, id) in [("A", model_a, id_a), ("B", model_b, id_b)] {
            table.foreign_keys.push(SqlForeignKey {
                name: names::join_table_foreign_key(&name, column),
                columns: vec![column.into()],
                referenced_namespace: ns(m),
                referenced_table: m.db_name.clone(),
                referenced_columns: vec![id],
                on_delete: Action::Cascade,
                on_update: Action::Cascade,
            });
        }
    }
    Some(table)
}

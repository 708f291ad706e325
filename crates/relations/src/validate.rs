//! Prisma's rules for relations, in the order of its validation pipeline: ambiguity, referential
//! actions, foreign key names, then each relation by kind, then cycles (`relationMode = "prisma"`).

use crate::classify::{action, default_on_delete, explicit_name, opposite, relation_fields, relation_name};
use crate::*;
use prisma2sql_model::hash::{HashMap, HashSet};
use prisma2sql_model::names::{MAX_IDENTIFIER_LENGTH, foreign_key_name};
use prisma2sql_model::{Field, FieldType, IndexField, IndexKind, Model};
use prisma2sql_syntax::ast::Arity;
use prisma2sql_syntax::{Diagnostic, Diagnostics, Span};
use std::collections::BTreeMap;

const FORMAT_HINT: &str = "You can run `prisma format` to fix this automatically.";

pub(crate) fn validate(schema: &Schema, relations: &Relations, diagnostics: &mut Diagnostics) {
    // Prisma stops at ambiguous relations: every later message would follow from them.
    if ambiguity(schema, diagnostics) {
        return;
    }
    for id in relation_fields(schema) {
        supported_actions(schema, id, diagnostics);
        foreign_key_map_length(schema, id, diagnostics);
        missing_index(schema, id, diagnostics);
        if opposite(schema, id).is_none() {
            diagnostics.push(missing_opposite(schema, id));
        }
    }
    foreign_key_names(schema, relations, diagnostics);
    for relation in relations.iter() {
        match &relation.sides {
            Sides::Inline { referencing, back, .. } => inline(schema, relation, *referencing, *back, diagnostics),
            Sides::ManyToMany { table } => many_to_many(schema, table, diagnostics),
        }
    }
    if schema.datasource.relation_mode == RelationMode::Prisma {
        cycles(schema, relations, diagnostics);
    }
    join_table_names(schema, relations, diagnostics);
}

/// A join table named like a table of the schema passes Prisma and fails in PostgreSQL.
fn join_table_names(schema: &Schema, relations: &Relations, diagnostics: &mut Diagnostics) {
    if relations.many_to_many().next().is_none() {
        return;
    }
    // The first table of each name in each namespace.
    let mut tables: HashMap<(Option<&str>, &str), &Model> = HashMap::default();
    for model in schema.models.iter().filter(|m| !m.is_view()) {
        tables.entry((model.schema_name(), model.db_name.as_str())).or_insert(model);
    }
    for (relation, table) in relations.many_to_many() {
        let namespace = schema.model(table.model_a).schema_name();
        if let Some(model) = tables.get(&(namespace, table.name.as_str())) {
            let field = schema.field(table.field_a);
            diagnostics.push(
                Diagnostic::warning(
                    format!(
                        "The join table \"{}\" of the many-to-many relation `{}` has the name of the table of model `{}`, so creating it will fail in PostgreSQL.",
                        table.name, relation.name, model.name
                    ),
                    field.span,
                )
                .with_help("Name the relation with `@relation(\"...\")` on both fields, or map the model to another name."),
            );
        }
    }
}

fn field_span(schema: &Schema, id: FieldId) -> Span {
    schema.field(id).span
}

/// `Error parsing attribute "@relation": message`.
fn relation_error(message: impl AsRef<str>, span: Span) -> Diagnostic {
    Diagnostic::error(format!("Error parsing attribute \"@relation\": {}", message.as_ref()), span)
}

fn container(model: &Model) -> &'static str {
    if model.is_view() { "view" } else { "model" }
}

/// "`a`", "`a` and `b`", "`a`, `b` and `c`".
fn list_names(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    match quoted.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

// ---------------------------------------------------------------------------------------------------
// ambiguity

/// Relation fields of one model that point at the same model under the same name (written or
/// not) cannot be told apart. Returns whether any were found.
fn ambiguity(schema: &Schema, diagnostics: &mut Diagnostics) -> bool {
    let mut found = false;
    // One model at a time; its relation fields by target, in source order within a target.
    let mut fields: Vec<(ModelId, FieldId)> = Vec::new();
    // Those of one target by relation name, written or Prisma's default: `@relation("AToB")` and
    // an unnamed field between A and B fall together.
    let mut named: Vec<(std::borrow::Cow<'_, str>, FieldId)> = Vec::new();
    for model_id in schema.model_ids() {
        fields.clear();
        let model = schema.model(model_id);
        for (index, field) in model.fields.iter().enumerate() {
            if let Some(target) = field.related_model() {
                fields.push((target, FieldId { model: model_id, index: index as u32 }));
            }
        }
        fields.sort_by_key(|(target, _)| *target);
        // Only a target with two fields or more can hold a group: names are computed only there.
        for same_target in fields.chunk_by(|a, b| a.0 == b.0).filter(|run| run.len() > 1) {
            let target = same_target[0].0;
            named.clear();
            named.extend(same_target.iter().map(|&(_, id)| (relation_name(schema, schema.field(id), model_id), id)));
            named.sort_by(|a, b| a.0.cmp(&b.0));
            for group in named.chunk_by(|a, b| a.0 == b.0) {
                let first = group[0].1;
                let explicit = explicit_name(schema.field(first)).is_some();
                let self_pair = model_id == target && explicit && group.len() == 2;
                if group.len() < 2 || self_pair {
                    continue;
                }
                found = true;
                let ids: Vec<FieldId> = group.iter().map(|&(_, id)| id).collect();
                diagnostics.push(ambiguity_error(schema, first, target, &ids, explicit));
            }
        }
    }
    found
}

fn ambiguity_error(schema: &Schema, id: FieldId, target: ModelId, fields: &[FieldId], explicit: bool) -> Diagnostic {
    let model = schema.model(id.model);
    let self_relation = id.model == target;
    let names: Vec<&str> = fields.iter().map(|f| schema.field(*f).name.as_str()).collect();
    let listed = list_names(&names);
    let (message, help) = match (explicit, self_relation, fields.len()) {
        (false, true, 2) => (
            format!(
                "Ambiguous self relation detected. The fields {listed} in model `{}` both refer to `{}`. If they are part of the same relation add the same relation name for them with `@relation(<name>)`.",
                model.name, model.name
            ),
            "Name the relation on both fields, e.g. `@relation(\"parent\")`.",
        ),
        (false, true, _) => (
            format!(
                "Unnamed self relation detected. The fields {listed} in model `{}` have no relation name. Please provide a relation name for one of them by adding `@relation(<name>).",
                model.name
            ),
            "Give each pair of fields that form one relation the same `@relation(\"...\")` name.",
        ),
        (true, true, _) => (
            format!(
                "Wrongly named self relation detected. The fields {listed} in model `{}` have the same relation name. At most two relation fields can belong to the same relation and therefore have the same name. Please assign a different relation name to one of them.",
                model.name
            ),
            "A relation name pairs exactly two fields.",
        ),
        (false, false, _) => (
            format!(
                "Ambiguous relation detected. The fields {listed} in model `{}` both refer to `{}`. Please provide different relation names for them by adding `@relation(<name>).",
                model.name,
                schema.model(target).name
            ),
            "Name each relation, and give the fields on the other model the same names.",
        ),
        (true, false, _) => (
            format!(
                "Wrongly named relation detected. The fields {listed} in model `{}` both use the same relation name. Please provide different relation names for them through `@relation(<name>).",
                model.name
            ),
            "Each relation between two models needs its own name.",
        ),
    };
    Diagnostic::error(
        format!("Error validating {} \"{}\": {message}", container(model), model.name),
        field_span(schema, id),
    )
    .with_help(help)
}

// ---------------------------------------------------------------------------------------------------
// per relation field

/// With `relationMode = "prisma"`, Prisma emulates only Cascade, Restrict and SetNull.
fn supported_actions(schema: &Schema, id: FieldId, diagnostics: &mut Diagnostics) {
    if schema.datasource.relation_mode != RelationMode::Prisma {
        return;
    }
    let Some(attr) = &schema.field(id).relation else {
        return;
    };
    for (action, span) in [attr.on_delete, attr.on_update].into_iter().flatten() {
        let extra = match action {
            ReferentialAction::NoAction => {
                ". `NoAction` is not implemented for Postgres when using `relationMode = \"prisma\"`, you could try using `Restrict` instead. Learn more at https://pris.ly/d/relation-mode"
            }
            ReferentialAction::SetDefault => "",
            _ => continue,
        };
        diagnostics.push(
            Diagnostic::error(
                format!(
                    "Error validating: Invalid referential action: `{}`. Allowed values: (`Cascade`, `Restrict`, `SetNull`){extra}",
                    action.name()
                ),
                span,
            )
            .with_help("Without foreign keys, Prisma Client emulates Cascade, Restrict and SetNull only."),
        );
    }
}

fn foreign_key_map_length(schema: &Schema, id: FieldId, diagnostics: &mut Diagnostics) {
    let Some(attr) = &schema.field(id).relation else {
        return;
    };
    let Some((name, _)) = &attr.map else { return };
    if name.len() <= MAX_IDENTIFIER_LENGTH {
        return;
    }
    let model = schema.model(id.model);
    diagnostics.push(
        Diagnostic::error(
            format!(
                "Error validating {} \"{}\": The constraint name '{name}' specified in the `map` argument for the `@relation` constraint is too long for your chosen provider. The maximum allowed length is {MAX_IDENTIFIER_LENGTH} bytes.",
                container(model),
                model.name
            ),
            attr.span,
        )
        .with_help(format!("PostgreSQL identifiers hold at most {MAX_IDENTIFIER_LENGTH} bytes; this one has {}.", name.len())),
    );
}

/// With `relationMode = "prisma"` nothing indexes the foreign key columns; Prisma warns.
fn missing_index(schema: &Schema, id: FieldId, diagnostics: &mut Diagnostics) {
    if schema.datasource.relation_mode != RelationMode::Prisma {
        return;
    }
    let field = schema.field(id);
    let Some(attr) = &field.relation else { return };
    let Some(fields) = &attr.fields else { return };
    let model = schema.model(id.model);
    let leads = |columns: Vec<usize>| columns.len() >= fields.len() && columns[..fields.len()] == fields[..];
    let covered = model.indexes.iter().any(|i| leads(i.fields.iter().map(|f| f.field).collect()))
        || model.primary_key.as_ref().is_some_and(|pk| leads(pk.fields.iter().map(|f| f.field).collect()));
    if covered {
        return;
    }
    let names: Vec<&str> = fields.iter().map(|i| model.fields[*i].name.as_str()).collect();
    diagnostics.push(
        Diagnostic::warning(
            "With `relationMode = \"prisma\"`, no foreign keys are used, so relation fields will not benefit from the index usually created by the relational database under the hood. This can lead to poor performance when querying these fields. We recommend adding an index manually. Learn more at https://pris.ly/d/relation-mode-prisma-indexes\" ",
            attr.span,
        )
        .with_help(format!("Add `@@index([{}])` to model `{}`.", names.join(", "), model.name)),
    );
}

fn missing_opposite(schema: &Schema, id: FieldId) -> Diagnostic {
    let field = schema.field(id);
    let model = schema.model(id.model);
    let target = schema.model(field.related_model().unwrap_or(id.model));
    let back_name = lower_first(&model.name);
    let back_field = if field.is_list() {
        // The missing side holds the foreign key.
        let named = explicit_name(field).map_or(String::new(), |n| format!("\"{n}\", "));
        format!(
            "{back_name} {} @relation({named}fields: [{back_name}Id], references: [id])` and its scalar field `{back_name}Id",
            model.name
        )
    } else {
        format!("{back_name} {}[]", model.name)
    };
    let mut help = format!("Add a field such as `{back_field}` to {} `{}`", container(target), target.name);
    if let Some(name) = explicit_name(field).filter(|_| !field.is_list()) {
        help.push_str(&format!(" with `@relation(\"{name}\")`"));
    }
    help.push('.');
    let what = container(model);
    Diagnostic::error(
        format!(
            "Error validating field `{}` in {what} `{}`: The relation field `{}` on {what} `{}` is missing an opposite relation field on the model `{}`. Either run `prisma format` or add it manually.",
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

// ---------------------------------------------------------------------------------------------------
// foreign key names

/// A foreign key's name shares the namespace of its model's primary key, indexes and other foreign
/// keys.
fn foreign_key_names(schema: &Schema, relations: &Relations, diagnostics: &mut Diagnostics) {
    let mut by_model: BTreeMap<ModelId, Vec<(FieldId, String)>> = BTreeMap::new();
    for relation in relations.iter() {
        if let Sides::Inline { referencing, .. } = &relation.sides {
            let model = schema.model(referencing.model);
            let name = constraint_name(model, schema.field(*referencing));
            by_model.entry(referencing.model).or_default().push((*referencing, name));
        }
    }
    for (model_id, keys) in by_model {
        let model = schema.model(model_id);
        let pk = model.primary_key_db_name();
        let indexes: Vec<&str> = model.indexes.iter().map(|i| i.db_name.as_str()).collect();
        let clash = |name: &str| {
            format!(
                "The given constraint name `{name}` has to be unique in the following namespace: on model `{}` for primary key, indexes, unique constraints and foreign keys. Please provide a different name using the `map` argument.",
                model.name
            )
        };
        let help =
            "In PostgreSQL, a table's constraints share one namespace; name this foreign key with `map: \"...\"`.";
        for (id, name) in &keys {
            let taken = pk.as_deref() == Some(name.as_str())
                || indexes.iter().any(|i| i == name)
                || keys.iter().filter(|(_, other)| other == name).count() > 1;
            if taken {
                let attr = schema.field(*id).relation.as_ref();
                let span = attr.and_then(|a| a.map.as_ref().map(|(_, s)| *s)).unwrap_or(field_span(schema, *id));
                diagnostics.push(relation_error(clash(name), span).with_help(help));
            }
        }
        if let (Some(pk_name), Some(key)) = (&pk, model.primary_key.as_ref())
            && keys.iter().any(|(_, name)| name == pk_name)
        {
            let attribute = if key.field_level.is_some() { "@id" } else { "@@id" };
            let span = key.map.as_ref().map_or(key.span, |(_, s)| *s);
            diagnostics.push(
                Diagnostic::error(format!("Error parsing attribute \"{attribute}\": {}", clash(pk_name)), span)
                    .with_help(help),
            );
        }
    }
}

/// The foreign key's name: `map:`, else Prisma's `{table}_{columns}_fkey`.
fn constraint_name(model: &Model, field: &Field) -> String {
    let attr = field.relation.as_ref();
    if let Some((name, _)) = attr.and_then(|a| a.map.as_ref()) {
        return name.clone();
    }
    let fields = attr.and_then(|a| a.fields.clone()).unwrap_or_default();
    foreign_key_name(&model.db_name, &model.column_names(fields))
}

// ---------------------------------------------------------------------------------------------------
// one-to-one and one-to-many

fn fields_of(field: &Field) -> Option<&Vec<usize>> {
    field.relation.as_ref()?.fields.as_ref()
}

fn references_of(field: &Field) -> Option<&Vec<(String, Span)>> {
    field.relation.as_ref()?.references.as_ref()
}

/// Written and not empty.
fn has_fields(field: &Field) -> bool {
    fields_of(field).is_some_and(|f| !f.is_empty())
}

fn has_references(field: &Field) -> bool {
    references_of(field).is_some_and(|r| !r.is_empty())
}

fn has_actions(field: &Field) -> bool {
    field.relation.as_ref().is_some_and(|r| r.on_delete.is_some() || r.on_update.is_some())
}

fn inline(
    schema: &Schema,
    relation: &Relation,
    forward: FieldId,
    back: Option<FieldId>,
    diagnostics: &mut Diagnostics,
) {
    references_unique(schema, forward, diagnostics);
    same_length(schema, forward, diagnostics);
    field_arity(schema, forward, diagnostics);
    field_types(schema, forward, diagnostics);
    set_null_on_required(schema, forward, diagnostics);
    let Some(back) = back else { return };
    if relation.kind == RelationKind::OneToOne {
        one_to_one(schema, forward, back, diagnostics);
    } else {
        one_to_many(schema, forward, back, diagnostics);
    }
}

/// `references` must name a unique criterion of the related model (in any order).
fn references_unique(schema: &Schema, forward: FieldId, diagnostics: &mut Diagnostics) {
    let field = schema.field(forward);
    let Some(references) = references_of(field).filter(|r| !r.is_empty()) else {
        return;
    };
    let Some(target_id) = field.related_model() else {
        return;
    };
    let target = schema.model(target_id);
    let mut wanted: Vec<&str> = references.iter().map(|(n, _)| n.as_str()).collect();
    wanted.sort_unstable();
    let referenced = |criterion: &[IndexField]| {
        if criterion.len() != wanted.len() {
            return false;
        }
        let mut names: Vec<&str> = criterion.iter().map(|f| target.fields[f.field].name.as_str()).collect();
        names.sort_unstable();
        names == wanted
    };
    if unique_criteria(target, true).any(referenced) {
        if schema.datasource.relation_mode != RelationMode::Prisma && !unique_criteria(target, false).any(referenced) {
            diagnostics.push(
                Diagnostic::warning(
                    format!(
                        "The fields referenced by `{}` ({}) are unique in model `{}` only under a partial index (`where:`), so creating the foreign key will fail in PostgreSQL.",
                        field.name,
                        wanted.join(", "),
                        target.name
                    ),
                    field.span,
                )
                .with_help("A foreign key needs a unique index without WHERE on the columns it references: drop the `where:`, add a plain `@unique`, or reference the `@id`."),
            );
        }
        return;
    }
    let names: Vec<&str> = references.iter().map(|(n, _)| n.as_str()).collect();
    let (message, help) = if let [one] = names.as_slice() {
        (
            format!(
                "The argument `references` must refer to a unique criterion in the related model. Consider adding an `@unique` attribute to the field `{one}` in the model `{}`.",
                target.name
            ),
            format!("Add `@unique` to `{}.{one}`, or reference its `@id`.", target.name),
        )
    } else {
        (
            format!(
                "The argument `references` must refer to a unique criterion in the related model. Consider adding an `@@unique([{}])` attribute to the model `{}`.",
                names.join(", "),
                target.name
            ),
            format!("Add `@@unique([{}])` to model `{}`.", names.join(", "), target.name),
        )
    };
    diagnostics.push(relation_error(message, field.span).with_help(help));
}

/// The primary key and the unique indexes of a model, as field lists; partial unique indexes
/// (`where:`) only when `partial`.
fn unique_criteria(model: &Model, partial: bool) -> impl Iterator<Item = &[IndexField]> + '_ {
    let pk = model.primary_key.iter().map(|pk| pk.fields.as_slice());
    let uniques = model
        .indexes
        .iter()
        .filter(move |i| i.kind == IndexKind::Unique && (partial || i.where_clause.is_none()))
        .map(|i| i.fields.as_slice());
    pk.chain(uniques)
}

/// Whether a unique criterion is exactly these fields, in this order.
fn is_exactly(criterion: &[IndexField], fields: &[usize]) -> bool {
    criterion.len() == fields.len() && criterion.iter().zip(fields).all(|(c, f)| c.field == *f)
}

fn same_length(schema: &Schema, forward: FieldId, diagnostics: &mut Diagnostics) {
    let field = schema.field(forward);
    let (Some(fields), Some(references)) = (fields_of(field), references_of(field)) else {
        return;
    };
    if fields.len() == references.len() {
        return;
    }
    let span = field.relation.as_ref().map_or(field.span, |r| r.span);
    diagnostics.push(
        Diagnostic::error(
            "Error validating: You must specify the same number of fields in `fields` and `references`.",
            span,
        )
        .with_help(format!(
            "`fields` lists {} and `references` lists {}: pair them one by one.",
            fields.len(),
            references.len()
        )),
    );
}

/// A required relation field must not use optional scalar fields.
fn field_arity(schema: &Schema, forward: FieldId, diagnostics: &mut Diagnostics) {
    let field = schema.field(forward);
    if field.arity != Arity::Required {
        return;
    }
    let Some(fields) = fields_of(field) else {
        return;
    };
    let model = schema.model(forward.model);
    if !fields.iter().any(|i| model.fields[*i].is_optional()) {
        return;
    }
    let names: Vec<&str> = fields.iter().map(|i| model.fields[*i].name.as_str()).collect();
    diagnostics.push(
        Diagnostic::error(
            format!(
                "Error validating: The relation field `{}` uses the scalar fields {}. At least one of those fields is optional. Hence the relation field must be optional as well.",
                field.name,
                names.join(", ")
            ),
            field.span,
        )
        .with_help(format!("Make the relation optional (`{} {}?`), or its scalar fields required.", field.name, schema.model(field.related_model().unwrap_or(forward.model)).name)),
    );
}

/// Each field in `fields` has the type of its counterpart in `references`.
fn field_types(schema: &Schema, forward: FieldId, diagnostics: &mut Diagnostics) {
    let field = schema.field(forward);
    let (Some(fields), Some(references)) = (fields_of(field), references_of(field)) else {
        return;
    };
    let Some(target_id) = field.related_model() else {
        return;
    };
    let (model, target) = (schema.model(forward.model), schema.model(target_id));
    for (own, (name, _)) in fields.iter().zip(references) {
        let Some(other) = target.find_field(name) else {
            continue;
        };
        let (own, other) = (&model.fields[*own], &target.fields[other]);
        if same_type(&own.ty, &other.ty) {
            continue;
        }
        diagnostics.push(
            relation_error(
                format!(
                    "The type of the field `{}` in the model `{}` is not matching the type of the referenced field `{}` in model `{}`.",
                    own.name, model.name, other.name, target.name
                ),
                field.span,
            )
            .with_help(format!("`{}` must have the type of `{}.{}`.", own.name, target.name, other.name)),
        );
    }
}

fn same_type(a: &FieldType, b: &FieldType) -> bool {
    match (a, b) {
        (FieldType::Scalar(x), FieldType::Scalar(y)) => x == y,
        (FieldType::Enum(x), FieldType::Enum(y)) => x == y,
        (FieldType::Unsupported(x), FieldType::Unsupported(y)) => x == y,
        (FieldType::Composite(x), FieldType::Composite(y)) => x == y,
        _ => false,
    }
}

/// `SetNull` on required columns: PostgreSQL accepts the constraint (a warning); without foreign
/// keys Prisma refuses it.
fn set_null_on_required(schema: &Schema, forward: FieldId, diagnostics: &mut Diagnostics) {
    let field = schema.field(forward);
    let Some(attr) = &field.relation else { return };
    let model = schema.model(forward.model);
    let Some(fields) = &attr.fields else { return };
    if !fields.iter().any(|i| model.fields[*i].is_required()) {
        return;
    }
    let prisma_mode = schema.datasource.relation_mode == RelationMode::Prisma;
    for (action, what) in [(attr.on_delete, "onDelete"), (attr.on_update, "onUpdate")] {
        if !matches!(action, Some((ReferentialAction::SetNull, _))) {
            continue;
        }
        let help = "A required field cannot be set to null: choose another referential action, or make the scalar fields optional.";
        let diagnostic = if prisma_mode {
            relation_error(
                format!(
                    "The `{what}` referential action of a relation must not be set to `SetNull` when a referenced field is required."
                ),
                field.span,
            )
        } else {
            Diagnostic::warning(
                format!(
                    "The `{what}` referential action of a relation should not be `SetNull` when one of its fields is required: PostgreSQL will refuse to set the column to NULL. Read more at https://pris.ly/d/postgres-set-null"
                ),
                field.span,
            )
        };
        diagnostics.push(diagnostic.with_help(help));
    }
}

fn one_to_many(schema: &Schema, forward: FieldId, back: FieldId, diagnostics: &mut Diagnostics) {
    let (f, b) = (schema.field(forward), schema.field(back));
    let (fm, bm) = (schema.model(forward.model), schema.model(back.model));
    if !has_fields(f) {
        diagnostics.push(
            relation_error(
                format!(
                    "The relation field `{}` on Model `{}` must specify the `fields` argument in the @relation attribute. {FORMAT_HINT}",
                    f.name, fm.name
                ),
                f.span,
            )
            .with_help(format!(
                "Name the foreign key fields and what they refer to: `@relation(fields: [{}Id], references: [id])`.",
                f.name
            )),
        );
    }
    if !has_references(f) {
        diagnostics.push(relation_error(
            format!("The relation field `{}` on Model `{}` must specify the `references` argument in the @relation attribute.", f.name, fm.name),
            f.span,
        ));
    }
    if has_fields(b) || has_references(b) {
        diagnostics.push(
            relation_error(
                format!(
                    "The relation field `{}` on Model `{}` must not specify the `fields` or `references` argument in the @relation attribute. You must only specify it on the opposite field `{}` on model `{}`.",
                    b.name, bm.name, f.name, fm.name
                ),
                b.span,
            )
            .with_help(format!("The list side of a one-to-many relation holds nothing; move them to `{}.{}`.", fm.name, f.name)),
        );
    }
    if has_actions(b) {
        diagnostics.push(relation_error(
            format!(
                "The relation field `{}` on Model `{}` must not specify the `onDelete` or `onUpdate` argument in the @relation attribute. You must only specify it on the opposite field `{}` on model `{}`, or in case of a many to many relation, in an explicit join table.",
                b.name, bm.name, f.name, fm.name
            ),
            b.span,
        ));
    }
}

fn one_to_one(schema: &Schema, forward: FieldId, back: FieldId, diagnostics: &mut Diagnostics) {
    let (f, b) = (schema.field(forward), schema.field(back));
    let (fm, bm) = (schema.model(forward.model), schema.model(back.model));
    let both = |message: &dyn Fn(&Field, &Model, &Field, &Model) -> String, diagnostics: &mut Diagnostics| {
        diagnostics.push(relation_error(message(f, fm, b, bm), f.span));
        diagnostics.push(relation_error(message(b, bm, f, fm), b.span));
    };
    let mut errors = false;
    for (what, has) in [("fields", has_fields as fn(&Field) -> bool), ("references", has_references)] {
        if !has(f) && !has(b) {
            errors = true;
            both(
                &|x, xm, y, ym| {
                    format!(
                        "The relation fields `{}` on Model `{}` and `{}` on Model `{}` do not provide the `{what}` argument in the @relation attribute. You have to provide it on one of the two fields.",
                        x.name, xm.name, y.name, ym.name
                    )
                },
                diagnostics,
            );
        }
    }
    for (what, has) in [("references", has_references as fn(&Field) -> bool), ("fields", has_fields)] {
        if has(f) && has(b) {
            errors = true;
            let message = format!(
                "The relation fields `{}` on Model `{}` and `{}` on Model `{}` both provide the `{what}` argument in the @relation attribute. You have to provide it only on one of the two fields.",
                f.name, fm.name, b.name, bm.name
            );
            diagnostics.push(relation_error(&message, f.span));
            diagnostics.push(relation_error(&message, b.span));
        }
    }
    if has_actions(f) && has_actions(b) {
        errors = true;
        both(
            &|x, xm, y, ym| {
                format!(
                    "The relation fields `{}` on Model `{}` and `{}` on Model `{}` both provide the `onDelete` or `onUpdate` argument in the @relation attribute. You have to provide it only on one of the two fields.",
                    x.name, xm.name, y.name, ym.name
                )
            },
            diagnostics,
        );
    } else if has_actions(b) {
        errors = true;
        diagnostics.push(relation_error(
            format!(
                "The relation field `{}` on Model `{}` must not specify the `onDelete` or `onUpdate` argument in the @relation attribute. You must only specify it on the opposite field `{}` on model `{}`.",
                b.name, bm.name, f.name, fm.name
            ),
            b.span,
        ));
    }
    if let Some(fields) = fields_of(f).filter(|fs| !fs.is_empty())
        && !unique_criteria(fm, true).any(|c| is_exactly(c, fields))
    {
        errors = true;
        let names: Vec<&str> = fields.iter().map(|i| fm.fields[*i].name.as_str()).collect();
        let fix = match names.as_slice() {
            [one] => format!("an `@unique` attribute to the field `{one}`"),
            _ => format!("an `@@unique([{}])` attribute to the model", names.join(", ")),
        };
        diagnostics.push(
            relation_error(
                format!("A one-to-one relation must use unique fields on the defining side. Either add {fix}, or change the relation to one-to-many."),
                f.span,
            )
            .with_help("A one-to-one relation needs its foreign key to be unique, in the order of `fields`."),
        );
    }
    // Prisma checks the rest only when nothing else is wrong.
    if errors {
        return;
    }
    if has_fields(f) && has_references(b) {
        let message = format!(
            "The relation field `{}` on Model `{}` provides the `fields` argument in the @relation attribute. And the related field `{}` on Model `{}` provides the `references` argument. You must provide both arguments on the same side.",
            f.name, fm.name, b.name, bm.name
        );
        diagnostics.push(relation_error(&message, f.span));
        diagnostics.push(relation_error(&message, b.span));
        return;
    }
    if has_references(f) && has_fields(b) {
        diagnostics.push(relation_error(
            format!(
                "The relation field `{}` on Model `{}` provides the `references` argument in the @relation attribute. And the related field `{}` on Model `{}` provides the `fields` argument. You must provide both arguments on the same side.",
                f.name, fm.name, b.name, bm.name
            ),
            f.span,
        ));
        return;
    }
    if b.arity == Arity::Required {
        diagnostics.push(
            relation_error(
                format!(
                    "The relation field `{}` on Model `{}` is required. This is not valid because it's not possible to enforce this constraint on the database level. Please change the field type from `{}` to `{}?` to fix this.",
                    b.name, bm.name, fm.name, fm.name
                ),
                b.span,
            )
            .with_help("In a one-to-one relation, the side without the foreign key is optional."),
        );
        return;
    }
    if f.arity == Arity::Required && (fields_of(b).is_some() || references_of(b).is_some()) {
        diagnostics.push(relation_error(
            format!(
                "The relation field `{}.{}` defines the `fields` and/or `references` argument. You must set them on the required side of the relation (`{}.{}`) in order for the constraints to be enforced. Alternatively, you can change this field to be required and the opposite optional, or make both sides of the relation optional.",
                bm.name, b.name, fm.name, f.name
            ),
            b.span,
        ));
    }
}

// ---------------------------------------------------------------------------------------------------
// implicit many-to-many

fn many_to_many(schema: &Schema, table: &JoinTable, diagnostics: &mut Diagnostics) {
    // `fields` on a list makes an embedded (MongoDB) many-to-many relation.
    let embedded = [table.field_a, table.field_b].iter().any(|id| fields_of(schema.field(*id)).is_some());
    for id in [table.field_a, table.field_b] {
        let field = schema.field(id);
        let model = schema.model(id.model);
        let target = schema.model(field.related_model().unwrap_or(id.model));
        if model.is_view() || target.is_view() {
            diagnostics.push(
                Diagnostic::error(
                    "Error validating: Implicit many-to-many relations are not supported for views.",
                    field.span,
                )
                .with_help("Link the view and the model through a model of their own."),
            );
        }
        if embedded {
            diagnostics.push(
                Diagnostic::error(
                    "Error validating: Embedded many-to-many relations are not supported on Postgres. Please use the syntax defined in https://pris.ly/d/relational-database-many-to-many",
                    field.span,
                )
                .with_help("Remove `fields` and `references`: an implicit many-to-many relation is two list fields."),
            );
        }
        let single_id = target.primary_key.as_ref().is_some_and(|pk| pk.fields.len() == 1);
        if !single_id {
            let what = container(target);
            diagnostics.push(
                Diagnostic::error(
                    format!(
                        "Error validating field `{}` in {what} `{}`: The relation field `{}` on {what} `{}` references `{}` which does not have an `@id` field. Models without `@id` cannot be part of a many to many relation. Use an explicit intermediate Model to represent this relationship.",
                        field.name, model.name, field.name, model.name, target.name
                    ),
                    field.span,
                )
                .with_help(format!("Give `{}` a single-field `@id`, or write the join model yourself.", target.name)),
            );
        }
        if let Some(attr) = &field.relation {
            // An embedded relation is refused as such; Prisma says nothing of its actions.
            for (_, span) in [attr.on_delete, attr.on_update].into_iter().flatten().filter(|_| !embedded) {
                diagnostics.push(
                    Diagnostic::error(
                        "Error validating: Referential actions on implicit many-to-many relations are not supported",
                        span,
                    )
                    .with_help("The join table always cascades; for other actions write the join model yourself."),
                );
            }
            if attr.references.is_some() && !embedded {
                diagnostics.push(relation_error(
                    "Implicit many-to-many relation should not have references argument defined. Either remove it, or change the relation to one-to-many.",
                    field.span,
                ));
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------------
// cycles (relationMode = "prisma")

/// An inline relation with both sides, seen from its referencing field.
struct Link {
    field: FieldId,
    from: ModelId,
    to: ModelId,
    on_delete: Action,
    on_update: Action,
}

impl Link {
    fn cascades(&self) -> bool {
        let modifies = |a: ReferentialAction| !matches!(a, ReferentialAction::NoAction | ReferentialAction::Restrict);
        modifies(self.on_delete.action) || modifies(self.on_update.action)
    }
}

/// Prisma emulates referential actions without foreign keys and refuses chains of cascading
/// actions that lead back to where they started.
fn cycles(schema: &Schema, relations: &Relations, diagnostics: &mut Diagnostics) {
    let links: Vec<Link> = relations
        .iter()
        .filter_map(|r| match &r.sides {
            Sides::Inline { referencing, back: Some(_), .. } => {
                let field = schema.field(*referencing);
                let attr = field.relation.as_ref();
                let fields = attr.and_then(|a| a.fields.as_deref()).unwrap_or_default();
                let default_delete = default_on_delete(schema, *referencing, fields);
                Some(Link {
                    field: *referencing,
                    from: referencing.model,
                    to: field.related_model()?,
                    on_delete: action(attr.and_then(|a| a.on_delete), default_delete),
                    on_update: action(attr.and_then(|a| a.on_update), ReferentialAction::Cascade),
                })
            }
            _ => None,
        })
        .collect();
    let mut from: BTreeMap<ModelId, Vec<usize>> = BTreeMap::new();
    for (i, link) in links.iter().enumerate() {
        from.entry(link.from).or_default().push(i);
    }
    for (start, link) in links.iter().enumerate() {
        if let Some(message) = cycle_from(schema, &links, &from, start) {
            diagnostics.push(cycle_error(schema, link, message));
        }
    }
}

/// Walks cascading links from `links[start]`; the message when they come back.
fn cycle_from(schema: &Schema, links: &[Link], from: &BTreeMap<ModelId, Vec<usize>>, start: usize) -> Option<String> {
    let origin = links[start].from;
    let mut visited: HashSet<FieldId> = HashSet::default();
    let mut stack: Vec<(usize, Vec<usize>)> = vec![(start, vec![start])];
    while let Some((current, path)) = stack.pop() {
        let link = &links[current];
        visited.insert(link.field);
        if !link.cascades() {
            continue;
        }
        if link.from == link.to {
            return Some("A self-relation must have `onDelete` and `onUpdate` referential actions set to `NoAction` in one of the @relation attributes.".into());
        }
        if link.to == origin {
            let steps: Vec<String> = path
                .iter()
                .map(|i| format!("{}.{}", schema.model(links[*i].from).name, schema.field(links[*i].field).name))
                .collect();
            return Some(format!(
                "Reference causes a cycle. One of the @relation attributes in this cycle must have `onDelete` and `onUpdate` referential actions set to `NoAction`. Cycle path: {}.",
                steps.join(" → ")
            ));
        }
        for &next in from.get(&link.to).into_iter().flatten() {
            if !visited.contains(&links[next].field) {
                let mut next_path = path.clone();
                next_path.push(next);
                stack.push((next, next_path));
            }
        }
    }
    None
}

fn cycle_error(schema: &Schema, link: &Link, message: String) -> Diagnostic {
    let modifies =
        |a: Action| !a.explicit && !matches!(a.action, ReferentialAction::NoAction | ReferentialAction::Restrict);
    let implicit = match (modifies(link.on_delete), modifies(link.on_update)) {
        (true, true) => format!(
            " (Implicit default `onDelete`: `{}`, and `onUpdate`: `{}`)",
            link.on_delete.action.name(),
            link.on_update.action.name()
        ),
        (true, false) => format!(" (Implicit default `onDelete`: `{}`)", link.on_delete.action.name()),
        (false, true) => format!(" (Implicit default `onUpdate`: `{}`)", link.on_update.action.name()),
        (false, false) => String::new(),
    };
    Diagnostic::error(
        format!("Error validating: {message}{implicit} Read more at https://pris.ly/d/cyclic-referential-actions"),
        field_span(schema, link.field),
    )
    .with_help("Without foreign keys, set `onDelete: Restrict` and `onUpdate: Restrict` on one relation of the cycle.")
}

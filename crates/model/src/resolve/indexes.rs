//! Primary keys and indexes: `@id`, `@unique`, `@@id`, `@@unique`, `@@index`, `@@fulltext`.

use super::Resolver;
use crate::args::{Args, boolean, constant, integer, type_mismatch};
use crate::schema::*;
use crate::types::operator_class_def;
use crate::validate::model_error;
use prisma2sql_syntax::ast::{Arguments, Expr};
use prisma2sql_syntax::{Diagnostic, Span};

/// `map:`, `sort:`, `length:`, `clustered:` and `where:` of an index or key.
struct Common {
    map: Option<(String, Span)>,
    sort: Option<SortOrder>,
    length: Option<u32>,
    clustered: Option<bool>,
    where_clause: Option<WhereClause>,
}

/// Which attribute a field list belongs to, for messages.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ListOf {
    Id,
    Unique,
    Index,
}

impl ListOf {
    fn noun(self) -> &'static str {
        match self {
            ListOf::Id => "id",
            ListOf::Unique => "unique index",
            ListOf::Index => "index",
        }
    }
}

impl Resolver<'_> {
    /// `@id` on a field.
    pub(super) fn field_id(&mut self, model: &mut Model, index: usize, mut args: Args<'_>) {
        let span = args.attr.span;
        if model.primary_key.is_some() {
            self.diagnostics.push(
                model_error(model, "At most one field must be marked as the id field with the `@id` attribute.", span)
                    .with_help("For a primary key over several fields, write `@@id([a, b])` on the model."),
            );
            return;
        }
        let common = self.common_arguments(&mut args, true, None);
        args.finish(&mut self.diagnostics);
        let field = IndexField { field: index, sort: common.sort, length: common.length, ops: None, span };
        model.primary_key = Some(PrimaryKey {
            fields: vec![field],
            client_name: None,
            map: common.map,
            clustered: common.clustered,
            field_level: Some(index),
            span,
        });
    }

    /// `@unique` on a field.
    pub(super) fn field_unique(&mut self, model: &Model, index: usize, mut args: Args<'_>) -> Option<Index> {
        let span = args.attr.span;
        let common = self.common_arguments(&mut args, true, Some(model));
        args.finish(&mut self.diagnostics);
        Some(Index {
            kind: IndexKind::Unique,
            fields: vec![IndexField { field: index, sort: common.sort, length: common.length, ops: None, span }],
            client_name: None,
            client_name_span: None,
            map: common.map,
            db_name: String::new(),
            algorithm: None,
            clustered: common.clustered,
            where_clause: common.where_clause,
            field_level: Some(index),
            span,
        })
    }

    /// `@@id([...])`.
    pub(super) fn compound_id(&mut self, model: &mut Model, mut args: Args<'_>) {
        let span = args.attr.span;
        let Some(fields_expr) = args.required("fields", &mut self.diagnostics) else {
            return;
        };
        let fields = self.index_fields(model, span, fields_expr, ListOf::Id);
        if let Some(fields) = &fields {
            let optional: Vec<String> = fields
                .iter()
                .map(|f| &model.fields[f.field])
                .filter(|f| !f.is_required())
                .map(|f| format!("`{}`", f.name))
                .collect();
            if !optional.is_empty() {
                let which = if optional.len() == 1 { "field" } else { "fields" };
                self.diagnostics.push(
                    model_error(
                        model,
                        format!(
                            "The id definition refers to the optional {which} {}. ID definitions must reference only required fields.",
                            optional.join(", ")
                        ),
                        span,
                    )
                    .with_help("Make those fields required, or use `@@unique` instead of `@@id`."),
                );
            }
            if model.primary_key.is_some() {
                self.diagnostics.push(
                    model_error(
                        model,
                        "Each model must have at most one id criteria. You can't have `@id` and `@@id` at the same time.",
                        span,
                    )
                    .with_help("Keep either the field's `@id` or the model's `@@id`."),
                );
            }
        }
        let common = self.common_arguments(&mut args, false, None);
        let (client_name, _) = self.client_name(model, &mut args, "@@id");
        args.finish(&mut self.diagnostics);
        if let (Some(fields), None) = (fields, &model.primary_key) {
            model.primary_key = Some(PrimaryKey {
                fields,
                client_name,
                map: common.map,
                clustered: common.clustered,
                field_level: None,
                span,
            });
        }
    }

    /// `@@index`, `@@unique` or `@@fulltext`.
    pub(super) fn block_index(&mut self, model: &Model, mut args: Args<'_>, kind: IndexKind) -> Option<Index> {
        let span = args.attr.span;
        let list_of = if kind == IndexKind::Unique { ListOf::Unique } else { ListOf::Index };
        let fields = match args.default_arg("fields") {
            Ok(expr) => self.index_fields(model, span, expr, list_of),
            Err(missing) => {
                self.diagnostics.push(missing);
                None
            }
        };
        let mut common = Common {
            map: self.non_empty_string(&mut args, "map"),
            sort: None,
            length: None,
            clustered: None,
            where_clause: None,
        };
        let (mut client_name, mut client_name_span, mut algorithm) = (None, None, None);
        match kind {
            IndexKind::Unique => (client_name, client_name_span) = self.client_name(model, &mut args, "@@unique"),
            IndexKind::Normal => {
                // `name:` is an old spelling of `map:` on `@@index`.
                let legacy = self.non_empty_string(&mut args, "name");
                match (legacy, &common.map) {
                    (Some(_), Some(_)) => self.diagnostics.push(args.error_here(
                        "The `@@index` attribute accepts the `name` argument as an alias for the `map` argument for legacy reasons. It does not accept both though. Please use the `map` argument to specify the database name of the index.",
                    )),
                    (Some(name), None) => common.map = Some(name),
                    _ => {}
                }
                algorithm = self.index_type(&mut args);
            }
            IndexKind::Fulltext => {}
        }
        if kind != IndexKind::Fulltext {
            common.clustered = args.optional("clustered").and_then(|e| boolean(e, &mut self.diagnostics));
            common.where_clause = self.where_argument(model, &mut args);
        }
        args.finish(&mut self.diagnostics);
        Some(Index {
            kind,
            fields: fields?,
            client_name,
            client_name_span,
            map: common.map,
            db_name: String::new(),
            algorithm,
            clustered: common.clustered,
            where_clause: common.where_clause,
            field_level: None,
            span,
        })
    }

    /// `map:`, `length:`, `sort:`, `clustered:`, and `where:` when `partial` gives the model
    /// (unique indexes).
    fn common_arguments(&mut self, args: &mut Args<'_>, field_level: bool, partial: Option<&Model>) -> Common {
        let map = self.non_empty_string(args, "map");
        let (mut length, mut sort) = (None, None);
        if field_level {
            length = args.optional("length").and_then(|e| integer(e, &mut self.diagnostics)).map(|n| n as u32);
            sort = match args.optional("sort").and_then(|e| constant(e, &mut self.diagnostics)) {
                Some("Asc") => Some(SortOrder::Asc),
                Some("Desc") => Some(SortOrder::Desc),
                Some(other) => {
                    self.diagnostics.push(
                        args.error_here(format!(
                            "The `sort` argument can only be `Asc` or `Desc` you provided: {other}."
                        ))
                        .with_help("Write `sort: Asc` or `sort: Desc`."),
                    );
                    None
                }
                None => None,
            };
        }
        let clustered = args.optional("clustered").and_then(|e| boolean(e, &mut self.diagnostics));
        let where_clause = partial.and_then(|model| self.where_argument(model, args));
        Common { map, sort, length, clustered, where_clause }
    }

    /// The `name:` of `@@id` and `@@unique`: the name Prisma Client uses, so letters, digits and
    /// underscores only.
    fn client_name(&mut self, model: &Model, args: &mut Args<'_>, attribute: &str) -> (Option<String>, Option<Span>) {
        let Some((name, span)) = self.non_empty_string(args, "name") else {
            return (None, None);
        };
        if !name.chars().all(|c| c == '_' || c.is_ascii_alphanumeric()) {
            self.diagnostics.push(
                model_error(
                    model,
                    format!("The `name` property within the `{attribute}` attribute only allows for the following characters: `_a-zA-Z0-9`."),
                    span,
                )
                .with_help("Prisma Client uses this name in its API."),
            );
        }
        (Some(name), Some(span))
    }

    /// `type: BTree | Hash | Gist | Gin | SpGist | Brin` of `@@index`.
    fn index_type(&mut self, args: &mut Args<'_>) -> Option<IndexAlgorithm> {
        let expr = args.optional("type")?;
        let name = constant(expr, &mut self.diagnostics)?;
        let algorithm = IndexAlgorithm::from_name(name);
        if algorithm.is_none() {
            self.diagnostics.push(
                args.error(format!("Unknown index type: {name}."), expr.span())
                    .with_help("The index types are BTree, Hash, Gist, Gin, SpGist and Brin."),
            );
        }
        algorithm
    }

    /// `[a, b(sort: Desc), c(ops: raw("..."))]` (or one of them without brackets): fields of this
    /// model, scalar, each once.
    fn index_fields(
        &mut self,
        model: &Model,
        attr_span: Span,
        expr: &Expr,
        list_of: ListOf,
    ) -> Option<Vec<IndexField>> {
        let items: Vec<&Expr> = match expr {
            Expr::Array(items, _) => items.iter().collect(),
            single => vec![single],
        };
        let mut parsed = Vec::with_capacity(items.len());
        for item in items {
            let (name, span, arguments) = match item {
                Expr::Constant(name, span) => (name.as_str(), *span, None),
                Expr::Function(call) => (call.name.name.as_str(), call.span, Some(&call.arguments)),
                other => {
                    self.diagnostics.push(type_mismatch("constant literal", other));
                    return None;
                }
            };
            let mut field = IndexField { field: usize::MAX, sort: None, length: None, ops: None, span };
            if let Some(arguments) = arguments {
                self.index_field_arguments(&mut field, arguments);
            }
            parsed.push((name, field));
        }
        let mut unknown: Vec<&str> = Vec::new();
        let mut relation_fields: Vec<usize> = Vec::new();
        let mut out: Vec<IndexField> = Vec::with_capacity(parsed.len());
        for (name, mut field) in parsed {
            match model.find_field(name) {
                _ if name.contains('.') => unknown.push(name),
                None => unknown.push(name),
                Some(i) if model.fields[i].is_relation() => relation_fields.push(i),
                Some(i) if out.iter().any(|f| f.field == i) => {
                    self.diagnostics.push(
                        model_error(
                            model,
                            format!("The {} definition refers to the field `{name}` more than once.", list_of.noun()),
                            attr_span,
                        )
                        .with_help(format!("List `{name}` once.")),
                    );
                    return None;
                }
                Some(i) => {
                    field.field = i;
                    out.push(field);
                }
            }
        }
        if !unknown.is_empty() {
            let message = match list_of {
                ListOf::Id => {
                    format!("The multi field id declaration refers to the unknown fields {}.", unknown.join(", "))
                }
                ListOf::Unique => {
                    format!("The unique index definition refers to the unknown fields: {}.", unknown.join(", "))
                }
                ListOf::Index => format!("The index definition refers to the unknown fields: {}.", unknown.join(", ")),
            };
            let span = if list_of == ListOf::Id { expr.span() } else { attr_span };
            let names = model.fields.iter().filter(|f| f.is_scalar()).map(|f| f.name.as_str());
            let mut diagnostic = model_error(model, message, span);
            if let [one] = unknown.as_slice()
                && let Some(close) = crate::names::closest(one, names)
            {
                diagnostic = diagnostic.with_help(format!("Did you mean `{close}`?"));
            }
            self.diagnostics.push(diagnostic);
        }
        if !relation_fields.is_empty() {
            self.diagnostics.push(relation_fields_error(model, &relation_fields, list_of, attr_span));
        }
        (unknown.is_empty() && relation_fields.is_empty()).then_some(out)
    }

    /// `sort:`, `length:` and `ops:` of one field in a list; other arguments are ignored, as
    /// Prisma ignores them.
    fn index_field_arguments(&mut self, field: &mut IndexField, arguments: &Arguments) {
        let find = |name: &str| arguments.items.iter().find(|a| a.name.as_ref().is_some_and(|n| n.name == name));
        if let Some(arg) = find("sort") {
            match constant(&arg.value, &mut self.diagnostics) {
                Some("Asc") => field.sort = Some(SortOrder::Asc),
                Some("Desc") => field.sort = Some(SortOrder::Desc),
                Some(_) => self.diagnostics.push(
                    Diagnostic::error("Unexpected token. Expected one of: Asc, Desc", arg.span)
                        .with_help("Write `sort: Asc` or `sort: Desc`."),
                ),
                None => {}
            }
        }
        if let Some(arg) = find("length") {
            field.length = integer(&arg.value, &mut self.diagnostics).and_then(|n| u32::try_from(n).ok());
        }
        if let Some(arg) = find("ops") {
            field.ops = self.operator_class(&arg.value, arg.span);
        }
    }

    fn operator_class(&mut self, value: &Expr, arg_span: Span) -> Option<OperatorClass> {
        match value {
            Expr::Constant(name, span) => {
                if operator_class_def(name).is_some() {
                    return Some(OperatorClass::Named(name.clone()));
                }
                let known = crate::types::OPERATOR_CLASSES.iter().map(|c| c.name);
                let help = match crate::names::closest(name, known) {
                    Some(close) => {
                        format!("Did you mean `{close}`? Any other operator class can be written `raw(\"...\")`.")
                    }
                    None => "Write an operator class Prisma does not know as `raw(\"name_ops\")`.".into(),
                };
                self.diagnostics
                    .push(Diagnostic::error(format!("Unknown operator class `{name}`."), *span).with_help(help));
                None
            }
            Expr::Function(call) if call.name.name == "raw" => match call.arguments.items.as_slice() {
                [arg] => match &arg.value {
                    Expr::String(s, _) => Some(OperatorClass::Raw(s.clone())),
                    _ => {
                        self.diagnostics.push(Diagnostic::error(
                            "Unexpected token. Expected one of: Invalid parameter type: expected string",
                            call.span,
                        ));
                        None
                    }
                },
                args => {
                    self.diagnostics.push(Diagnostic::error(
                        format!(
                            "Unexpected token. Expected one of: Wrong number of arguments. Expected: 1, got: {}",
                            args.len()
                        ),
                        call.span,
                    ));
                    None
                }
            },
            _ => {
                self.diagnostics.push(
                    Diagnostic::error("Unexpected token. Expected one of: operator class", arg_span)
                        .with_help("Write a known operator class such as `JsonbPathOps`, or `raw(\"name_ops\")`."),
                );
                None
            }
        }
    }
}

fn relation_fields_error(model: &Model, fields: &[usize], list_of: ListOf, span: Span) -> Diagnostic {
    let names: Vec<&str> = fields.iter().map(|i| model.fields[*i].name.as_str()).collect();
    let scalars: Vec<&str> = fields
        .iter()
        .filter_map(|i| model.fields[*i].relation.as_ref()?.fields.as_ref())
        .flatten()
        .map(|i| model.fields[*i].name.as_str())
        .collect();
    let message = match list_of {
        ListOf::Id => format!(
            "The id definition refers to the relation fields {}. ID definitions must reference only scalar fields.",
            names.join(", ")
        ),
        ListOf::Unique | ListOf::Index => {
            let (prefix, attribute) = if list_of == ListOf::Unique { ("unique ", "unique") } else { ("", "index") };
            let suggestion = if scalars.is_empty() {
                String::new()
            } else {
                format!(" Did you mean `@@{attribute}([{}])`?", scalars.join(", "))
            };
            format!(
                "The {prefix}index definition refers to the relation fields {}. Index definitions must reference only scalar fields.{suggestion}",
                names.join(", ")
            )
        }
    };
    model_error(model, message, span)
}

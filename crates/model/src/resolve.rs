//! From the syntax tree to the [`Schema`]: names, types and attributes.

use crate::args::{attribute_error, bind, expect_string, render_expr};
use crate::schema::*;
use crate::types::{NativeArgs, NativeType, ScalarType, native_type_def};
use prisma2sql_syntax::ast::{self, Attribute, ConfigKind, Expr};
use prisma2sql_syntax::{Diagnostic, Diagnostics, Span};
use std::collections::HashMap;

#[derive(Clone, Copy)]
enum TopRef {
    Model(ModelId),
    Enum(EnumId),
    Composite(usize),
}

pub(crate) struct Resolver<'a> {
    ast: &'a ast::SchemaAst,
    pub(crate) diagnostics: Diagnostics,
    names: HashMap<&'a str, TopRef>,
    pub(crate) schema: Schema,
    /// The AST of each model, by id.
    model_asts: Vec<&'a ast::Model>,
}

impl<'a> Resolver<'a> {
    pub(crate) fn new(ast: &'a ast::SchemaAst) -> Self {
        Resolver { ast, diagnostics: Diagnostics::new(), names: HashMap::new(), schema: Schema::default(), model_asts: Vec::new() }
    }

    pub(crate) fn run(mut self) -> (Schema, Diagnostics, Vec<&'a ast::Model>) {
        self.configs();
        self.names();
        self.enums();
        self.models();
        (self.schema, self.diagnostics, self.model_asts)
    }

    // -----------------------------------------------------------------------------------------------
    // datasource and generators

    fn configs(&mut self) {
        let mut datasource_seen = false;
        let mut generator_names: HashMap<&str, Span> = HashMap::new();
        for block in self.ast.configs() {
            let mut seen: HashMap<&str, Span> = HashMap::new();
            for prop in &block.properties {
                if seen.insert(&prop.name.name, prop.name.span).is_some() {
                    let what = match block.kind {
                        ConfigKind::Datasource => "datasource",
                        ConfigKind::Generator => "generator",
                    };
                    self.diagnostics.error(
                        format!(
                            "Key \"{}\" is already defined in {what} \"{}\".",
                            prop.name.name, block.name.name
                        ),
                        prop.name.span,
                    );
                }
            }
            match block.kind {
                ConfigKind::Datasource => {
                    if datasource_seen {
                        self.diagnostics.push(Diagnostic::error(
                            "You defined more than one datasource. This is not allowed yet because support for multiple databases has not been implemented yet.",
                            block.name.span,
                        ));
                        continue;
                    }
                    datasource_seen = true;
                    self.datasource(block);
                }
                ConfigKind::Generator => {
                    if let Some(_first) = generator_names.insert(&block.name.name, block.name.span) {
                        self.diagnostics.error(
                            format!(
                                "The generator \"{}\" cannot be defined because a generator with that name already exists.",
                                block.name.name
                            ),
                            block.name.span,
                        );
                    }
                    self.generator(block);
                }
            }
        }
        if !datasource_seen {
            self.schema.datasource.provider = "postgresql".into();
        }
    }

    fn datasource(&mut self, block: &ast::ConfigBlock) {
        let mut ds = std::mem::take(&mut self.schema.datasource);
        ds.name = Some(block.name.name.clone());
        ds.span = Some(block.span);
        let mut provider_seen = false;
        for prop in &block.properties {
            let Some(value) = &prop.value else {
                self.diagnostics.error(
                    format!("The property \"{}\" in datasource \"{}\" has no value.", prop.name.name, block.name.name),
                    prop.span,
                );
                continue;
            };
            match prop.name.name.as_str() {
                "provider" => {
                    provider_seen = true;
                    match value {
                        Expr::String(p, span) => {
                            ds.provider = p.clone();
                            if p != "postgresql" && p != "postgres" {
                                let supported = ["mysql", "sqlite", "sqlserver", "mongodb", "cockroachdb"];
                                let message = if supported.contains(&p.as_str()) {
                                    format!(
                                        "The datasource provider \"{p}\" is not supported: prisma2sql writes PostgreSQL, so the provider must be \"postgresql\"."
                                    )
                                } else {
                                    format!(
                                        "Datasource provider not known: \"{p}\". prisma2sql writes PostgreSQL: use provider = \"postgresql\"."
                                    )
                                };
                                self.diagnostics.error(message, *span);
                            }
                        }
                        Expr::Function(call) if call.name.name == "env" => {
                            self.diagnostics.error(
                                "A datasource must not use the env() function in the provider argument.",
                                value.span(),
                            );
                        }
                        other => self.diagnostics.error(
                            format!("Expected a string value, but received {} value `{}`.", other.describe(), render_expr(other)),
                            other.span(),
                        ),
                    }
                }
                "url" | "directUrl" | "shadowDatabaseUrl" => {
                    // Connection settings of Prisma 5 and 6: accepted, they never change the DDL.
                    if !matches!(value, Expr::String(..)) && !matches!(value, Expr::Function(c) if c.name.name == "env") {
                        self.diagnostics.error(
                            format!(
                                "Expected a string value or env(\"...\"), but received {} value `{}`.",
                                value.describe(),
                                render_expr(value)
                            ),
                            value.span(),
                        );
                    }
                }
                "relationMode" | "referentialIntegrity" => match value {
                    Expr::String(mode, span) => match mode.as_str() {
                        "prisma" => ds.relation_mode = RelationMode::Prisma,
                        "foreignKeys" => ds.relation_mode = RelationMode::ForeignKeys,
                        other => self.diagnostics.error(
                            format!(
                                "Invalid relation mode setting: \"{other}\". Supported values: \"prisma\", \"foreignKeys\""
                            ),
                            *span,
                        ),
                    },
                    other => self.diagnostics.error(
                        format!("Expected a string value, but received {} value `{}`.", other.describe(), render_expr(other)),
                        other.span(),
                    ),
                },
                "schemas" => match value {
                    Expr::Array(items, _) => {
                        for item in items {
                            match item {
                                Expr::String(s, span) => {
                                    if ds.schemas.iter().any(|(existing, _)| existing == s) {
                                        self.diagnostics.error(
                                            format!("Duplicated schema names are not allowed"),
                                            *span,
                                        );
                                    } else {
                                        ds.schemas.push((s.clone(), *span));
                                    }
                                }
                                other => self.diagnostics.error(
                                    format!(
                                        "Expected a string value, but received {} value `{}`.",
                                        other.describe(),
                                        render_expr(other)
                                    ),
                                    other.span(),
                                ),
                            }
                        }
                    }
                    other => self.diagnostics.error(
                        format!("Expected an array of strings, but received {} value `{}`.", other.describe(), render_expr(other)),
                        other.span(),
                    ),
                },
                "extensions" => ds.extensions = self.extensions(value),
                other => {
                    self.diagnostics.error(format!("Property not known: \"{other}\"."), prop.name.span);
                }
            }
        }
        if !provider_seen {
            self.diagnostics.error(
                format!("Argument \"provider\" is missing in data source block \"{}\".", block.name.name),
                block.name.span,
            );
            ds.provider = "postgresql".into();
        }
        self.schema.datasource = ds;
    }

    fn extensions(&mut self, value: &Expr) -> Vec<Extension> {
        let mut out = Vec::new();
        // `extensions = citext` is the one-element list `[citext]`.
        let items = match value {
            Expr::Array(items, _) => items.as_slice(),
            single => std::slice::from_ref(single),
        };
        for item in items {
            match item {
                Expr::Constant(name, span) => {
                    if name.contains('.') {
                        self.diagnostics.error(
                            format!("The extension name `{name}` is invalid: it must be a plain identifier."),
                            *span,
                        );
                        continue;
                    }
                    out.push(Extension { name: name.clone(), db_name: None, schema: None, version: None, span: *span });
                }
                Expr::Function(call) => {
                    let mut ext = Extension {
                        name: call.name.name.clone(),
                        db_name: None,
                        schema: None,
                        version: None,
                        span: call.span,
                    };
                    if call.name.name.contains('.') {
                        self.diagnostics.error(
                            format!("The extension name `{}` is invalid: it must be a plain identifier.", call.name.name),
                            call.name.span,
                        );
                        continue;
                    }
                    let mut seen: Vec<&str> = Vec::new();
                    for arg in &call.arguments.items {
                        let Some(arg_name) = &arg.name else {
                            self.diagnostics.error(
                                "The arguments of an extension must be named: `map`, `schema` or `version`.",
                                arg.span,
                            );
                            continue;
                        };
                        if seen.contains(&arg_name.name.as_str()) {
                            self.diagnostics.error(
                                format!("The argument `{}` is given more than once.", arg_name.name),
                                arg.span,
                            );
                            continue;
                        }
                        seen.push(&arg_name.name);
                        let Expr::String(s, _) = &arg.value else {
                            self.diagnostics.error(
                                format!(
                                    "Expected a string value, but received {} value `{}`.",
                                    arg.value.describe(),
                                    render_expr(&arg.value)
                                ),
                                arg.value.span(),
                            );
                            continue;
                        };
                        match arg_name.name.as_str() {
                            "map" => ext.db_name = Some(s.clone()),
                            "schema" => ext.schema = Some(s.clone()),
                            "version" => ext.version = Some(s.clone()),
                            other => self.diagnostics.error(
                                format!("The extension argument `{other}` is not known: use `map`, `schema` or `version`."),
                                arg_name.span,
                            ),
                        }
                    }
                    for empty in &call.arguments.empty {
                        self.diagnostics.error(format!("The argument `{}` has no value.", empty.name), empty.span);
                    }
                    out.push(ext);
                }
                other => self.diagnostics.error(
                    format!(
                        "Expected an extension name or a call like `postgis(version: \"3.4\")`, but received {} value `{}`.",
                        other.describe(),
                        render_expr(other)
                    ),
                    other.span(),
                ),
            }
        }
        out
    }

    fn generator(&mut self, block: &ast::ConfigBlock) {
        let mut generator =
            Generator { name: block.name.name.clone(), provider: None, preview_features: Vec::new(), span: block.span };
        for prop in &block.properties {
            let Some(value) = &prop.value else {
                self.diagnostics.error(
                    format!("The property \"{}\" in generator \"{}\" has no value.", prop.name.name, block.name.name),
                    prop.span,
                );
                continue;
            };
            match prop.name.name.as_str() {
                "provider" => match value {
                    Expr::String(s, _) => generator.provider = Some(s.clone()),
                    Expr::Function(call) if call.name.name == "env" => {}
                    other => self.diagnostics.error(
                        format!("Expected a string value, but received {} value `{}`.", other.describe(), render_expr(other)),
                        other.span(),
                    ),
                },
                "previewFeatures" => match value {
                    Expr::Array(items, _) => {
                        for item in items {
                            match item {
                                Expr::String(s, _) => generator.preview_features.push(s.clone()),
                                other => self.diagnostics.error(
                                    format!(
                                        "Expected a string value, but received {} value `{}`.",
                                        other.describe(),
                                        render_expr(other)
                                    ),
                                    other.span(),
                                ),
                            }
                        }
                    }
                    other => self.diagnostics.error(
                        format!("Expected an array of strings, but received {} value `{}`.", other.describe(), render_expr(other)),
                        other.span(),
                    ),
                },
                _ => {}
            }
        }
        if generator.provider.is_none() && block.property("provider").is_none() {
            self.diagnostics.error(
                format!("Argument \"provider\" is missing in generator block \"{}\".", block.name.name),
                block.name.span,
            );
        }
        self.schema.generators.push(generator);
    }

    // -----------------------------------------------------------------------------------------------
    // names

    fn names(&mut self) {
        for item in &self.ast.items {
            let (name, what, top) = match item {
                ast::Item::Model(m) => {
                    let top = match m.kind {
                        ast::ModelKind::Type => {
                            let id = self.schema.composite_types.len();
                            self.schema.composite_types.push((m.name.name.clone(), m.name.span));
                            TopRef::Composite(id)
                        }
                        _ => {
                            let id = ModelId(self.model_asts.len() as u32);
                            self.model_asts.push(m);
                            TopRef::Model(id)
                        }
                    };
                    let what = match m.kind {
                        ast::ModelKind::Model => "model",
                        ast::ModelKind::View => "view",
                        ast::ModelKind::Type => "composite type",
                    };
                    (&m.name, what, top)
                }
                ast::Item::Enum(e) => {
                    let id = EnumId(self.schema.enums.len() as u32);
                    self.schema.enums.push(Enum {
                        name: e.name.name.clone(),
                        name_span: e.name.span,
                        db_name: e.name.name.clone(),
                        schema: None,
                        values: Vec::new(),
                        documentation: e.documentation.clone(),
                        span: e.span,
                    });
                    (&e.name, "enum", TopRef::Enum(id))
                }
                ast::Item::Config(_) => continue,
            };
            if let Some(existing) = self.names.get(name.name.as_str()) {
                let existing_what = match existing {
                    TopRef::Model(id) => match self.model_asts[id.0 as usize].kind {
                        ast::ModelKind::View => "view",
                        _ => "model",
                    },
                    TopRef::Enum(_) => "enum",
                    TopRef::Composite(_) => "composite type",
                };
                self.diagnostics.error(
                    format!(
                        "The {what} \"{}\" cannot be defined because a {existing_what} with that name already exists.",
                        name.name
                    ),
                    name.span,
                );
                continue;
            }
            self.names.insert(&name.name, top);
        }
    }

    // -----------------------------------------------------------------------------------------------
    // enums

    fn enums(&mut self) {
        let enum_asts: Vec<&ast::Enum> = self.ast.enums().collect();
        for (i, e) in enum_asts.into_iter().enumerate() {
            let mut values: Vec<EnumValue> = Vec::new();
            for value in &e.values {
                let mut db_name = value.name.name.clone();
                let mut map_seen = false;
                for attr in &value.attributes {
                    match attr.name.name.as_str() {
                        "map" => {
                            if map_seen {
                                self.diagnostics.push(attribute_error(
                                    attr,
                                    false,
                                    "Attribute \"@map\" can only be defined once.",
                                    attr.span,
                                ));
                                continue;
                            }
                            map_seen = true;
                            let bound = bind(attr, false, &["name"], &mut self.diagnostics);
                            match bound.get("name") {
                                Some(expr) => {
                                    if let Some(s) = expect_string(expr, attr, false, &mut self.diagnostics) {
                                        db_name = s.to_owned();
                                    }
                                }
                                None => self.diagnostics.push(attribute_error(
                                    attr,
                                    false,
                                    "Argument \"name\" is missing.",
                                    attr.span,
                                )),
                            }
                        }
                        other => self.diagnostics.error(format!("Attribute not known: \"@{other}\"."), attr.name.span),
                    }
                }
                if values.iter().any(|v| v.name == value.name.name) {
                    self.diagnostics.error(
                        format!("Value \"{}\" is already defined on enum \"{}\".", value.name.name, e.name.name),
                        value.name.span,
                    );
                    continue;
                }
                values.push(EnumValue {
                    name: value.name.name.clone(),
                    db_name,
                    documentation: value.documentation.clone(),
                    span: value.span,
                });
            }
            let mut db_name = e.name.name.clone();
            let mut schema = None;
            let mut seen: Vec<&str> = Vec::new();
            for attr in &e.attributes {
                let name = attr.name.name.as_str();
                if seen.contains(&name) && matches!(name, "map" | "schema") {
                    self.diagnostics.push(attribute_error(
                        attr,
                        true,
                        format!("Attribute \"@@{name}\" can only be defined once."),
                        attr.span,
                    ));
                    continue;
                }
                seen.push(name);
                match name {
                    "map" => {
                        if let Some(s) = self.single_string(attr, true, "name") {
                            db_name = s;
                        }
                    }
                    "schema" => {
                        if let Some(s) = self.single_string(attr, true, "name") {
                            schema = Some((s, attr.span));
                        }
                    }
                    other => self.diagnostics.error(format!("Attribute not known: \"@@{other}\"."), attr.name.span),
                }
            }
            if e.values.is_empty() {
                self.diagnostics.error("An enum must have at least one value.", e.name.span);
            }
            let target = &mut self.schema.enums[i];
            target.values = values;
            target.db_name = db_name;
            target.schema = schema;
        }
    }

    /// Reads the one string argument of `@map("...")`-like attributes.
    fn single_string(&mut self, attr: &Attribute, block: bool, param: &'static str) -> Option<String> {
        let bound = bind(attr, block, &[param], &mut self.diagnostics);
        match bound.get(param) {
            Some(expr) => expect_string(expr, attr, block, &mut self.diagnostics).map(str::to_owned),
            None => {
                self.diagnostics.push(attribute_error(
                    attr,
                    block,
                    format!("Argument \"{param}\" is missing."),
                    attr.span,
                ));
                None
            }
        }
    }

    // -----------------------------------------------------------------------------------------------
    // models

    fn models(&mut self) {
        let asts = self.model_asts.clone();
        for m in asts.iter() {
            let model = self.model(m);
            self.schema.models.push(model);
        }
    }

    fn model(&mut self, m: &ast::Model) -> Model {
        let kind = if m.kind == ast::ModelKind::View { ModelKind::View } else { ModelKind::Model };
        let mut model = Model {
            name: m.name.name.clone(),
            name_span: m.name.span,
            kind,
            db_name: m.name.name.clone(),
            mapped_name: None,
            schema: None,
            fields: Vec::new(),
            primary_key: None,
            indexes: Vec::new(),
            ignored: false,
            documentation: m.documentation.clone(),
            span: m.span,
        };
        for f in &m.fields {
            let field = self.field(f);
            model.fields.push(field);
        }
        // Field attributes need all fields (for `@relation(fields: [...])`).
        for (index, f) in m.fields.iter().enumerate() {
            self.field_attributes(&mut model, index, f);
        }
        self.model_attributes(&mut model, m);
        model
    }

    fn field(&mut self, f: &ast::Field) -> Field {
        let (ty, type_span) = match &f.field_type {
            ast::FieldType::Unsupported { db_type, span } => (FieldType::Unsupported(db_type.clone()), *span),
            ast::FieldType::Named(ident) => {
                let ty = if let Some(scalar) = ScalarType::from_name(&ident.name) {
                    FieldType::Scalar(scalar)
                } else {
                    match self.names.get(ident.name.as_str()) {
                        Some(TopRef::Model(id)) => FieldType::Model(*id),
                        Some(TopRef::Enum(id)) => FieldType::Enum(*id),
                        Some(TopRef::Composite(id)) => FieldType::Composite(*id),
                        None => {
                            self.diagnostics.push(
                                Diagnostic::error(
                                    format!(
                                        "Type \"{}\" is neither a built-in type, nor refers to another model, composite type, or enum.",
                                        ident.name
                                    ),
                                    ident.span,
                                )
                                .with_help(suggest_type(&ident.name, self.names.keys().copied())),
                            );
                            FieldType::Unknown
                        }
                    }
                };
                (ty, ident.span)
            }
        };
        Field {
            name: f.name.name.clone(),
            name_span: f.name.span,
            db_name: f.name.name.clone(),
            mapped_name: None,
            arity: f.arity,
            ty,
            type_span,
            native_type: None,
            default: None,
            updated_at: false,
            ignored: false,
            relation: None,
            documentation: f.documentation.clone(),
            span: f.span,
        }
    }

    fn field_attributes(&mut self, model: &mut Model, index: usize, f: &ast::Field) {
        let mut seen: Vec<&str> = Vec::new();
        for attr in &f.attributes {
            let name = attr.name.name.as_str();
            let repeatable = false;
            if !repeatable && seen.iter().any(|s| *s == name || (s.starts_with("db.") && name.starts_with("db."))) {
                self.diagnostics.push(attribute_error(
                    attr,
                    false,
                    format!("Attribute \"@{}\" can only be defined once.", if name.starts_with("db.") { "db.*" } else { name }),
                    attr.span,
                ));
                continue;
            }
            seen.push(name);
            let is_relation = model.fields[index].is_relation();
            match name {
                "id" => {
                    let bound = bind(attr, false, &["map", "length", "sort", "clustered"], &mut self.diagnostics);
                    let field = IndexField {
                        field: index,
                        sort: self.sort_arg(&bound),
                        length: self.length_arg(&bound),
                        ops: None,
                        span: attr.span,
                    };
                    let map = self.map_arg(&bound);
                    let clustered = self.bool_arg(&bound, "clustered");
                    if model.primary_key.is_some() {
                        self.diagnostics.error(
                            format!(
                                "Error validating model \"{}\": At most one field must be marked as the id field with the `@id` attribute.",
                                model.name
                            ),
                            model.name_span,
                        );
                    } else {
                        model.primary_key = Some(PrimaryKey {
                            fields: vec![field],
                            client_name: None,
                            map,
                            clustered,
                            field_level: Some(index),
                            span: attr.span,
                        });
                    }
                }
                "unique" => {
                    let bound = bind(attr, false, &["map", "length", "sort", "clustered"], &mut self.diagnostics);
                    let field = IndexField {
                        field: index,
                        sort: self.sort_arg(&bound),
                        length: self.length_arg(&bound),
                        ops: None,
                        span: attr.span,
                    };
                    let map = self.map_arg(&bound);
                    let clustered = self.bool_arg(&bound, "clustered");
                    model.indexes.push(Index {
                        kind: IndexKind::Unique,
                        fields: vec![field],
                        client_name: None,
                        map,
                        algorithm: None,
                        clustered,
                        field_level: Some(index),
                        span: attr.span,
                    });
                }
                "default" => {
                    let bound = bind(attr, false, &["value", "map"], &mut self.diagnostics);
                    let map = bound.get("map").and_then(|e| expect_string(e, attr, false, &mut self.diagnostics)).map(str::to_owned);
                    match bound.get("value") {
                        Some(expr) => {
                            if let Some(kind) = self.default_kind(expr, attr) {
                                model.fields[index].default = Some(DefaultValue { kind, map, span: attr.span });
                            }
                        }
                        None => self.diagnostics.push(attribute_error(
                            attr,
                            false,
                            "Argument \"value\" is missing.",
                            attr.span,
                        )),
                    }
                }
                "map" => {
                    if let Some(s) = self.single_string(attr, false, "name") {
                        model.fields[index].db_name = s.clone();
                        model.fields[index].mapped_name = Some((s, attr.span));
                    }
                }
                "updatedAt" => {
                    bind(attr, false, &[], &mut self.diagnostics);
                    model.fields[index].updated_at = true;
                }
                "ignore" => {
                    bind(attr, false, &[], &mut self.diagnostics);
                    model.fields[index].ignored = true;
                }
                "relation" => {
                    let relation = self.relation_attribute(attr, model);
                    if is_relation {
                        model.fields[index].relation = Some(relation);
                    } else {
                        self.diagnostics.error(
                            format!(
                                "Error parsing attribute \"@relation\": Invalid field type, not a relation.",
                            ),
                            attr.span,
                        );
                    }
                }
                "shardKey" => {
                    self.diagnostics.push(attribute_error(
                        attr,
                        false,
                        "Defining shard keys is not supported by the current connector.",
                        attr.span,
                    ));
                }
                n if n.starts_with("db.") => {
                    if let Some(native) = self.native_type(attr, &model.fields[index]) {
                        model.fields[index].native_type = Some((native, attr.span));
                    }
                }
                n if n.contains('.') => {
                    let prefix = n.split('.').next().unwrap_or("");
                    self.diagnostics.error(
                        format!(
                            "The prefix {prefix} is invalid. It must be equal to the name of an existing datasource e.g. db. Did you mean to use db.{}?",
                            &n[prefix.len() + 1..]
                        ),
                        attr.name.span,
                    );
                }
                other => {
                    self.diagnostics.error(format!("Attribute not known: \"@{other}\"."), attr.name.span);
                }
            }
        }
    }

    fn map_arg(&mut self, bound: &crate::args::Bound<'_>) -> Option<(String, Span)> {
        let expr = bound.get("map")?;
        expect_string(expr, bound.attr, bound.attr.name.name.starts_with('@'), &mut self.diagnostics)
            .map(|s| (s.to_owned(), expr.span()))
    }

    fn sort_arg(&mut self, bound: &crate::args::Bound<'_>) -> Option<SortOrder> {
        let expr = bound.get("sort")?;
        match expr {
            Expr::Constant(c, _) if c == "Asc" => Some(SortOrder::Asc),
            Expr::Constant(c, _) if c == "Desc" => Some(SortOrder::Desc),
            other => {
                self.diagnostics.push(attribute_error(
                    bound.attr,
                    false,
                    format!("The `sort` argument must be `Asc` or `Desc`, not `{}`.", render_expr(other)),
                    other.span(),
                ));
                None
            }
        }
    }

    fn length_arg(&mut self, bound: &crate::args::Bound<'_>) -> Option<u32> {
        let expr = bound.get("length")?;
        match expr {
            Expr::Number(n, _) if n.parse::<u32>().is_ok() => n.parse().ok(),
            other => {
                self.diagnostics.push(attribute_error(
                    bound.attr,
                    false,
                    format!("Expected a positive integer for `length`, but received `{}`.", render_expr(other)),
                    other.span(),
                ));
                None
            }
        }
    }

    fn bool_arg(&mut self, bound: &crate::args::Bound<'_>, name: &str) -> Option<bool> {
        let expr = bound.get(name)?;
        match expr {
            Expr::Constant(c, _) if c == "true" => Some(true),
            Expr::Constant(c, _) if c == "false" => Some(false),
            other => {
                self.diagnostics.push(attribute_error(
                    bound.attr,
                    false,
                    format!("Expected a boolean value, but received {} value `{}`.", other.describe(), render_expr(other)),
                    other.span(),
                ));
                None
            }
        }
    }

    fn default_kind(&mut self, expr: &Expr, attr: &Attribute) -> Option<DefaultKind> {
        Some(match expr {
            Expr::Function(call) => {
                let name = call.name.name.as_str();
                let args = &call.arguments.items;
                let no_args = |this: &mut Self| {
                    if !args.is_empty() {
                        this.diagnostics.push(attribute_error(
                            attr,
                            false,
                            format!("The function `{name}()` takes no arguments."),
                            call.span,
                        ));
                    }
                };
                match name {
                    "now" => {
                        no_args(self);
                        DefaultKind::Now
                    }
                    "autoincrement" => {
                        no_args(self);
                        DefaultKind::Autoincrement
                    }
                    "sequence" => DefaultKind::Sequence,
                    "auto" => {
                        no_args(self);
                        DefaultKind::Auto
                    }
                    "dbgenerated" => match args.first() {
                        None => DefaultKind::DbGenerated(None),
                        Some(arg) => match &arg.value {
                            Expr::String(s, _) if args.len() == 1 => {
                                if s.trim().is_empty() {
                                    self.diagnostics.push(attribute_error(
                                        attr,
                                        false,
                                        "dbgenerated() takes either no argument, or a single nonempty string argument.",
                                        call.span,
                                    ));
                                }
                                DefaultKind::DbGenerated(Some(s.clone()))
                            }
                            _ => {
                                self.diagnostics.push(attribute_error(
                                    attr,
                                    false,
                                    "dbgenerated() takes either no argument, or a single nonempty string argument.",
                                    call.span,
                                ));
                                return None;
                            }
                        },
                    },
                    "uuid" => {
                        self.version_arg(call, attr, &["4", "7"]);
                        DefaultKind::Uuid
                    }
                    "cuid" => {
                        self.version_arg(call, attr, &["1", "2"]);
                        DefaultKind::Cuid
                    }
                    "ulid" => {
                        no_args(self);
                        DefaultKind::Ulid
                    }
                    "nanoid" => {
                        if let Some(arg) = args.first() {
                            let ok = matches!(&arg.value, Expr::Number(n, _) if n.parse::<u8>().is_ok_and(|n| n >= 2))
                                && args.len() == 1;
                            if !ok {
                                self.diagnostics.push(attribute_error(
                                    attr,
                                    false,
                                    "`nanoid()` takes a single Int argument: the length, at least 2.",
                                    call.span,
                                ));
                            }
                        }
                        DefaultKind::Nanoid
                    }
                    other => {
                        self.diagnostics.push(attribute_error(
                            attr,
                            false,
                            format!("The function `{other}` is not a known function. You can read about the available functions here: https://pris.ly/d/attribute-functions"),
                            call.span,
                        ));
                        return None;
                    }
                }
            }
            other => DefaultKind::Value(self.value(other, attr)?),
        })
    }

    fn version_arg(&mut self, call: &ast::FunctionCall, attr: &Attribute, versions: &[&str]) {
        let args = &call.arguments.items;
        if args.is_empty() {
            return;
        }
        let ok = args.len() == 1 && matches!(&args[0].value, Expr::Number(n, _) if versions.contains(&n.as_str()));
        if !ok {
            self.diagnostics.push(attribute_error(
                attr,
                false,
                format!(
                    "`{}()` takes a single Int argument: the version, one of {}.",
                    call.name.name,
                    versions.join(" or ")
                ),
                call.span,
            ));
        }
    }

    fn value(&mut self, expr: &Expr, attr: &Attribute) -> Option<Value> {
        Some(match expr {
            Expr::String(s, _) => Value::String(s.clone()),
            Expr::Number(n, _) => Value::Number(n.clone()),
            Expr::Constant(c, _) if c == "true" => Value::Boolean(true),
            Expr::Constant(c, _) if c == "false" => Value::Boolean(false),
            Expr::Constant(c, _) => Value::EnumValue(c.clone()),
            Expr::Array(items, _) => {
                let mut values = Vec::with_capacity(items.len());
                for item in items {
                    values.push(self.value(item, attr)?);
                }
                Value::List(values)
            }
            Expr::Function(call) => {
                self.diagnostics.push(attribute_error(
                    attr,
                    false,
                    format!("A function call `{}()` cannot be used inside a list default.", call.name.name),
                    call.span,
                ));
                return None;
            }
        })
    }

    fn native_type(&mut self, attr: &Attribute, field: &Field) -> Option<NativeType> {
        let name = &attr.name.name["db.".len()..];
        let Some(def) = native_type_def(name) else {
            self.diagnostics.error(format!("Native type {name} is not supported for postgresql connector."), attr.name.span);
            return None;
        };
        let mut args = Vec::new();
        for arg in &attr.arguments.items {
            if arg.name.is_some() {
                self.diagnostics.push(attribute_error(attr, false, "No such argument.", arg.span));
                return None;
            }
            match &arg.value {
                Expr::Number(n, span) => match n.parse::<i64>() {
                    Ok(v) if v >= 0 && v <= u32::MAX as i64 => args.push(v as u32),
                    _ => {
                        self.diagnostics.error(
                            format!(
                                "Expected a nonnegative integer, but found ({n}).",
                            ),
                            *span,
                        );
                        return None;
                    }
                },
                other => {
                    self.diagnostics.error(
                        format!(
                            "Expected a numeric value, but received {} value `{}`.",
                            other.describe(),
                            render_expr(other)
                        ),
                        other.span(),
                    );
                    return None;
                }
            }
        }
        let expected = match def.args {
            NativeArgs::None => &[0usize][..],
            NativeArgs::OptionalOne => &[0, 1][..],
            NativeArgs::OptionalTwo => &[0, 2][..],
        };
        if !expected.contains(&args.len()) {
            let max = *expected.last().unwrap();
            self.diagnostics.error(
                format!(
                    "Native type {name} takes {max} optional arguments, but received {}.",
                    args.len()
                ),
                attr.span,
            );
            return None;
        }
        if let FieldType::Scalar(scalar) = field.ty
            && !def.scalar_types.contains(&scalar)
        {
            self.diagnostics.error(
                format!(
                    "Native type {name} is not compatible with declared field type {}, expected field type {}.",
                    scalar.name(),
                    def.scalar_types.iter().map(|s| s.name()).collect::<Vec<_>>().join(" or ")
                ),
                attr.span,
            );
            return None;
        }
        Some(NativeType { def, args })
    }

    fn relation_attribute(&mut self, attr: &Attribute, model: &Model) -> RelationAttribute {
        let bound = bind(attr, false, &["name", "fields", "references", "onDelete", "onUpdate", "map"], &mut self.diagnostics);
        let mut relation = RelationAttribute { span: attr.span, ..RelationAttribute::default() };
        if let Some(expr) = bound.get("name")
            && let Some(s) = expect_string(expr, attr, false, &mut self.diagnostics)
        {
            relation.name = Some((s.to_owned(), expr.span()));
        }
        if let Some(expr) = bound.get("map")
            && let Some(s) = expect_string(expr, attr, false, &mut self.diagnostics)
        {
            relation.map = Some((s.to_owned(), expr.span()));
        }
        if let Some(expr) = bound.get("fields") {
            relation.fields_span = Some(expr.span());
            if let Some(names) = self.field_list(expr, attr) {
                let mut unknown = Vec::new();
                let mut fields = Vec::new();
                for (name, _) in &names {
                    match model.find_field(name) {
                        Some(i) => fields.push(i),
                        None => unknown.push(name.as_str()),
                    }
                }
                if !unknown.is_empty() {
                    self.diagnostics.error(
                        format!(
                            "Error validating: The argument fields must refer only to existing fields. The following fields do not exist in this model: {}",
                            unknown.join(", ")
                        ),
                        expr.span(),
                    );
                } else {
                    relation.fields = Some(fields);
                }
            }
        }
        if let Some(expr) = bound.get("references") {
            relation.references_span = Some(expr.span());
            relation.references = self.field_list(expr, attr);
        }
        for (param, slot) in [("onDelete", &mut relation.on_delete), ("onUpdate", &mut relation.on_update)] {
            if let Some(expr) = bound.get(param) {
                match expr {
                    Expr::Constant(c, span) => match ReferentialAction::from_name(c) {
                        Some(action) => *slot = Some((action, *span)),
                        None => self.diagnostics.push(attribute_error(
                            attr,
                            false,
                            format!(
                                "Invalid referential action: `{c}`. Allowed values: (`Cascade`, `Restrict`, `NoAction`, `SetNull`, `SetDefault`)"
                            ),
                            *span,
                        )),
                    },
                    other => self.diagnostics.push(attribute_error(
                        attr,
                        false,
                        format!("Expected a constant value, but received {} value `{}`.", other.describe(), render_expr(other)),
                        other.span(),
                    )),
                }
            }
        }
        relation
    }

    /// `[a, b]` (or a single `a`) as field names.
    fn field_list(&mut self, expr: &Expr, attr: &Attribute) -> Option<Vec<(String, Span)>> {
        let items: Vec<&Expr> = match expr {
            Expr::Array(items, _) => items.iter().collect(),
            single => vec![single],
        };
        let mut names = Vec::with_capacity(items.len());
        for item in items {
            match item {
                Expr::Constant(name, span) => names.push((name.clone(), *span)),
                other => {
                    self.diagnostics.push(attribute_error(
                        attr,
                        false,
                        format!("Expected a constant value, but received {} value `{}`.", other.describe(), render_expr(other)),
                        other.span(),
                    ));
                    return None;
                }
            }
        }
        Some(names)
    }

    fn model_attributes(&mut self, model: &mut Model, m: &ast::Model) {
        let mut seen: Vec<&str> = Vec::new();
        // Prisma reads block attributes kind by kind: single ones first, then every @@index,
        // every @@unique and every @@fulltext. Index order in the database follows that order.
        for attr in &m.attributes {
            let name = attr.name.name.as_str();
            let single = matches!(name, "id" | "map" | "schema" | "ignore" | "shardKey");
            if single && seen.contains(&name) {
                self.diagnostics.push(attribute_error(
                    attr,
                    true,
                    format!("Attribute \"@@{name}\" can only be defined once."),
                    attr.span,
                ));
                continue;
            }
            seen.push(name);
            match name {
                "id" => self.model_id(model, attr),
                "map" => {
                    if let Some(s) = self.single_string(attr, true, "name") {
                        model.db_name = s.clone();
                        model.mapped_name = Some((s, attr.span));
                    }
                }
                "schema" => {
                    if let Some(s) = self.single_string(attr, true, "name") {
                        model.schema = Some((s, attr.span));
                    }
                }
                "ignore" => {
                    bind(attr, true, &[], &mut self.diagnostics);
                    model.ignored = true;
                }
                "index" | "unique" | "fulltext" => {}
                "shardKey" => self.diagnostics.push(attribute_error(
                    attr,
                    true,
                    "Defining shard keys is not supported by the current connector.",
                    attr.span,
                )),
                other => self.diagnostics.error(format!("Attribute not known: \"@@{other}\"."), attr.name.span),
            }
        }
        for kind in ["index", "unique", "fulltext"] {
            for attr in m.attributes.iter().filter(|a| a.name.name == kind) {
                let index_kind = match kind {
                    "index" => IndexKind::Normal,
                    "unique" => IndexKind::Unique,
                    _ => IndexKind::Fulltext,
                };
                if let Some(index) = self.model_index(model, attr, index_kind) {
                    model.indexes.push(index);
                }
            }
        }
    }

    fn model_id(&mut self, model: &mut Model, attr: &Attribute) {
        let bound = bind(attr, true, &["fields", "name", "map", "clustered"], &mut self.diagnostics);
        let Some(fields_expr) = bound.get("fields") else {
            self.diagnostics.push(attribute_error(attr, true, "Argument \"fields\" is missing.", attr.span));
            return;
        };
        let Some(fields) = self.index_fields(model, attr, fields_expr, "@@id") else { return };
        let client_name = bound.get("name").and_then(|e| expect_string(e, attr, true, &mut self.diagnostics)).map(str::to_owned);
        let map = self.map_arg(&bound);
        let clustered = self.bool_arg(&bound, "clustered");
        if model.primary_key.as_ref().is_some_and(|pk| pk.field_level.is_some()) {
            self.diagnostics.error(
                format!(
                    "Error validating model \"{}\": Each model must have at most one id criteria. You can't have `@id` and `@@id` at the same time.",
                    model.name
                ),
                model.name_span,
            );
            return;
        }
        model.primary_key = Some(PrimaryKey { fields, client_name, map, clustered, field_level: None, span: attr.span });
    }

    fn model_index(&mut self, model: &Model, attr: &Attribute, kind: IndexKind) -> Option<Index> {
        let params: &[&'static str] = match kind {
            IndexKind::Normal => &["fields", "name", "map", "type", "clustered"],
            IndexKind::Unique => &["fields", "name", "map", "clustered"],
            IndexKind::Fulltext => &["fields", "map"],
        };
        let bound = bind(attr, true, params, &mut self.diagnostics);
        if kind == IndexKind::Fulltext {
            self.diagnostics.push(attribute_error(
                attr,
                true,
                "You defined a fulltext index, but the current connector does not support it.",
                attr.span,
            ));
            return None;
        }
        let Some(fields_expr) = bound.get("fields") else {
            self.diagnostics.push(attribute_error(attr, true, "Argument \"fields\" is missing.", attr.span));
            return None;
        };
        let label = if kind == IndexKind::Unique { "@@unique" } else { "@@index" };
        let fields = self.index_fields(model, attr, fields_expr, label)?;
        let name = bound.get("name").and_then(|e| expect_string(e, attr, true, &mut self.diagnostics)).map(str::to_owned);
        let mut map = self.map_arg(&bound);
        let mut client_name = None;
        if kind == IndexKind::Normal {
            // `@@index(name: ...)` names the index in the database, as `map:` does.
            if let (None, Some(n)) = (&map, &name) {
                map = Some((n.clone(), bound.get("name").unwrap().span()));
            }
        } else {
            client_name = name;
        }
        let algorithm = match bound.get("type") {
            Some(Expr::Constant(c, span)) => match IndexAlgorithm::from_name(c) {
                Some(a) => Some(a),
                None => {
                    self.diagnostics.push(attribute_error(
                        attr,
                        true,
                        format!("Unknown index type: {c}."),
                        *span,
                    ));
                    return None;
                }
            },
            Some(other) => {
                self.diagnostics.push(attribute_error(
                    attr,
                    true,
                    format!("Expected a constant value, but received {} value `{}`.", other.describe(), render_expr(other)),
                    other.span(),
                ));
                return None;
            }
            None => None,
        };
        let clustered = self.bool_arg(&bound, "clustered");
        Some(Index { kind, fields, client_name, map, algorithm, clustered, field_level: None, span: attr.span })
    }

    /// `[a, b(sort: Desc), c(ops: raw("..."))]`.
    fn index_fields(&mut self, model: &Model, attr: &Attribute, expr: &Expr, label: &str) -> Option<Vec<IndexField>> {
        let items: Vec<&Expr> = match expr {
            Expr::Array(items, _) => items.iter().collect(),
            single => vec![single],
        };
        let mut out = Vec::with_capacity(items.len());
        let mut unknown = Vec::new();
        let mut relation_fields = Vec::new();
        for item in items {
            let (name, span, args) = match item {
                Expr::Constant(name, span) => (name.as_str(), *span, None),
                Expr::Function(call) => (call.name.name.as_str(), call.span, Some(&call.arguments)),
                other => {
                    self.diagnostics.push(attribute_error(
                        attr,
                        true,
                        format!("Expected a constant value, but received {} value `{}`.", other.describe(), render_expr(other)),
                        other.span(),
                    ));
                    return None;
                }
            };
            let mut field = IndexField { field: usize::MAX, sort: None, length: None, ops: None, span };
            if let Some(args) = args {
                for arg in &args.items {
                    let Some(arg_name) = &arg.name else {
                        self.diagnostics.push(attribute_error(
                            attr,
                            true,
                            "The arguments of an index field must be named: `sort`, `length` or `ops`.",
                            arg.span,
                        ));
                        return None;
                    };
                    match (arg_name.name.as_str(), &arg.value) {
                        ("sort", Expr::Constant(c, _)) if c == "Asc" => field.sort = Some(SortOrder::Asc),
                        ("sort", Expr::Constant(c, _)) if c == "Desc" => field.sort = Some(SortOrder::Desc),
                        ("length", Expr::Number(n, _)) if n.parse::<u32>().is_ok() => field.length = n.parse().ok(),
                        ("ops", Expr::Constant(c, _)) => field.ops = Some(OperatorClass::Named(c.clone())),
                        ("ops", Expr::Function(call)) if call.name.name == "raw" => {
                            match call.arguments.items.first().map(|a| &a.value) {
                                Some(Expr::String(s, _)) if call.arguments.items.len() == 1 => {
                                    field.ops = Some(OperatorClass::Raw(s.clone()))
                                }
                                _ => {
                                    self.diagnostics.push(attribute_error(
                                        attr,
                                        true,
                                        "`raw()` takes one string: the operator class as SQL.",
                                        call.span,
                                    ));
                                    return None;
                                }
                            }
                        }
                        (other, value) => {
                            self.diagnostics.push(attribute_error(
                                attr,
                                true,
                                format!("Invalid argument `{other}: {}` for an index field.", render_expr(value)),
                                arg.span,
                            ));
                            return None;
                        }
                    }
                }
            }
            match model.find_field(name) {
                Some(i) => {
                    if model.fields[i].is_relation() {
                        relation_fields.push(name.to_owned());
                    }
                    field.field = i;
                    out.push(field);
                }
                None => unknown.push(name.to_owned()),
            }
        }
        if !unknown.is_empty() {
            let what = match label {
                "@@id" => "The multi field id declaration refers to the unknown fields",
                "@@unique" => "The unique index definition refers to the unknown fields",
                _ => "The index definition refers to the unknown fields",
            };
            self.diagnostics.error(
                format!("Error validating model \"{}\": {what}: {}.", model.name, unknown.join(", ")),
                attr.span,
            );
            return None;
        }
        if !relation_fields.is_empty() {
            let what = match label {
                "@@id" => "The id definition refers to the relation fields",
                "@@unique" => "The unique index definition refers to the relation fields",
                _ => "The index definition refers to the relation fields",
            };
            self.diagnostics.error(
                format!(
                    "Error validating model \"{}\": {what} {}. Index definitions must reference only scalar fields.",
                    model.name,
                    relation_fields.join(", ")
                ),
                attr.span,
            );
            return None;
        }
        Some(out)
    }
}

/// A hint naming the closest known type, if one is close.
fn suggest_type<'n>(name: &str, names: impl Iterator<Item = &'n str>) -> String {
    let lower = name.to_lowercase();
    let candidates = ScalarType::ALL.iter().map(|s| s.name()).chain(names);
    let mut best: Option<(&str, usize)> = None;
    for candidate in candidates {
        let d = edit_distance(&lower, &candidate.to_lowercase());
        if d <= 2 && best.is_none_or(|(_, bd)| d < bd) {
            best = Some((candidate, d));
        }
    }
    match best {
        Some((candidate, _)) => format!("Did you mean `{candidate}`?"),
        None => "Use a scalar type (String, Int, BigInt, Float, Decimal, Boolean, DateTime, Json, Bytes), or the name of a model or enum of this schema.".into(),
    }
}

fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
        }
        prev = cur;
    }
    prev[b.len()]
}

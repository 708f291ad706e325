//! The `datasource` and `generator` blocks.

use super::Resolver;
use crate::args::{string, type_mismatch};
use crate::features::{ACTIVE_FEATURES, FeatureStatus, feature_status};
use crate::hash::HashSet;
use crate::schema::*;
use prisma2sql_syntax::ast::{self, ConfigKind, Expr, FunctionCall};
use prisma2sql_syntax::{Diagnostic, Span};

/// Providers Prisma knows but prisma2sql cannot write DDL for.
const OTHER_PROVIDERS: &[&str] = &["mysql", "sqlite", "sqlserver", "mongodb", "cockroachdb"];

impl Resolver<'_> {
    pub(super) fn configs(&mut self) {
        let datasources: Vec<&ast::ConfigBlock> =
            self.ast.configs().filter(|c| c.kind == ConfigKind::Datasource).collect();
        let generators: Vec<&ast::ConfigBlock> =
            self.ast.configs().filter(|c| c.kind == ConfigKind::Generator).collect();
        for block in datasources.iter().chain(&generators) {
            self.duplicate_properties(block);
        }
        if datasources.len() > 1 {
            for block in &datasources {
                self.diagnostics.push(
                    Diagnostic::error(
                        format!(
                            "Error validating datasource `{}`: You defined more than one datasource. This is not allowed yet because support for multiple databases has not been implemented yet.",
                            block.name.name
                        ),
                        block.name.span,
                    )
                    .with_help("Keep a single datasource block."),
                );
            }
        }
        let mut generator_names: HashSet<&str> = HashSet::default();
        for block in &generators {
            if !generator_names.insert(&block.name.name) {
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
        // Preview features decide what the datasource may hold, so generators come first.
        match datasources.first() {
            Some(block) => self.datasource(block),
            None => self.schema.datasource.provider = "postgresql".into(),
        }
    }

    fn duplicate_properties(&mut self, block: &ast::ConfigBlock) {
        let mut seen: HashSet<&str> = HashSet::default();
        let what = block_kind(block);
        for prop in &block.properties {
            if !seen.insert(&prop.name.name) {
                self.diagnostics.error(
                    format!("Key \"{}\" is already defined in {what} \"{}\".", prop.name.name, block.name.name),
                    prop.name.span,
                );
            }
        }
    }

    /// The properties of a block that have a value; the others are reported.
    fn valued_properties<'b>(&mut self, block: &'b ast::ConfigBlock) -> Vec<(&'b ast::Property, &'b Expr)> {
        let mut out = Vec::new();
        for prop in &block.properties {
            match &prop.value {
                Some(value) => out.push((prop, value)),
                None => self.diagnostics.push(
                    Diagnostic::error(
                        format!(
                            "Property {} in {} {} needs to be assigned a value",
                            prop.name.name,
                            block_kind(block),
                            block.name.name
                        ),
                        prop.span,
                    )
                    .with_help(format!("Write `{} = ...` or remove the line.", prop.name.name)),
                ),
            }
        }
        out
    }

    // -----------------------------------------------------------------------------------------------
    // datasource

    fn datasource(&mut self, block: &ast::ConfigBlock) {
        let mut ds = Datasource {
            name: Some(block.name.name.clone()),
            provider: "postgresql".into(),
            span: Some(block.span),
            ..Datasource::default()
        };
        let props = self.valued_properties(block);
        if props.len() != block.properties.len() {
            // Prisma reads nothing more of a datasource with an empty property.
            self.schema.datasource = ds;
            return;
        }
        let get = |name: &str| props.iter().find(|(p, _)| p.name.name == name).copied();
        match get("provider") {
            Some((_, value)) => self.provider(block, value),
            None => self.diagnostics.push(
                Diagnostic::error(
                    format!("Argument \"provider\" is missing in data source block \"{}\".", block.name.name),
                    block.name.span,
                )
                .with_help("Add `provider = \"postgresql\"`."),
            ),
        }
        ds.relation_mode = self.relation_mode(get("relationMode"), get("referentialIntegrity"));
        for (prop, value) in &props {
            match prop.name.name.as_str() {
                "provider" | "relationMode" | "referentialIntegrity" => {}
                // Connection settings of Prisma 5 and 6: accepted, they never change the DDL.
                "url" | "directUrl" | "shadowDatabaseUrl" => self.string_or_env(value),
                "schemas" => {
                    ds.schemas = self.schemas(value);
                    ds.schemas_span = Some(value.span());
                }
                "extensions" => {
                    ds.extensions = self.extensions(value);
                    ds.extensions_span = Some(value.span());
                }
                "previewFeatures" => self.diagnostics.push(Diagnostic::error(
                    "Preview features are only supported in the generator block. Please move this field to the generator block.",
                    prop.span,
                )),
                other => self.diagnostics.push(
                    Diagnostic::error(format!("Property not known: \"{other}\"."), prop.span).with_help(
                        "A datasource takes `provider`, `relationMode`, `schemas` and `extensions` (and `url`, `directUrl`, `shadowDatabaseUrl` from Prisma 5 and 6).",
                    ),
                ),
            }
        }
        self.schema.datasource = ds;
    }

    fn provider(&mut self, block: &ast::ConfigBlock, value: &Expr) {
        let source_error = |message: &str| {
            Diagnostic::error(format!("Error validating datasource `{}`: {message}", block.name.name), value.span())
        };
        let provider = match value {
            Expr::Function(call) if call.name.name == "env" => {
                self.diagnostics.push(
                    Diagnostic::error(
                        "A datasource must not use the env() function in the provider argument.",
                        value.span(),
                    )
                    .with_help("Write the provider as a string: `provider = \"postgresql\"`."),
                );
                return;
            }
            Expr::String(p, _) if p.is_empty() => {
                self.diagnostics.push(source_error("The provider argument in a datasource must not be empty"));
                return;
            }
            Expr::String(p, _) => p.as_str(),
            _ => {
                self.diagnostics.push(source_error("The provider argument in a datasource must be a string literal"));
                return;
            }
        };
        if provider == "postgresql" || provider == "postgres" {
            return;
        }
        let message = if OTHER_PROVIDERS.contains(&provider) {
            format!("The datasource provider \"{provider}\" is not supported: prisma2sql writes PostgreSQL DDL only.")
        } else {
            format!("Datasource provider not known: \"{provider}\".")
        };
        self.diagnostics.push(Diagnostic::error(message, value.span()).with_help("Use `provider = \"postgresql\"`."));
    }

    fn relation_mode(
        &mut self,
        relation_mode: Option<(&ast::Property, &Expr)>,
        referential_integrity: Option<(&ast::Property, &Expr)>,
    ) -> RelationMode {
        if let Some((prop, _)) = referential_integrity {
            self.diagnostics.push(
                Diagnostic::warning(
                    "The `referentialIntegrity` attribute is deprecated. Please use `relationMode` instead. Learn more at https://pris.ly/d/relation-mode",
                    prop.span,
                )
                .with_help("Rename `referentialIntegrity` to `relationMode`."),
            );
        }
        let value = match (relation_mode, referential_integrity) {
            (None, None) => return RelationMode::default(),
            (Some(_), Some((prop, _))) => {
                self.diagnostics.push(Diagnostic::error(
                    "The `referentialIntegrity` and `relationMode` attributes cannot be used together. Please use only `relationMode` instead.",
                    prop.span,
                ));
                return RelationMode::default();
            }
            (Some((_, value)), None) | (None, Some((_, value))) => value,
        };
        match string(value, &mut self.diagnostics) {
            Some("prisma") => RelationMode::Prisma,
            Some("foreignKeys") => RelationMode::ForeignKeys,
            Some(other) => {
                self.diagnostics.push(Diagnostic::error(
                    format!(
                        "Invalid relation mode setting: \"{other}\". Supported values: \"prisma\", \"foreignKeys\""
                    ),
                    value.span(),
                ));
                RelationMode::default()
            }
            None => RelationMode::default(),
        }
    }

    fn string_or_env(&mut self, value: &Expr) {
        match value {
            Expr::String(..) => {}
            Expr::Function(call) if call.name.name == "env" => self.env_call(call),
            other => self.diagnostics.push(type_mismatch("String", other)),
        }
    }

    /// `env("NAME")`: one string argument.
    fn env_call(&mut self, call: &FunctionCall) {
        let ok = matches!(call.arguments.items.as_slice(), [arg] if arg.name.is_none() && matches!(arg.value, Expr::String(..)));
        if !ok {
            self.diagnostics.push(
                Diagnostic::error(
                    "The env() function takes one string: the name of an environment variable.",
                    call.span,
                )
                .with_help("Write `env(\"DATABASE_URL\")`."),
            );
        }
    }

    fn schemas(&mut self, value: &Expr) -> Vec<(String, Span)> {
        let Some(items) =
            crate::args::array(value, &mut self.diagnostics, |e, d| string(e, d).map(|s| (s.to_owned(), e.span())))
        else {
            return Vec::new();
        };
        if items.is_empty() {
            self.diagnostics.push(
                Diagnostic::error("If provided, the schemas array can not be empty.", value.span())
                    .with_help("Name at least one schema, e.g. `schemas = [\"public\"]`."),
            );
            return Vec::new();
        }
        let mut out: Vec<(String, Span)> = Vec::with_capacity(items.len());
        for (name, span) in items {
            if out.iter().any(|(n, _)| *n == name) {
                self.diagnostics.error("Duplicated schema names are not allowed", span);
            } else {
                out.push((name, span));
            }
        }
        out
    }

    /// `extensions = [postgis, pg_trgm(schema: "x", version: "1.2", map: "name")]`, or one of them
    /// without brackets.
    fn extensions(&mut self, value: &Expr) -> Vec<Extension> {
        let items: Vec<&Expr> = match value {
            Expr::Array(items, _) => items.iter().collect(),
            single => vec![single],
        };
        items.into_iter().filter_map(|item| self.extension(item)).collect()
    }

    fn extension(&mut self, item: &Expr) -> Option<Extension> {
        let (name, span, call) = match item {
            Expr::Constant(name, span) => (name, *span, None),
            Expr::Function(call) => (&call.name.name, call.span, Some(call)),
            other => {
                self.diagnostics.push(type_mismatch("constant or function", other));
                return None;
            }
        };
        let mut ext = Extension { name: name.clone(), db_name: None, schema: None, version: None, span };
        let Some(call) = call else { return Some(ext) };
        let mut seen: Vec<&str> = Vec::new();
        for arg in &call.arguments.items {
            let Some(arg_name) = &arg.name else {
                self.diagnostics
                    .push(Diagnostic::error("Error validating: The argument must have a name", arg.span).with_help(
                        "Extension arguments are `schema: \"...\"`, `version: \"...\"` and `map: \"...\"`.",
                    ));
                continue;
            };
            if seen.contains(&arg_name.name.as_str()) {
                self.diagnostics.error(
                    format!("Error validating: The argument `{}` can only be defined once", arg_name.name),
                    arg.span,
                );
                continue;
            }
            seen.push(&arg_name.name);
            let slot = match arg_name.name.as_str() {
                "map" => &mut ext.db_name,
                "schema" => &mut ext.schema,
                "version" => &mut ext.version,
                other => {
                    self.diagnostics.push(
                        Diagnostic::error(format!("Argument not known: \"{other}\"."), arg_name.span)
                            .with_help("Extension arguments are `schema`, `version` and `map`."),
                    );
                    continue;
                }
            };
            match &arg.value {
                Expr::String(s, _) => *slot = Some(s.clone()),
                other => self.diagnostics.push(type_mismatch("string", other)),
            }
        }
        for empty in &call.arguments.empty {
            self.diagnostics.error(format!("The `{}` argument is missing a value.", empty.name), empty.span);
        }
        Some(ext)
    }

    // -----------------------------------------------------------------------------------------------
    // generators

    fn generator(&mut self, block: &ast::ConfigBlock) {
        let mut generator =
            Generator { name: block.name.name.clone(), provider: None, preview_features: Vec::new(), span: block.span };
        let props = self.valued_properties(block);
        if props.len() != block.properties.len() {
            self.schema.generators.push(generator);
            return;
        }
        for (prop, value) in props {
            match prop.name.name.as_str() {
                "provider" => {
                    self.string_or_env(value);
                    generator.provider = value.as_str().map(str::to_owned);
                }
                "output" => self.string_or_env(value),
                "binaryTargets" => {
                    let items: Vec<&Expr> = match value {
                        Expr::Array(items, _) => items.iter().collect(),
                        single => vec![single],
                    };
                    for item in items {
                        self.string_or_env(item);
                    }
                }
                "engineType" if !matches!(value, Expr::String(..)) => {
                    self.diagnostics.push(type_mismatch("String", value));
                }
                "previewFeatures" => generator.preview_features = self.preview_features(value),
                _ => {}
            }
        }
        if block.property("provider").is_none() {
            self.diagnostics.push(
                Diagnostic::error(
                    format!("Argument \"provider\" is missing in generator block \"{}\".", block.name.name),
                    block.name.span,
                )
                .with_help("Add `provider = \"prisma-client\"` (or the generator you use)."),
            );
        }
        self.schema.generators.push(generator);
    }

    fn preview_features(&mut self, value: &Expr) -> Vec<String> {
        let Some(names) =
            crate::args::array(value, &mut self.diagnostics, |e, d| string(e, d).map(|s| (s.to_owned(), e.span())))
        else {
            return Vec::new();
        };
        let mut out = Vec::with_capacity(names.len());
        for (name, span) in names {
            match feature_status(&name) {
                Some(FeatureStatus::Active | FeatureStatus::Hidden) => {}
                Some(FeatureStatus::Deprecated) => self.diagnostics.push(
                    Diagnostic::warning(
                        format!(
                            "Preview feature \"{name}\" is deprecated. The functionality can be used without specifying it as a preview feature."
                        ),
                        span,
                    )
                    .with_help(format!("Remove \"{name}\" from `previewFeatures`.")),
                ),
                Some(FeatureStatus::Renamed(new)) => self.diagnostics.push(
                    Diagnostic::warning(
                        format!(
                            "On `provider = \"postgresql\"`, preview feature \"{name}\" has been renamed to \"{new}\". Learn more at https://pris.ly/d/fts-postgres."
                        ),
                        span,
                    )
                    .with_help(format!("Write \"{new}\" instead.")),
                ),
                Some(FeatureStatus::Retired) => self.diagnostics.push(
                    Diagnostic::warning(
                        format!("Preview feature \"{name}\" no longer exists in Prisma 7; it does not change the database."),
                        span,
                    )
                    .with_help(format!("Remove \"{name}\" from `previewFeatures` before upgrading to Prisma 7.")),
                ),
                None => {
                    self.diagnostics.push(
                        Diagnostic::error(
                            format!(
                                "The preview feature \"{name}\" is not known. Expected one of: {}",
                                ACTIVE_FEATURES.join(", ")
                            ),
                            span,
                        )
                        .with_help(suggest_feature(&name)),
                    );
                    continue;
                }
            }
            out.push(name);
        }
        out
    }
}

fn block_kind(block: &ast::ConfigBlock) -> &'static str {
    match block.kind {
        ConfigKind::Datasource => "datasource",
        ConfigKind::Generator => "generator",
    }
}

fn suggest_feature(name: &str) -> String {
    match crate::names::closest(name, ACTIVE_FEATURES.iter().copied()) {
        Some(close) => format!("Did you mean \"{close}\"?"),
        None => "Remove it from `previewFeatures`.".to_owned(),
    }
}

//! Models and views: their fields, then their block attributes.

use super::Resolver;
use crate::args::AttributeSet;
use crate::schema::*;
use prisma2sql_syntax::Diagnostic;
use prisma2sql_syntax::ast;

impl Resolver<'_> {
    pub(super) fn models(&mut self) {
        let asts = self.model_asts.clone();
        self.schema.models.reserve_exact(asts.len());
        for m in asts {
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
            fields: m.fields.iter().map(|f| self.field(f)).collect(),
            primary_key: None,
            indexes: Vec::new(),
            ignored: false,
            documentation: m.documentation.clone(),
            span: m.span,
        };
        // Field attributes need every field (`@relation(fields: [...])`); relation fields first, as
        // Prisma reads them.
        for (i, f) in m.fields.iter().enumerate() {
            if model.fields[i].is_relation() {
                self.relation_field_attributes(&mut model, i, f);
            }
        }
        for (i, f) in m.fields.iter().enumerate() {
            if model.fields[i].is_scalar() && model.fields[i].ty != FieldType::Unknown {
                self.scalar_field_attributes(&mut model, i, f);
            }
        }
        self.model_attributes(&mut model, m);
        // Every table and column name is known now.
        let names: Vec<String> = model.indexes.iter().map(|index| index.name_in(&model)).collect();
        for (index, name) in model.indexes.iter_mut().zip(names) {
            index.db_name = name;
        }
        model
    }

    /// `@@ignore`, `@@id`, `@@map`, `@@schema`, `@@index`, `@@unique`, `@@fulltext`, `@@shardKey`.
    fn model_attributes(&mut self, model: &mut Model, m: &ast::Model) {
        let mut attrs = AttributeSet::new(&m.attributes, true);
        if let Some(args) = attrs.single("ignore", &mut self.diagnostics) {
            model.ignored = true;
            for field in model.fields.iter().filter(|f| f.ignored && f.is_scalar()) {
                self.diagnostics.push(
                    Diagnostic::error(
                        "Error parsing attribute \"@ignore\": Fields on an already ignored Model do not need an `@ignore` annotation.",
                        field.span,
                    )
                    .with_help("Remove the field's `@ignore`: the whole model is ignored."),
                );
            }
            args.finish(&mut self.diagnostics);
        }
        if let Some(args) = attrs.single("id", &mut self.diagnostics) {
            self.compound_id(model, args);
        }
        if let Some((name, span)) = attrs.single("map", &mut self.diagnostics).and_then(|a| self.name_attribute(a)) {
            model.db_name = name.clone();
            model.mapped_name = Some((name, span));
        }
        model.schema = attrs.single("schema", &mut self.diagnostics).and_then(|a| self.name_attribute(a));
        for kind in [IndexKind::Normal, IndexKind::Unique, IndexKind::Fulltext] {
            let name = match kind {
                IndexKind::Normal => "index",
                IndexKind::Unique => "unique",
                IndexKind::Fulltext => "fulltext",
            };
            for args in attrs.repeated(name, &mut self.diagnostics) {
                if let Some(index) = self.block_index(model, args, kind) {
                    model.indexes.push(index);
                }
            }
        }
        if let Some(args) = attrs.single("shardKey", &mut self.diagnostics) {
            self.shard_key(args);
        }
        attrs.finish(&mut self.diagnostics);
        self.id_arity(model);
    }

    /// A field marked `@id` must be required (models marked `@@ignore` excepted).
    fn id_arity(&mut self, model: &Model) {
        let Some(pk) = &model.primary_key else { return };
        let Some(i) = pk.field_level else { return };
        if model.ignored || model.fields[i].is_required() {
            return;
        }
        self.diagnostics.push(
            Diagnostic::error(
                "Error parsing attribute \"@id\": Fields that are marked as id must be required.",
                pk.span,
            )
            .with_help(format!("Make `{}` required, or use `@unique` instead of `@id`.", model.fields[i].name)),
        );
    }

    /// `@shardKey` and `@@shardKey`: never valid on PostgreSQL.
    pub(super) fn shard_key(&mut self, args: crate::args::Args<'_>) {
        if !self.schema.has_preview_feature("shardKeys") {
            self.diagnostics
                .push(args.error_here("Defining shard keys requires enabling the `shardKeys` preview feature"));
        }
        self.diagnostics.push(
            args.error_here("Shard keys are not currently supported for provider postgresql")
                .with_help("Shard keys exist for PlanetScale (MySQL) only; remove the attribute."),
        );
    }
}

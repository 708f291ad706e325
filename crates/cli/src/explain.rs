//! `prisma2sql explain`: each relation in words, what deleting a row sets off, and an insert order.

use crate::pipeline::Loaded;
use crate::{emit, load, report_warnings};
use prisma2sql_explain::{Context, Graph, delete, order, text};
use serde::Serialize;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct ExplainArgs {
    /// The schema: a `.prisma` file, a folder of `.prisma` files, or `-` for standard input.
    schema: String,
    /// `text` for people, `json` for tools (described in docs/explain-json.md).
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Show what deleting one row of MODEL does to every table that refers to it.
    #[arg(long, value_name = "MODEL")]
    delete: Option<String>,
    /// Show an order in which the tables can be filled, and the cycles that prevent one.
    #[arg(long)]
    insert_order: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Text,
    Json,
}

/// The JSON document of `--delete` and `--insert-order`.
#[derive(Serialize)]
struct Envelope<'a, T: Serialize> {
    version: u32,
    #[serde(flatten)]
    body: &'a T,
}

/// The DDL with each relation explained in comments (`--annotate`).
pub(crate) fn annotated(loaded: &Loaded) -> String {
    prisma2sql_explain::annotate::annotated_script(&Context::new(&loaded.schema, &loaded.relations))
}

/// Loads a schema for the commands that go beyond the DDL, reporting its warnings.
pub(crate) fn load_checked(schema: &str) -> Result<Loaded, ExitCode> {
    let loaded = load(schema)?;
    report_warnings(&loaded);
    Ok(loaded)
}

pub fn run(args: ExplainArgs) -> ExitCode {
    let loaded = match load_checked(&args.schema) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let ctx = Context::new(&loaded.schema, &loaded.relations);
    let graph = Graph::new(&ctx);
    let json = args.format == Format::Json;
    let output = if let Some(model) = &args.delete {
        let Some(tree) = delete::delete_tree(&ctx, &graph, model) else {
            let models: Vec<&str> = graph
                .nodes
                .iter()
                .filter(|n| matches!(n.origin, prisma2sql_explain::graph::Origin::Model(_)))
                .map(|n| n.label.as_str())
                .collect();
            crate::error(&format!("no model `{model}` with a table in the schema; models: {}", models.join(", ")));
            return ExitCode::FAILURE;
        };
        if json {
            to_json(&Envelope { version: prisma2sql_explain::report::VERSION, body: &DeleteBody { delete: &tree } })
        } else {
            delete::render(&tree)
        }
    } else if args.insert_order {
        let order = order::insert_order(&graph);
        if json {
            to_json(&Envelope {
                version: prisma2sql_explain::report::VERSION,
                body: &OrderBody { insert_order: &order },
            })
        } else {
            order::render(&order)
        }
    } else {
        let explanation = prisma2sql_explain::explain(&ctx);
        if json { to_json(&explanation) } else { text::render(&explanation) }
    };
    emit(&output, None)
}

#[derive(Serialize)]
struct DeleteBody<'a> {
    delete: &'a delete::DeleteTree,
}

#[derive(Serialize)]
struct OrderBody<'a> {
    insert_order: &'a order::InsertOrder,
}

fn to_json<T: Serialize>(value: &T) -> String {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}

//! `prisma2sql erd`: an entity-relationship diagram of the tables, as Mermaid or Graphviz DOT.

use crate::emit;
use prisma2sql_explain::{Context, Graph, erd};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct ErdArgs {
    /// The schema: a `.prisma` file, a folder of `.prisma` files, or `-` for standard input.
    schema: String,
    /// `mermaid` (an `erDiagram` block) or `dot` (Graphviz).
    #[arg(long, value_enum, default_value_t = Format::Mermaid)]
    format: Format,
    /// Write the diagram to this file (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Mermaid,
    Dot,
}

pub fn run(args: ErdArgs) -> ExitCode {
    let loaded = match crate::explain::load_checked(&args.schema) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let ctx = Context::new(&loaded.schema, &loaded.relations);
    let graph = Graph::new(&ctx);
    let text = match args.format {
        Format::Mermaid => erd::mermaid(&ctx, &graph),
        Format::Dot => erd::dot(&ctx, &graph),
    };
    emit(&text, args.output.as_deref())
}

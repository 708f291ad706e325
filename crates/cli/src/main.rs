//! `prisma2sql`: the database behind a Prisma schema.

mod diff;
mod erd;
mod explain;
mod lint;
mod migrate;
mod output;
mod pipeline;
mod revision;
mod versions;

use clap::{Parser, Subcommand};
use pipeline::{Failure, Loaded};
use std::path::PathBuf;
use std::process::ExitCode;

/// A schema is read into many small strings and vectors that live until the command ends; mimalloc
/// serves such allocations in a fraction of the system allocator's time.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const EXAMPLES: &str = "\
Examples:
  prisma2sql prisma/schema.prisma > init.sql      the DDL Prisma Migrate would run
  prisma2sql prisma/schema -o init.sql            a multi-file schema folder, written atomically
  cat schema.prisma | prisma2sql -                read standard input
  prisma2sql check schema.prisma                  validate only
  prisma2sql migrate old.prisma new.prisma        the migration between two versions
  prisma2sql migrate main:prisma/schema.prisma prisma/schema.prisma
                                                  from a git revision to the working tree
  prisma2sql diff main:prisma/schema prisma/schema  how the DDL changes, as a unified diff
  prisma2sql explain schema.prisma                each relation in words, with its SQL
  prisma2sql explain schema.prisma --delete User  what deleting a User sets off
  prisma2sql lint schema.prisma                   pitfalls, with fixes
  prisma2sql erd schema.prisma                    a Mermaid ER diagram";

/// Shows the database behind a Prisma schema: the PostgreSQL DDL Prisma Migrate would run,
/// byte for byte, without Node and without a database.
#[derive(Parser)]
#[command(name = "prisma2sql", version, after_help = EXAMPLES, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    sql: SqlArgs,
}

#[derive(clap::Args)]
struct SqlArgs {
    /// The schema: a `.prisma` file, a folder of `.prisma` files, or `-` for standard input.
    schema: Option<String>,
    /// Write the DDL to this file (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Explain each foreign key and join table in `--` comment lines above it.
    #[arg(long)]
    annotate: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Print the DDL that creates the schema in an empty database (the default command).
    Sql(SqlArgs),
    /// Check the schema as Prisma does; print nothing when it is valid.
    Check {
        /// The schema: a file, a folder, or `-`.
        schema: String,
    },
    /// Print the migration from OLD to NEW, as `prisma migrate diff` does, and warn on standard
    /// error about what it puts at risk.
    #[command(after_help = migrate::WARNINGS)]
    Migrate(migrate::MigrateArgs),
    /// Show how the DDL changes from OLD to NEW, as a unified diff of the two init scripts.
    Diff(diff::DiffArgs),
    /// Explain each relation in words: kind, keys, referential actions, join tables, SQL.
    Explain(explain::ExplainArgs),
    /// Find pitfalls: missing indexes, referential actions that fail, cycles, type mismatches.
    Lint(lint::LintArgs),
    /// Draw the tables and their references as a Mermaid or Graphviz ER diagram.
    Erd(erd::ErdArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        None => match cli.sql.schema {
            Some(_) => sql(cli.sql),
            None => {
                use clap::CommandFactory;
                let _ = Cli::command().print_help();
                ExitCode::from(2)
            }
        },
        Some(Command::Sql(args)) => sql(args),
        Some(Command::Check { schema }) => match load(&schema) {
            Ok(loaded) => {
                report_warnings(&loaded);
                ExitCode::SUCCESS
            }
            Err(code) => code,
        },
        Some(Command::Migrate(args)) => migrate::run(args),
        Some(Command::Diff(args)) => diff::run(args),
        Some(Command::Explain(args)) => explain::run(args),
        Some(Command::Lint(args)) => lint::run(args),
        Some(Command::Erd(args)) => erd::run(args),
    }
}

fn sql(args: SqlArgs) -> ExitCode {
    let Some(schema) = args.schema else { return ExitCode::from(2) };
    let loaded = match load(&schema) {
        Ok(l) => l,
        Err(code) => return code,
    };
    report_warnings(&loaded);
    let script = if args.annotate {
        let script = explain::annotated(&loaded);
        leave_to_exit(loaded);
        script
    } else {
        // Only the schema and its relations are needed from here: the text and the syntax tree
        // go before the SQL schema and the script are built, which lowers the peak of memory.
        let Loaded { sources, ast, schema, relations, warnings } = loaded;
        drop((sources, ast, warnings));
        let sql = prisma2sql_sql::calculate(&schema, &relations);
        drop((schema, relations));
        let script = prisma2sql_sql::init_script(&sql);
        leave_to_exit(sql);
        script
    };
    emit(&script, args.output.as_deref())
}

/// Leaves a structure the command no longer reads to the end of the process, which is near: the
/// system takes the memory back at once, where dropping it frees every string and list one by one.
fn leave_to_exit<T>(value: T) {
    std::mem::forget(value);
}

/// Writes a result to the file or standard output.
fn emit(text: &str, output: Option<&std::path::Path>) -> ExitCode {
    match write(text, output) {
        Ok(()) => ExitCode::SUCCESS,
        Err(code) => code,
    }
}

/// Writes a result to the file or standard output; on failure, reports it and gives the exit code.
fn write(text: &str, output: Option<&std::path::Path>) -> Result<(), ExitCode> {
    let result = match output {
        Some(path) => output::file_atomically(path, text).map_err(|e| format!("{}: {e}", path.display())),
        // A reader that stopped reading (`| head`) ends the run quietly, but not as a success:
        // the output is incomplete.
        None => match output::stdout(text) {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return Err(ExitCode::from(output::CLOSED_PIPE)),
            other => other.map_err(|e| format!("standard output: {e}")),
        },
    };
    result.map_err(|message| {
        error(&message);
        ExitCode::FAILURE
    })
}

fn error(message: &str) {
    use std::io::Write;
    let mut err = anstream::stderr();
    let _ = if output::stderr_color() {
        writeln!(err, "\x1b[1;31merror\x1b[0m\x1b[1m: {message}\x1b[0m")
    } else {
        writeln!(err, "error: {message}")
    };
}

/// Loads a schema; on failure, reports it on standard error and gives the exit code.
fn load(path: &str) -> Result<Loaded, ExitCode> {
    match pipeline::load(path) {
        Ok(loaded) => Ok(loaded),
        Err(Failure::Load(e)) => {
            error(&e.to_string());
            Err(ExitCode::FAILURE)
        }
        Err(Failure::Empty { name }) => {
            let name = if name == "-" { "standard input" } else { name.as_str() };
            error(&format!("{name} is empty: a schema needs at least one model, enum, datasource or generator block"));
            Err(ExitCode::FAILURE)
        }
        Err(Failure::Invalid { sources, diagnostics }) => {
            let text = prisma2sql_syntax::render(&sources, &diagnostics, output::stderr_color());
            eprint!("{text}");
            Err(ExitCode::FAILURE)
        }
    }
}

fn report_warnings(loaded: &Loaded) {
    if !loaded.warnings.is_empty() {
        let text = prisma2sql_syntax::render(&loaded.sources, &loaded.warnings, output::stderr_color());
        eprint!("{text}");
    }
}

//! `prisma2sql migrate OLD NEW`: the migration Prisma Migrate would write, and what it puts at
//! risk.

use crate::lint::Deny;
use crate::output;
use crate::pipeline::Loaded;
use crate::versions::Versions;
use prisma2sql_model::Schema;
use prisma2sql_sql::Namespace;
use prisma2sql_sql::warnings::{self, Subject, Version, Warning, WarningKind};
use prisma2sql_syntax::{Diagnostic, Span};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Exit status of `--exit-code` when the migration is not empty.
const CHANGED: u8 = 2;

#[derive(clap::Args)]
pub struct MigrateArgs {
    #[command(flatten)]
    versions: Versions,
    /// Write the migration to this file (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// `--deny warnings`: exit with status 1 when the migration has warnings (for CI).
    #[arg(long, value_enum, value_name = "LEVEL")]
    deny: Option<Deny>,
    /// Warnings to leave out, by code or name (comma-separated): `P2S102,risky-type-change`.
    #[arg(long, value_delimiter = ',', value_name = "WARNINGS", value_parser = parse_kind)]
    ignore: Vec<WarningKind>,
    /// Exit with status 2 when the migration is not empty, 0 when it is (as
    /// `prisma migrate diff --exit-code`).
    #[arg(long)]
    exit_code: bool,
}

fn parse_kind(text: &str) -> Result<WarningKind, String> {
    WarningKind::find(text).ok_or_else(|| {
        let known: Vec<String> = WarningKind::ALL.iter().map(|k| format!("{} ({})", k.code(), k.name())).collect();
        format!("no such warning; the warnings are {}", known.join(", "))
    })
}

pub fn run(args: MigrateArgs) -> ExitCode {
    let (old, new) = match args.versions.load() {
        Ok(pair) => pair,
        Err(code) => return code,
    };
    let steps = prisma2sql_sql::diff(&old.sql_schema(), &new.sql_schema());
    let warnings: Vec<Warning> =
        warnings::check(&steps).into_iter().filter(|w| !args.ignore.contains(&w.kind)).collect();
    report(&warnings, &old, &new);
    if let Err(code) = crate::write(&prisma2sql_sql::render::script(&steps), args.output.as_deref()) {
        return code;
    }
    if args.deny == Some(Deny::Warnings) && !warnings.is_empty() {
        let n = warnings.len();
        crate::error(&format!("{n} warning{} denied by --deny warnings", if n == 1 { "" } else { "s" }));
        return ExitCode::FAILURE;
    }
    if args.exit_code && !steps.is_empty() {
        return ExitCode::from(CHANGED);
    }
    ExitCode::SUCCESS
}

/// Writes the warnings on standard error, rustc style, each pointing at the version of the
/// schema that declares what it is about (OLD for what goes, NEW for the rest).
fn report(warnings: &[Warning], old: &Loaded, new: &Loaded) {
    let color = output::stderr_color();
    let mut text = String::new();
    for w in warnings {
        let message = format!("{}: {}", w.kind.name(), w.message);
        let loaded = match w.subject.version() {
            Version::Previous => old,
            Version::Next => new,
        };
        match span(&loaded.schema, &w.subject) {
            Some(span) => {
                let mut diagnostic = Diagnostic::warning(message, span).with_code(w.kind.code());
                if let Some(help) = &w.help {
                    diagnostic = diagnostic.with_help(help.clone());
                }
                text.push_str(&prisma2sql_syntax::render(&loaded.sources, &[diagnostic], color));
            }
            None => {
                let (head, bold, reset) = if color { ("\x1b[1;33m", "\x1b[1m", "\x1b[0m") } else { ("", "", "") };
                text.push_str(&format!("{head}warning[{}]{reset}{bold}: {message}{reset}\n", w.kind.code()));
                if let Some(help) = &w.help {
                    text.push_str(&format!("  = {bold}help{reset}: {help}\n"));
                }
                text.push('\n');
            }
        }
    }
    let _ = anstream::stderr().lock().write_all(text.as_bytes());
}

/// Where the schema declares a table (its model), a column (its field) or an enum. Implicit
/// many-to-many join tables have no declaration.
fn span(schema: &Schema, subject: &Subject) -> Option<Span> {
    let in_namespace = |declared: Option<&str>, namespace: &Namespace| match namespace {
        Some(ns) => declared == Some(ns.as_str()),
        None => declared.is_none_or(|d| d == "public"),
    };
    let model = |namespace: &Namespace, table: &str| {
        schema.models.iter().find(|m| !m.is_view() && m.db_name == table && in_namespace(m.schema_name(), namespace))
    };
    match subject {
        Subject::Table { namespace, name, .. } => model(namespace, name).map(|m| m.name_span),
        Subject::Column { namespace, table, column, .. } => {
            let m = model(namespace, table)?;
            Some(m.fields.iter().find(|f| f.is_scalar() && f.db_name == *column).map_or(m.name_span, |f| f.span))
        }
        Subject::Enum { namespace, name, .. } => {
            schema.enums.iter().find(|e| e.db_name == *name && in_namespace(e.schema_name(), namespace)).map(|e| e.name_span)
        }
    }
}

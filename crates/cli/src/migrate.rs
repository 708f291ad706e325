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
use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Exit status of `--exit-code` when the migration is not empty.
const CHANGED: u8 = 2;

/// The warnings, for `--help`.
pub const WARNINGS: &str = "\
Warnings (on standard error; see docs/migrate.md):
  P2S101 destructive-step                 a table or column is dropped, or recreated
  P2S102 probable-rename                  a drop and an add of the same shape
  P2S103 enum-value-removed               fails on rows that hold a removed value
  P2S104 required-column-without-default  fails if the table holds rows
  P2S105 risky-type-change                fails on values that do not fit the new type
  P2S106 unique-on-existing-data          fails on duplicates
  P2S107 column-made-required             fails on NULLs
  P2S108 foreign-key-on-existing-data     fails on values that refer to nothing";

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
    let (from, to) = (old.sql_schema(), new.sql_schema());
    let steps = prisma2sql_sql::diff(&from, &to);
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
    let declarations = [Declarations::of(&old.schema), Declarations::of(&new.schema)];
    let mut text = String::new();
    for w in warnings {
        let message = format!("{}: {}", w.kind.name(), w.message);
        let (loaded, declared) = match w.subject.version() {
            Version::Previous => (old, &declarations[0]),
            Version::Next => (new, &declarations[1]),
        };
        match declared.span(&w.subject) {
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

/// Where one version of the schema declares each table (its model), column (its field) and enum,
/// by database name. Implicit many-to-many join tables have no declaration.
struct Declarations {
    spans: BTreeMap<(&'static str, String, String, String), Span>,
}

impl Declarations {
    fn of(schema: &Schema) -> Declarations {
        let ns = |declared: Option<&str>| declared.unwrap_or("public").to_owned();
        let mut spans = BTreeMap::new();
        for m in schema.models.iter().filter(|m| !m.is_view()) {
            let namespace = ns(m.schema_name());
            for f in m.fields.iter().filter(|f| f.is_scalar()) {
                spans.entry(("column", namespace.clone(), m.db_name.clone(), f.db_name().to_owned())).or_insert(f.span);
            }
            spans.entry(("table", namespace, m.db_name.clone(), String::new())).or_insert(m.name_span);
        }
        for e in &schema.enums {
            spans.entry(("enum", ns(e.schema_name()), e.db_name.clone(), String::new())).or_insert(e.name_span);
        }
        Declarations { spans }
    }

    /// The field of a column (else its model), the model of a table, or the enum.
    fn span(&self, subject: &Subject) -> Option<Span> {
        let ns = |namespace: &Namespace| namespace.as_deref().unwrap_or("public").to_owned();
        let find = |kind, namespace: &Namespace, name: &str, column: &str| {
            self.spans.get(&(kind, ns(namespace), name.to_owned(), column.to_owned())).copied()
        };
        match subject {
            Subject::Table { namespace, name, .. } => find("table", namespace, name, ""),
            Subject::Column { namespace, table, column, .. } => {
                find("column", namespace, table, column).or_else(|| find("table", namespace, table, ""))
            }
            Subject::Enum { namespace, name, .. } => find("enum", namespace, name, ""),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_help_lists_every_warning() {
        for kind in WarningKind::ALL {
            let line = format!("  {} {}", kind.code(), kind.name());
            assert!(WARNINGS.contains(&line), "{line}");
        }
        assert_eq!(WARNINGS.lines().count(), WarningKind::ALL.len() + 1);
    }
}

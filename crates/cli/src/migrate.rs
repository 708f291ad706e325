//! `prisma2sql migrate OLD NEW`: the migration Prisma Migrate would write, and what it puts at
//! risk.

use crate::output;
use crate::versions::Versions;
use prisma2sql_sql::warnings::{self, Warning, WarningKind};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Exit status when `--deny-warnings` is given and the migration has warnings.
const DENIED: u8 = 3;
/// Exit status of `--exit-code` when the migration is not empty.
const CHANGED: u8 = 2;

#[derive(clap::Args)]
pub struct MigrateArgs {
    #[command(flatten)]
    versions: Versions,
    /// Write the migration to this file (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Exit with status 3 when the migration has warnings (for CI).
    #[arg(long)]
    deny_warnings: bool,
    /// Leave out one kind of warning, by code or name (`P2S102`, `probable-rename`); repeatable.
    #[arg(long, value_name = "CODE", value_parser = parse_kind)]
    allow: Vec<WarningKind>,
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
        warnings::check(&steps).into_iter().filter(|w| !args.allow.contains(&w.kind)).collect();
    report(&warnings);
    if let Err(code) = crate::write(&prisma2sql_sql::render::script(&steps), args.output.as_deref()) {
        return code;
    }
    if args.deny_warnings && !warnings.is_empty() {
        let n = warnings.len();
        crate::error(&format!("{n} warning{} denied by --deny-warnings", if n == 1 { "" } else { "s" }));
        return ExitCode::from(DENIED);
    }
    if args.exit_code && !steps.is_empty() {
        return ExitCode::from(CHANGED);
    }
    ExitCode::SUCCESS
}

/// Writes the warnings on standard error, rustc style.
fn report(warnings: &[Warning]) {
    let color = output::stderr_color();
    let (head, bold, reset) = if color { ("\x1b[1;33m", "\x1b[1m", "\x1b[0m") } else { ("", "", "") };
    let mut err = anstream::stderr().lock();
    for w in warnings {
        let _ = writeln!(err, "{head}warning[{}]{reset}{bold}: {}{reset}", w.kind.code(), w.message);
        if let Some(help) = &w.help {
            let _ = writeln!(err, "  = {bold}help{reset}: {help}");
        }
    }
}

//! `prisma2sql lint`: the schema's pitfalls, rustc-style for people or JSON for tools.

use crate::explain::load_checked;
use crate::{emit, output};
use prisma2sql_lint::{Finding, Lint, RULES, find_rule, rules::severity_word};
use prisma2sql_syntax::{Severity, Sources};
use serde::Serialize;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct LintArgs {
    /// The schema: a `.prisma` file, a folder of `.prisma` files, or `-` for standard input.
    #[arg(required_unless_present = "rules")]
    schema: Option<String>,
    /// `text` (rustc-style) for people, `json` for tools.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// `--deny warnings`: exit with status 1 on warnings too, not only on errors.
    #[arg(long, value_enum, value_name = "LEVEL")]
    deny: Option<Deny>,
    /// Rules to skip, by code or name (comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    ignore: Vec<String>,
    /// List the rules and exit.
    #[arg(long)]
    rules: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Text,
    Json,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Deny {
    Warnings,
}

pub fn run(args: LintArgs) -> ExitCode {
    if args.rules {
        return emit(&rule_list(), None);
    }
    if let Some(unknown) = args.ignore.iter().find(|name| find_rule(name).is_none()) {
        crate::error(&format!("--ignore {unknown}: no such rule (see `prisma2sql lint --rules`)"));
        return ExitCode::from(2);
    }
    let Some(schema) = &args.schema else { return ExitCode::from(2) };
    let loaded = match load_checked(schema) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let lint = Lint::new(&loaded.sources, &loaded.ast, &loaded.schema, &loaded.relations);
    let findings: Vec<Finding> = lint
        .run()
        .into_iter()
        .filter(|f| !args.ignore.iter().any(|name| find_rule(name).is_some_and(|r| r.code == f.code)))
        .collect();
    let errors = findings.iter().filter(|f| f.severity == Severity::Error).count();
    let warnings = findings.len() - errors;
    let text = match args.format {
        Format::Text => text(&loaded.sources, &findings, errors, warnings),
        Format::Json => json(&loaded.sources, &findings, errors, warnings),
    };
    let emitted = emit(&text, None);
    if emitted != ExitCode::SUCCESS {
        return emitted;
    }
    let failed = errors > 0 || (args.deny == Some(Deny::Warnings) && warnings > 0);
    if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}

fn text(sources: &Sources, findings: &[Finding], errors: usize, warnings: usize) -> String {
    if findings.is_empty() {
        return "No findings.\n".to_owned();
    }
    let diagnostics: Vec<_> = findings.iter().map(Finding::diagnostic).collect();
    let mut out = prisma2sql_syntax::render(sources, &diagnostics, output::stdout_color());
    // `render` counts errors in its own words; lint gives its own summary.
    if let Some(last) = out.lines().last().filter(|l| l.ends_with("in the schema")) {
        out.truncate(out.len() - last.len() - 1);
    }
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    out.push_str(&format!("{}, {}\n", plural(errors, "error"), plural(warnings, "warning")));
    out
}

/// The JSON document of `lint --format json` (described in docs/lints.md).
#[derive(Serialize)]
struct Report<'a> {
    version: u32,
    errors: usize,
    warnings: usize,
    findings: Vec<JsonFinding<'a>>,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    code: &'a str,
    name: &'a str,
    severity: &'a str,
    message: &'a str,
    file: &'a str,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    help: Option<&'a str>,
    fix: Option<&'a str>,
}

fn json(sources: &Sources, findings: &[Finding], errors: usize, warnings: usize) -> String {
    let findings = findings
        .iter()
        .map(|f| {
            let file = sources.get(f.span.file);
            let (line, column) = file.line_col(f.span.start as usize);
            let (end_line, end_column) = file.line_col(f.span.end as usize);
            JsonFinding {
                code: f.code,
                name: f.name,
                severity: severity_word(f.severity),
                message: &f.message,
                file: &file.name,
                line,
                column,
                end_line,
                end_column,
                help: f.help.as_deref(),
                fix: f.fix.as_deref(),
            }
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&Report { version: 1, errors, warnings, findings }).unwrap_or_default();
    text.push('\n');
    text
}

fn rule_list() -> String {
    RULES
        .iter()
        .map(|r| format!("{}  {:<32} {:<8} {}\n", r.code, r.name, severity_word(r.severity), r.summary))
        .collect()
}

//! `prisma2sql diff OLD NEW`: how the DDL of a schema changes between two versions, as a unified
//! diff of the two init scripts, for code review.

use crate::output;
use crate::versions::Versions;
use prisma2sql_sql::SqlSchema;
use similar::{ChangeTag, TextDiff};
use std::process::ExitCode;

/// Exit status of `--exit-code` when the scripts differ.
const CHANGED: u8 = 2;

#[derive(clap::Args)]
pub struct DiffArgs {
    #[command(flatten)]
    versions: Versions,
    /// Exit with status 2 when the scripts differ, 0 when they are the same.
    #[arg(long)]
    exit_code: bool,
    /// Lines of context around each change.
    #[arg(short = 'U', long, value_name = "LINES", default_value_t = 3)]
    context: usize,
}

pub fn run(args: DiffArgs) -> ExitCode {
    let (old, new) = match args.versions.load() {
        Ok(pair) => pair,
        Err(code) => return code,
    };
    let old_script = prisma2sql_sql::init_script(&stable(old.sql_schema()));
    let new_script = prisma2sql_sql::init_script(&stable(new.sql_schema()));
    let text = unified(&old_script, &new_script, &args, output::stdout_color());
    if let Err(code) = crate::write(&text, None) {
        return code;
    }
    if args.exit_code && old_script != new_script {
        return ExitCode::from(CHANGED);
    }
    ExitCode::SUCCESS
}

/// The schema with tables, enums and each table's indexes and foreign keys sorted by name, so
/// that moving a model or an attribute in the Prisma schema shows no change.
fn stable(mut schema: SqlSchema) -> SqlSchema {
    schema.tables.sort_by(|a, b| (&a.namespace, &a.name).cmp(&(&b.namespace, &b.name)));
    schema.enums.sort_by(|a, b| (&a.namespace, &a.name).cmp(&(&b.namespace, &b.name)));
    for table in &mut schema.tables {
        table.indexes.sort_by(|a, b| a.name.cmp(&b.name));
        table.foreign_keys.sort_by(|a, b| a.name.cmp(&b.name));
    }
    schema
}

/// A unified diff with `--- OLD` and `+++ NEW` headers; empty when the texts are the same.
fn unified(old: &str, new: &str, args: &DiffArgs, color: bool) -> String {
    if old == new {
        return String::new();
    }
    let diff = TextDiff::from_lines(old, new);
    let mut out = format!("--- {}\n+++ {}\n", args.versions.old, args.versions.new);
    for hunk in diff.unified_diff().context_radius(args.context).iter_hunks() {
        out.push_str(&paint(&hunk.header().to_string(), "\x1b[36m", color));
        out.push('\n');
        for change in hunk.iter_changes() {
            let (sign, style) = match change.tag() {
                ChangeTag::Delete => ('-', "\x1b[31m"),
                ChangeTag::Insert => ('+', "\x1b[32m"),
                ChangeTag::Equal => (' ', ""),
            };
            let line = format!("{sign}{}", change.value().trim_end_matches('\n'));
            out.push_str(&paint(&line, style, color && !style.is_empty()));
            out.push('\n');
            if change.missing_newline() {
                out.push_str("\\ No newline at end of file\n");
            }
        }
    }
    out
}

fn paint(text: &str, style: &str, color: bool) -> String {
    if color { format!("{style}{text}\x1b[0m") } else { text.to_owned() }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args() -> DiffArgs {
        DiffArgs { versions: Versions { old: "a.prisma".into(), new: "b.prisma".into() }, exit_code: false, context: 1 }
    }

    #[test]
    fn a_plain_unified_diff_with_headers() {
        let text = unified("a\nb\nc\nd\n", "a\nb\nC\nd\n", &args(), false);
        assert_eq!(text, "--- a.prisma\n+++ b.prisma\n@@ -2,3 +2,3 @@\n b\n-c\n+C\n d\n");
    }

    #[test]
    fn colours_only_changed_lines_and_hunk_headers() {
        let text = unified("a\n", "b\n", &args(), true);
        assert!(text.contains("\x1b[31m-a\x1b[0m\n\x1b[32m+b\x1b[0m\n"), "{text:?}");
        assert!(text.starts_with("--- a.prisma\n+++ b.prisma\n\x1b[36m@@"));
    }

    #[test]
    fn nothing_when_equal() {
        assert_eq!(unified("x\n", "x\n", &args(), false), "");
    }
}

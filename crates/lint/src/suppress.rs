//! Silencing findings from the schema itself.
//!
//! A comment `// prisma2sql-ignore P2S001` silences that rule's findings on the line it ends, or,
//! alone on its line, on the next line. Several rules are separated by commas or spaces, and a
//! rule may be named by its code or its name (`fk-without-index`); words after the rules are a
//! free explanation. `// prisma2sql-ignore-file P2S002` anywhere in a file silences the rule in the
//! whole file. A bare `// prisma2sql-ignore` silences every rule there; one whose first word is not
//! a rule silences nothing.

use crate::Finding;
use prisma2sql_syntax::{FileId, Sources};
use std::collections::BTreeMap;

const MARKER: &str = "prisma2sql-ignore";
const FILE_MARKER: &str = "prisma2sql-ignore-file";

/// The rules a comment names; empty means all.
#[derive(Debug, Clone, Default)]
struct Names(Vec<String>);

impl Names {
    fn covers(&self, finding: &Finding) -> bool {
        self.0.is_empty() || self.0.iter().any(|n| n.eq_ignore_ascii_case(finding.code) || n == finding.name)
    }
}

/// Every ignore comment of the sources.
#[derive(Debug, Default)]
pub struct Suppressions {
    /// (file, 1-based line) → the rules silenced on that line.
    lines: BTreeMap<(FileId, usize), Vec<Names>>,
    files: BTreeMap<FileId, Vec<Names>>,
}

impl Suppressions {
    pub fn read(sources: &Sources) -> Suppressions {
        let mut s = Suppressions::default();
        for (file, source) in sources.iter() {
            for (i, line) in source.text.lines().enumerate() {
                let Some((code, comment)) = split_comment(line) else { continue };
                if let Some(rest) = comment.strip_prefix(FILE_MARKER) {
                    s.files.entry(file).or_default().push(names(rest));
                } else if let Some(rest) = comment.strip_prefix(MARKER) {
                    // Alone on its line: the next line. After code: this line.
                    let target = if code.trim().is_empty() { i + 2 } else { i + 1 };
                    s.lines.entry((file, target)).or_default().push(names(rest));
                }
            }
        }
        s
    }

    /// Whether a comment silences the finding.
    pub fn silences(&self, sources: &Sources, finding: &Finding) -> bool {
        let file = finding.span.file;
        let (line, _) = sources.get(file).line_col(finding.span.start as usize);
        let covered = |list: Option<&Vec<Names>>| list.is_some_and(|l| l.iter().any(|n| n.covers(finding)));
        covered(self.files.get(&file)) || covered(self.lines.get(&(file, line)))
    }
}

/// The code before a `//` comment and the comment's text after the slashes, when the line has one
/// outside a string.
fn split_comment(line: &str) -> Option<(&str, &str)> {
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_string => escaped = true,
            '"' => in_string = !in_string,
            '/' if !in_string && line[i..].starts_with("//") => {
                let comment = line[i..].trim_start_matches('/').trim_start();
                return Some((&line[..i], comment));
            }
            _ => {}
        }
    }
    None
}

/// `P2S001, fk-without-index` → the two names. Stops at the first word that is not a rule name, so
/// that an explanation may follow (`// prisma2sql-ignore P2S003 -- deletes must fail here`).
fn names(rest: &str) -> Names {
    if !rest.is_empty() && !rest.starts_with([' ', '\t', ':']) {
        return Names(vec!["\u{0}".into()]);
    }
    let words: Vec<&str> = rest.trim_start_matches(':').split([',', ' ', '\t']).filter(|w| !w.is_empty()).collect();
    if words.is_empty() {
        return Names(Vec::new());
    }
    let named: Vec<String> =
        words.iter().take_while(|w| crate::find_rule(w).is_some()).map(|w| (*w).to_owned()).collect();
    // A misspelt rule silences nothing rather than everything.
    if named.is_empty() { Names(vec!["\u{0}".into()]) } else { Names(named) }
}

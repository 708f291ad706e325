//! Positioned messages, rendered in rustc's style.

use crate::{Sources, Span};
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

/// One message about the schema, pointing at the text it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A stable code shown in brackets after the level (`warning[P2S001]`), for lint findings.
    pub code: Option<String>,
    pub message: String,
    pub span: Span,
    /// A short label under the caret; the message is repeated in full above the snippet.
    pub label: Option<String>,
    /// Advice on how to fix it.
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn error(message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic { severity: Severity::Error, code: None, message: message.into(), span, label: None, help: None }
    }

    pub fn warning(message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic { severity: Severity::Warning, code: None, message: message.into(), span, label: None, help: None }
    }

    pub fn with_code(mut self, code: impl Into<String>) -> Diagnostic {
        self.code = Some(code.into());
        self
    }

    pub fn with_label(mut self, label: impl Into<String>) -> Diagnostic {
        self.label = Some(label.into());
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// A growing list of diagnostics.
#[derive(Debug, Clone, Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn new() -> Diagnostics {
        Diagnostics::default()
    }

    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    pub fn error(&mut self, message: impl Into<String>, span: Span) {
        self.push(Diagnostic::error(message, span));
    }

    pub fn warning(&mut self, message: impl Into<String>, span: Span) {
        self.push(Diagnostic::warning(message, span));
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    pub fn error_count(&self) -> usize {
        self.items.iter().filter(|d| d.is_error()).count()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn iter(&self) -> std::slice::Iter<'_, Diagnostic> {
        self.items.iter()
    }

    /// In source order (file, then position), errors before warnings at the same place; the order
    /// the checks ran in never shows.
    pub fn sorted(mut self) -> Vec<Diagnostic> {
        self.items.sort_by(|a, b| {
            (a.span.file, a.span.start, a.severity, &a.message).cmp(&(
                b.span.file,
                b.span.start,
                b.severity,
                &b.message,
            ))
        });
        self.items.dedup();
        self.items
    }

    pub fn into_vec(self) -> Vec<Diagnostic> {
        self.items
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

/// At most this many diagnostics are shown in full; the rest are counted.
pub const MAX_SHOWN: usize = 50;

/// Renders diagnostics as rustc does: `error: message`, `--> file:line:col`, the line, a caret.
pub fn render(sources: &Sources, diagnostics: &[Diagnostic], color: bool) -> String {
    let renderer = if color { Renderer::styled() } else { Renderer::plain() };
    let mut out = String::new();
    for diagnostic in diagnostics.iter().take(MAX_SHOWN) {
        out.push_str(&render_one(&renderer, sources, diagnostic));
        out.push_str("\n\n");
    }
    if diagnostics.len() > MAX_SHOWN {
        let hidden = &diagnostics[MAX_SHOWN..];
        let errors = hidden.iter().filter(|d| d.is_error()).count();
        out.push_str(&format!(
            "... and {} more ({} errors, {} warnings) not shown\n\n",
            hidden.len(),
            errors,
            hidden.len() - errors
        ));
    }
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    if errors > 0 {
        let plural = if errors == 1 { "" } else { "s" };
        out.push_str(&format!("{errors} error{plural} in the schema\n"));
    }
    out
}

fn render_one(renderer: &Renderer, sources: &Sources, d: &Diagnostic) -> String {
    let file = sources.get(d.span.file);
    let level = match d.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    // Show only the lines around the span; annotate-snippets does the rest.
    let text = &file.text;
    let start = (d.span.start as usize).min(text.len());
    let end = (d.span.end as usize).clamp(start, text.len());
    let window_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let window_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
    let (line, _) = file.line_col(window_start);
    let source = &text[window_start..window_end];
    // An empty span (the end of the file) still gets a caret.
    let (mut a, mut b) = (start - window_start, end - window_start);
    if a == b {
        if b < source.len() {
            b = next_char(source, b);
        } else if a > 0 {
            a = prev_char(source, a);
        }
    }
    let mut annotation = AnnotationKind::Primary.span(a..b);
    if let Some(label) = &d.label {
        annotation = annotation.label(label);
    }
    let snippet = Snippet::source(source).line_start(line).path(&file.name).annotation(annotation);
    let mut title = level.primary_title(&d.message);
    if let Some(code) = &d.code {
        title = title.id(code);
    }
    let mut group: Group = title.element(snippet);
    if let Some(help) = &d.help {
        group = group.element(Level::HELP.message(help));
    }
    renderer.render(&[group])
}

fn next_char(s: &str, i: usize) -> usize {
    s[i..].chars().next().map_or(i, |c| i + c.len_utf8())
}

fn prev_char(s: &str, i: usize) -> usize {
    s[..i].chars().next_back().map_or(i, |c| i - c.len_utf8())
}

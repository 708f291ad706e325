//! One finding of one rule.

use crate::Rule;
use prisma2sql_syntax::{Diagnostic, Severity, Span};

/// A place in the schema a rule points at, what is wrong there, and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub code: &'static str,
    pub name: &'static str,
    pub severity: Severity,
    pub message: String,
    pub span: Span,
    /// A short label under the caret.
    pub label: Option<String>,
    /// What to do about it, in words.
    pub help: Option<String>,
    /// Schema text ready to paste, where the fix is one.
    pub fix: Option<String>,
}

impl Finding {
    pub fn new(rule: &Rule, span: Span, message: impl Into<String>) -> Finding {
        Finding {
            code: rule.code,
            name: rule.name,
            severity: rule.severity,
            message: message.into(),
            span,
            label: None,
            help: None,
            fix: None,
        }
    }

    pub fn with_severity(mut self, severity: Severity) -> Finding {
        self.severity = severity;
        self
    }

    pub fn with_label(mut self, label: impl Into<String>) -> Finding {
        self.label = Some(label.into());
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Finding {
        self.help = Some(help.into());
        self
    }

    pub fn with_fix(mut self, fix: impl Into<String>) -> Finding {
        self.fix = Some(fix.into());
        self
    }

    /// As a diagnostic for [`prisma2sql_syntax::render`]: the code in brackets after the level, the
    /// name leading the message, the fix after the help.
    pub fn diagnostic(&self) -> Diagnostic {
        let mut d = Diagnostic::warning(format!("{}: {}", self.name, self.message), self.span).with_code(self.code);
        d.severity = self.severity;
        d.label = self.label.clone();
        d.help = match (&self.help, &self.fix) {
            (Some(help), Some(fix)) => Some(format!("{help}\n{fix}")),
            (Some(help), None) => Some(help.clone()),
            (None, Some(fix)) => Some(fix.clone()),
            (None, None) => None,
        };
        d
    }
}

//! P2S014: a `dbgenerated` default that reads another column.

use super::Rule;
use crate::{Finding, Lint};
use prisma2sql_model::DefaultKind;
use prisma2sql_syntax::Severity;

pub const RULE: Rule = Rule {
    code: "P2S014",
    name: "default-references-column",
    severity: Severity::Error,
    summary: "`@default(dbgenerated(...))` that reads another column: PostgreSQL refuses it",
    explanation: "A column default in PostgreSQL cannot refer to other columns of the row: `DEFAULT lower(identity_data ->> 'email')` fails with `cannot use column reference in DEFAULT expression`, so the CREATE TABLE fails. Such schemas usually come from `prisma db pull` of a generated column (`GENERATED ALWAYS AS (...) STORED`), which Prisma cannot express. Remove the default from the schema and create the generated column in a hand-written migration, or compute the value in the application.",
    corpus_findings: 2,
    check,
};

/// The identifiers of an SQL expression that are not function names, type names (after `::`),
/// string contents or qualified names, lowercased unless quoted.
fn column_references(expr: &str) -> Vec<String> {
    let chars: Vec<char> = expr.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\'' {
            i += 1;
            while i < chars.len() && chars[i] != '\'' {
                i += 1;
            }
            i += 1;
            continue;
        }
        let quoted = c == '"';
        if quoted || c.is_alphabetic() || c == '_' {
            let start = i;
            let word: String = if quoted {
                i += 1;
                let word: String = chars[i..].iter().take_while(|c| **c != '"').collect();
                i += word.chars().count() + 1;
                word
            } else {
                let word: String =
                    chars[i..].iter().take_while(|c| c.is_alphanumeric() || **c == '_' || **c == '$').collect();
                i += word.chars().count();
                word.to_ascii_lowercase()
            };
            let before: String = chars[..start].iter().rev().take_while(|c| !c.is_whitespace()).collect();
            let next = chars[i..].iter().find(|c| !c.is_whitespace());
            let cast = before.starts_with("::");
            let call_or_qualified = matches!(next, Some('(') | Some('.')) || before.starts_with('.');
            if !cast && !call_or_qualified {
                found.push(word);
            }
            continue;
        }
        i += 1;
    }
    found
}

fn check(lint: &Lint, out: &mut Vec<Finding>) {
    for model in lint.schema.models.iter().filter(|m| !m.is_view()) {
        for field in &model.fields {
            let Some(default) = &field.default else { continue };
            let DefaultKind::DbGenerated(Some(expr)) = &default.kind else { continue };
            let columns: Vec<&str> = column_references(expr)
                .iter()
                .filter_map(|word| {
                    model
                        .fields
                        .iter()
                        .find(|f| f.is_scalar() && (f.db_name() == *word || f.db_name().eq_ignore_ascii_case(word)))
                        .map(|f| f.db_name())
                })
                .collect();
            let Some(column) = columns.first() else { continue };
            out.push(
                Finding::new(
                    &RULE,
                    default.span,
                    format!(
                        "the default of `{}.{}` reads the column \"{column}\": PostgreSQL refuses column references in DEFAULT expressions",
                        model.name, field.name
                    ),
                )
                .with_label("refers to another column")
                .with_help("remove this default and create the value as a generated column in a hand-written migration, or compute it in the application"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::column_references;

    #[test]
    fn finds_columns_not_functions_types_or_strings() {
        assert_eq!(column_references("lower((identity_data ->> 'email'::text))"), ["identity_data"]);
        assert_eq!(
            column_references("LEAST(email_confirmed_at, phone_confirmed_at)"),
            ["email_confirmed_at", "phone_confirmed_at"]
        );
        assert_eq!(column_references("auth.uid()"), Vec::<String>::new());
        assert_eq!(column_references("nextval('my_seq'::regclass)"), Vec::<String>::new());
        assert_eq!(column_references("\"firstName\" || ' ' || \"lastName\""), ["firstName", "lastName"]);
        assert_eq!(column_references("(now() + '7 days'::interval)"), Vec::<String>::new());
    }
}

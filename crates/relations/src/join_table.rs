//! The names Prisma gives an implicit many-to-many join table and its constraints.
//!
//! Prisma counts characters for the table, its primary key and its index, but bytes for the
//! foreign keys (where a cut inside a character makes Prisma's own engine fail; ours stops at the
//! character before).

use crate::JoinTable;
use prisma2sql_model::names::{MAX_IDENTIFIER_LENGTH, truncate_identifier};

/// `_` + the relation name, cut to 63 characters.
pub fn join_table_name(relation_name: &str) -> String {
    format!("_{relation_name}").chars().take(MAX_IDENTIFIER_LENGTH).collect()
}

/// The first `n` characters of `s`.
fn first_chars(s: &str, n: usize) -> &str {
    s.char_indices().nth(n).map_or(s, |(end, _)| &s[..end])
}

impl JoinTable {
    /// `{table}_AB_pkey`, the table name cut to 55 characters.
    pub fn primary_key_name(&self) -> String {
        format!("{}_AB_pkey", first_chars(&self.name, MAX_IDENTIFIER_LENGTH - "_AB_pkey".len()))
    }

    /// `{table}_B_index`, the table name cut to 55 characters.
    pub fn index_name(&self) -> String {
        format!("{}_B_index", first_chars(&self.name, MAX_IDENTIFIER_LENGTH - "_B_index".len()))
    }

    /// `{table}_A_fkey` or `{table}_B_fkey`, the table name cut to 56 bytes.
    pub fn foreign_key_name(&self, column: &str) -> String {
        let cut = truncate_identifier(&self.name, MAX_IDENTIFIER_LENGTH - "_A_fkey".len());
        format!("{cut}_{column}_fkey")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use prisma2sql_model::{FieldId, ModelId};

    fn join(relation_name: &str) -> JoinTable {
        let field = FieldId { model: ModelId(0), index: 0 };
        JoinTable {
            name: join_table_name(relation_name),
            model_a: ModelId(0),
            model_b: ModelId(0),
            field_a: field,
            field_b: field,
        }
    }

    #[test]
    fn names_fit_in_63_bytes() {
        let long = join(&"A".repeat(70));
        assert_eq!(long.name, format!("_{}", "A".repeat(62)));
        assert_eq!(long.primary_key_name(), format!("_{}_AB_pkey", "A".repeat(54)));
        assert_eq!(long.index_name(), format!("_{}_B_index", "A".repeat(54)));
        assert_eq!(long.foreign_key_name("A"), format!("_{}_A_fkey", "A".repeat(55)));
        let short = join("PostToTag");
        assert_eq!(
            [short.name.as_str(), &short.primary_key_name(), &short.index_name(), &short.foreign_key_name("B")],
            ["_PostToTag", "_PostToTag_AB_pkey", "_PostToTag_B_index", "_PostToTag_B_fkey"]
        );
    }

    #[test]
    fn table_names_count_characters_but_foreign_keys_count_bytes() {
        let wide = join(&format!("x{}", "é".repeat(70)));
        assert_eq!(wide.name.chars().count(), 63);
        assert_eq!(wide.primary_key_name(), format!("_x{}_AB_pkey", "é".repeat(53)));
        assert_eq!(wide.index_name(), format!("_x{}_B_index", "é".repeat(53)));
        assert_eq!(wide.foreign_key_name("B"), format!("_x{}_B_fkey", "é".repeat(27)));
        // A cut inside a character stops before it.
        let odd = join(&"é".repeat(40));
        assert_eq!(odd.foreign_key_name("A"), format!("_{}_A_fkey", "é".repeat(27)));
    }
}

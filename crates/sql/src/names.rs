//! Prisma's default constraint and index names, cut to PostgreSQL's 63-byte limit.

use prisma2sql_relations::{MAX_IDENTIFIER_LENGTH, truncate_identifier};

/// `prefix` cut so that `prefix + suffix` fits in 63 bytes, then the suffix.
fn with_suffix(prefix: &str, suffix: &str) -> String {
    let cut = truncate_identifier(prefix, MAX_IDENTIFIER_LENGTH - suffix.len());
    format!("{cut}{suffix}")
}

/// `{table}_pkey`.
pub fn primary_key(table: &str) -> String {
    with_suffix(table, "_pkey")
}

/// `{table}_{columns}_key`.
pub fn unique_index(table: &str, columns: &[&str]) -> String {
    with_suffix(&format!("{table}_{}", columns.join("_")), "_key")
}

/// `{table}_{columns}_idx`.
pub fn index(table: &str, columns: &[&str]) -> String {
    with_suffix(&format!("{table}_{}", columns.join("_")), "_idx")
}

/// `{table}_{columns}_fkey`.
pub fn foreign_key(table: &str, columns: &[String]) -> String {
    with_suffix(&format!("{table}_{}", columns.join("_")), "_fkey")
}

/// The first `n` characters of `s`.
fn first_chars(s: &str, n: usize) -> &str {
    s.char_indices().nth(n).map_or(s, |(end, _)| &s[..end])
}

/// `{join table}_AB_pkey`, the table name cut to 55 characters.
pub fn join_table_primary_key(table: &str) -> String {
    format!("{}_AB_pkey", first_chars(table, MAX_IDENTIFIER_LENGTH - "_AB_pkey".len()))
}

/// `{join table}_B_index`, the table name cut to 55 characters.
pub fn join_table_index(table: &str) -> String {
    format!("{}_B_index", first_chars(table, MAX_IDENTIFIER_LENGTH - "_B_index".len()))
}

/// `{join table}_A_fkey` and `{join table}_B_fkey`, the table name cut to 56 bytes (Prisma's own
/// cut fails inside a character; this one stops at the character before).
pub fn join_table_foreign_key(table: &str, column: &str) -> String {
    let cut = truncate_identifier(table, MAX_IDENTIFIER_LENGTH - "_fkey".len() - 2);
    format!("{cut}_{column}_fkey")
}

/// The SQL name of an operator class written as a Prisma constant.
pub fn operator_class_sql(name: &str) -> String {
    let known = [
        ("ArrayOps", "array_ops"),
        ("JsonbOps", "jsonb_ops"),
        ("JsonbPathOps", "jsonb_path_ops"),
        ("InetOps", "inet_ops"),
        ("TextOps", "text_ops"),
        ("BitMinMaxOps", "bit_minmax_ops"),
        ("VarBitMinMaxOps", "varbit_minmax_ops"),
        ("BpcharBloomOps", "bpchar_bloom_ops"),
        ("BpcharMinMaxOps", "bpchar_minmax_ops"),
        ("ByteaBloomOps", "bytea_bloom_ops"),
        ("ByteaMinMaxOps", "bytea_minmax_ops"),
        ("DateBloomOps", "date_bloom_ops"),
        ("DateMinMaxOps", "date_minmax_ops"),
        ("DateMinMaxMultiOps", "date_minmax_multi_ops"),
        ("Float4BloomOps", "float4_bloom_ops"),
        ("Float4MinMaxOps", "float4_minmax_ops"),
        ("Float4MinMaxMultiOps", "float4_minmax_multi_ops"),
        ("Float8BloomOps", "float8_bloom_ops"),
        ("Float8MinMaxOps", "float8_minmax_ops"),
        ("Float8MinMaxMultiOps", "float8_minmax_multi_ops"),
        ("InetInclusionOps", "inet_inclusion_ops"),
        ("InetBloomOps", "inet_bloom_ops"),
        ("InetMinMaxOps", "inet_minmax_ops"),
        ("InetMinMaxMultiOps", "inet_minmax_multi_ops"),
        ("Int2BloomOps", "int2_bloom_ops"),
        ("Int2MinMaxOps", "int2_minmax_ops"),
        ("Int2MinMaxMultiOps", "int2_minmax_multi_ops"),
        ("Int4BloomOps", "int4_bloom_ops"),
        ("Int4MinMaxOps", "int4_minmax_ops"),
        ("Int4MinMaxMultiOps", "int4_minmax_multi_ops"),
        ("Int8BloomOps", "int8_bloom_ops"),
        ("Int8MinMaxOps", "int8_minmax_ops"),
        ("Int8MinMaxMultiOps", "int8_minmax_multi_ops"),
        ("NumericBloomOps", "numeric_bloom_ops"),
        ("NumericMinMaxOps", "numeric_minmax_ops"),
        ("NumericMinMaxMultiOps", "numeric_minmax_multi_ops"),
        ("OidBloomOps", "oid_bloom_ops"),
        ("OidMinMaxOps", "oid_minmax_ops"),
        ("OidMinMaxMultiOps", "oid_minmax_multi_ops"),
        ("TextBloomOps", "text_bloom_ops"),
        ("TextMinMaxOps", "text_minmax_ops"),
        ("TimestampBloomOps", "timestamp_bloom_ops"),
        ("TimestampMinMaxOps", "timestamp_minmax_ops"),
        ("TimestampMinMaxMultiOps", "timestamp_minmax_multi_ops"),
        ("TimestampTzBloomOps", "timestamptz_bloom_ops"),
        ("TimestampTzMinMaxOps", "timestamptz_minmax_ops"),
        ("TimestampTzMinMaxMultiOps", "timestamptz_minmax_multi_ops"),
        ("TimeBloomOps", "time_bloom_ops"),
        ("TimeMinMaxOps", "time_minmax_ops"),
        ("TimeMinMaxMultiOps", "time_minmax_multi_ops"),
        ("TimeTzBloomOps", "timetz_bloom_ops"),
        ("TimeTzMinMaxOps", "timetz_minmax_ops"),
        ("TimeTzMinMaxMultiOps", "timetz_minmax_multi_ops"),
        ("UuidBloomOps", "uuid_bloom_ops"),
        ("UuidMinMaxOps", "uuid_minmax_ops"),
        ("UuidMinMaxMultiOps", "uuid_minmax_multi_ops"),
    ];
    known.iter().find(|(k, _)| *k == name).map_or_else(|| name.to_owned(), |(_, v)| (*v).to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_fit_in_63_bytes() {
        let long = "A".repeat(75);
        assert_eq!(primary_key(&long), format!("{}_pkey", "A".repeat(58)));
        assert_eq!(unique_index(&long, &["b"]), format!("{}_key", "A".repeat(59)));
        assert_eq!(index(&long, &["c"]), format!("{}_idx", "A".repeat(59)));
        let join = prisma2sql_relations::join_table_name(&"A".repeat(70));
        assert_eq!(join, format!("_{}", "A".repeat(62)));
        assert_eq!(join_table_primary_key(&join), format!("_{}_AB_pkey", "A".repeat(54)));
        assert_eq!(join_table_index(&join), format!("_{}_B_index", "A".repeat(54)));
        assert_eq!(join_table_foreign_key(&join, "A"), format!("_{}_A_fkey", "A".repeat(55)));
        assert_eq!(primary_key("User"), "User_pkey");
        assert_eq!(foreign_key("Post", &["authorId".into()]), "Post_authorId_fkey");
    }

    #[test]
    fn join_table_names_count_characters_but_foreign_keys_count_bytes() {
        let join = prisma2sql_relations::join_table_name(&format!("x{}", "é".repeat(70)));
        assert_eq!(join.chars().count(), 63);
        assert_eq!(join_table_primary_key(&join), format!("_x{}_AB_pkey", "é".repeat(53)));
        assert_eq!(join_table_index(&join), format!("_x{}_B_index", "é".repeat(53)));
        assert_eq!(join_table_foreign_key(&join, "B"), format!("_x{}_B_fkey", "é".repeat(27)));
        // A cut inside a character stops before it.
        let odd = prisma2sql_relations::join_table_name(&"é".repeat(40));
        assert_eq!(join_table_foreign_key(&odd, "A"), format!("_{}_A_fkey", "é".repeat(27)));
    }

    #[test]
    fn operator_classes() {
        assert_eq!(operator_class_sql("JsonbPathOps"), "jsonb_path_ops");
        assert_eq!(operator_class_sql("TimestampTzMinMaxMultiOps"), "timestamptz_minmax_multi_ops");
    }
}

//! Literal default values that need parsing: date-times (RFC 3339) and bytes (base64).

use base64::Engine;

/// Parses an RFC 3339 date-time, as `@default("2020-01-01T00:00:00Z")` takes it.
pub fn parse_datetime(s: &str) -> Option<chrono::DateTime<chrono::FixedOffset>> {
    chrono::DateTime::parse_from_rfc3339(s).ok()
}

/// A date-time default as Prisma writes it into SQL: `2020-01-01 10:11:12.500 +00:00`.
pub fn datetime_sql(s: &str) -> Option<String> {
    parse_datetime(s).map(|dt| dt.format("%Y-%m-%d %H:%M:%S%.f %:z").to_string())
}

/// Decodes a base64 bytes default.
pub fn decode_base64(s: &str) -> Option<Vec<u8>> {
    base64::engine::general_purpose::STANDARD.decode(s).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datetimes_render_like_prisma() {
        assert_eq!(datetime_sql("2020-01-01T10:11:12.5Z").unwrap(), "2020-01-01 10:11:12.500 +00:00");
        assert_eq!(datetime_sql("2020-01-01T10:11:12Z").unwrap(), "2020-01-01 10:11:12 +00:00");
        assert_eq!(datetime_sql("2020-01-01T10:11:12.123456789-05:30").unwrap(), "2020-01-01 10:11:12.123456789 -05:30");
        assert!(datetime_sql("yesterday").is_none());
    }

    #[test]
    fn base64() {
        assert_eq!(decode_base64("aGVsbG8=").unwrap(), b"hello");
        assert_eq!(decode_base64("").unwrap(), b"");
        assert!(decode_base64("*").is_none());
    }
}

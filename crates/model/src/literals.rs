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

/// Whether a string is a decimal number as Prisma reads a Decimal default: an optional sign, digits
/// (underscores allowed) with at most one point, and an optional exponent.
pub fn is_decimal(s: &str) -> bool {
    let (base, exponent) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let base = base.strip_prefix(['+', '-']).unwrap_or(base);
    let digits_ok = base.chars().all(|c| c.is_ascii_digit() || c == '_' || c == '.')
        && base.matches('.').count() <= 1
        && base.chars().any(|c| c.is_ascii_digit());
    digits_ok && exponent.is_none_or(|e| e.parse::<i64>().is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datetimes_render_like_prisma() {
        assert_eq!(datetime_sql("2020-01-01T10:11:12.5Z").unwrap(), "2020-01-01 10:11:12.500 +00:00");
        assert_eq!(datetime_sql("2020-01-01T10:11:12Z").unwrap(), "2020-01-01 10:11:12 +00:00");
        assert_eq!(
            datetime_sql("2020-01-01T10:11:12.123456789-05:30").unwrap(),
            "2020-01-01 10:11:12.123456789 -05:30"
        );
        assert!(datetime_sql("yesterday").is_none());
    }

    #[test]
    fn decimals() {
        for ok in ["1.5", "-1", "+1", "1e10", "1.5E-3", ".5", "5.", "1_000", "00012"] {
            assert!(is_decimal(ok), "{ok}");
        }
        for bad in ["", "-", ".", "e5", "1e", "0x10", "NaN", "inf", "1.2.3", " 1"] {
            assert!(!is_decimal(bad), "{bad}");
        }
    }

    #[test]
    fn base64() {
        assert_eq!(decode_base64("aGVsbG8=").unwrap(), b"hello");
        assert_eq!(decode_base64("").unwrap(), b"");
        assert!(decode_base64("*").is_none());
    }
}

//! The generator preview features Prisma 7 knows, and what becomes of the others.

/// How Prisma treats a preview feature name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeatureStatus {
    /// A current preview feature.
    Active,
    /// Valid, but never listed in messages.
    Hidden,
    /// Now generally available: accepted with a warning.
    Deprecated,
    /// Renamed on PostgreSQL: accepted with a warning naming the new name.
    Renamed(&'static str),
    /// Known to Prisma 5 and 6, removed in Prisma 7, never touching the database: accepted with a
    /// warning so that older schemas keep working.
    Retired,
}

/// The current preview features, in the order Prisma lists them.
pub const ACTIVE_FEATURES: &[&str] = &[
    "fullTextSearchPostgres",
    "nativeDistinct",
    "partialIndexes",
    "postgresqlExtensions",
    "relationJoins",
    "schemaEngineDriverAdapters",
    "shardKeys",
    "strictUndefinedChecks",
    "typedSql",
    "views",
];

const HIDDEN_FEATURES: &[&str] = &["reactNative"];

const DEPRECATED_FEATURES: &[&str] = &[
    "aggregateApi",
    "atomicNumberOperations",
    "clientExtensions",
    "cockroachdb",
    "connectOrCreate",
    "createMany",
    "dataProxy",
    "deno",
    "distinct",
    "driverAdapters",
    "extendedIndexes",
    "extendedWhereUnique",
    "fieldReference",
    "filteredRelationCount",
    "filterJson",
    "fullTextIndex",
    "groupBy",
    "improvedQueryRaw",
    "interactiveTransactions",
    "jsonProtocol",
    "microsoftSqlServer",
    "middlewares",
    "mongoDb",
    "multiSchema",
    "namedConstraints",
    "nApi",
    "nativeTypes",
    "omitApi",
    "orderByAggregateGroup",
    "orderByNulls",
    "orderByRelation",
    "prismaSchemaFolder",
    "queryCompiler",
    "referentialActions",
    "referentialIntegrity",
    "selectRelationCount",
    "tracing",
    "transactionApi",
    "uncheckedScalarInputs",
];

const RETIRED_FEATURES: &[&str] = &["metrics"];

/// The status of a preview feature name (compared without regard to case, as Prisma does), or
/// `None` when Prisma never knew it.
pub fn feature_status(name: &str) -> Option<FeatureStatus> {
    let is = |list: &[&str]| list.iter().any(|f| f.eq_ignore_ascii_case(name));
    if is(ACTIVE_FEATURES) {
        Some(FeatureStatus::Active)
    } else if is(HIDDEN_FEATURES) {
        Some(FeatureStatus::Hidden)
    } else if is(DEPRECATED_FEATURES) {
        Some(FeatureStatus::Deprecated)
    } else if name.eq_ignore_ascii_case("fullTextSearch") {
        Some(FeatureStatus::Renamed("fullTextSearchPostgres"))
    } else if is(RETIRED_FEATURES) {
        Some(FeatureStatus::Retired)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses() {
        assert_eq!(feature_status("views"), Some(FeatureStatus::Active));
        assert_eq!(feature_status("VIEWS"), Some(FeatureStatus::Active));
        assert_eq!(feature_status("multiSchema"), Some(FeatureStatus::Deprecated));
        assert_eq!(feature_status("fullTextSearch"), Some(FeatureStatus::Renamed("fullTextSearchPostgres")));
        assert_eq!(feature_status("metrics"), Some(FeatureStatus::Retired));
        assert_eq!(feature_status("insensitiveFilters"), None);
    }
}

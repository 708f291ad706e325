//! The hash maps and sets of every stage: std's, with foldhash's hasher, several times faster than
//! SipHash on the short names and ids they hold. Like std's, it is seeded anew in each process, so
//! nothing may depend on the order of iteration, and nothing does: maps are only looked up, and
//! everything written out follows the order of the schema.

/// A `HashMap` with a fast hasher; make one with `HashMap::default()`.
pub type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;

/// A `HashSet` with a fast hasher; make one with `HashSet::default()`.
pub type HashSet<T> = std::collections::HashSet<T, foldhash::fast::RandomState>;

//! Benchmarks and robustness tooling for prisma2sql: a deterministic generator of synthetic
//! schemas of any size ([`generate`]), and the whole pipeline as one call ([`pipeline`]), shared by
//! the benchmarks, the property tests and the fuzz targets.

pub mod generate;
pub mod pipeline;

pub use generate::{Variant, schema, synthetic};

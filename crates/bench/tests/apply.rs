//! Random valid schemas — every relation kind, attribute, native type and default the generator
//! knows, in random combinations — give SQL that PostgreSQL applies, creating every table.

use prisma2sql_bench::generate::{Action, IdKind, Variant};
use prisma2sql_bench::pipeline::{Outcome, run_text};
use proptest::prelude::*;

fn variant() -> impl Strategy<Value = Variant> {
    (
        prop::sample::select(IdKind::ALL.to_vec()),
        any::<bool>(),
        prop::sample::select(Action::ALL.to_vec()),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(id, mapped, on_delete, optional_one_to_one, named_many_to_many)| Variant {
            id,
            mapped,
            on_delete,
            optional_one_to_one,
            named_many_to_many,
        })
}

proptest! {
    // Each case creates a database: few cases keep the suite fast.
    #![proptest_config(ProptestConfig { cases: 8, ..ProptestConfig::default() })]

    #[test]
    fn random_valid_schemas_apply(variants in prop::collection::vec(variant(), 1..4)) {
        let Some(server) = prisma2sql_testkit::server("random_valid_schemas_apply") else { return Ok(()) };
        let text = prisma2sql_bench::schema(&variants);
        let script = match run_text(&text) {
            Outcome::Sql { script, .. } => script,
            Outcome::Rejected { report, .. } => panic!("a generated schema was rejected:\n{report}\n{text}"),
        };
        let mut db = server.scratch();
        if let Err(e) = db.run(&script) {
            panic!("PostgreSQL refused the SQL: {e}\n{script}");
        }
        // Ten models and two implicit many-to-many tables per group.
        let tables = db.catalog().lines().filter(|l| l.starts_with("constraint ") && l.ends_with(")") && l.contains(" PRIMARY KEY ")).count();
        prop_assert_eq!(tables, variants.len() * 12);
    }
}

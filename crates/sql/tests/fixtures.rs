//! Every fixture of `tests/sql` gives exactly the bytes Prisma Migrate gives (see its README).

mod common;

use similar::TextDiff;

#[test]
fn every_fixture_matches_prisma_byte_for_byte() {
    let fixtures = common::fixtures();
    assert!(fixtures.len() >= 30, "fixtures are missing: {}", fixtures.len());
    let mut failures = Vec::new();
    for path in &fixtures {
        let expected_path = path.with_extension("expected.sql");
        let expected =
            std::fs::read_to_string(&expected_path).unwrap_or_else(|e| panic!("{}: {e}", expected_path.display()));
        let actual = common::init_script(path);
        if actual != expected {
            let diff = TextDiff::from_lines(&expected, &actual);
            let name = common::name(path);
            failures.push(format!(
                "{}",
                diff.unified_diff().header(&format!("{name} (Prisma)"), &format!("{name} (prisma2sql)"))
            ));
        }
    }
    assert!(failures.is_empty(), "{} of {} fixtures differ:\n{}", failures.len(), fixtures.len(), failures.join("\n"));
}

#[test]
fn every_expected_file_has_its_schema() {
    for entry in std::fs::read_dir(common::fixture_dir()).unwrap() {
        let path = entry.unwrap().path();
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        if let Some(stem) = file.strip_suffix(".expected.sql") {
            assert!(path.with_file_name(format!("{stem}.prisma")).exists(), "{file} has no schema");
        }
    }
}

#[test]
fn quotes_are_the_one_deliberate_difference() {
    let sql = common::init_script(&common::fixture_dir().join("quotes_escaped.prisma"));
    assert!(sql.contains(r#"CREATE TYPE "mo""od" AS ENUM ('happy', 'it''s complicated');"#), "{sql}");
    assert!(sql.contains(r#"CREATE TABLE "quo""ted" ("#), "{sql}");
    assert!(sql.contains(r#"    "na""me" TEXT NOT NULL DEFAULT 'a "name"',"#), "{sql}");
}

//! The DDL on a real PostgreSQL server: every fixture and example applies cleanly, and the
//! constraints it creates enforce what the schema declares.

mod common;

use prisma2sql_testkit::{ScratchDb, server};
use std::path::{Path, PathBuf};

/// Fixtures whose script PostgreSQL cannot run, and why.
const NOT_APPLICABLE: &[(&str, &str)] = &[
    (
        "many_to_many_multibyte",
        "Prisma's join table names pass 63 bytes; PostgreSQL cuts a table and its index to the same name",
    ),
    ("foreign_key_list_fields", "a foreign key from an array column to a scalar one (integer[] against integer)"),
];

const FOREIGN_KEY_VIOLATION: &str = "23503";
const UNIQUE_VIOLATION: &str = "23505";

/// Examples that show mistakes `prisma2sql lint` finds, DDL PostgreSQL refuses among them.
const REFUSED_EXAMPLES: &[&str] = &["mistakes.prisma"];

fn examples() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "prisma"))
        .filter(|p| !p.file_name().is_some_and(|n| REFUSED_EXAMPLES.iter().any(|r| n == *r)))
        .collect();
    paths.sort();
    paths
}

/// A scratch database holding the DDL of `schema`, or `None` without a server (outside CI).
fn database_for(test: &str, schema: &Path) -> Option<ScratchDb> {
    let server = server(test)?;
    let mut db = server.scratch();
    let sql = common::init_script(schema);
    db.run(&sql).unwrap_or_else(|e| panic!("{}: {e}\n{sql}", schema.display()));
    Some(db)
}

fn fixture(name: &str) -> PathBuf {
    common::fixture_dir().join(format!("{name}.prisma"))
}

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples").join(format!("{name}.prisma"))
}

/// Runs `sql`, which must fail with the SQLSTATE `code`.
fn assert_rejected(db: &mut ScratchDb, sql: &str, code: &str) {
    match db.try_execute(sql) {
        Ok(_) => panic!("accepted: {sql}"),
        Err(e) => assert!(e.starts_with(code), "{sql}: expected SQLSTATE {code}, got {e}"),
    }
}

fn count(db: &mut ScratchDb, sql: &str) -> i64 {
    db.client().query_one(sql, &[]).unwrap().get(0)
}

#[test]
fn every_fixture_applies() {
    let Some(server) = server("every_fixture_applies") else {
        return;
    };
    let mut failures = Vec::new();
    for path in common::fixtures() {
        let name = common::name(&path);
        if NOT_APPLICABLE.iter().any(|(skipped, _)| *skipped == name) {
            continue;
        }
        let mut db = server.scratch();
        if let Err(e) = db.run(&common::init_script(&path)) {
            failures.push(format!("{name}: {e}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn not_applicable_fixtures_exist_and_really_fail() {
    let Some(server) = server("not_applicable_fixtures_exist_and_really_fail") else {
        return;
    };
    for (name, reason) in NOT_APPLICABLE {
        let mut db = server.scratch();
        let result = db.run(&common::init_script(&fixture(name)));
        assert!(result.is_err(), "{name} applies now; remove it from NOT_APPLICABLE ({reason})");
    }
}

#[test]
fn every_example_applies() {
    let examples = examples();
    assert!(!examples.is_empty());
    for path in examples {
        database_for("every_example_applies", &path);
    }
}

#[test]
fn the_script_creates_what_it_says() {
    let Some(mut db) = database_for("the_script_creates_what_it_says", &fixture("multi_schema")) else {
        return;
    };
    let catalog = db.catalog();
    assert!(!catalog.contains("schema audit"), "an unused schema was created:\n{catalog}");
    for line in [
        "schema sales",
        r#"enum "public"."Mood" ["Happy", "Sad"]"#,
        r#"column "public"."Customer"."status" sales."Status" NOT NULL DEFAULT 'Open'::sales."Status""#,
        r#"column "sales"."Order"."statuses" sales."Status"[] DEFAULT ARRAY['Open'::sales."Status"]"#,
        r#"constraint "sales"."Order"."Order_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"(id) ON UPDATE CASCADE ON DELETE RESTRICT"#,
        // A join table lives in the schema of model A.
        r#"index "public"."_CustomerToTag_B_index" CREATE INDEX "_CustomerToTag_B_index" ON public."_CustomerToTag" USING btree ("B")"#,
        r#"index "sales"."_RegionToZone_B_index" CREATE INDEX "_RegionToZone_B_index" ON sales."_RegionToZone" USING btree ("B")"#,
    ] {
        assert!(catalog.contains(line), "missing {line}:\n{catalog}");
    }
}

#[test]
fn blog_rejects_orphans_and_cascades_as_declared() {
    let Some(mut db) = database_for("blog_rejects_orphans_and_cascades_as_declared", &example("blog")) else {
        return;
    };
    assert_rejected(
        &mut db,
        r#"INSERT INTO "Post" ("title", "authorId") VALUES ('orphan', 42)"#,
        FOREIGN_KEY_VIOLATION,
    );
    db.run(
        r#"INSERT INTO "User" ("id", "email") VALUES (1, 'a@example.com');
           INSERT INTO "Profile" ("bio", "userId") VALUES ('hi', 1);
           INSERT INTO "Post" ("id", "title", "authorId") VALUES (10, 'first', 1);
           INSERT INTO "Tag" ("id", "name") VALUES (100, 'rust');
           INSERT INTO "_PostToTag" ("A", "B") VALUES (10, 100);
           INSERT INTO "PostTag" ("postId", "tagId") VALUES (10, 100);"#,
    )
    .unwrap();
    assert_rejected(&mut db, r#"INSERT INTO "User" ("email") VALUES ('a@example.com')"#, UNIQUE_VIOLATION);
    assert_rejected(&mut db, r#"INSERT INTO "_PostToTag" ("A", "B") VALUES (10, 999)"#, FOREIGN_KEY_VIOLATION);
    // Post.author is required and says nothing: Restrict.
    assert_rejected(&mut db, r#"DELETE FROM "User" WHERE "id" = 1"#, FOREIGN_KEY_VIOLATION);
    // Deleting the post cascades into both join tables.
    db.try_execute(r#"DELETE FROM "Post" WHERE "id" = 10"#).unwrap();
    assert_eq!(count(&mut db, r#"SELECT count(*) FROM "_PostToTag""#), 0);
    assert_eq!(count(&mut db, r#"SELECT count(*) FROM "PostTag""#), 0);
    // Now the user can go, and the profile (onDelete: Cascade) goes with it.
    db.try_execute(r#"DELETE FROM "User" WHERE "id" = 1"#).unwrap();
    assert_eq!(count(&mut db, r#"SELECT count(*) FROM "Profile""#), 0);
}

#[test]
fn every_referential_action_does_what_it_says() {
    let Some(mut db) = database_for("every_referential_action_does_what_it_says", &fixture("foreign_key_actions"))
    else {
        return;
    };
    db.run(
        r#"INSERT INTO "Parent" ("id", "a", "b") VALUES (1, 1, 1), (2, 2, 2);
           INSERT INTO "Cascade" ("id", "parentId") VALUES (1, 2);
           INSERT INTO "SetNull" ("id", "parentId") VALUES (1, 2);
           INSERT INTO "SetDefault" ("id", "parentId") VALUES (1, 2);"#,
    )
    .unwrap();
    for table in ["Cascade", "SetNull", "Restrict", "NoAction", "SetDefault", "Defaults", "OneToOne"] {
        let column = if table == "Defaults" { "requiredId" } else { "parentId" };
        let sql = format!(r#"INSERT INTO "{table}" ("id", "{column}") VALUES (99, 42)"#);
        assert_rejected(&mut db, &sql, FOREIGN_KEY_VIOLATION);
    }
    assert_rejected(&mut db, r#"INSERT INTO "Pair" ("id", "a", "b") VALUES (1, 1, 2)"#, FOREIGN_KEY_VIOLATION);

    db.try_execute(r#"DELETE FROM "Parent" WHERE "id" = 2"#).unwrap();
    assert_eq!(count(&mut db, r#"SELECT count(*) FROM "Cascade""#), 0, "Cascade deletes the child");
    assert_eq!(count(&mut db, r#"SELECT count(*) FROM "SetNull" WHERE "parentId" IS NULL"#), 1, "SetNull clears it");
    assert_eq!(count(&mut db, r#"SELECT "parentId"::int8 FROM "SetDefault""#), 1, "SetDefault restores the default");
    // ... which must itself exist.
    assert_rejected(&mut db, r#"DELETE FROM "Parent" WHERE "id" = 1"#, FOREIGN_KEY_VIOLATION);
    db.run(r#"DELETE FROM "SetDefault""#).unwrap();

    // Restrict and NoAction both refuse; Restrict even when the same statement puts the row back,
    // NoAction only if the row is still missing when the statement ends.
    let delete_and_restore =
        r#"WITH gone AS (DELETE FROM "Parent" WHERE "id" = 1 RETURNING *) INSERT INTO "Parent" SELECT * FROM gone"#;
    db.run(r#"INSERT INTO "Restrict" ("id", "parentId") VALUES (1, 1)"#).unwrap();
    assert_rejected(&mut db, r#"DELETE FROM "Parent" WHERE "id" = 1"#, FOREIGN_KEY_VIOLATION);
    assert_rejected(&mut db, delete_and_restore, FOREIGN_KEY_VIOLATION);
    db.run(r#"DELETE FROM "Restrict"; INSERT INTO "NoAction" ("id", "parentId") VALUES (1, 1)"#).unwrap();
    assert_rejected(&mut db, r#"DELETE FROM "Parent" WHERE "id" = 1"#, FOREIGN_KEY_VIOLATION);
    db.try_execute(delete_and_restore).unwrap();
    db.run(r#"DELETE FROM "NoAction"; INSERT INTO "Defaults" ("id", "requiredId", "optionalId") VALUES (1, 1, 1)"#)
        .unwrap();
    // A required relation without onDelete restricts; an optional one sets null.
    assert_rejected(&mut db, r#"DELETE FROM "Parent" WHERE "id" = 1"#, FOREIGN_KEY_VIOLATION);
    db.run(r#"INSERT INTO "Parent" ("id", "a", "b") VALUES (3, 3, 3); UPDATE "Defaults" SET "requiredId" = 3"#)
        .unwrap();
    db.try_execute(r#"DELETE FROM "Parent" WHERE "id" = 1"#).unwrap();
    assert_eq!(count(&mut db, r#"SELECT count(*) FROM "Defaults" WHERE "optionalId" IS NULL"#), 1);
    // onUpdate defaults to Cascade.
    db.try_execute(r#"UPDATE "Parent" SET "id" = 4 WHERE "id" = 3"#).unwrap();
    assert_eq!(count(&mut db, r#"SELECT "requiredId"::int8 FROM "Defaults""#), 4);
}

#[test]
fn unique_constraints_reject_duplicates() {
    let Some(mut db) = database_for("unique_constraints_reject_duplicates", &fixture("keys")) else {
        return;
    };
    db.run(r#"INSERT INTO "Single" ("id", "a", "b") VALUES (1, 1, 1); INSERT INTO "NoId" ("x", "y") VALUES (1, NULL)"#)
        .unwrap();
    assert_rejected(&mut db, r#"INSERT INTO "Single" ("id", "a", "b") VALUES (2, 1, 1)"#, UNIQUE_VIOLATION);
    assert_rejected(&mut db, r#"INSERT INTO "Composite" ("a", "b") VALUES (1, 1), (1, 1)"#, UNIQUE_VIOLATION);
    // A unique optional column takes any number of NULLs.
    db.try_execute(r#"INSERT INTO "NoId" ("x", "y") VALUES (2, NULL)"#).unwrap();
    assert_rejected(&mut db, r#"INSERT INTO "NoId" ("x", "y") VALUES (1, 'y')"#, UNIQUE_VIOLATION);
}

#[test]
fn implicit_many_to_many_rows_follow_both_sides() {
    let Some(mut db) = database_for("implicit_many_to_many_rows_follow_both_sides", &fixture("many_to_many")) else {
        return;
    };
    db.run(
        r#"INSERT INTO "User" ("id") VALUES ('00000000-0000-0000-0000-000000000001'), ('00000000-0000-0000-0000-000000000002');
           INSERT INTO "Group" ("id") VALUES (7);
           INSERT INTO "_GroupToUser" ("A", "B") VALUES (7, '00000000-0000-0000-0000-000000000001'), (7, '00000000-0000-0000-0000-000000000002');
           INSERT INTO "_friends" ("A", "B") VALUES ('00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-000000000002');"#,
    )
    .unwrap();
    assert_rejected(
        &mut db,
        r#"INSERT INTO "_GroupToUser" ("A", "B") VALUES (7, '00000000-0000-0000-0000-000000000001')"#,
        UNIQUE_VIOLATION,
    );
    assert_rejected(
        &mut db,
        r#"INSERT INTO "_GroupToUser" ("A", "B") VALUES (8, '00000000-0000-0000-0000-000000000001')"#,
        FOREIGN_KEY_VIOLATION,
    );
    db.try_execute(r#"DELETE FROM "User" WHERE "id" = '00000000-0000-0000-0000-000000000002'"#).unwrap();
    assert_eq!(count(&mut db, r#"SELECT count(*) FROM "_GroupToUser""#), 1);
    assert_eq!(count(&mut db, r#"SELECT count(*) FROM "_friends""#), 0, "a self relation cascades from either side");
    db.try_execute(r#"DELETE FROM "Group""#).unwrap();
    assert_eq!(count(&mut db, r#"SELECT count(*) FROM "_GroupToUser""#), 0);
}

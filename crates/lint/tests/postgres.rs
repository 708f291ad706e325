//! The rules that say "PostgreSQL refuses" or "fails at run time", checked on PostgreSQL: the DDL
//! of each `fires` fixture fails (or its rows then fail) where the `ok` fixture's works.

use prisma2sql_syntax::Sources;
use prisma2sql_testkit::{ScratchDb, server};

fn ddl(rule: &str, case: &str) -> String {
    let path = format!("{}/../../tests/lint/{rule}/{case}.prisma", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let parsed = prisma2sql_syntax::parse(&Sources::single(path.as_str(), text));
    let resolved = prisma2sql_model::resolve(&parsed.ast);
    let (relations, _) = prisma2sql_relations::classify(&resolved.schema);
    prisma2sql_sql::init_script(&prisma2sql_sql::calculate(&resolved.schema, &relations))
}

/// A scratch database with the fixture's DDL applied; `None` when there is no server.
fn applied(test: &str, rule: &str, case: &str) -> Option<(ScratchDb, Result<(), String>)> {
    let server = server(test)?;
    let mut db = server.scratch();
    let result = db.run(&ddl(rule, case));
    Some((db, result))
}

#[test]
fn refused_ddl_is_refused() {
    for (rule, sqlstate) in [
        ("citext-without-extension", "42704"),
        ("trigram-without-pg-trgm", "42704"),
        ("fk-type-mismatch", "42804"),
        ("extension-type-without-extension", "42704"),
        ("default-references-column", "0A000"),
        ("index-type-mismatch", "42704"),
    ] {
        let Some((_, fires)) = applied("refused_ddl_is_refused", rule, "fires") else { return };
        let error = fires.expect_err(rule);
        assert!(error.starts_with(sqlstate), "{rule}: {error}");
        let Some((_, ok)) = applied("refused_ddl_is_refused", rule, "ok") else { return };
        ok.unwrap_or_else(|e| panic!("{rule} ok: {e}"));
    }
}

/// Deletes user 1 after inserting it and a post of it; the error, if any.
fn delete_parent(db: &mut ScratchDb, user_id: &str) -> Result<u64, String> {
    db.run(&format!(
        "INSERT INTO \"User\" (id) VALUES ({user_id}); INSERT INTO \"Post\" (id, \"authorId\") VALUES (1, {user_id});"
    ))
    .unwrap();
    db.try_execute(&format!("DELETE FROM \"User\" WHERE id = {user_id}"))
}

#[test]
fn impossible_actions_fail_at_run_time() {
    for (rule, user_id) in [("set-null-on-required", "1"), ("set-default-without-default", "'u1'")] {
        let Some((mut db, created)) = applied("impossible_actions_fail_at_run_time", rule, "fires") else { return };
        created.unwrap();
        let error = delete_parent(&mut db, user_id).expect_err(rule);
        assert!(error.starts_with("23502"), "{rule}: not-null violation expected, got {error}");
    }
    let Some((mut db, created)) = applied("impossible_actions_fail_at_run_time", "set-null-on-required", "ok") else {
        return;
    };
    created.unwrap();
    assert_eq!(delete_parent(&mut db, "1"), Ok(1));
}

#[test]
fn a_cascade_into_a_restrict_aborts_the_delete() {
    let Some((mut db, created)) =
        applied("a_cascade_into_a_restrict_aborts_the_delete", "cascade-into-restrict", "fires")
    else {
        return;
    };
    created.unwrap();
    db.run("INSERT INTO \"User\" (id) VALUES (1); INSERT INTO \"Post\" (id, \"authorId\") VALUES (1, 1); INSERT INTO \"Comment\" (id, \"postId\") VALUES (1, 1);").unwrap();
    let error = db.try_execute("DELETE FROM \"User\" WHERE id = 1").unwrap_err();
    assert!(error.starts_with("23503"), "{error}");
}

#[test]
fn a_required_cycle_has_no_first_row() {
    let Some((mut db, created)) = applied("a_required_cycle_has_no_first_row", "required-cycle", "fires") else {
        return;
    };
    created.unwrap();
    for insert in [
        "INSERT INTO \"Company\" (id, \"ceoId\") VALUES (1, 1)",
        "INSERT INTO \"Ceo\" (id, \"companyId\") VALUES (1, 1)",
    ] {
        let error = db.try_execute(insert).unwrap_err();
        assert!(error.starts_with("23503"), "{insert}: {error}");
    }
}

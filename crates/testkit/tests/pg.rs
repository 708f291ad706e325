//! The catalog snapshot reads what the server holds.

#[test]
fn catalog_sees_tables_enums_and_constraints() {
    let Some(server) = prisma2sql_testkit::server("catalog_sees_tables_enums_and_constraints") else { return };
    let mut db = server.scratch();
    db.run(
        "CREATE TYPE \"Mood\" AS ENUM ('ok', 'it''s');
         CREATE TABLE \"A\" (\"id\" SERIAL NOT NULL, \"m\" \"Mood\", CONSTRAINT \"A_pkey\" PRIMARY KEY (\"id\"));
         CREATE UNIQUE INDEX \"A_m_key\" ON \"A\"(\"m\");",
    )
    .unwrap();
    let catalog = db.catalog();
    assert!(catalog.contains("enum \"public\".\"Mood\" [\"ok\", \"it's\"]"), "{catalog}");
    assert!(catalog.contains("constraint \"public\".\"A\".\"A_pkey\" PRIMARY KEY (id)"), "{catalog}");
    assert!(
        catalog
            .contains("index \"public\".\"A_m_key\" CREATE UNIQUE INDEX \"A_m_key\" ON public.\"A\" USING btree (m)"),
        "{catalog}"
    );
    assert!(
        catalog.contains("column \"public\".\"A\".\"id\" integer NOT NULL DEFAULT nextval('\"A_id_seq\"'::regclass)"),
        "{catalog}"
    );
    assert!(db.try_execute("INSERT INTO \"A\" (\"m\") VALUES ('nope')").unwrap_err().starts_with("22P02"));
}

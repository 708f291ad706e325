//! Test support for prisma2sql: scratch PostgreSQL databases, the catalog of what a script
//! created, read from the server rather than from the SQL text, and test schemas read through
//! every stage up to the relations ([`schema`]).
//!
//! Tests that need the server call [`server`]. Under `CI=true` a missing server fails the test
//! loudly; elsewhere the test prints a visible message and skips.

pub mod schema;

use postgres::{Client, NoTls};
use std::fmt::Write;
use std::sync::atomic::{AtomicU64, Ordering};

/// The administrative connection string: `DATABASE_URL`, else the local server.
pub fn admin_url() -> String {
    std::env::var("DATABASE_URL").unwrap_or_else(|_| "postgresql://postgres@127.0.0.1:5432/postgres".into())
}

/// A reachable PostgreSQL server.
pub struct Server {
    url: String,
}

/// Connects to the server, or decides what a missing server means: a failure under `CI=true`, a
/// visible skip elsewhere (`None`).
pub fn server(test: &str) -> Option<Server> {
    let url = admin_url();
    match Client::connect(&url, NoTls) {
        Ok(_) => Some(Server { url }),
        Err(e) => {
            if std::env::var("CI").is_ok_and(|v| v == "true" || v == "1") {
                panic!("{test}: PostgreSQL is required under CI=true but {url} does not answer: {e}");
            }
            eprintln!("SKIPPED {test}: no PostgreSQL at {url} ({e}); set CI=true to make this a failure");
            None
        }
    }
}

static COUNTER: AtomicU64 = AtomicU64::new(0);

impl Server {
    /// A new empty database, dropped when the value goes away.
    pub fn scratch(&self) -> ScratchDb {
        let name = format!(
            "p2s_{}_{}_{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed),
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.subsec_nanos())
        );
        let mut admin = Client::connect(&self.url, NoTls).expect("admin connection");
        admin.batch_execute(&format!("CREATE DATABASE \"{name}\"")).expect("create scratch database");
        let base = self.url.rsplit_once('/').map_or(self.url.as_str(), |(b, _)| b);
        let client = Client::connect(&format!("{base}/{name}"), NoTls).expect("scratch connection");
        ScratchDb { admin_url: self.url.clone(), name, client: Some(client) }
    }
}

/// A database that exists for one test.
pub struct ScratchDb {
    admin_url: String,
    pub name: String,
    client: Option<Client>,
}

impl ScratchDb {
    pub fn client(&mut self) -> &mut Client {
        self.client.as_mut().expect("open connection")
    }

    /// Runs a whole script; the error is PostgreSQL's message.
    pub fn run(&mut self, sql: &str) -> Result<(), String> {
        self.client().batch_execute(sql).map_err(|e| match e.as_db_error() {
            Some(db) => format!("{}: {}", db.code().code(), db.message()),
            None => e.to_string(),
        })
    }

    /// Runs one statement; the error is PostgreSQL's SQLSTATE and message.
    pub fn try_execute(&mut self, sql: &str) -> Result<u64, String> {
        self.client().execute(sql, &[]).map_err(|e| match e.as_db_error() {
            Some(db) => format!("{}: {}", db.code().code(), db.message()),
            None => e.to_string(),
        })
    }

    /// What the database holds, as sorted lines: schemas, extensions, enum types with their labels,
    /// columns with type, nullability and default, and every constraint and index definition.
    pub fn catalog(&mut self) -> String {
        let client = self.client();
        let mut lines: Vec<String> = Vec::new();
        let user_ns =
            "n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND n.nspname NOT LIKE 'pg_temp%'";
        for row in client.query(&format!("SELECT n.nspname FROM pg_namespace n WHERE {user_ns}"), &[]).unwrap() {
            lines.push(format!("schema {}", row.get::<_, String>(0)));
        }
        for row in client.query("SELECT extname FROM pg_extension WHERE extname <> 'plpgsql'", &[]).unwrap() {
            lines.push(format!("extension {}", row.get::<_, String>(0)));
        }
        let enums = format!(
            "SELECT n.nspname, t.typname, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) \
             FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace \
             WHERE {user_ns} GROUP BY 1, 2"
        );
        for row in client.query(&enums, &[]).unwrap() {
            let labels: Vec<String> = row.get(2);
            lines.push(format!("enum {:?}.{:?} {:?}", row.get::<_, String>(0), row.get::<_, String>(1), labels));
        }
        let columns = format!(
            "SELECT n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, \
             pg_get_expr(d.adbin, d.adrelid) \
             FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace \
             LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum \
             WHERE c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped AND {user_ns}"
        );
        for row in client.query(&columns, &[]).unwrap() {
            let mut line = format!(
                "column {:?}.{:?}.{:?} {}",
                row.get::<_, String>(0),
                row.get::<_, String>(1),
                row.get::<_, String>(2),
                row.get::<_, String>(3)
            );
            if row.get::<_, bool>(4) {
                line.push_str(" NOT NULL");
            }
            if let Some(default) = row.get::<_, Option<String>>(5) {
                let _ = write!(line, " DEFAULT {default}");
            }
            lines.push(line);
        }
        let constraints = format!(
            "SELECT n.nspname, c.relname, k.conname, pg_get_constraintdef(k.oid) \
             FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace \
             WHERE {user_ns}"
        );
        for row in client.query(&constraints, &[]).unwrap() {
            lines.push(format!(
                "constraint {:?}.{:?}.{:?} {}",
                row.get::<_, String>(0),
                row.get::<_, String>(1),
                row.get::<_, String>(2),
                row.get::<_, String>(3)
            ));
        }
        let indexes = format!(
            "SELECT n.nspname, c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i \
             JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE {user_ns}"
        );
        for row in client.query(&indexes, &[]).unwrap() {
            lines.push(format!(
                "index {:?}.{:?} {}",
                row.get::<_, String>(0),
                row.get::<_, String>(1),
                row.get::<_, String>(2)
            ));
        }
        lines.sort();
        lines.join("\n")
    }
}

impl Drop for ScratchDb {
    fn drop(&mut self) {
        drop(self.client.take());
        if let Ok(mut admin) = Client::connect(&self.admin_url, NoTls) {
            let _ = admin.batch_execute(&format!("DROP DATABASE IF EXISTS \"{}\" WITH (FORCE)", self.name));
        }
    }
}

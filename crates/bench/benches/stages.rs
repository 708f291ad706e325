//! Time of every stage, and of the whole pipeline, on three kinds of schema:
//!
//! - `examples/…`: the repository's examples;
//! - `real/…`: the largest real-world schemas of the conformance corpus, read where it lies
//!   (`PRISMA2SQL_CORPUS`, else `shared/corpus/real` beside the repository); skipped with a message
//!   when it is absent;
//! - `synthetic/N`: generated schemas of N models.
//!
//! Run with `cargo bench -p prisma2sql-bench` (add a filter such as `synthetic` to run fewer).

use prisma2sql_bench::pipeline;
use prisma2sql_model::Schema;
use prisma2sql_relations::Relations;
use prisma2sql_sql::SqlSchema;
use prisma2sql_syntax::Sources;
use prisma2sql_syntax::ast::SchemaAst;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The allocator of the `prisma2sql` command, so that the stages are timed as the command runs them.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// How many of the largest real-world schemas to time.
const REAL_SCHEMAS: usize = 4;

/// Sizes of the synthetic schemas, in models.
const SYNTHETIC_SIZES: [usize; 4] = [10, 100, 1_000, 10_000];

fn main() {
    divan::main();
}

/// A schema to time, with the result of every stage computed once, so that each stage is timed
/// on its own input.
struct Input {
    name: String,
    sources: Sources,
    ast: SchemaAst,
    schema: Schema,
    relations: Relations,
    sql: SqlSchema,
}

impl Input {
    fn new(name: String, sources: Sources) -> Input {
        let ast = prisma2sql_syntax::parse(&sources).ast;
        let schema = prisma2sql_model::resolve(&ast).schema;
        let (relations, _) = prisma2sql_relations::classify(&schema);
        let sql = prisma2sql_sql::calculate(&schema, &relations);
        Input { name, sources, ast, schema, relations, sql }
    }
}

fn inputs() -> &'static [Input] {
    static INPUTS: OnceLock<Vec<Input>> = OnceLock::new();
    INPUTS.get_or_init(|| {
        let mut sources = examples();
        sources.extend(real_schemas());
        sources.extend(
            SYNTHETIC_SIZES.map(|n| {
                (format!("synthetic/{n}"), Sources::single("synthetic.prisma", prisma2sql_bench::synthetic(n)))
            }),
        );
        sources.into_iter().map(|(name, sources)| Input::new(name, sources)).collect()
    })
}

fn names() -> Vec<&'static str> {
    inputs().iter().map(|i| i.name.as_str()).collect()
}

fn input(name: &str) -> &'static Input {
    inputs().iter().find(|i| i.name == name).expect("a registered input")
}

fn repository() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn examples() -> Vec<(String, Sources)> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(repository().join("examples"))
        .map(|dir| dir.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.retain(|p| p.extension().is_some_and(|e| e == "prisma"));
    paths.sort();
    paths.iter().filter_map(|p| load(&format!("examples/{}", stem(p)), p)).collect()
}

/// The largest valid schemas of the corpus (those with an `expected.sql`), largest first.
fn real_schemas() -> Vec<(String, Sources)> {
    let Some(corpus) = corpus() else {
        eprintln!("note: the real-world schemas are skipped: no corpus at $PRISMA2SQL_CORPUS or shared/corpus/real");
        return Vec::new();
    };
    let mut cases: Vec<(u64, PathBuf)> = std::fs::read_dir(&corpus)
        .map(|dir| dir.filter_map(|e| e.ok().map(|e| e.path())).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .filter(|case| case.join("expected.sql").is_file())
        .filter_map(|case| schema_path(&case).map(|schema| (size(&schema), schema)))
        .collect();
    cases.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    cases
        .iter()
        .take(REAL_SCHEMAS)
        .filter_map(|(_, schema)| {
            let case = schema.parent()?;
            load(&format!("real/{}", stem(case)), schema)
        })
        .collect()
}

fn corpus() -> Option<PathBuf> {
    let candidates = [
        std::env::var_os("PRISMA2SQL_CORPUS").map(PathBuf::from),
        Some(repository().join("../shared/corpus/real")),
        Some(PathBuf::from("/work/shared/corpus/real")),
    ];
    candidates.into_iter().flatten().find(|p| p.is_dir())
}

/// A case's schema: `schema.prisma`, or a `schema/` folder.
fn schema_path(case: &Path) -> Option<PathBuf> {
    ["schema.prisma", "schema"].iter().map(|n| case.join(n)).find(|p| p.exists())
}

/// Bytes of a file, or of every file in a folder.
fn size(path: &Path) -> u64 {
    match std::fs::read_dir(path) {
        Ok(dir) => dir.filter_map(|e| e.ok()).map(|e| size(&e.path())).sum(),
        Err(_) => std::fs::metadata(path).map_or(0, |m| m.len()),
    }
}

fn stem(path: &Path) -> String {
    path.file_stem().map_or_else(String::new, |s| s.to_string_lossy().into_owned())
}

fn load(name: &str, path: &Path) -> Option<(String, Sources)> {
    match Sources::load(&path.to_string_lossy()) {
        Ok(sources) => Some((name.to_owned(), sources)),
        Err(e) => {
            eprintln!("note: {name} is skipped: {e}");
            None
        }
    }
}

#[divan::bench(args = names(), max_time = 2)]
fn parse(bencher: divan::Bencher, name: &str) {
    let input = input(name);
    bencher.bench(|| prisma2sql_syntax::parse(&input.sources));
}

#[divan::bench(args = names(), max_time = 2)]
fn resolve(bencher: divan::Bencher, name: &str) {
    let input = input(name);
    bencher.bench(|| prisma2sql_model::resolve(&input.ast));
}

#[divan::bench(args = names(), max_time = 2)]
fn classify(bencher: divan::Bencher, name: &str) {
    let input = input(name);
    bencher.bench(|| prisma2sql_relations::classify(&input.schema));
}

#[divan::bench(args = names(), max_time = 2)]
fn sql_schema(bencher: divan::Bencher, name: &str) {
    let input = input(name);
    bencher.bench(|| prisma2sql_sql::calculate(&input.schema, &input.relations));
}

#[divan::bench(args = names(), max_time = 2)]
fn render(bencher: divan::Bencher, name: &str) {
    let input = input(name);
    bencher.bench(|| prisma2sql_sql::init_script(&input.sql));
}

/// Everything the command does between reading the files and writing the SQL.
#[divan::bench(args = names(), max_time = 2)]
fn whole(bencher: divan::Bencher, name: &str) {
    let input = input(name);
    bencher.bench(|| pipeline::run(&input.sources));
}

//! Parses schemas and prints their diagnostics: `cargo run --example parse -- FILE...`.
fn main() {
    for path in std::env::args().skip(1) {
        match prisma2sql_syntax::Sources::load(&path) {
            Ok(sources) => {
                let parsed = prisma2sql_syntax::parse(&sources);
                let diags = parsed.diagnostics.sorted();
                println!("{path}: {} items, {} diagnostics", parsed.ast.items.len(), diags.len());
                if !diags.is_empty() {
                    print!("{}", prisma2sql_syntax::render(&sources, &diags, false));
                }
            }
            Err(e) => println!("{e}"),
        }
    }
}

//! Any bytes through the parser alone, and its diagnostics through the renderer.
#![no_main]

use libfuzzer_sys::fuzz_target;
use prisma2sql_syntax::Sources;

fuzz_target!(|data: &[u8]| {
    let sources = Sources::single("schema.prisma", String::from_utf8_lossy(data));
    let parsed = prisma2sql_syntax::parse(&sources);
    let _ = prisma2sql_syntax::render(&sources, &parsed.diagnostics.sorted(), false);
});

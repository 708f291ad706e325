//! Any bytes through the whole pipeline: parse, resolve, classify, then the SQL or the rendered
//! diagnostics. Nothing may panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = prisma2sql_bench::pipeline::run_text(&text);
});

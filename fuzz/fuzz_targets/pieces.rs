//! Any text reads the same cut into pieces as whole: the cutter never cuts where the grammar would
//! be inside a block or a comment.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    assert!(prisma2sql_syntax::reads_the_same_in_pieces(&text), "pieces differ from the whole: {text:?}");
});

//! The README's example is the tool's real output: its schema, run through `prisma2sql`, gives
//! exactly the SQL it shows.

use assert_cmd::Command;

/// The text of the first fenced block of `lang` after `marker` in the README.
fn block_after<'a>(readme: &'a str, marker: &str, lang: &str) -> &'a str {
    let rest = &readme[readme.find(marker).expect("marker in README")..];
    let fence = format!("```{lang}\n");
    let start = rest.find(&fence).expect("fenced block") + fence.len();
    let end = rest[start..].find("```").expect("closing fence");
    &rest[start..start + end]
}

#[test]
fn the_readme_example_is_real_output() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../README.md")).unwrap();
    let schema = block_after(&readme, "\nFrom\n", "prisma");
    let sql = block_after(&readme, "\nit prints\n", "sql");
    Command::cargo_bin("prisma2sql").unwrap().arg("-").write_stdin(schema).assert().success().stdout(sql.to_owned());
}

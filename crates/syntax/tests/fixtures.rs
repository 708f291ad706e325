//! Parser fixtures, in the style of rust-analyzer: every schema under `tests/syntax/ok` parses with
//! no diagnostic (the tree it gives is a snapshot); every schema under `tests/syntax/err` gives
//! diagnostics (their rendering is a snapshot).

use prisma2sql_syntax::{Sources, dump, parse, render};
use std::path::Path;

/// A file's name as diagnostics show it: relative to `tests/syntax`, the same on every machine.
fn display_name(path: &Path) -> String {
    let text = path.to_string_lossy().replace('\\', "/");
    text.split("tests/syntax/").last().unwrap_or(&text).to_owned()
}

fn load(path: &Path) -> Sources {
    let bytes = std::fs::read(path).unwrap();
    Sources::single(display_name(path), String::from_utf8(bytes).unwrap())
}

#[test]
fn ok_files_parse_cleanly() {
    insta::glob!("../../../tests/syntax/ok", "*.prisma", |path| {
        let sources = load(path);
        let parsed = parse(&sources);
        let diagnostics = parsed.diagnostics.sorted();
        assert!(diagnostics.is_empty(), "{}", render(&sources, &diagnostics, false));
        insta::assert_snapshot!(dump(&parsed.ast, &sources));
    });
}

#[test]
fn err_files_report_every_broken_line() {
    insta::glob!("../../../tests/syntax/err", "*.prisma", |path| {
        let sources = load(path);
        let parsed = parse(&sources);
        let diagnostics = parsed.diagnostics.sorted();
        assert!(diagnostics.iter().any(|d| d.is_error()), "no error for {}", path.display());
        insta::assert_snapshot!(render(&sources, &diagnostics, false));
    });
}

#[test]
fn a_folder_is_read_in_path_order_with_subfolders() {
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/syntax/ok/multi_file");
    let sources = Sources::load(folder).unwrap();
    let names: Vec<String> = sources.iter().map(|(_, f)| display_name(Path::new(&f.name))).collect();
    assert_eq!(names, ["ok/multi_file/nested/user.prisma", "ok/multi_file/post.prisma", "ok/multi_file/schema.prisma"]);
    let parsed = parse(&sources);
    assert!(parsed.diagnostics.is_empty());
    let models: Vec<&str> = parsed.ast.models().map(|m| m.name.name.as_str()).collect();
    assert_eq!(models, ["User", "Post"]);
}

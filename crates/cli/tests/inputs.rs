//! Every kind of unreadable input gets its own clear message, exit status 1 and nothing on
//! standard output.

use assert_cmd::Command;
use predicates::prelude::*;
use std::fs;

fn check_fails_with(path: &std::path::Path, message: &str) {
    Command::cargo_bin("prisma2sql")
        .unwrap()
        .arg(path)
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains(message));
}

#[test]
fn empty_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("schema.prisma");
    fs::write(&path, "  \n\n").unwrap();
    check_fails_with(&path, "is empty: a schema needs at least one");
}

#[test]
fn binary_garbage() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("schema.prisma");
    fs::write(&path, [0x7f, b'E', b'L', b'F', 0, 1, 2, 3]).unwrap();
    check_fails_with(&path, "this is not a text file (a NUL byte at offset 4)");
}

#[test]
fn not_utf8() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("schema.prisma");
    fs::write(&path, b"model A {\n  id Int @id // caf\xe9\n}\n").unwrap();
    check_fails_with(&path, "schema.prisma:2:20: the file is not valid UTF-8 (byte 0xE9)");
}

#[test]
fn folder_without_schema_files() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("README.md"), "not a schema").unwrap();
    check_fails_with(dir.path(), "the folder holds no `.prisma` file");
}

#[test]
fn missing_file() {
    check_fails_with(std::path::Path::new("no/such/schema.prisma"), "no/such/schema.prisma: no such file or folder");
}

#[test]
fn empty_standard_input() {
    Command::cargo_bin("prisma2sql")
        .unwrap()
        .arg("-")
        .write_stdin("")
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains("standard input is empty"));
}

#[test]
fn syntax_errors_name_file_line_and_column_and_show_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("schema.prisma");
    fs::write(&path, "model User {\n  id    Int @id\n  email String @unique garbage\n}\n").unwrap();
    let file = path.display().to_string();
    Command::cargo_bin("prisma2sql")
        .unwrap()
        .arg(&path)
        .env("NO_COLOR", "1")
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains(format!("--> {file}:3:3")))
        .stderr(predicate::str::contains("3 |   email String @unique garbage"))
        .stderr(predicate::str::contains("  |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^"))
        .stderr(predicate::str::contains("This line is not a valid field or attribute definition."));
}

#[test]
fn a_folder_schema_reports_errors_in_the_right_file() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.prisma"), "model A {\n  id Int @id\n}\n").unwrap();
    fs::write(dir.path().join("b.prisma"), "model B {\n  id Int @id\n  broken\n}\n").unwrap();
    Command::cargo_bin("prisma2sql")
        .unwrap()
        .arg(dir.path())
        .assert()
        .code(1)
        .stderr(predicate::str::contains("b.prisma:3:3"));
}

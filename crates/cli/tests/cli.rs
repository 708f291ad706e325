//! End-to-end tests of the command line.

use assert_cmd::Command;
use predicates::prelude::*;

fn bin() -> Command {
    Command::cargo_bin("prisma2sql").unwrap()
}

fn example(name: &str) -> String {
    format!("{}/../../examples/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn prints_the_ddl_of_the_blog_example() {
    bin()
        .arg(example("blog.prisma"))
        .assert()
        .success()
        .stdout(predicate::str::starts_with("-- CreateSchema\nCREATE SCHEMA IF NOT EXISTS \"public\";\n"))
        .stdout(predicate::str::contains(
            "ALTER TABLE \"Post\" ADD CONSTRAINT \"Post_authorId_fkey\" FOREIGN KEY (\"authorId\") REFERENCES \"User\"(\"id\") ON DELETE RESTRICT ON UPDATE CASCADE;",
        ))
        .stderr("");
}

#[test]
fn reads_standard_input() {
    bin()
        .arg("-")
        .write_stdin("model A {\n  id Int @id\n}\n")
        .assert()
        .success()
        .stdout(predicate::str::contains("CREATE TABLE \"A\" (\n    \"id\" INTEGER NOT NULL,"));
}

#[test]
fn invalid_schema_exits_1_with_nothing_on_stdout() {
    bin()
        .arg("-")
        .write_stdin("model A {\n  id Int @id\n  oops\n}\n")
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains("<stdin>:3:3"));
}

#[test]
fn missing_file_is_a_clear_error() {
    bin()
        .arg("does/not/exist.prisma")
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains("does/not/exist.prisma: no such file or folder"));
}

#[test]
fn usage_error_exits_2() {
    bin().arg("--no-such-flag").assert().code(2);
}

#[test]
fn check_is_silent_on_success() {
    bin().args(["check", &example("blog.prisma")]).assert().success().stdout("").stderr("");
}

#[test]
fn output_file_is_written_whole() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("init.sql");
    bin().arg(example("blog.prisma")).arg("-o").arg(&out).assert().success().stdout("");
    let written = std::fs::read_to_string(&out).unwrap();
    assert!(written.ends_with("ON DELETE CASCADE ON UPDATE CASCADE;\n"));
    // Only the output file is left behind.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn failed_run_leaves_no_output_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("init.sql");
    bin().arg("-").arg("-o").arg(&out).write_stdin("model {\n").assert().code(1);
    assert!(!out.exists());
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

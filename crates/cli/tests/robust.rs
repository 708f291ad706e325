//! The command line under hostile conditions: unreadable input, outputs that fail, hostile shapes,
//! and the same bytes out whatever the order files were created in or the process's hash seeds.

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::Path;
use std::process::Stdio;

fn bin() -> Command {
    Command::cargo_bin("prisma2sql").unwrap()
}

fn stdin_run(schema: &str) -> assert_cmd::assert::Assert {
    bin().arg("-").write_stdin(schema).assert()
}

#[test]
fn a_folder_without_schemas_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("notes.txt"), "model A {}").unwrap();
    bin()
        .arg(dir.path())
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains("the folder holds no `.prisma` file"));
}

#[test]
fn a_path_through_a_file_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("schema.prisma");
    std::fs::write(&file, "model A {\n  id Int @id\n}\n").unwrap();
    bin().arg(file.join("inner.prisma")).assert().code(1).stdout("").stderr(predicate::str::starts_with("error: "));
}

#[test]
fn non_utf8_input_names_the_place() {
    bin()
        .arg("-")
        .write_stdin(b"model A {\n  id Int @id \xff\n}\n".to_vec())
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains("<stdin>:2:14: the file is not valid UTF-8 (byte 0xFF)"));
}

#[test]
fn a_full_disk_on_standard_output_is_an_error() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else { return };
    let output = std::process::Command::new(assert_cmd::cargo::cargo_bin("prisma2sql"))
        .arg(example())
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("error: standard output:"), "{stderr}");
}

#[test]
fn a_closed_pipe_on_standard_output_ends_quietly_and_not_as_a_success() {
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("prisma2sql"))
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Nobody reads: the output pipe is closed before the schema is even sent.
    drop(child.stdout.take());
    let schema = prisma2sql_bench::synthetic(50);
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), schema.as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(141));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}

#[test]
fn output_into_a_missing_folder_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("missing").join("init.sql");
    bin().arg(example()).arg("-o").arg(&out).assert().code(1).stderr(predicate::str::contains("init.sql"));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn output_onto_a_folder_leaves_no_partial_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("taken");
    std::fs::create_dir(&out).unwrap();
    bin().arg(example()).arg("-o").arg(&out).assert().code(1).stderr(predicate::str::starts_with("error: "));
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names, vec![std::ffi::OsString::from("taken")]);
    assert_eq!(std::fs::read_dir(&out).unwrap().count(), 0);
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    let deep = format!("model A {{\n  id Int @id @default({}1{})\n}}\n", "[".repeat(100_000), "]".repeat(100_000));
    stdin_run(&deep).code(1).stdout("").stderr(predicate::str::contains("nested more than"));
    let calls = format!("model A {{\n  id Int @id @default({}1{})\n}}\n", "f(".repeat(50_000), ")".repeat(50_000));
    stdin_run(&calls).code(1).stdout("").stderr(predicate::str::contains("nested more than"));
}

#[test]
fn a_very_long_line_is_read() {
    let comment = "x".repeat(2_000_000);
    let schema = format!("model A {{\n  id Int @id // {comment}\n  name String @default(\"{comment}\")\n}}\n");
    stdin_run(&schema).success().stdout(predicate::str::contains(format!("DEFAULT '{comment}'")));
}

#[test]
fn thousands_of_errors_are_capped_and_summarised() {
    let schema = "model A {\n  id Int @id\n}\n".to_owned() + &"garbage line\n".repeat(20_000);
    let assert = stdin_run(&schema).code(1).stdout("");
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert_eq!(
        stderr.matches("\nerror").count() + usize::from(stderr.starts_with("error")),
        prisma2sql_syntax::MAX_SHOWN
    );
    assert!(stderr.contains(" more ("), "{}", &stderr[stderr.len().saturating_sub(300)..]);
    // Reading stops after the first thousand, and says so: the list never grows with the input.
    let kept = prisma2sql_syntax::MAX_SYNTAX_ERRORS + 1;
    assert!(stderr.ends_with(&format!("\n{kept} errors in the schema\n")), "{}", &stderr[stderr.len() - 200..]);
}

fn example() -> String {
    format!("{}/../../examples/blog.prisma", env!("CARGO_MANIFEST_DIR"))
}

/// Writes each block of `schema` to a file of its own, in the given order of creation.
fn write_folder(dir: &Path, blocks: &[(String, String)], order: &[usize]) {
    for &i in order {
        let (name, text) = &blocks[i];
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
}

/// The blocks of a schema, each named for a file; some go into subfolders.
fn blocks(schema: &str) -> Vec<(String, String)> {
    // A blank line followed by a line at the start of a row ends a block (inside blocks, lines are
    // indented).
    let mut texts: Vec<String> = Vec::new();
    for part in schema.split("\n\n") {
        match texts.last_mut() {
            Some(last) if part.starts_with([' ', '}']) => *last += &format!("\n\n{part}"),
            _ => texts.push(part.to_owned()),
        }
    }
    let mut blocks: Vec<(String, String)> = Vec::new();
    for (i, block) in texts.iter().enumerate() {
        let name = match i % 3 {
            0 => format!("b{:03}.prisma", (i * 37) % 1000),
            1 => format!("sub/Ü{i}.prisma"),
            _ => format!("sub/deeper/a{i}.prisma"),
        };
        blocks.push((name, format!("{block}\n")));
    }
    blocks
}

#[test]
fn the_same_schema_gives_the_same_bytes() {
    let blocks = blocks(&prisma2sql_bench::synthetic(60));
    let forward: Vec<usize> = (0..blocks.len()).collect();
    let mut shuffled = forward.clone();
    // A fixed permutation that moves every file.
    shuffled.sort_by_key(|i| (i * 7919) % blocks.len());
    shuffled.reverse();
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    write_folder(a.path(), &blocks, &forward);
    write_folder(b.path(), &blocks, &shuffled);

    // Every run is a new process, so every hash table in it has new random keys.
    let run = |dir: &Path| {
        let output = bin().arg(dir).output().unwrap();
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        output.stdout
    };
    let first = run(a.path());
    assert!(String::from_utf8_lossy(&first).contains("CREATE TABLE \"Audit5\""));
    for dir in [a.path(), b.path(), b.path()] {
        assert!(run(dir) == first, "the output changed with the order of creation or the hash keys");
    }
}

#[test]
fn the_same_broken_schema_gives_the_same_diagnostics() {
    // `Pos` is one letter away from four models: the suggestion must not depend on hash keys.
    let models: String =
        ["Post", "Pose", "Posh", "Posy"].iter().map(|m| format!("model {m} {{\n  id Int @id\n}}\n")).collect();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("schema.prisma");
    std::fs::write(&path, format!("{models}model A {{\n  id Int @id\n  p Pos\n}}\n")).unwrap();
    let run = || bin().arg("check").arg(&path).output().unwrap();
    let first = run();
    assert_eq!(first.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&first.stderr).contains("Did you mean `Pose`?"));
    for _ in 0..8 {
        assert!(run().stderr == first.stderr, "the diagnostics changed from one run to the next");
    }
}

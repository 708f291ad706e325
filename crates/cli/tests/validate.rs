//! Validation fixtures: every schema in `tests/validate/ok` is accepted (its warnings, if any, are
//! kept as snapshots) and every schema in `tests/validate/err` is rejected, its diagnostics kept as
//! snapshots. The expectations were checked against Prisma's own validator.

use assert_cmd::Command;
use std::path::{Path, PathBuf};

fn fixtures(kind: &str) -> (PathBuf, Vec<String>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/validate").join(kind);
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .filter(|name| name.ends_with(".prisma"))
        .collect();
    names.sort();
    assert!(!names.is_empty(), "no fixtures in {}", dir.display());
    (dir, names)
}

/// Runs `prisma2sql check NAME` inside the fixture folder, so that messages show the bare name.
fn check(dir: &Path, name: &str) -> (Option<i32>, String, String) {
    let output = Command::cargo_bin("prisma2sql").unwrap().current_dir(dir).args(["check", name]).output().unwrap();
    let text = |bytes: Vec<u8>| String::from_utf8(bytes).unwrap();
    (output.status.code(), text(output.stdout), text(output.stderr))
}

/// Runs `test` on every fixture and reports all the failures at once.
fn each(kind: &str, test: impl Fn(&Path, &str) -> Result<(), String>) {
    let (dir, names) = fixtures(kind);
    let failures: Vec<String> = names
        .iter()
        .filter_map(|name| {
            let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| test(&dir, name)));
            match outcome {
                Ok(Ok(())) => None,
                Ok(Err(why)) => Some(format!("{name}: {why}")),
                Err(_) => Some(format!("{name}: snapshot differs")),
            }
        })
        .collect();
    assert!(failures.is_empty(), "{} of {} fixtures failed:\n{}", failures.len(), names.len(), failures.join("\n"));
}

fn snapshot_name(kind: &str, name: &str) -> String {
    format!("{kind}__{}", name.trim_end_matches(".prisma"))
}

#[test]
fn valid_schemas_are_accepted() {
    each("ok", |dir, name| {
        let (code, stdout, stderr) = check(dir, name);
        if code != Some(0) {
            return Err(format!("exit {code:?}\n{stderr}"));
        }
        if !stdout.is_empty() {
            return Err(format!("`check` printed to stdout: {stdout}"));
        }
        if stderr.contains("error") {
            return Err(format!("errors on stderr:\n{stderr}"));
        }
        if !stderr.is_empty() {
            insta::assert_snapshot!(snapshot_name("ok", name), stderr);
        }
        Ok(())
    });
}

#[test]
fn invalid_schemas_are_rejected() {
    each("err", |dir, name| {
        let (code, stdout, stderr) = check(dir, name);
        if code != Some(1) {
            return Err(format!("exit {code:?}, expected 1\n{stderr}"));
        }
        if !stdout.is_empty() {
            return Err(format!("`check` printed to stdout: {stdout}"));
        }
        if !stderr.contains("error") {
            return Err(format!("no error on stderr:\n{stderr}"));
        }
        insta::assert_snapshot!(snapshot_name("err", name), stderr);
        Ok(())
    });
}

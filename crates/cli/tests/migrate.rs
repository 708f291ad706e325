//! `prisma2sql migrate` and `prisma2sql diff` end to end: versions from files, standard input and
//! git revisions, warnings on standard error, exit statuses.

use assert_cmd::Command;
use predicates::prelude::*;
use std::fs;
use std::path::Path;

const V1: &str = "model User {\n  id    Int    @id\n  email String\n}\n";
const V2: &str = "model User {\n  id    Int     @id\n  email String  @unique\n  name  String?\n}\n";
/// Drops a column and adds a required one: destructive, and a probable rename.
const V3: &str = "model User {\n  id   Int    @id\n  mail String\n}\n";

const V1_TO_V2: &str = "\
-- AlterTable
ALTER TABLE \"User\" ADD COLUMN     \"name\" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX \"User_email_key\" ON \"User\"(\"email\");
";

fn bin() -> Command {
    let mut cmd = Command::cargo_bin("prisma2sql").unwrap();
    cmd.env_remove("NO_COLOR");
    cmd
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

fn git(dir: &Path, args: &[&str]) {
    let status = std::process::Command::new("git")
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("git runs");
    assert!(status.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&status.stderr));
}

/// A repository whose first commit (tagged `v1`) holds V1, and whose work tree holds V2, in
/// `schema.prisma` and in a multi-file folder `prisma/`.
fn repository() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    git(dir.path(), &["init", "-q"]);
    write(dir.path(), "schema.prisma", V1);
    write(dir.path(), "prisma/user.prisma", V1);
    write(dir.path(), "prisma/enums/role.prisma", "enum Role {\n  USER\n}\n");
    git(dir.path(), &["add", "."]);
    git(dir.path(), &["commit", "-q", "-m", "first"]);
    git(dir.path(), &["tag", "v1"]);
    write(dir.path(), "schema.prisma", V2);
    write(dir.path(), "prisma/user.prisma", V2);
    dir
}

#[test]
fn migrates_between_two_files() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = (write(dir.path(), "old.prisma", V1), write(dir.path(), "new.prisma", V2));
    bin().args(["migrate", &old, &new]).assert().success().stdout(V1_TO_V2);
}

#[test]
fn reads_the_old_version_from_a_git_revision() {
    let repo = repository();
    bin()
        .current_dir(repo.path())
        .args(["migrate", "v1:schema.prisma", "schema.prisma"])
        .assert()
        .success()
        .stdout(V1_TO_V2);
}

#[test]
fn reads_a_folder_at_a_git_revision() {
    let repo = repository();
    let expected = V1_TO_V2;
    bin().current_dir(repo.path()).args(["migrate", "HEAD:prisma", "prisma"]).assert().success().stdout(expected);
    // The folder as it was holds the enum file too: nothing to create for it.
    bin()
        .current_dir(repo.path())
        .args(["migrate", "v1:prisma", "HEAD:prisma"])
        .assert()
        .success()
        .stdout("-- This is an empty migration.\n");
}

#[test]
fn paths_at_a_revision_are_relative_to_the_current_directory() {
    let repo = repository();
    bin()
        .current_dir(repo.path().join("prisma"))
        .args(["migrate", "v1:user.prisma", "user.prisma"])
        .assert()
        .success()
        .stdout(predicate::str::contains("CREATE UNIQUE INDEX \"User_email_key\""));
}

#[test]
fn an_unknown_revision_is_a_clear_error() {
    let repo = repository();
    bin()
        .current_dir(repo.path())
        .args(["migrate", "nope:schema.prisma", "schema.prisma"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains(
            "nope:schema.prisma: no such file or folder, and git knows no revision `nope`",
        ));
}

#[test]
fn a_path_missing_at_the_revision_is_a_clear_error() {
    let repo = repository();
    bin()
        .current_dir(repo.path())
        .args(["migrate", "v1:missing.prisma", "schema.prisma"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("v1:missing.prisma: `missing.prisma` does not exist at revision `v1`"));
}

#[test]
fn a_revision_outside_a_repository_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let new = write(dir.path(), "new.prisma", V2);
    bin()
        .current_dir(dir.path())
        .env("GIT_CEILING_DIRECTORIES", dir.path())
        .args(["migrate", "main:schema.prisma", &new])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("this is not a git repository"));
}

#[test]
fn reads_one_version_from_standard_input() {
    let dir = tempfile::tempdir().unwrap();
    let new = write(dir.path(), "new.prisma", V2);
    bin().args(["migrate", "-", &new]).write_stdin(V1).assert().success().stdout(V1_TO_V2);
}

#[test]
fn standard_input_cannot_be_both_versions() {
    bin()
        .args(["migrate", "-", "-"])
        .write_stdin(V1)
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("standard input can be read only once"));
}

#[test]
fn warnings_go_to_standard_error_with_their_codes() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = (write(dir.path(), "old.prisma", V1), write(dir.path(), "new.prisma", V3));
    bin()
        .args(["migrate", &old, &new])
        .assert()
        .success()
        .stdout(predicate::str::contains("DROP COLUMN \"email\""))
        .stderr(predicate::str::contains(
            "warning[P2S101]: destructive-step: the column `User.email` is dropped, with every value it holds\n",
        ))
        .stderr(predicate::str::contains(format!(" --> {old}:3:3\n  |\n3 |   email String\n  |   ^^^^^^^^^^^^\n")))
        .stderr(predicate::str::contains("warning[P2S102]: probable-rename: `User.email` is dropped and `User.mail` added"))
        .stderr(predicate::str::contains(format!(" --> {new}:3:3\n  |\n3 |   mail String\n")))
        .stderr(predicate::str::contains("  = help: to keep the values, map the field to the old column with `@map(\"email\")`"))
        .stderr(predicate::str::contains(
            "warning[P2S104]: required-column-without-default: the required column `User.mail` is added without a default",
        ));
}

#[test]
fn warnings_without_a_declaration_have_no_location() {
    let dir = tempfile::tempdir().unwrap();
    let m2m = "model A {\n  id Int @id\n  bs B[]\n}\nmodel B {\n  id Int @id\n  as A[]\n}\n";
    let apart = "model A {\n  id Int @id\n}\nmodel B {\n  id Int @id\n}\n";
    let (old, new) = (write(dir.path(), "old.prisma", m2m), write(dir.path(), "new.prisma", apart));
    bin().args(["migrate", &old, &new]).assert().success().stderr(
        "warning[P2S101]: destructive-step: the join table `_AToB` of an implicit many-to-many relation is dropped, with every link it holds\n\n",
    );
}

#[test]
fn deny_warnings_exits_1_after_printing_the_migration() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = (write(dir.path(), "old.prisma", V1), write(dir.path(), "new.prisma", V3));
    bin()
        .args(["migrate", "--deny", "warnings", &old, &new])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("-- AlterTable"))
        .stderr(predicate::str::contains("error: 3 warnings denied by --deny warnings"));
}

#[test]
fn ignored_warnings_are_left_out() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = (write(dir.path(), "old.prisma", V1), write(dir.path(), "new.prisma", V3));
    bin()
        .args(["migrate", "--deny", "warnings", "--ignore", "P2S101,probable-rename", &old, &new])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("P2S104").and(predicate::str::contains("P2S101").not()))
        .stderr(predicate::str::contains("P2S102").not())
        .stderr(predicate::str::contains("1 warning denied"));
    bin()
        .args(["migrate", "--ignore", "nope", &old, &new])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no such warning; the warnings are P2S101 (destructive-step)"));
}

#[test]
fn a_safe_migration_passes_deny_warnings() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = (write(dir.path(), "old.prisma", V2), write(dir.path(), "new.prisma", V2));
    bin().args(["migrate", "--deny", "warnings", &old, &new]).assert().success().stderr("");
}

#[test]
fn exit_code_tells_whether_the_migration_is_empty() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = (write(dir.path(), "old.prisma", V1), write(dir.path(), "new.prisma", V2));
    bin().args(["migrate", "--exit-code", &old, &new]).assert().code(2).stdout(V1_TO_V2);
    bin().args(["migrate", "--exit-code", &old, &old]).assert().code(0).stdout("-- This is an empty migration.\n");
}

#[test]
fn writes_the_migration_to_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = (write(dir.path(), "old.prisma", V1), write(dir.path(), "new.prisma", V2));
    let out = dir.path().join("migration.sql");
    bin().args(["migrate", &old, &new, "-o", out.to_str().unwrap()]).assert().success().stdout("");
    assert_eq!(fs::read_to_string(out).unwrap(), V1_TO_V2);
}

#[test]
fn an_invalid_version_fails_with_its_diagnostics() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = (write(dir.path(), "old.prisma", V1), write(dir.path(), "new.prisma", "model A {\n  oops\n}\n"));
    bin().args(["migrate", &old, &new]).assert().code(1).stdout("").stderr(predicate::str::contains("new.prisma:2:3"));
}

#[test]
fn diff_shows_the_ddl_change_as_a_unified_diff() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = (write(dir.path(), "old.prisma", V1), write(dir.path(), "new.prisma", V2));
    bin()
        .args(["diff", &old, &new])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(format!("--- {old}\n+++ {new}\n@@ ")))
        .stdout(predicate::str::contains("     \"email\" TEXT NOT NULL,\n+    \"name\" TEXT,\n"))
        .stdout(predicate::str::contains(
            "+-- CreateIndex\n+CREATE UNIQUE INDEX \"User_email_key\" ON \"User\"(\"email\");\n",
        ))
        .stdout(predicate::str::contains("\x1b").not());
}

#[test]
fn diff_ignores_the_order_of_models() {
    let dir = tempfile::tempdir().unwrap();
    let a = "model A {\n  id Int @id\n}\n";
    let b = "model B {\n  id Int @id\n  x Int\n  @@index([x])\n}\n";
    let (old, new) =
        (write(dir.path(), "old.prisma", &format!("{a}{b}")), write(dir.path(), "new.prisma", &format!("{b}{a}")));
    bin().args(["diff", "--exit-code", &old, &new]).assert().code(0).stdout("");
}

#[test]
fn diff_exit_code_is_2_when_something_changed() {
    let repo = repository();
    bin()
        .current_dir(repo.path())
        .args(["diff", "--exit-code", "v1:schema.prisma", "schema.prisma"])
        .assert()
        .code(2)
        .stdout(predicate::str::starts_with("--- v1:schema.prisma\n+++ schema.prisma\n"));
    bin().current_dir(repo.path()).args(["diff", "v1:schema.prisma", "schema.prisma"]).assert().code(0);
}

#[test]
fn diff_takes_its_context_size() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = (write(dir.path(), "old.prisma", V1), write(dir.path(), "new.prisma", V2));
    bin()
        .args(["diff", "-U", "0", &old, &new])
        .assert()
        .success()
        .stdout(predicate::str::contains("@@ -7,0 +8 @@\n+    \"name\" TEXT,\n"));
}

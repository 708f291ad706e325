//! Schemas read from git: `REV:PATH` is a file, or a folder of `.prisma` files, as it was at a
//! revision. `git` runs in the current directory, and PATH is relative to it, as it would be for a
//! file on disk.

use prisma2sql_syntax::{LoadError, Sources};
use std::path::Path;
use std::process::{Command, Output};

/// A `REV:PATH` argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revision<'a> {
    pub rev: &'a str,
    pub path: &'a str,
}

impl<'a> Revision<'a> {
    /// Reads `spec` as `REV:PATH`, unless it is `-` or names something on disk.
    pub fn parse(spec: &'a str) -> Option<Revision<'a>> {
        if spec == "-" || Path::new(spec).exists() {
            return None;
        }
        let (rev, path) = spec.split_once(':')?;
        (!rev.is_empty() && !path.is_empty()).then_some(Revision { rev, path })
    }

    fn spec(&self) -> String {
        format!("{}:{}", self.rev, self.path)
    }

    /// The git object name of the path: relative to the current directory, or an absolute path
    /// inside the work tree.
    fn object(&self) -> Result<String, String> {
        let path = self.path;
        if Path::new(path).is_absolute() {
            let top = git(&["rev-parse", "--show-toplevel"])?;
            let top = String::from_utf8_lossy(&top.stdout).trim().to_owned();
            let inside = Path::new(path)
                .strip_prefix(&top)
                .map_err(|_| format!("`{path}` is outside the git work tree `{top}`"))?;
            return Ok(format!("{}:{}", self.rev, inside.to_string_lossy()));
        }
        Ok(if path.starts_with("./") || path.starts_with("../") {
            format!("{}:{path}", self.rev)
        } else {
            format!("{}:./{path}", self.rev)
        })
    }

    /// Reads the file, or every `.prisma` file below the folder, at the revision.
    pub fn load(&self) -> Result<Sources, LoadError> {
        let spec = self.spec();
        let fail = |message: String| LoadError::Io { path: spec.clone(), message };
        let commit = git(&["rev-parse", "--verify", "--quiet", &format!("{}^{{commit}}", self.rev)]).map_err(&fail)?;
        if !commit.status.success() {
            let stderr = String::from_utf8_lossy(&commit.stderr);
            return Err(fail(if stderr.contains("not a git repository") {
                "no such file or folder, and this is not a git repository (for `REV:PATH`)".to_owned()
            } else {
                format!("no such file or folder, and git knows no revision `{}`", self.rev)
            }));
        }
        let object = self.object().map_err(&fail)?;
        let kind = git(&["cat-file", "-t", &object]).map_err(&fail)?;
        if !kind.status.success() {
            return Err(fail(format!("`{}` does not exist at revision `{}`", self.path, self.rev)));
        }
        let mut sources = Sources::new();
        match String::from_utf8_lossy(&kind.stdout).trim() {
            "blob" => {
                sources.add_bytes(spec.clone(), read_blob(&object).map_err(&fail)?)?;
            }
            "tree" => {
                let mut files = prisma_files(&object).map_err(&fail)?;
                if files.is_empty() {
                    return Err(LoadError::NoSchemaFiles { path: spec });
                }
                // Sorted as UTF-16 code units, as a folder on disk is.
                files.sort_by(|a, b| a.0.encode_utf16().cmp(b.0.encode_utf16()));
                for (name, blob) in files {
                    let name = format!("{}/{name}", spec.trim_end_matches('/'));
                    let bytes = read_blob(&blob).map_err(|message| LoadError::Io { path: name.clone(), message })?;
                    sources.add_bytes(name, bytes)?;
                }
            }
            other => return Err(fail(format!("this is a git {other}, not a file or a folder"))),
        }
        Ok(sources)
    }
}

/// Runs git; the error is a message for the user.
fn git(args: &[&str]) -> Result<Output, String> {
    Command::new("git").args(args).output().map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => "reading `REV:PATH` needs git, which is not installed".to_owned(),
        _ => format!("could not run git: {e}"),
    })
}

fn read_blob(object: &str) -> Result<Vec<u8>, String> {
    let output = git(&["cat-file", "blob", object])?;
    if !output.status.success() {
        return Err(format!("git could not read it: {}", String::from_utf8_lossy(&output.stderr).trim()));
    }
    Ok(output.stdout)
}

/// The `.prisma` files below a tree: (path below the tree, blob id).
fn prisma_files(tree: &str) -> Result<Vec<(String, String)>, String> {
    let output = git(&["ls-tree", "-r", "-z", tree])?;
    if !output.status.success() {
        return Err(format!("git could not list it: {}", String::from_utf8_lossy(&output.stderr).trim()));
    }
    let listing = String::from_utf8_lossy(&output.stdout);
    Ok(listing
        .split('\0')
        .filter_map(|entry| {
            // `<mode> blob <id>\t<path>`
            let (meta, path) = entry.split_once('\t')?;
            let mut meta = meta.split(' ');
            let (_, kind, id) = (meta.next()?, meta.next()?, meta.next()?);
            (kind == "blob" && path.ends_with(".prisma")).then(|| (path.to_owned(), id.to_owned()))
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn revision_and_path() {
        assert_eq!(
            Revision::parse("main:prisma/schema.prisma"),
            Some(Revision { rev: "main", path: "prisma/schema.prisma" })
        );
        assert_eq!(Revision::parse("HEAD~2:schema"), Some(Revision { rev: "HEAD~2", path: "schema" }));
        assert_eq!(Revision::parse("-"), None);
        assert_eq!(Revision::parse("schema.prisma"), None);
        assert_eq!(Revision::parse(":schema.prisma"), None);
        assert_eq!(Revision { rev: "v1", path: "a/b.prisma" }.object(), Ok("v1:./a/b.prisma".to_owned()));
        assert_eq!(Revision { rev: "v1", path: "../b.prisma" }.object(), Ok("v1:../b.prisma".to_owned()));
    }
}

//! Schema sources: one file, every `.prisma` file under a folder, or standard input.

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// Index of a file in [`Sources`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct FileId(pub u32);

/// A byte range in one source file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    pub file: FileId,
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(file: FileId, start: usize, end: usize) -> Span {
        Span { file, start: start as u32, end: end as u32 }
    }

    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    /// The smallest span covering both (which must be in the same file).
    pub fn to(self, other: Span) -> Span {
        Span { file: self.file, start: self.start.min(other.start), end: self.end.max(other.end) }
    }
}

#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The name shown in diagnostics: the path as given (or below the folder given), `<stdin>` for
    /// standard input.
    pub name: String,
    pub text: String,
    /// Byte offsets where lines start, computed on first use.
    line_starts: OnceLock<Vec<u32>>,
}

impl SourceFile {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> SourceFile {
        SourceFile { name: name.into(), text: text.into(), line_starts: OnceLock::new() }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(&self.text, offset.min(self.text.len()));
        let starts = self.line_starts.get_or_init(|| {
            std::iter::once(0).chain(memchr::memchr_iter(b'\n', self.text.as_bytes()).map(|i| i as u32 + 1)).collect()
        });
        let line = starts.partition_point(|&start| start as usize <= offset);
        let line_start = starts[line - 1] as usize;
        let col = self.text[line_start..offset].chars().count() + 1;
        (line, col)
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The files of one schema, in a fixed order.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    files: Vec<SourceFile>,
}

impl Sources {
    pub fn new() -> Sources {
        Sources::default()
    }

    /// A schema made of one in-memory text.
    pub fn single(name: impl Into<String>, text: impl Into<String>) -> Sources {
        let mut sources = Sources::new();
        sources.add(name, text);
        sources
    }

    pub fn add(&mut self, name: impl Into<String>, text: impl Into<String>) -> FileId {
        self.files.push(SourceFile::new(name, text));
        FileId(self.files.len() as u32 - 1)
    }

    /// Adds a file read some other way (from git, say), checked as [`Sources::load`] checks
    /// files: text, in UTF-8.
    pub fn add_bytes(&mut self, name: impl Into<String>, bytes: Vec<u8>) -> Result<FileId, LoadError> {
        let name = name.into();
        let text = decode(&name, bytes)?;
        Ok(self.add(name, text))
    }

    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    pub fn iter(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files.iter().enumerate().map(|(i, f)| (FileId(i as u32), f))
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// The text a span covers.
    pub fn text(&self, span: Span) -> &str {
        let text = &self.get(span.file).text;
        text.get(span.range()).unwrap_or("")
    }

    /// Reads a schema: `-` is standard input, a folder is every `.prisma` file below it (sorted by
    /// path, so the order never depends on the file system), anything else is one file.
    pub fn load(path: &str) -> Result<Sources, LoadError> {
        if path == "-" {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| LoadError::Io { path: "<stdin>".into(), message: e.to_string() })?;
            let mut sources = Sources::new();
            sources.add("<stdin>", decode("<stdin>", bytes)?);
            return Ok(sources);
        }
        let p = Path::new(path);
        let meta = std::fs::metadata(p).map_err(|e| io_error(path, e))?;
        let mut sources = Sources::new();
        if meta.is_dir() {
            let mut files = Vec::new();
            collect_prisma_files(p, &mut files).map_err(|e| io_error(path, e))?;
            if files.is_empty() {
                return Err(LoadError::NoSchemaFiles { path: path.into() });
            }
            // Sorted as UTF-16 code units, the order Prisma's own tooling reads a folder in.
            files.sort_by(|a, b| a.0.encode_utf16().cmp(b.0.encode_utf16()));
            for (_, file) in files {
                let name = file.to_string_lossy().into_owned();
                let bytes = std::fs::read(&file).map_err(|e| io_error(&name, e))?;
                let text = decode(&name, bytes)?;
                sources.add(name, text);
            }
        } else {
            let bytes = std::fs::read(p).map_err(|e| io_error(path, e))?;
            sources.add(path, decode(path, bytes)?);
        }
        Ok(sources)
    }
}

fn collect_prisma_files(dir: &Path, out: &mut Vec<(String, PathBuf)>) -> std::io::Result<()> {
    let mut stack = vec![dir.to_path_buf()];
    while let Some(current) = stack.pop() {
        for entry in std::fs::read_dir(&current)? {
            let entry = entry?;
            let path = entry.path();
            let file_type =
                std::fs::metadata(&path).map(|m| m.file_type()).unwrap_or_else(|_| entry.file_type().unwrap());
            if file_type.is_dir() {
                stack.push(path);
            } else if file_type.is_file() && path.extension().is_some_and(|e| e == "prisma") {
                let relative = path.strip_prefix(dir).unwrap_or(&path).to_string_lossy().into_owned();
                out.push((relative, path));
            }
        }
    }
    Ok(())
}

fn io_error(path: &str, e: std::io::Error) -> LoadError {
    match e.kind() {
        std::io::ErrorKind::NotFound => LoadError::NotFound { path: path.into() },
        std::io::ErrorKind::PermissionDenied => LoadError::PermissionDenied { path: path.into() },
        _ => LoadError::Io { path: path.into(), message: e.to_string() },
    }
}

fn decode(path: &str, bytes: Vec<u8>) -> Result<String, LoadError> {
    if let Some(offset) = memchr::memchr(0, &bytes) {
        return Err(LoadError::Binary { path: path.into(), offset });
    }
    String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let valid = &e.as_bytes()[..offset];
        let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let column = String::from_utf8_lossy(&valid[line_start..]).chars().count() + 1;
        LoadError::NotUtf8 { path: path.into(), line, column, byte: e.as_bytes()[offset] }
    })
}

/// Why a schema could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    NotFound { path: String },
    PermissionDenied { path: String },
    NoSchemaFiles { path: String },
    Binary { path: String, offset: usize },
    NotUtf8 { path: String, line: usize, column: usize, byte: u8 },
    Io { path: String, message: String },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::NotFound { path } => write!(f, "{path}: no such file or folder"),
            LoadError::PermissionDenied { path } => write!(f, "{path}: permission denied"),
            LoadError::NoSchemaFiles { path } => {
                write!(
                    f,
                    "{path}: the folder holds no `.prisma` file (a multi-file schema is a folder of `.prisma` files)"
                )
            }
            LoadError::Binary { path, offset } => {
                write!(
                    f,
                    "{path}: this is not a text file (a NUL byte at offset {offset}); a Prisma schema is UTF-8 text"
                )
            }
            LoadError::NotUtf8 { path, line, column, byte } => write!(
                f,
                "{path}:{line}:{column}: the file is not valid UTF-8 (byte 0x{byte:02X}); save the schema as UTF-8"
            ),
            LoadError::Io { path, message } => write!(f, "{path}: {message}"),
        }
    }
}

impl std::error::Error for LoadError {}

#[cfg(test)]
mod line_tests {
    use super::*;

    #[test]
    fn lines_and_columns() {
        let file = SourceFile::new("s", "ab\ncdé\n\nxyz");
        assert_eq!(file.line_col(0), (1, 1));
        assert_eq!(file.line_col(2), (1, 3));
        assert_eq!(file.line_col(3), (2, 1));
        assert_eq!(file.line_col(7), (2, 4)); // after the two-byte é
        assert_eq!(file.line_col(6), (2, 3)); // inside é: its start
        assert_eq!(file.line_col(8), (3, 1));
        assert_eq!(file.line_col(9), (4, 1));
        assert_eq!(file.line_col(100), (4, 4));
    }
}

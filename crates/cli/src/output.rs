//! Where results go: standard output, or a file written atomically.

use std::io::{self, IsTerminal, Write};
use std::path::Path;

/// The exit status when the reader of standard output went away before the end
/// (`prisma2sql s.prisma | head`): what a shell reports for a process ended by SIGPIPE.
pub const CLOSED_PIPE: u8 = 141;

/// Writes `text` to standard output.
pub fn stdout(text: &str) -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes()).and_then(|()| out.flush())
}

/// Writes `text` to `path` through a temporary file in the same folder, renamed into place: the
/// file is either the whole output or untouched, never half written.
pub fn file_atomically(path: &Path, text: &str) -> io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new().prefix(".prisma2sql-").suffix(".tmp").tempfile_in(dir)?;
    tmp.write_all(text.as_bytes())?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Whether diagnostics on standard error may be coloured (a terminal, and no `NO_COLOR`).
pub fn stderr_color() -> bool {
    color_allowed() && io::stderr().is_terminal()
}

/// Whether standard output may be coloured.
pub fn stdout_color() -> bool {
    color_allowed() && io::stdout().is_terminal()
}

fn color_allowed() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::env::var("TERM").map_or(true, |t| t != "dumb")
}

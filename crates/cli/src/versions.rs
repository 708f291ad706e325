//! The two versions of a schema that `migrate` and `diff` compare.

use crate::pipeline::Loaded;
use std::process::ExitCode;

/// OLD and NEW: each a file, a folder, `-` or `REV:PATH`.
#[derive(clap::Args)]
pub struct Versions {
    /// The schema before: a `.prisma` file, a folder, `-` for standard input, or `REV:PATH` read
    /// from git (`main:prisma/schema.prisma`).
    pub old: String,
    /// The schema after, in the same forms.
    pub new: String,
}

impl Versions {
    /// Loads both versions; on failure, reports it and gives the exit code.
    pub fn load(&self) -> Result<(Loaded, Loaded), ExitCode> {
        if self.old == "-" && self.new == "-" {
            crate::error("standard input can be read only once: give `-` for OLD or for NEW, not both");
            return Err(ExitCode::from(2));
        }
        let old = crate::load(&self.old)?;
        let new = crate::load(&self.new)?;
        crate::report_warnings(&old);
        crate::report_warnings(&new);
        Ok((old, new))
    }
}

//! Why an analyzer could not be built.

/// Errors in building an [`Analyzer`](crate::Analyzer): bad knowledge-base or lexicon files.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A knowledge-base table has a bad header or row.
    #[error("{file}: line {line}: {reason}")]
    Kb {
        /// The table's name (file name for user tables).
        file: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        reason: String,
    },
    /// An event lexicon has a bad row.
    #[error("{file}: line {line}: {reason}")]
    Lexicon {
        /// The lexicon's name.
        file: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        reason: String,
    },
}

/// Result with this crate's [`Error`].
pub type Result<T> = std::result::Result<T, Error>;

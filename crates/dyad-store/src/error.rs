//! Why a store operation failed.

/// Store errors; each names what a user can act on.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The SQLite database failed.
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The full-text index failed.
    #[error("full-text index: {0}")]
    Index(#[from] tantivy::TantivyError),
    /// A search query could not be parsed.
    #[error("bad search query: {0}")]
    Query(String),
    /// Reading or writing the store's folder failed.
    #[error("{path}: {source}")]
    Io {
        /// The file or folder.
        path: String,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The store was written by a newer dyad.
    #[error(
        "{path} is a version {found} store; this dyad reads versions up to {supported}: upgrade dyad"
    )]
    Version {
        /// The store folder.
        path: String,
        /// Version found on disk.
        found: u32,
        /// Newest version this build reads.
        supported: u32,
    },
    /// Another process is writing to the store.
    #[error("{path} is being written by another dyad process (lock held on {path}/LOCK)")]
    Locked {
        /// The store folder.
        path: String,
    },
    /// Stored JSON could not be read back.
    #[error("stored record is corrupt: {0}")]
    Json(#[from] serde_json::Error),
}

/// Result with this crate's [`Error`].
pub type Result<T> = std::result::Result<T, Error>;

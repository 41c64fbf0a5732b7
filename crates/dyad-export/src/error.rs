//! Why an export failed.

/// Export errors. Reading the store, writing the output and encoding it can fail; each
/// variant keeps the underlying error as its source.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Reading the store failed.
    #[error(transparent)]
    Store(#[from] dyad_store::Error),
    /// Writing the output failed (a full disk, a closed pipe).
    #[error("writing the export")]
    Io(#[from] std::io::Error),
    /// Encoding Parquet failed.
    #[error("encoding Parquet")]
    Parquet(#[from] ::parquet::errors::ParquetError),
    /// Encoding JSON failed.
    #[error("encoding JSON")]
    Json(#[from] serde_json::Error),
    /// A row did not fit its table's declared schema (a bug in dyad, reported, not panicked on).
    #[error("column {column} of table {table}: {reason}")]
    Schema {
        /// The table.
        table: &'static str,
        /// The column.
        column: &'static str,
        /// What did not fit.
        reason: &'static str,
    },
}

/// Result with this crate's [`Error`].
pub type Result<T> = std::result::Result<T, Error>;

/// A JSON error, as [`Error::Io`] when writing failed (so that a closed pipe is recognised).
pub(crate) fn json(e: serde_json::Error) -> Error {
    if e.is_io() { Error::Io(e.into()) } else { Error::Json(e) }
}

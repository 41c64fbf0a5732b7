//! Why an input could not be turned into an article.

/// Why extraction or reading failed. Every variant says what a user needs to fix or skip it;
/// the caller adds the file name.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input holds no bytes.
    #[error("empty input")]
    Empty,
    /// The input looks like binary data, not text or HTML.
    #[error("binary data, not text or HTML ({reason})")]
    Binary {
        /// What gave it away.
        reason: String,
    },
    /// The input (or its decompressed form) is larger than the configured limit.
    #[error("too large: over the {limit} byte limit (--max-bytes)")]
    TooLarge {
        /// The limit in bytes.
        limit: usize,
    },
    /// A gzip stream is corrupt or cut short.
    #[error("bad gzip data: {reason}")]
    Gzip {
        /// The decoder's message.
        reason: String,
    },
    /// Text declared (or required) as UTF-8 is not.
    #[error("invalid UTF-8 at byte {offset}")]
    Utf8 {
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// A JSON Lines record is not a valid object of the expected shape.
    #[error("line {line}: {reason}")]
    Json {
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        reason: String,
    },
    /// A WARC record is malformed.
    #[error("WARC record at byte {offset}: {reason}")]
    Warc {
        /// Byte offset of the record in the (decompressed) stream.
        offset: u64,
        /// What is wrong.
        reason: String,
    },
    /// An RSS or Atom feed cannot be read.
    #[error("feed: {reason}")]
    Feed {
        /// What is wrong.
        reason: String,
    },
    /// The page parsed but holds no article text.
    #[error("no article text found")]
    NoText,
    /// Reading the underlying stream failed.
    #[error("read error: {0}")]
    Io(#[from] std::io::Error),
}

/// Result with this crate's [`Error`].
pub type Result<T> = std::result::Result<T, Error>;

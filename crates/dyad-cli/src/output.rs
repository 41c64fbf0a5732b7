//! Writing records to stdout: JSON Lines for scripts, aligned text for people.

use serde::Serialize;
use std::io::{BufWriter, StdoutLock, Write};

/// Buffered stdout; every write error (a closed pipe included) is returned, not panicked on.
pub(crate) struct Out {
    w: BufWriter<StdoutLock<'static>>,
}

impl Out {
    pub(crate) fn new() -> Out {
        Out { w: BufWriter::new(std::io::stdout().lock()) }
    }

    /// One JSON object on one line.
    pub(crate) fn json<T: Serialize>(&mut self, value: &T) -> std::io::Result<()> {
        serde_json::to_writer(&mut self.w, value)?;
        self.w.write_all(b"\n")
    }

    /// A line of text.
    pub(crate) fn line(&mut self, s: &str) -> std::io::Result<()> {
        self.w.write_all(s.as_bytes())?;
        self.w.write_all(b"\n")
    }

    pub(crate) fn flush(&mut self) -> std::io::Result<()> {
        self.w.flush()
    }
}

/// `s` cut to `max` characters with an ellipsis, newlines flattened.
pub(crate) fn clip(s: &str, max: usize) -> String {
    let flat = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        return flat;
    }
    let mut out: String = flat.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// An optional string or a dash.
pub(crate) fn or_dash(s: Option<&str>) -> &str {
    s.filter(|s| !s.is_empty()).unwrap_or("-")
}

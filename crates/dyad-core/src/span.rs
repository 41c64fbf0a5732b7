//! Byte spans into an article's clean text.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A half-open range `start..end` of **byte** offsets into a [`Document`](crate::Document)'s text.
///
/// Inside Rust every layer speaks bytes, as tantivy's tokens do; the wire format speaks
/// characters (code points), and only [`CharOffsets`](crate::CharOffsets) converts between the two.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// Makes a span over `text`, refusing offsets that are reversed, out of range or not on a
    /// character boundary (as spaCy's `Doc.char_span` refuses misaligned offsets).
    pub fn new(text: &str, start: usize, end: usize) -> Option<Span> {
        (start <= end && text.is_char_boundary(start) && text.is_char_boundary(end))
            .then_some(Span { start, end })
    }

    /// Makes a span without checking it against a text; [`check`](crate::check) verifies it later.
    pub const fn at(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Length in bytes.
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers nothing.
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// True when `other` lies wholly inside this span.
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }

    /// The text under this span, or `None` when the span does not fit `text`.
    pub fn text<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.start..self.end)
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// Converts byte offsets of one text into character (code point) offsets, the unit of the
/// wire format: Python scorers and JavaScript slice strings by code points.
#[derive(Debug, Clone)]
pub struct CharOffsets {
    /// `byte_starts[i]` is the byte offset of character `i`; empty when the text is ASCII, where
    /// bytes and characters coincide.
    byte_starts: Vec<usize>,
    len_bytes: usize,
}

impl CharOffsets {
    /// Indexes `text` once; each conversion is then a binary search (or nothing, for ASCII).
    pub fn new(text: &str) -> CharOffsets {
        let byte_starts = if text.is_ascii() {
            Vec::new()
        } else {
            text.char_indices().map(|(i, _)| i).collect()
        };
        CharOffsets { byte_starts, len_bytes: text.len() }
    }

    /// The character offset of byte offset `byte` (which should be on a character boundary; a
    /// byte inside a character maps to that character's start).
    pub fn char_of(&self, byte: usize) -> usize {
        if self.byte_starts.is_empty() {
            return byte.min(self.len_bytes);
        }
        if byte >= self.len_bytes {
            return self.byte_starts.len();
        }
        match self.byte_starts.binary_search(&byte) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// A byte span as `[start, end]` character offsets.
    pub fn chars(&self, span: Span) -> [usize; 2] {
        [self.char_of(span.start), self.char_of(span.end)]
    }

    /// The byte offset of character offset `ch`, the inverse of [`char_of`](Self::char_of).
    pub fn byte_of(&self, ch: usize) -> usize {
        if self.byte_starts.is_empty() {
            return ch.min(self.len_bytes);
        }
        self.byte_starts.get(ch).copied().unwrap_or(self.len_bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_refuses_off_boundary_and_reversed() {
        let text = "Mr Peskov’s view";
        assert!(Span::new(text, 0, 2).is_some());
        let apostrophe = text.find('’').unwrap();
        assert!(Span::new(text, apostrophe + 1, apostrophe + 2).is_none());
        assert!(Span::new(text, 5, 3).is_none());
        assert!(Span::new(text, 0, text.len() + 1).is_none());
    }

    #[test]
    fn char_offsets_round_trip() {
        let text = "“Too early,” said Peskov.";
        let offsets = CharOffsets::new(text);
        let start = text.find("Peskov").unwrap();
        let span = Span::new(text, start, start + 6).unwrap();
        let [cs, ce] = offsets.chars(span);
        let chars: String = text.chars().skip(cs).take(ce - cs).collect();
        assert_eq!(chars, "Peskov");
        assert_eq!(offsets.byte_of(cs), start);
    }

    #[test]
    fn ascii_is_identity() {
        let offsets = CharOffsets::new("plain text");
        assert_eq!(offsets.chars(Span::at(2, 5)), [2, 5]);
        assert_eq!(offsets.char_of(99), 10);
    }
}

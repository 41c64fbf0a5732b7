//! One document taken out of a container, before extraction.

use crate::Hints;

/// A document from a container file (a JSON Lines record, a WARC response, a feed item):
/// its bytes and what the container said about it. Pass both to [`extract`](crate::extract).
#[derive(Debug, Clone)]
pub struct RawDoc {
    /// What the container knows (id, URL, date, charset, kind).
    pub hints: Hints,
    /// The page or text, as the container held it.
    pub body: Vec<u8>,
}

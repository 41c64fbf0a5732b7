//! Raw bytes to clean articles.
//!
//! [`extract`] turns one page (HTML or text, possibly gzip-compressed, in any charset) into a
//! [`dyad_core::Article`]: its clean text without ads, scripts, navigation and other site chrome,
//! and its title, publication date, author, outlet, dateline and language. The container
//! readers ([`read_jsonl`], [`WarcReader`], [`read_feed`]) split JSON Lines files, WARC
//! archives and RSS/Atom feeds into [`RawDoc`]s, each then extracted on its own.
//!
//! The crate does no file I/O of its own: callers hand it bytes or readers.

mod chrome;
mod content;
mod dateline;
mod decode;
mod error;
mod extract;
mod feed;
mod html;
mod jsonl;
mod meta;
mod plaintext;
mod raw;
#[cfg(test)]
mod smoke;
mod vocab;
mod warc;

pub use decode::{gunzip, is_gzip};
pub use error::{Error, Result};
pub use extract::{Hints, Kind, Options, extract, extract_text, looks_like_html};
pub use feed::read_feed;
pub use jsonl::read_jsonl;
pub use raw::RawDoc;
pub use warc::WarcReader;

//! Cross-article state: the only place dyad remembers one article while reading another.
//!
//! [`Folder`] takes analysed articles one at a time ([`Folder::push`]) and decides:
//! - whether each **copies** an earlier one: exact copies by the hash of the normalised text,
//!   near copies by MinHash signatures of word 5-shingles ([`Signature`], one-permutation
//!   hashing with densification) and LSH buckets, each candidate verified by the actual
//!   containment of one shingle set in the other ([`Shingles`]), so that a wire story cut
//!   short, re-led or padded by a site still counts. Copies are grouped under the first
//!   article seen ([`CopyGroup`]: outlets, URLs and dates);
//! - which **story** it joins ([`Story`]: title, time span, key actors, article count) by
//!   its words, actors and events and its distance in time, or whether it starts one;
//! - the **fold key** of each of its events, so the same phone call reported by five outlets,
//!   a day apart or with the sides swapped, is one event with five reports ([`EventFolder`];
//!   [`event_key`] is the stateless part).
//!
//! Everything lives in a window of stream time: stories with no article for
//! [`FoldOptions::story_gap_days`] are closed and leave the index, and sketches and events
//! older than [`FoldOptions::window_days`] are forgotten, so memory stops growing once the
//! window is full ([`Folder::size`]). The state is serialisable, so a store can keep it
//! between runs.
//!
//! ```
//! use dyad_core::{Article, Document, PartialDate};
//! use dyad_fold::{FoldOptions, Folder};
//!
//! let text = "Negotiators from Russia and the United States met in Geneva on Tuesday and agreed to meet again next month, officials from both delegations said after the session.";
//! let doc = |id: &str, source: &str| Document::new(Article { id: id.into(), source: Some(source.into()), text: text.into(), published: PartialDate::ymd(2019, 3, 12), ..Article::default() });
//! let mut folder = Folder::new(FoldOptions::default());
//! let first = folder.push(&doc("wire", "Wire"));
//! let copy = folder.push(&doc("reprint", "Daily"));
//! assert!(first.new_story && first.copy_of.is_none());
//! assert_eq!(copy.copy_of.unwrap().0.as_str(), "wire");
//! assert_eq!(copy.story.id, first.story.id);
//! assert_eq!(folder.copies_of(&"reprint".into()).unwrap().outlets(), ["Wire", "Daily"]);
//! ```

mod copies;
mod events;
mod folder;
mod idf;
mod minhash;
mod stories;

pub use copies::{CopyGroup, CopyMember};
pub use events::{EventFolder, event_key};
pub use folder::{FoldOptions, FoldOutcome, Folder, FolderSize};
pub use minhash::{
    MAX_SHINGLES, Overlap, SHINGLE_WORDS, SIGNATURE_LEN, Shingles, Signature, Sketch, exact_hash,
    words,
};
pub use stories::{Features, Story};

//! Cross-article state: the only place dyad remembers one article while reading another.
//!
//! - [`Folder`] takes analysed articles one at a time ([`Folder::push`]) and decides whether
//!   each copies an earlier one (MinHash signatures of word shingles, LSH buckets, candidates
//!   verified by similarity) and which [`Story`] it belongs to (shared actors, shared words,
//!   time distance), starting a new story when none fits. Old stories are closed so memory
//!   stays bounded.
//! - [`event_key`] names the real-world event an event record reports, so the same phone call
//!   reported by five outlets folds into one event with five mentions.
//!
//! ```
//! use dyad_core::{Article, Document, PartialDate};
//! use dyad_fold::{FoldOptions, Folder};
//!
//! let text = "Negotiators from Russia and the United States met in Geneva on Tuesday and agreed to meet again next month, officials from both delegations said after the session.";
//! let doc = |id: &str| Document::new(Article { id: id.into(), text: text.into(), published: PartialDate::ymd(2019, 3, 12), ..Article::default() });
//! let mut folder = Folder::new(FoldOptions::default());
//! let first = folder.push(&doc("wire"));
//! let copy = folder.push(&doc("reprint"));
//! assert!(first.new_story && first.copy_of.is_none());
//! assert_eq!(copy.copy_of.unwrap().0.as_str(), "wire");
//! assert_eq!(copy.story.id, first.story.id);
//! ```

mod events;
mod folder;
mod minhash;
mod stories;

pub use events::event_key;
pub use folder::{FoldOptions, FoldOutcome, Folder};
pub use minhash::{Signature, words};
pub use stories::{Features, Story};

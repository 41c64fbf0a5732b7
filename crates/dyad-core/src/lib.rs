//! dyad's document model.
//!
//! One clean text per article and standoff layers over it, as in spaCy's `Doc`: an
//! [`Article`] is what extraction produces; a [`Document`] holds the article and the layers the
//! analysis puts over its text (sentences, tokens, entity mentions, time expressions, quotes,
//! events). Every layer element is a plain record holding a byte [`Span`] into the text; the
//! wire format ([`AnalysisRecord`]) turns those into character spans in one place.
//!
//! This crate also holds the ids ([`ArticleId`], [`EntityId`] …), [`PartialDate`], the
//! CAMEO and PLOVER code tables ([`cameo`], [`plover`]) and the invariant checker ([`check`])
//! every layer's tests run.
//!
//! ```
//! use dyad_core::{Article, Document, Span};
//!
//! let text = "Kremlin spokesman Dmitry Peskov said talks were constructive.";
//! let doc = Document::new(Article { id: "a1".into(), text: text.into(), ..Article::default() });
//! let name = Span::new(doc.text(), 18, 31).expect("on char boundaries");
//! assert_eq!(doc.text_of(name), Some("Dmitry Peskov"));
//! assert!(dyad_core::check(&doc).is_ok());
//! ```

mod article;
mod check;
mod codes;
mod date;
mod date_text;
mod document;
mod hash;
mod ids;
mod span;
mod wire;

pub use article::Article;
pub use check::{Violation, check};
pub use codes::{CameoEntry, PloverEntry, QuadClass, cameo, cameo_codes, plover};
pub use date::{PartialDate, Precision, days_in_month, is_leap};
pub use date_text::{MONTHS, WEEKDAYS, month_number};
pub use document::{
    Document, Entity, EntityKind, Event, Mention, MentionKind, Participant, Quote, Sentence,
    TimeExpr, Token, TokenKind,
};
pub use hash::{stable_hash, stable_hash_parts};
pub use ids::{ActorCode, ArticleId, CameoCode, EntityId, EventId, PloverType, StoryId};
pub use span::{CharOffsets, Span};
pub use wire::{
    ActorRecord, AnalysisRecord, CharSpan, EventRecord, MentionRecord, ParticipantRecord,
    QuoteRecord, TimeRecord,
};

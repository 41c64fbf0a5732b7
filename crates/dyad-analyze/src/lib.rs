//! The per-article analysis: one function per layer over a [`dyad_core::Document`].
//!
//! [`Analyzer::analyze`] runs the layers in order: [`tokens`], [`sentences`], [`entities`]
//! (mentions resolved to canonical actors through the knowledge base [`Kb`]), [`times`]
//! (time expressions normalised against the publication date), [`quotes`] (who said what)
//! and [`events`] (who did what to whom, coded in CAMEO and PLOVER). Each layer is a pure
//! function of the document and the loaded data: no I/O, no clock.
//!
//! ```
//! use dyad_analyze::AnalyzerOptions;
//! use dyad_core::{Article, PartialDate};
//!
//! let analyzer = AnalyzerOptions::default().build().unwrap();
//! let article = Article {
//!     id: "a1".into(),
//!     published: PartialDate::ymd(2018, 3, 21),
//!     text: "US President Donald Trump phoned Vladimir Putin on Tuesday. \"The call went well,\" Trump said.".into(),
//!     ..Article::default()
//! };
//! let doc = analyzer.analyze(article);
//! assert!(doc.entities.iter().any(|e| e.id.as_str() == "person/vladimir_putin"));
//! assert_eq!(doc.times[0].value.unwrap().to_string(), "2018-03-20");
//! assert_eq!(doc.quotes[0].speaker_entity.as_ref().unwrap().as_str(), "person/donald_trump");
//! assert!(dyad_core::check(&doc).is_ok());
//! ```

mod analyzer;
mod entities;
mod error;
mod events;
mod kb;
mod quotemarks;
mod quotes;
mod sentences;
mod summits;
#[cfg(test)]
mod testutil;
mod times;
mod tokens;

pub use analyzer::{Analyzer, AnalyzerOptions};
pub use entities::entities;
pub use error::{Error, Result};
pub use events::{Lexicon, events};
pub use kb::{Country, Gender, Kb, KbRef, Organisation, Person, Role};
pub use quotes::quotes;
pub use sentences::sentences;
pub use summits::{Summit, Summits};
pub use times::{times, times_with_facts};
pub use tokens::tokens;

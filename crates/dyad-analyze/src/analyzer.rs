//! The analyzer: the knowledge base and lexicons loaded once, and the layer order.

use crate::events::Lexicon;
use crate::kb::Kb;
use crate::summits::Summits;
use crate::{Result, entities, events, quotes, sentences, times_with_facts, tokens};
use dyad_core::{Article, Document};

/// How to build an [`Analyzer`]: user knowledge-base tables on top of the embedded one.
#[derive(Debug, Clone, Default)]
pub struct AnalyzerOptions {
    /// User actor tables as `(name, contents)`, in the formats of `data/kb/` (`--actors FILE`).
    pub actor_tables: Vec<(String, String)>,
}

impl AnalyzerOptions {
    /// Loads the knowledge base and lexicons into an immutable analyzer.
    pub fn build(&self) -> Result<Analyzer> {
        let mut kb = Kb::embedded();
        for (name, text) in &self.actor_tables {
            kb.add_user_table(name, text)?;
        }
        Ok(Analyzer { kb, lexicon: Lexicon::embedded()?, summits: Summits::embedded()? })
    }
}

/// Runs the per-article layers. Immutable and `Sync`: share one across threads.
#[derive(Debug, Clone)]
pub struct Analyzer {
    kb: Kb,
    lexicon: Lexicon,
    summits: Summits,
}

impl Analyzer {
    /// The knowledge base in use.
    pub fn kb(&self) -> &Kb {
        &self.kb
    }

    /// Analyses one article. The layers run in the order each needs: tokens, then sentences
    /// (over tokens), entities (over both), times (with the facts of the knowledge base and
    /// the summit tables), quotes (over entities), events (over all).
    pub fn analyze(&self, article: Article) -> Document {
        let mut doc = Document::new(article);
        doc.tokens = tokens(doc.text());
        doc.sentences = sentences(doc.text(), &doc.tokens);
        let (entities, mentions) = entities(&doc, &self.kb);
        doc.entities = entities;
        doc.mentions = mentions;
        doc.times = times_with_facts(&doc, &self.kb, &self.summits);
        doc.quotes = quotes(&doc);
        doc.events = events(&doc, &self.lexicon);
        debug_assert!(dyad_core::check(&doc).is_ok(), "{:?}", dyad_core::check(&doc));
        doc
    }
}

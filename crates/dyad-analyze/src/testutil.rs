//! Helpers for the layers' tests: run the whole analysis on a short article of our own.

use crate::{Analyzer, AnalyzerOptions};
use dyad_core::{Article, Document, PartialDate};
use std::sync::OnceLock;

/// One analyzer for all tests (the knowledge base loads once).
pub(crate) fn analyzer() -> &'static Analyzer {
    static A: OnceLock<Analyzer> = OnceLock::new();
    A.get_or_init(|| AnalyzerOptions::default().build().expect("embedded data loads"))
}

/// Analyses `text` published on `published` (ISO, or "" for unknown) and checks the contract.
pub(crate) fn analyse(text: &str, published: &str) -> Document {
    let article = Article {
        id: "t".into(),
        text: text.into(),
        published: PartialDate::parse_iso(published),
        ..Article::default()
    };
    let doc = analyzer().analyze(article);
    assert_eq!(dyad_core::check(&doc), Ok(()));
    doc
}

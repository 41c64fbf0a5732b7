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

/// Random text from news-like pieces (quotes, names, dates, punctuation), deterministic.
pub(crate) fn random_text(seed: u64, len: usize) -> String {
    const PIECES: &[&str] = &[
        "Putin",
        " said",
        " “",
        "”",
        "\"",
        " the Kremlin",
        " Mr.",
        " U.S.",
        " on Tuesday",
        " Trump",
        " met",
        " with",
        ",",
        ".",
        "\n\n",
        " he",
        " she",
        " according to",
        " Peskov",
        " last week",
        " 20/03/2018",
        " March 20",
        " will meet",
        " did not",
        " if",
        " sanctions on",
        " Moscow",
        " ’s",
        " «",
        "»",
        " Sergei Lavrov",
        " phoned",
        " was received by",
        " in July",
        " 2014",
        " é",
        "—",
        " ",
    ];
    let mut x = seed | 1;
    let mut out = String::new();
    while out.len() < len {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        out.push_str(PIECES[(x % PIECES.len() as u64) as usize]);
    }
    out
}

#[test]
fn random_text_keeps_the_contract() {
    for seed in 1..200u64 {
        let text = random_text(seed, (seed as usize * 37) % 1500);
        analyse(&text, if seed % 3 == 0 { "" } else { "2018-03-21" });
    }
}

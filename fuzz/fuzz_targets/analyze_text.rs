//! Any text through the whole analysis: the document contract always holds.
#![no_main]
use dyad_analyze::{Analyzer, AnalyzerOptions};
use dyad_core::{Article, PartialDate};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn analyzer() -> &'static Analyzer {
    static A: OnceLock<Analyzer> = OnceLock::new();
    A.get_or_init(|| AnalyzerOptions::default().build().expect("embedded data"))
}

fuzz_target!(|text: &str| {
    let article = Article { id: "fuzz".into(), text: text.to_owned(), published: PartialDate::ymd(2018, 3, 21), ..Article::default() };
    let doc = analyzer().analyze(article);
    assert_eq!(dyad_core::check(&doc), Ok(()));
});

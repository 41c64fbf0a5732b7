//! Throughput of each analysis layer and of the whole analysis, on one core, over the sample
//! corpus's articles (our own text, `tools/corpus/articles.json`), repeated.
//!
//! `cargo bench -p dyad-analyze` prints tokens/s and sentences/s per layer; the work is
//! asserted (mentions, quotes and events found) so an empty run cannot look fast.

use dyad_analyze::{AnalyzerOptions, entities, events, quotes, sentences, times, tokens};
use dyad_core::{Article, Document, PartialDate};
use std::time::Instant;

fn corpus() -> Vec<Article> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tools/corpus/articles.json");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("articles.json")).expect("JSON");
    json.as_array()
        .expect("a list")
        .iter()
        .map(|a| Article {
            id: a["id"].as_str().unwrap_or("").into(),
            published: a["published"].as_str().and_then(PartialDate::parse_iso),
            text: a["paragraphs"]
                .as_array()
                .expect("paragraphs")
                .iter()
                .filter_map(|p| p.as_str())
                .collect::<Vec<_>>()
                .join("\n\n"),
            ..Article::default()
        })
        .collect()
}

fn main() {
    let analyzer = AnalyzerOptions::default().build().expect("embedded data");
    let articles = corpus();
    let rounds = 30;
    // Layers in order, each timed alone on documents prepared by the layers before it.
    let mut docs: Vec<Document> = articles.iter().cloned().map(Document::new).collect();
    let (mut n_tokens, mut n_sentences) = (0usize, 0usize);
    let t = Instant::now();
    for _ in 0..rounds {
        for d in &mut docs {
            d.tokens = tokens(d.text());
        }
    }
    let tok_time = t.elapsed().as_secs_f64();
    let t = Instant::now();
    for _ in 0..rounds {
        for d in &mut docs {
            d.sentences = sentences(d.text(), &d.tokens);
        }
    }
    let sent_time = t.elapsed().as_secs_f64();
    for d in &docs {
        n_tokens += d.tokens.len();
        n_sentences += d.sentences.len();
    }
    let t = Instant::now();
    for _ in 0..rounds {
        for d in &mut docs {
            let (e, m) = entities(d, analyzer.kb());
            d.entities = e;
            d.mentions = m;
        }
    }
    let ent_time = t.elapsed().as_secs_f64();
    let t = Instant::now();
    for _ in 0..rounds {
        for d in &mut docs {
            d.times = times(d);
        }
    }
    let time_time = t.elapsed().as_secs_f64();
    let t = Instant::now();
    for _ in 0..rounds {
        for d in &mut docs {
            d.quotes = quotes(d);
        }
    }
    let quote_time = t.elapsed().as_secs_f64();
    let lexicon = dyad_analyze::Lexicon::embedded().expect("lexicon");
    let t = Instant::now();
    for _ in 0..rounds {
        for d in &mut docs {
            d.events = events(d, &lexicon);
        }
    }
    let event_time = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let mut found = (0, 0, 0);
    for _ in 0..rounds {
        for a in &articles {
            let d = analyzer.analyze(a.clone());
            found =
                (found.0 + d.mentions.len(), found.1 + d.quotes.len(), found.2 + d.events.len());
        }
    }
    let all_time = t.elapsed().as_secs_f64();
    assert!(found.0 > 0 && found.1 > 0 && found.2 > 0, "the analysis found nothing: {found:?}");
    let (tok, sen) = ((n_tokens * rounds) as f64, (n_sentences * rounds) as f64);
    println!(
        "analysis throughput, one core, {} articles × {rounds} ({n_tokens} tokens, {n_sentences} sentences per round)",
        articles.len()
    );
    for (layer, secs) in [
        ("tokens", tok_time),
        ("sentences", sent_time),
        ("entities", ent_time),
        ("times", time_time),
        ("quotes", quote_time),
        ("events", event_time),
        ("whole analysis", all_time),
    ] {
        println!("{layer:>15}: {:>10.0} tokens/s {:>9.0} sentences/s", tok / secs, sen / secs);
    }
}

//! The folder on a labelled news stream: what `bench/clustering.sh` runs.
//!
//! ```text
//! cargo bench -p dyad-fold --bench clustering -- STREAM.jsonl OUTDIR [--shuffles N] [--long-days D] [--per-day R] [--jitter DAYS] [--options JSON]
//! ```
//!
//! Reads the stream (JSON Lines, `{"id", "url", "source", "title", "published", "text"}`) and
//! runs dyad-analyze's whole analysis on each article, as `dyad ingest` does, then, timing
//! only the folder:
//! - folds the stream in its order and writes `OUTDIR/pred-base.jsonl`
//!   (`{"id", "story", "copy_of"}` per article) for `bench/clustering/score.py`;
//! - folds `N` perturbed orders (each article moved by up to two days at random, seeded;
//!   `--jitter DAYS` to change it, `--jitter 10000` for a full shuffle) into
//!   `OUTDIR/pred-shuffle-K.jsonl`, to measure how much the result depends on arrival order;
//! - times [`Signature::of`] and [`Sketch::of`] over the stream's texts (documents per second,
//!   one core) and [`Folder::push`] over the whole stream (articles per second, one core);
//! - runs a long stream (`D` days of `R` articles a day, made from the labelled articles with
//!   most words re-spelled per cycle so cycles do not copy each other) and reports the
//!   folder's size counters and the process RSS every few days: they stop growing once the
//!   window is full.
//!
//! `--options` takes [`FoldOptions`] as JSON (unset fields keep their defaults).
//! Prints one JSON object with the figures on stdout. The work is asserted (stories and copies
//! found), so an empty run cannot look fast.

use dyad_analyze::AnalyzerOptions;
use dyad_core::{Article, Document, PartialDate};
use dyad_fold::{FoldOptions, Folder, Signature, Sketch};
use std::error::Error;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

struct Args {
    stream: PathBuf,
    out: PathBuf,
    shuffles: usize,
    long_days: i64,
    per_day: usize,
    options: FoldOptions,
    jitter_days: f64,
}

fn args() -> Result<Args, Box<dyn Error>> {
    // `cargo bench` adds `--bench`; skip it.
    let raw: Vec<String> = std::env::args().skip(1).filter(|a| a != "--bench").collect();
    let mut positional = Vec::new();
    let (mut shuffles, mut long_days, mut per_day) = (5usize, 120i64, 1000usize);
    let mut options = FoldOptions::default();
    let mut jitter_days = 2.0;
    let mut it = raw.into_iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--shuffles" => shuffles = it.next().ok_or("--shuffles N")?.parse()?,
            "--long-days" => long_days = it.next().ok_or("--long-days D")?.parse()?,
            "--per-day" => per_day = it.next().ok_or("--per-day R")?.parse()?,
            "--jitter" => jitter_days = it.next().ok_or("--jitter DAYS")?.parse()?,
            "--options" => options = serde_json::from_str(&it.next().ok_or("--options JSON")?)?,
            _ => positional.push(a),
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let stream = positional
        .first()
        .map_or_else(|| root.join("bench/clustering/stream.jsonl"), PathBuf::from);
    let out = positional.get(1).map_or_else(|| root.join("bench/out/clustering"), PathBuf::from);
    Ok(Args { stream, out, shuffles, long_days, per_day, options, jitter_days })
}

/// One record of the stream (the JSON Lines input `dyad ingest` reads).
#[derive(serde::Deserialize)]
struct Record {
    id: String,
    url: Option<String>,
    source: Option<String>,
    title: Option<String>,
    published: Option<String>,
    text: String,
}

/// The stream's articles, analysed as `dyad ingest` analyses them (the text is already clean,
/// so extraction is skipped).
fn load(path: &Path) -> Result<Vec<Document>, Box<dyn Error>> {
    let analyzer = AnalyzerOptions::default().build()?;
    let mut docs = Vec::new();
    for line in BufReader::new(File::open(path)?).lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let r: Record = serde_json::from_str(&line)?;
        let article = Article {
            id: r.id.into(),
            url: r.url,
            source: r.source,
            title: r.title,
            published: r.published.as_deref().and_then(PartialDate::parse_iso),
            text: r.text,
            ..Article::default()
        };
        docs.push(analyzer.analyze(article));
    }
    Ok(docs)
}

/// The record id without the container prefix (`stream.jsonl:a0001` → `a0001`).
fn short_id(id: &str) -> &str {
    id.rsplit(':').next().unwrap_or(id)
}

/// Folds `docs` in the order of `order`, writing predictions to `path`.
fn fold_into(
    docs: &[Document],
    order: &[usize],
    options: &FoldOptions,
    path: &Path,
) -> Result<(usize, usize), Box<dyn Error>> {
    let mut folder = Folder::new(options.clone());
    let mut out = BufWriter::new(File::create(path)?);
    let (mut stories, mut copies) = (0, 0);
    for &i in order {
        let Some(doc) = docs.get(i) else { continue };
        let o = folder.push(doc);
        stories += usize::from(o.new_story);
        copies += usize::from(o.copy_of.is_some());
        let rec = serde_json::json!({
            "id": short_id(doc.article.id.as_str()),
            "story": o.story.id.as_str(),
            "copy_of": o.copy_of.as_ref().map(|c| short_id(c.0.as_str())),
        });
        writeln!(out, "{rec}")?;
    }
    out.flush()?;
    Ok((stories, copies))
}

/// A small deterministic generator (splitmix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// The stream order with each article moved by up to `jitter_days` at random.
fn perturbed(docs: &[Document], seed: u64, jitter_days: f64) -> Vec<usize> {
    let mut rng = Rng(seed);
    let mut keyed: Vec<(f64, usize)> = docs
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let day = d.article.published.map_or(0, |p| p.days_from_epoch()) as f64;
            (day + (rng.unit() * 2.0 - 1.0) * jitter_days, i)
        })
        .collect();
    keyed.sort_by(|a, b| a.0.total_cmp(&b.0));
    keyed.into_iter().map(|(_, i)| i).collect()
}

/// Documents per second of `f` over the texts, repeated for at least a second.
fn rate(texts: &[&str], mut f: impl FnMut(&str) -> u64) -> f64 {
    let started = Instant::now();
    let mut n = 0usize;
    let mut sink = 0u64;
    while started.elapsed().as_secs_f64() < 1.5 {
        for t in texts {
            sink = sink.wrapping_add(f(t));
            n += 1;
        }
    }
    std::hint::black_box(sink);
    n as f64 / started.elapsed().as_secs_f64()
}

fn rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
        })
        .unwrap_or(0)
}

/// `text` with most words re-spelled for cycle `k`: each word has four spellings and a cycle
/// picks one per word (the same throughout the cycle, so copies stay copies within it). Two
/// cycles share about a quarter of their words' spellings, so hardly any 5-shingle, and the
/// vocabulary stays bounded, as a real stream's mostly does.
fn respell(text: &str, k: usize) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 2);
    for (i, w) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(w);
        let variant = dyad_core::stable_hash_parts(&[w.as_bytes(), &k.to_le_bytes()]) % 4;
        if variant > 0 && w.chars().all(char::is_alphanumeric) {
            out.push_str(&format!("q{variant}"));
        }
    }
    out
}

fn main() -> Result<(), Box<dyn Error>> {
    let args = args()?;
    std::fs::create_dir_all(&args.out)?;
    let t = Instant::now();
    let docs = load(&args.stream)?;
    let analyse_s = t.elapsed().as_secs_f64();
    assert!(docs.len() >= 300, "the labelled stream has {} articles", docs.len());

    // Accuracy runs: the stream order, then perturbed orders.
    let order: Vec<usize> = (0..docs.len()).collect();
    let (stories, copies) =
        fold_into(&docs, &order, &args.options, &args.out.join("pred-base.jsonl"))?;
    assert!(stories >= 30 && copies > 0, "{stories} stories, {copies} copies");
    for k in 1..=args.shuffles {
        let order = perturbed(&docs, k as u64, args.jitter_days);
        fold_into(&docs, &order, &args.options, &args.out.join(format!("pred-shuffle-{k}.jsonl")))?;
    }

    // Speed: signatures, sketches, and the folder.
    let texts: Vec<&str> = docs.iter().map(Document::text).collect();
    let words: usize = texts.iter().map(|t| t.split_whitespace().count()).sum();
    let signature_rate =
        rate(&texts, |t| u64::from(Signature::of(t).0.first().copied().unwrap_or(0)));
    let sketch_rate = rate(&texts, |t| Sketch::of(t).exact);
    let started = Instant::now();
    let mut pushed = 0usize;
    while started.elapsed().as_secs_f64() < 2.0 {
        let mut folder = Folder::new(args.options.clone());
        for d in &docs {
            std::hint::black_box(folder.push(d));
            pushed += 1;
        }
    }
    let fold_rate = pushed as f64 / started.elapsed().as_secs_f64();

    // Memory over a long stream.
    let mut folder = Folder::new(args.options.clone());
    let base = PartialDate::ymd(2020, 1, 1).map_or(0, |d| d.days_from_epoch());
    let total = args.long_days.max(1) as usize * args.per_day.max(1);
    let mut checkpoints = Vec::new();
    let every = (total / 12).max(1);
    let long_started = Instant::now();
    let mut segment = (Instant::now(), 0usize);
    let mut cycle_docs: Vec<Document> = Vec::new();
    let mut fold_time = 0.0f64;
    for n in 0..total {
        let i = n % docs.len();
        if i == 0 {
            let k = n / docs.len();
            cycle_docs = docs
                .iter()
                .map(|d| {
                    let mut d = d.clone();
                    d.article.text = respell(&d.article.text, k);
                    d.article.title = d.article.title.as_deref().map(|t| respell(t, k));
                    d.article.id = format!("{}#{k}", d.article.id).into();
                    d
                })
                .collect();
        }
        let Some(d) = cycle_docs.get_mut(i) else { continue };
        let day = base + (n / args.per_day.max(1)) as i64;
        d.article.published = Some(PartialDate::from_days(day));
        let t = Instant::now();
        std::hint::black_box(folder.push(d));
        fold_time += t.elapsed().as_secs_f64();
        if (n + 1) % every == 0 || n + 1 == total {
            let size = folder.size();
            let secs = segment.0.elapsed().as_secs_f64();
            checkpoints.push(serde_json::json!({
                "articles": n + 1,
                "day": (n / args.per_day.max(1)) + 1,
                "remembered": size.articles,
                "band_postings": size.band_postings,
                "open_stories": size.stories,
                "story_postings": size.story_postings,
                "terms": size.terms,
                "events": size.events,
                "folder_mb": size.bytes as f64 / 1e6,
                "rss_mb": rss_kb() as f64 / 1024.0,
                "articles_per_s": (n + 1 - segment.1) as f64 / secs.max(1e-9),
            }));
            segment = (Instant::now(), n + 1);
        }
    }
    let summary = serde_json::json!({
        "stream": args.stream.display().to_string(),
        "articles": docs.len(),
        "words": words,
        "analyse_seconds": analyse_s,
        "stories_found": stories,
        "copies_found": copies,
        "signature_docs_per_s": signature_rate,
        "sketch_docs_per_s": sketch_rate,
        "fold_articles_per_s": fold_rate,
        "long_stream": {
            "days": args.long_days,
            "per_day": args.per_day,
            "articles": total,
            "seconds": long_started.elapsed().as_secs_f64(),
            "fold_articles_per_s": total as f64 / fold_time.max(1e-9),
            "checkpoints": checkpoints,
        },
    });
    println!("{summary}");
    Ok(())
}

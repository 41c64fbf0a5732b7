//! Search latency on a store: two-word queries, each with one filter, as the web UI asks them
//! (20 hits, facets, copies folded). Prints p50/p95/p99 and one CSV line.
//!
//!     DYAD_BENCH_STORE=DIR cargo bench -p dyad-store --bench search
//!
//! `bench/search.sh` builds a 100,000-article store with `dyad ingest` and runs this on it.
//! Without `DYAD_BENCH_STORE` it only says so (CI compiles it, runs nothing).

use dyad_store::{Filter, HitKind, SearchQuery, Store};
use std::time::Instant;

/// Two-word queries: topics of the generated news (`bench/export/generate.py`) and names.
const QUERIES: [&str; 16] = [
    "arms control",
    "trade tariffs",
    "nuclear deal",
    "climate policy",
    "border dispute",
    "energy supplies",
    "cyber attacks",
    "steel quotas",
    "resume negotiations",
    "joint statement",
    "concrete steps",
    "constructive conversation",
    "Putin Merkel",
    "Trump sanctions",
    "Osaka refugees",
    "Geneva breakthrough",
];

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(i).copied().unwrap_or(f64::NAN)
}

fn main() {
    let Some(dir) = std::env::var_os("DYAD_BENCH_STORE") else {
        eprintln!(
            "search bench: set DYAD_BENCH_STORE to a store folder (bench/search.sh makes one)"
        );
        return;
    };
    let dir = std::path::PathBuf::from(dir);
    if !dir.join("dyad.db").exists() {
        eprintln!("search bench: no store in {} (give an absolute path)", dir.display());
        std::process::exit(1);
    }
    let store = match Store::open(&dir) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("search bench: {e}");
            std::process::exit(1);
        }
    };
    let stats = store.catalog().stats().expect("stats");
    // Filter values from the store itself: its busiest outlets and people, and event classes.
    let all = store
        .search(&SearchQuery { facets: 8, limit: 1, ..SearchQuery::default() })
        .expect("a search");
    let facet = |name: &str| -> Vec<String> {
        all.facets
            .iter()
            .find(|f| f.name == name)
            .map(|f| f.values.iter().map(|v| v.value.clone()).collect())
            .unwrap_or_default()
    };
    let outlets = facet("outlet");
    let classes = facet("class");
    let people: Vec<String> = store
        .catalog()
        .entities(&Filter { kind: Some("person".into()), limit: 8, ..Filter::default() })
        .expect("entities")
        .into_iter()
        .map(|e| e.id)
        .collect();
    let years = ["2017", "2018", "2019", "2020"];

    let mut queries: Vec<(String, SearchQuery)> = Vec::new();
    for (i, text) in QUERIES.iter().enumerate() {
        let base =
            SearchQuery { text: (*text).into(), limit: 20, facets: 10, ..SearchQuery::default() };
        let pick = |v: &[String]| v.get(i % v.len().max(1)).cloned();
        queries.push((
            format!("{text} | outlet"),
            SearchQuery { outlet: pick(&outlets), ..base.clone() },
        ));
        queries.push((
            format!("{text} | entity"),
            SearchQuery { entities: pick(&people).into_iter().collect(), ..base.clone() },
        ));
        queries.push((
            format!("{text} | quotes"),
            SearchQuery { kind: Some(HitKind::Quote), ..base.clone() },
        ));
        let year = years[i % years.len()];
        queries.push((
            format!("{text} | {year}"),
            SearchQuery { from: Some(year.into()), to: Some(year.into()), ..base.clone() },
        ));
        queries.push((format!("{text} | class"), SearchQuery { class: pick(&classes), ..base }));
    }
    // Warm the caches once, then time every query five times.
    let mut hits = 0u64;
    for (_, q) in &queries {
        hits += store.search(q).expect("search").total;
    }
    let mut times = Vec::new();
    let mut slowest = (0.0, String::new());
    for _ in 0..5 {
        for (label, q) in &queries {
            let t = Instant::now();
            let r = store.search(q).expect("search");
            let ms = t.elapsed().as_secs_f64() * 1000.0;
            std::hint::black_box(r);
            if ms > slowest.0 {
                slowest = (ms, label.clone());
            }
            times.push(ms);
        }
    }
    times.sort_by(f64::total_cmp);
    let (p50, p95, p99) =
        (percentile(&times, 0.5), percentile(&times, 0.95), percentile(&times, 0.99));
    println!(
        "store: {} articles, {} quotes; {} queries × 5 (two words + one filter, 20 hits, facets); {:.1} matches per query",
        stats.articles,
        stats.quotes,
        queries.len(),
        hits as f64 / queries.len() as f64
    );
    println!(
        "latency ms: p50 {p50:.1}  p95 {p95:.1}  p99 {p99:.1}  max {:.1} ({})",
        slowest.0, slowest.1
    );
    println!(
        "csv,{},{},{:.2},{:.2},{:.2},{:.2}",
        stats.articles,
        times.len(),
        p50,
        p95,
        p99,
        slowest.0
    );
}

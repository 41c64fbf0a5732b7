//! `dyad ingest` killed with SIGKILL at any moment leaves a store that opens, holds whole
//! articles only, and a re-run stores exactly what is missing.

use crate::util::Dir;
use dyad_store::{Filter, SearchQuery, Store};
use std::fmt::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const LEADERS: [(&str, &str); 6] = [
    ("Donald Trump", "Washington"),
    ("Vladimir Putin", "Moscow"),
    ("Xi Jinping", "Beijing"),
    ("Emmanuel Macron", "Paris"),
    ("Angela Merkel", "Berlin"),
    ("Narendra Modi", "New Delhi"),
];
const PLACES: [&str; 5] = ["Geneva", "Vienna", "Osaka", "Helsinki", "Hanoi"];
const DAYS: [&str; 5] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

/// `n` distinct articles as JSON Lines: a meeting, a quote and a call each.
fn articles(n: usize) -> String {
    let mut out = String::new();
    for i in 0..n {
        let (a, city_a) = LEADERS[i % LEADERS.len()];
        let (b, _) = LEADERS[(i / LEADERS.len() + i + 1) % LEADERS.len()];
        let b = if a == b { LEADERS[(i + 2) % LEADERS.len()].0 } else { b };
        let place = PLACES[i % PLACES.len()];
        let day = DAYS[(i / 7) % DAYS.len()];
        let text = format!(
            "{city_a} — {a} met {b} in {place} on {day} for talks on trade and security, officials said. \
             \"We had a frank and useful conversation about point {i},\" {a} told reporters after the meeting. \
             {b} said the two sides would meet again next month. Dispatch number {i} of the series."
        );
        let month = 1 + i % 12;
        let day_of_month = 1 + i % 27;
        let _ = writeln!(
            out,
            "{}",
            serde_json::json!({
                "url": format!("https://crash.example/{i}"),
                "title": format!("{a} and {b} meet in {place} ({i})"),
                "published": format!("2019-{month:02}-{day_of_month:02}"),
                "text": text,
            })
        );
    }
    out
}

/// The store at `data` opens, and each article in it has all of its layers.
fn check_whole(data: &Path) -> u64 {
    let store = Store::open(data).expect("the store opens after a crash");
    let snap = store.snapshot().unwrap();
    let c = snap.catalog();
    let stats = c.stats().unwrap();
    let rows = c.articles(&Filter { limit: 10_000, ..Filter::default() }).unwrap();
    assert_eq!(rows.len() as u64, stats.articles);
    let (mut quotes, mut events) = (0, 0);
    for row in &rows {
        let rec = c.article(row.id.as_str()).unwrap().expect("the listed article has its record");
        let f = Filter { article: Some(row.id.to_string()), limit: 10_000, ..Filter::default() };
        assert_eq!(c.quotes(&f).unwrap().len(), rec.quotes.len(), "quotes of {}", row.id);
        assert_eq!(c.events(&f).unwrap().len(), rec.events.len(), "events of {}", row.id);
        assert!(row.story.is_some(), "{} has its story", row.id);
        quotes += rec.quotes.len() as u64;
        events += rec.events.len() as u64;
    }
    assert_eq!((stats.quotes, stats.events), (quotes, events), "no rows of absent articles");
    stats.articles
}

fn ingest(input: &Path, data: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dyad"));
    cmd.arg("ingest").arg(input).arg("--data").arg(data).arg("--json");
    cmd
}

/// Starts an ingest and kills it (SIGKILL) once at least `at` articles are stored, or once
/// the process is past `after`; returns whether it was still running when killed.
fn kill_during(input: &Path, data: &Path, at: u64, after: Duration) -> bool {
    let mut child =
        ingest(input, data).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
    let start = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            return false;
        }
        let stored = data.join("dyad.db").exists()
            && Store::open(data)
                .ok()
                .and_then(|s| s.catalog().stats().ok())
                .is_some_and(|s| s.articles >= at);
        if stored || start.elapsed() > after {
            child.kill().unwrap();
            child.wait().unwrap();
            return true;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[test]
fn ingest_killed_at_any_moment_leaves_a_whole_store_and_resumes() {
    let dir = Dir::new("crash");
    let n = 240;
    let input = dir.create("stream.jsonl", articles(n));
    let data = dir.data();

    // Killed while opening (before any article), early, and in the middle of the run.
    let mut killed = 0;
    for (at, after) in [
        (0, Duration::from_millis(30)),
        (5, Duration::from_secs(60)),
        (n as u64 / 2, Duration::from_secs(60)),
    ] {
        if kill_during(&input, &data, at, after) {
            killed += 1;
        }
        if data.join("dyad.db").exists() {
            check_whole(&data);
        }
    }
    assert!(killed >= 2, "the ingest was killed while running");
    let before = if data.join("dyad.db").exists() { check_whole(&data) } else { 0 };
    assert!(before < n as u64, "some articles are left for the re-run ({before})");

    // The re-run stores exactly what is missing.
    let out = ingest(&input, &data).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["failed"], 0);
    assert_eq!(report["unchanged"].as_u64(), Some(before), "{report}");
    assert_eq!(report["new"].as_u64(), Some(n as u64 - before), "{report}");
    assert_eq!(check_whole(&data), n as u64);

    // Everything is searchable, the articles the crashes left out of the index included.
    let store = Store::open(&data).unwrap();
    let all = SearchQuery { text: "series".into(), copies: true, ..SearchQuery::default() };
    let kind = SearchQuery { kind: Some(dyad_store::HitKind::Article), ..all };
    assert_eq!(store.search(&kind).unwrap().total, n as u64);

    // The same records as a run that was never interrupted.
    let clean = dir.path().join("clean");
    let out = ingest(&input, &clean).output().unwrap();
    assert!(out.status.success());
    let (a, b) =
        (store.catalog().stats().unwrap(), Store::open(&clean).unwrap().catalog().stats().unwrap());
    assert_eq!(
        (a.articles, a.quotes, a.events, a.entities),
        (b.articles, b.quotes, b.events, b.entities)
    );
}

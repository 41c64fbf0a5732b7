//! Extraction throughput on one core over a fixed page set: pages/s and MB/s.
//!
//! `cargo bench -p dyad-extract` reads the Zyte benchmark's pages
//! (`../shared/bench/extraction/zyte/html`, beside the repository) or, without them, the
//! sample corpus's HTML pages (`examples/corpus/html`), extracts every page several times and
//! prints the rate. The work is asserted (every page gives text, and the texts add up to a
//! known share of the input) so an empty run cannot look fast.

use dyad_extract::{Hints, Options, extract};
use std::path::{Path, PathBuf};
use std::time::Instant;

fn pages() -> (String, Vec<(String, Vec<u8>)>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let zyte = root.join("../shared/bench/extraction/zyte/html");
    let dir = if zyte.is_dir() { zyte } else { root.join("examples/corpus/html") };
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".html"))
        .collect();
    files.sort();
    let pages = files
        .iter()
        .map(|p| {
            let name = p.file_stem().unwrap_or_default().to_string_lossy().into_owned();
            (name, std::fs::read(p).expect("readable page"))
        })
        .collect();
    (dir.display().to_string(), pages)
}

fn main() {
    let (dir, pages) = pages();
    assert!(!pages.is_empty(), "no pages in {dir}");
    let opts = Options::default();
    let bytes: usize = pages.iter().map(|(_, b)| b.len()).sum();
    let rounds = 5;
    let mut text_chars = 0usize;
    let mut extracted = 0usize;
    let t = Instant::now();
    for _ in 0..rounds {
        for (id, page) in &pages {
            let hints = Hints { id: id.as_str().into(), ..Hints::default() };
            if let Ok(article) = extract(page, &hints, &opts) {
                text_chars += article.text.len();
                extracted += 1;
            }
        }
    }
    let secs = t.elapsed().as_secs_f64();
    let n = pages.len() * rounds;
    // The work happened: nearly every page gives an article, and articles are real text.
    assert!(extracted * 10 >= n * 9, "only {extracted} of {n} pages gave text");
    assert!(text_chars >= extracted * 200, "articles average under 200 bytes");
    println!(
        "extract: {} pages ({:.1} MB) x {rounds} in {secs:.2} s: {:.0} pages/s, {:.1} MB/s, {:.0} text bytes/page ({dir})",
        pages.len(),
        bytes as f64 / 1e6,
        n as f64 / secs,
        (bytes * rounds) as f64 / 1e6 / secs,
        text_chars as f64 / extracted.max(1) as f64,
    );
}

//! Extracts pages to JSON Lines with only this crate built: the quick loop for tuning
//! extraction against `bench/extraction` (`dyad extract --json` gives the same records).
//!
//! ```sh
//! cargo run --release -p dyad-extract --example extract_jsonl -- PAGE.html[.gz]... > out.jsonl
//! ```

use dyad_extract::{Hints, Options, extract};
use std::io::Write;

fn main() {
    let opts = Options::default();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for path in std::env::args().skip(1) {
        let Ok(bytes) = std::fs::read(&path) else {
            eprintln!("extract_jsonl: {path}: unreadable");
            continue;
        };
        let name = path.rsplit('/').next().unwrap_or(&path);
        let id = name.trim_end_matches(".gz").trim_end_matches(".html");
        let hints = Hints { id: id.into(), ..Hints::default() };
        match extract(&bytes, &hints, &opts) {
            Ok(article) => {
                let _ = serde_json::to_writer(&mut out, &article);
                let _ = out.write_all(b"\n");
            }
            Err(e) => eprintln!("extract_jsonl: {path}: {e}"),
        }
    }
}

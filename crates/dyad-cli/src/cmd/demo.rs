//! `dyad demo`: the first thing a newcomer runs. Ingests the bundled sample corpus and shows
//! stories, the US–Russia timeline and top quotes, then how to go further.

use crate::flags::DemoArgs;
use crate::output::{Out, clip, or_dash};
use anyhow::Context;
use dyad_store::Filter;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The bundled corpus: `examples/corpus` under the current folder, else in the source tree
/// this binary was built from.
fn find_corpus() -> anyhow::Result<PathBuf> {
    let candidates = [
        PathBuf::from("examples/corpus"),
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/corpus"),
    ];
    candidates
        .iter()
        .find(|p| p.is_dir())
        .cloned()
        .context("the sample corpus (examples/corpus) is not here: run `dyad demo` from the dyad source folder, or pass --corpus DIR")
}

fn fresh_demo_store() -> anyhow::Result<PathBuf> {
    let dir = std::env::temp_dir().join("dyad-demo");
    // Only ever remove a folder that is a dyad store.
    if dir.join("dyad.db").exists() {
        std::fs::remove_dir_all(&dir)
            .with_context(|| format!("clearing the previous demo store {}", dir.display()))?;
    }
    Ok(dir)
}

pub(crate) fn run(args: DemoArgs) -> anyhow::Result<ExitCode> {
    let corpus = match args.corpus {
        Some(c) => c,
        None => find_corpus()?,
    };
    let data = match args.data {
        Some(d) => d,
        None => fresh_demo_store()?,
    };
    let analyzer = super::analyzer(&crate::flags::ActorArgs { actor_files: Vec::new() })?;
    let report =
        super::ingest::ingest(std::slice::from_ref(&corpus), 16 * 1024 * 1024, &analyzer, &data)?;
    let store = dyad_store::Store::open(&data)?;
    let catalog = store.catalog();
    let mut out = Out::new();
    out.line(&format!(
        "dyad demo: the sample corpus in {} (fiction written for dyad's tests)",
        corpus.display()
    ))?;
    out.line(&super::ingest::summary(&report))?;

    out.line("\n== Stories (most recent first) ==")?;
    for s in catalog.stories(&Filter { limit: 8, ..Filter::default() })? {
        out.line(&super::stories::story_line(&s))?;
    }

    out.line("\n== Timeline: United States ↔ Russia ==")?;
    let filter = super::timeline::timeline_filter(
        &["USA".into(), "RUS".into()],
        Filter { limit: 15, ..Filter::default() },
    );
    super::timeline::print(&mut out, catalog, &filter, None, false)?;

    out.line("\n== Top quotes ==")?;
    let quotes = catalog.quotes(&Filter { limit: 400, ..Filter::default() })?;
    let mut shown = 0;
    let mut speakers: Vec<String> = Vec::new();
    for q in quotes
        .iter()
        .filter(|q| q.direct && q.speaker.is_some() && q.text.split_whitespace().count() >= 8)
    {
        let speaker = or_dash(q.speaker.as_deref()).to_owned();
        if speakers.contains(&speaker) {
            continue;
        }
        speakers.push(speaker.clone());
        out.line(&format!(
            "{}  {}: “{}”  [{}]",
            or_dash(q.published.as_deref()),
            speaker,
            clip(&q.text, 110),
            q.article
        ))?;
        shown += 1;
        if shown == 8 {
            break;
        }
    }

    let d = data.display();
    out.line(&format!(
        "\nBrowse the store:\n  dyad quotes --speaker Peskov --data {d}\n  dyad events --source USA --target RUS --data {d}\n  dyad timeline --actor USA --actor RUS --by month --data {d}\n  dyad search \"arms control\" --data {d}\n  dyad serve --data {d}     # JSON API on http://127.0.0.1:7878/api/"
    ))?;
    out.flush()?;
    Ok(super::exit_for(&report.counts))
}

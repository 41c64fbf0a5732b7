//! One module per subcommand, plus what they share.

pub(crate) mod analyze;
pub(crate) mod demo;
pub(crate) mod entities;
pub(crate) mod events;
pub(crate) mod export;
pub(crate) mod extract;
pub(crate) mod ingest;
pub(crate) mod quotes;
pub(crate) mod search;
pub(crate) mod serve;
pub(crate) mod stories;
pub(crate) mod timeline;

use crate::flags::{ActorArgs, DataArgs, FilterArgs};
use crate::pipeline::Counts;
use anyhow::Context;
use dyad_analyze::{Analyzer, AnalyzerOptions};
use dyad_store::{Filter, Store};
use std::process::ExitCode;

/// Builds the analyzer, reading `--actors` files (their errors name the file and line).
pub(crate) fn analyzer(actors: &ActorArgs) -> anyhow::Result<Analyzer> {
    let mut options = AnalyzerOptions::default();
    for path in &actors.actor_files {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("--actors {}", path.display()))?;
        options.actor_tables.push((path.display().to_string(), text));
    }
    Ok(options.build()?)
}

/// Opens an existing store for reading; a missing one is a clear error, not an empty result.
pub(crate) fn open_store(data: &DataArgs) -> anyhow::Result<Store> {
    if !data.data.join("dyad.db").exists() {
        anyhow::bail!(
            "no store at {}: fill one with `dyad ingest PATH... --data {}` (or try `dyad demo`)",
            data.data.display(),
            data.data.display()
        );
    }
    Store::open(&data.data).with_context(|| format!("opening the store at {}", data.data.display()))
}

/// The store filter of the common flags.
pub(crate) fn filter(f: &FilterArgs) -> Filter {
    Filter {
        from: f.from.clone(),
        to: f.to.clone(),
        text: f.text.clone(),
        article: f.article.clone(),
        limit: f.limit,
        offset: f.offset,
        ..Filter::default()
    }
}

/// Exit status of a run over inputs: 0 when all were read, 1 (with a summary) when some failed.
pub(crate) fn exit_for(counts: &Counts) -> ExitCode {
    if counts.failed == 0 {
        return ExitCode::SUCCESS;
    }
    eprintln!(
        "dyad: {} input(s) could not be read; the other {} were processed",
        counts.failed,
        counts.done + counts.unchanged
    );
    ExitCode::from(1)
}

//! The per-document pipeline shared by `extract`, `analyze` and `ingest`: inputs are read in
//! order, worked on in parallel in chunks, and handed to a sink in input order.

use crate::inputs::{self, Found, Item};
use crate::messages;
use dyad_extract::RawDoc;
use indicatif::ProgressBar;
use rayon::prelude::*;
use std::path::PathBuf;

/// Documents worked on at once: enough to keep the cores busy, few enough to bound memory.
const CHUNK: usize = 64;

/// What one run read.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Counts {
    /// Files found (folders expanded).
    pub(crate) files: usize,
    /// Files in folders skipped for an unknown extension.
    pub(crate) skipped_files: usize,
    /// Documents read from the files.
    pub(crate) documents: usize,
    /// Documents the sink accepted.
    pub(crate) done: usize,
    /// Documents and files that failed.
    pub(crate) failed: usize,
    /// Documents left out by `skip` (already stored).
    pub(crate) unchanged: usize,
}

/// Why the sink refused a document.
pub(crate) enum Failure {
    /// This document failed (reported, the run goes on).
    Input(String),
    /// The run cannot go on (stdout closed, the store failed).
    Fatal(anyhow::Error),
}

impl<E: Into<anyhow::Error>> From<E> for Failure {
    fn from(e: E) -> Failure {
        Failure::Fatal(e.into())
    }
}

/// Runs `work` on every document under `paths` (in parallel) and `sink` on each result in
/// input order. `skip` runs first, in input order, and may leave a document out (already
/// stored). A failing document is reported with its file and record and the run goes on.
pub(crate) fn run<T: Send>(
    paths: &[PathBuf],
    max_bytes: usize,
    progress: &ProgressBar,
    mut skip: impl FnMut(&RawDoc) -> bool,
    work: impl Fn(RawDoc) -> Result<T, String> + Sync,
    mut sink: impl FnMut(&str, T) -> Result<(), Failure>,
) -> anyhow::Result<Counts> {
    let (found, skipped_files) = inputs::walk(paths);
    let mut counts = Counts { skipped_files, ..Counts::default() };
    let mut chunk: Vec<(String, RawDoc)> = Vec::with_capacity(CHUNK);
    let mut flush =
        |chunk: &mut Vec<(String, RawDoc)>, counts: &mut Counts| -> anyhow::Result<()> {
            let results: Vec<(String, Result<T, String>)> =
                chunk.par_drain(..).map(|(origin, raw)| (origin, work(raw))).collect();
            for (origin, r) in results {
                match r.map_err(Failure::Input).and_then(|t| sink(&origin, t)) {
                    Ok(()) => counts.done += 1,
                    Err(Failure::Input(reason)) => {
                        counts.failed += 1;
                        messages::report(progress, &origin, &reason);
                    }
                    Err(Failure::Fatal(e)) => return Err(e),
                }
                progress.inc(1);
            }
            Ok(())
        };
    for f in found {
        let (path, format, stem) = match f {
            Found::File(p, format, stem) => (p, format, stem),
            Found::Problem(p, reason) => {
                counts.failed += 1;
                messages::report(progress, &p.display().to_string(), &reason);
                continue;
            }
        };
        counts.files += 1;
        for item in inputs::documents(&path, format, &stem, max_bytes) {
            match item {
                Item::Doc { origin, raw } => {
                    counts.documents += 1;
                    if skip(&raw) {
                        counts.unchanged += 1;
                        progress.inc(1);
                        continue;
                    }
                    chunk.push((origin, raw));
                    if chunk.len() >= CHUNK {
                        flush(&mut chunk, &mut counts)?;
                    }
                }
                Item::Bad { origin, reason } => {
                    counts.failed += 1;
                    messages::report(progress, &origin, &reason);
                }
            }
        }
    }
    flush(&mut chunk, &mut counts)?;
    Ok(counts)
}

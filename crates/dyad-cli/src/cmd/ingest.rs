//! `dyad ingest`: extract, analyse, fold and store, skipping what is already stored.

use crate::flags::IngestArgs;
use crate::messages;
use crate::output::Out;
use crate::pipeline::{self, Counts, Failure};
use anyhow::Context;
use dyad_analyze::Analyzer;
use dyad_core::{AnalysisRecord, Document};
use dyad_extract::Options;
use dyad_fold::{FoldOptions, Folder};
use dyad_store::{NewArticle, Stats, Store, StoryRow};
use serde::Serialize;
use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// The folder's state key in the catalog.
const FOLDER_STATE: &str = "folder";
/// Articles between full-text commits.
const COMMIT_EVERY: usize = 500;
/// Articles between saves of the fold state (tens of MB once its window is full; after a
/// crash, copies of the articles since the last save are not recognised by later runs).
const FOLD_SAVE_EVERY: usize = 5000;

/// What an ingest run did.
#[derive(Debug, Serialize)]
pub(crate) struct Report {
    pub(crate) files: usize,
    pub(crate) documents: usize,
    pub(crate) new: usize,
    pub(crate) unchanged: usize,
    pub(crate) failed: usize,
    pub(crate) skipped_files: usize,
    pub(crate) seconds: f64,
    pub(crate) store: PathBuf,
    pub(crate) totals: Stats,
    #[serde(skip)]
    pub(crate) counts: Counts,
}

fn content_hash(body: &[u8]) -> String {
    format!("{:016x}", dyad_core::stable_hash(body))
}

fn story_row(s: &dyad_fold::Story) -> StoryRow {
    StoryRow {
        id: s.id.clone(),
        title: s.title.clone(),
        first: s.first.map(|d| d.to_string()),
        last: s.last.map(|d| d.to_string()),
        articles: s.articles,
        actors: s.actors.iter().take(6).map(|(_, name, _)| name.clone()).collect(),
    }
}

/// Ingests `paths` into the store at `data`.
pub(crate) fn ingest(
    paths: &[PathBuf],
    max_bytes: usize,
    analyzer: &Analyzer,
    data: &Path,
) -> anyhow::Result<Report> {
    let started = Instant::now();
    let store = Store::open_writer(data)
        .with_context(|| format!("opening the store at {}", data.display()))?;
    let folder: Folder = match store.catalog().state(FOLDER_STATE)? {
        Some(json) => serde_json::from_str(&json).unwrap_or_else(|e| {
            // A store written by an older dyad keeps its articles and stories; only copy and
            // story detection against the articles before this run starts afresh.
            eprintln!(
                "dyad: the saved fold state is from another version ({e}); starting a new one"
            );
            Folder::new(FoldOptions::default())
        }),
        None => Folder::new(FoldOptions::default()),
    };
    let store = RefCell::new(store);
    let folder = RefCell::new(folder);
    let opts = Options { max_bytes };
    let progress = messages::progress("ingesting");
    let (mut since_commit, mut since_fold_save) = (0usize, 0usize);
    let save = |store: &mut Store, folder: Option<&Folder>| -> anyhow::Result<()> {
        store.commit()?;
        if let Some(folder) = folder {
            store.catalog_mut().set_state(FOLDER_STATE, &serde_json::to_string(folder)?)?;
        }
        Ok(())
    };
    let counts = pipeline::run(
        paths,
        max_bytes,
        &progress,
        |raw| store.borrow().catalog().has_content(&content_hash(&raw.body)).unwrap_or(false),
        |raw| {
            let hash = content_hash(&raw.body);
            let article =
                dyad_extract::extract(&raw.body, &raw.hints, &opts).map_err(|e| e.to_string())?;
            Ok((hash, analyzer.analyze(article)))
        },
        |origin, (hash, doc): (String, Document)| {
            let mut store = store.borrow_mut();
            // The same content twice in one run: the second is already stored.
            if store.catalog().has_content(&hash)? {
                return Ok(());
            }
            let mut folder = folder.borrow_mut();
            let outcome = folder.push(&doc);
            let new = NewArticle {
                content_hash: hash,
                origin: origin.to_owned(),
                record: AnalysisRecord::from_document(&doc),
                copy_of: outcome.copy_of,
                story: story_row(&outcome.story),
                event_keys: outcome.event_keys,
            };
            store.put(&new).map_err(|e| Failure::Fatal(e.into()))?;
            since_commit += 1;
            since_fold_save += 1;
            if since_commit >= COMMIT_EVERY {
                since_commit = 0;
                let fold = since_fold_save >= FOLD_SAVE_EVERY;
                if fold {
                    since_fold_save = 0;
                }
                save(&mut store, fold.then_some(&*folder))?;
            }
            Ok(())
        },
    );
    progress.finish_and_clear();
    let mut store = store.into_inner();
    // Whatever was stored before a failure stays stored: commit it in any case.
    save(&mut store, Some(&folder.into_inner()))?;
    let counts = counts?;
    Ok(Report {
        files: counts.files,
        documents: counts.documents,
        new: counts.done,
        unchanged: counts.unchanged,
        failed: counts.failed,
        skipped_files: counts.skipped_files,
        seconds: started.elapsed().as_secs_f64(),
        store: data.to_path_buf(),
        totals: store.catalog().stats()?,
        counts,
    })
}

/// The human summary of a run.
pub(crate) fn summary(r: &Report) -> String {
    let rate = if r.seconds > 0.0 { r.new as f64 / r.seconds } else { 0.0 };
    let t = &r.totals;
    format!(
        "ingested {} new article(s) from {} file(s) in {:.2}s ({:.0} articles/s); {} already stored, {} failed{}\nstore {}: {} articles ({} copies), {} entities, {} quotes, {} events, {} stories",
        r.new,
        r.files,
        r.seconds,
        rate,
        r.unchanged,
        r.failed,
        if r.skipped_files > 0 {
            format!(", {} file(s) of unknown type skipped", r.skipped_files)
        } else {
            String::new()
        },
        r.store.display(),
        t.articles,
        t.copies,
        t.entities,
        t.quotes,
        t.events,
        t.stories
    )
}

pub(crate) fn run(args: IngestArgs) -> anyhow::Result<ExitCode> {
    let analyzer = super::analyzer(&args.actors)?;
    let report = ingest(&args.input.paths, args.input.max_bytes, &analyzer, &args.data.data)?;
    let mut out = Out::new();
    if args.input.output.json {
        out.json(&report)?;
    } else {
        out.line(&summary(&report))?;
    }
    out.flush()?;
    Ok(super::exit_for(&report.counts))
}

//! `dyad export`: the store in GDELT, PLOVER, Parquet, CSV and JSON Lines form.

use crate::flags::{ExportArgs, FormatArg, KindArg, TableArg};
use crate::messages;
use anyhow::Context;
use dyad_export::{Table, TableFormat};
use dyad_store::{Catalog, Filter};
use indicatif::{ProgressBar, ProgressStyle};
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// Where the rows go.
enum Target {
    /// One stream, to a file or stdout.
    One(Option<PathBuf>),
    /// One file per table in a folder.
    Folder(PathBuf),
}

/// The rows of one export, counted.
struct Done {
    rows: u64,
    what: String,
}

fn table_of(t: TableArg) -> Table {
    match t {
        TableArg::Articles => Table::Articles,
        TableArg::Entities => Table::Entities,
        TableArg::Mentions => Table::Mentions,
        TableArg::Quotes => Table::Quotes,
        TableArg::Events => Table::Events,
        TableArg::Stories => Table::Stories,
    }
}

fn kind_of(k: KindArg) -> &'static str {
    match k {
        KindArg::Person => "person",
        KindArg::Organisation => "organisation",
        KindArg::Country => "country",
        KindArg::Place => "place",
    }
}

/// The store filter of one table (or of the event-based formats when `table` is `None`),
/// meaning what the matching listing command means by it.
fn filter(args: &ExportArgs, table: Option<Table>) -> Filter {
    let common = Filter {
        from: args.from.clone(),
        to: args.to.clone(),
        article: args.article.clone(),
        ..Filter::default()
    };
    match table {
        None | Some(Table::Events) => Filter {
            actor: args.actor.clone().or_else(|| args.source.clone()),
            other: args.target.clone(),
            either_direction: args.actor.is_some(),
            class: args.class.clone(),
            text: args.text.clone(),
            ..common
        },
        Some(Table::Articles) => Filter { text: args.text.clone(), ..common },
        Some(Table::Entities | Table::Mentions) => Filter {
            actor: args.actor.clone(),
            kind: args.kind.map(kind_of).map(Into::into),
            ..common
        },
        Some(Table::Quotes | Table::Stories) => {
            Filter { actor: args.actor.clone(), text: args.text.clone(), ..common }
        }
        Some(_) => common,
    }
}

/// A progress counter of rows on a terminal, hidden otherwise.
fn bar(what: &str) -> ProgressBar {
    let bar = messages::progress(what);
    if !bar.is_hidden()
        && let Ok(style) =
            ProgressStyle::with_template("{spinner} {msg}: {pos} rows ({per_sec}, {elapsed})")
    {
        bar.set_style(style);
    }
    bar
}

/// Runs `write` into `path` (through a `.part` file renamed on success, so a reader never
/// sees half a file) or into stdout.
fn into_target(
    path: Option<&Path>,
    write: impl FnOnce(&mut (dyn Write + Send)) -> anyhow::Result<u64>,
) -> anyhow::Result<u64> {
    let Some(path) = path else {
        let mut out = BufWriter::with_capacity(1 << 16, std::io::stdout());
        let rows = write(&mut out)?;
        out.flush()?;
        return Ok(rows);
    };
    let mut part = path.as_os_str().to_owned();
    part.push(".part");
    let part = PathBuf::from(part);
    let file = File::create(&part).with_context(|| format!("creating {}", part.display()))?;
    let mut out = BufWriter::with_capacity(1 << 16, file);
    let rows = match write(&mut out).and_then(|rows| Ok(out.flush().map(|()| rows)?)) {
        Ok(rows) => rows,
        Err(e) => {
            drop(out);
            let _ = std::fs::remove_file(&part);
            return Err(e.context(format!("writing {}", path.display())));
        }
    };
    drop(out);
    std::fs::rename(&part, path).with_context(|| format!("writing {}", path.display()))?;
    Ok(rows)
}

/// Writes one event-based format (GDELT tables, PLOVER).
fn export_stream(
    catalog: &dyn Catalog,
    args: &ExportArgs,
    path: Option<&Path>,
) -> anyhow::Result<Done> {
    let f = filter(args, None);
    let name = match args.format {
        FormatArg::GdeltEvents => "GDELT events",
        FormatArg::GdeltMentions => "GDELT mentions",
        FormatArg::Gkg => "GKG records",
        _ => "PLOVER records",
    };
    let progress = bar(&format!("exporting {name}"));
    let rows = into_target(path, |out| {
        let mut tick = |n| progress.inc(n);
        Ok(match args.format {
            FormatArg::GdeltEvents => dyad_export::write_gdelt_events(catalog, &f, out, &mut tick),
            FormatArg::GdeltMentions => {
                dyad_export::write_gdelt_mentions(catalog, &f, out, &mut tick)
            }
            FormatArg::Gkg => dyad_export::write_gkg(catalog, &f, out, &mut tick),
            _ => dyad_export::write_plover(catalog, &f, out, &mut tick),
        }?)
    })?;
    progress.finish_and_clear();
    let to = path.map_or_else(|| "stdout".to_owned(), |p| p.display().to_string());
    Ok(Done { rows, what: format!("{name} to {to}") })
}

/// Writes one table in a tabular format.
fn export_table(
    catalog: &dyn Catalog,
    args: &ExportArgs,
    table: Table,
    format: TableFormat,
    path: Option<&Path>,
) -> anyhow::Result<Done> {
    let f = filter(args, Some(table));
    let progress = bar(&format!("exporting {}", table.name()));
    let rows = into_target(path, |out| {
        Ok(dyad_export::write_table(catalog, table, format, &f, out, &mut |n| progress.inc(n))?)
    })?;
    progress.finish_and_clear();
    let to = path.map_or_else(|| "stdout".to_owned(), |p| p.display().to_string());
    Ok(Done { rows, what: format!("{} to {to}", table.name()) })
}

pub(crate) fn run(args: ExportArgs) -> anyhow::Result<ExitCode> {
    let tabular = match args.format {
        FormatArg::Parquet => Some(TableFormat::Parquet),
        FormatArg::Csv => Some(TableFormat::Csv),
        FormatArg::Jsonl => Some(TableFormat::Jsonl),
        _ => None,
    };
    if tabular.is_none() && args.table.is_some() {
        anyhow::bail!("--table goes with --format parquet, csv or jsonl");
    }
    let target = match (tabular, args.table) {
        (Some(_), None) => Target::Folder(args.out.clone().unwrap_or_else(|| "dyad-export".into())),
        _ => Target::One(args.out.clone()),
    };
    if tabular == Some(TableFormat::Parquet) && matches!(target, Target::One(None)) {
        anyhow::bail!("a Parquet table goes to a file: add --out FILE");
    }
    let store = super::open_store(&args.data)?;
    let catalog = store.catalog();
    let start = Instant::now();
    let done = match (tabular, target) {
        (None, Target::One(path)) => vec![export_stream(catalog, &args, path.as_deref())?],
        (Some(format), Target::One(path)) => {
            let table = args.table.map_or(Table::Events, table_of);
            vec![export_table(catalog, &args, table, format, path.as_deref())?]
        }
        (Some(format), Target::Folder(dir)) => {
            std::fs::create_dir_all(&dir)
                .with_context(|| format!("creating the folder {}", dir.display()))?;
            let mut done = Vec::new();
            for table in Table::ALL {
                let path = dir.join(format!("{}.{}", table.name(), format.extension()));
                done.push(export_table(catalog, &args, table, format, Some(&path))?);
            }
            done
        }
        (None, Target::Folder(_)) => Vec::new(),
    };
    let secs = start.elapsed().as_secs_f64();
    let rows: u64 = done.iter().map(|d| d.rows).sum();
    for d in &done {
        eprintln!("exported {} {}", d.rows, d.what);
    }
    eprintln!("{rows} rows in {secs:.2}s ({:.0} rows/s)", rows as f64 / secs.max(1e-9));
    Ok(ExitCode::SUCCESS)
}

//! The command line: every subcommand, its flags and their help text.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// dyad turns raw news into sourced, structured knowledge: clean articles, who is mentioned,
/// who said what, who did what to whom and when (coded in CAMEO and PLOVER), folded copies,
/// stories and timelines. Every fact it prints points back to the sentence it came from.
///
/// Start with `dyad demo`. Inputs may be HTML or text pages (`.html`, `.html.gz`, `.txt`),
/// JSON Lines (`.jsonl`: {"url","html"|"text","published"?} per line), WARC archives
/// (`.warc`, `.warc.gz`), RSS/Atom feeds (`.rss`, `.atom`, `.xml`) and folders of them.
#[derive(Debug, Parser)]
#[command(name = "dyad", version, propagate_version = true, max_term_width = 100)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Ingest the bundled sample corpus and show its stories, a timeline and top quotes.
    Demo(DemoArgs),
    /// Extract clean text and metadata from pages, without storing anything.
    ///
    /// One record per article: {id, source, url, title, published, author, dateline, lang,
    /// text}. `id` is the file name without `.html`/`.html.gz`/`.txt`, or `NAME:N` for the
    /// N-th record of a JSON Lines file, WARC archive or feed.
    Extract(InputArgs),
    /// Run the whole per-article analysis (entities, times, quotes, events), without storing.
    ///
    /// One record per article: the extract fields plus `sentences`, `entities` (mentions),
    /// `actors` (canonical entities), `times`, `quotes` and `events`, each with a character
    /// `span` into `text`.
    Analyze(AnalyzeArgs),
    /// Add articles to the store (idempotent: inputs already stored are skipped).
    ///
    /// Bad inputs are reported one line each and skipped; the rest are stored. Exits 0 when
    /// every input was read, 1 when some failed.
    Ingest(IngestArgs),
    /// Full-text search over stored articles and quotes, with filters and facets.
    ///
    /// Words must all match (English stems: `meet` finds `meeting`); "quoted phrases" match
    /// in order; `-word` excludes; `a OR b`; `speaker:peskov` searches quote speakers;
    /// `title:summit` headlines. Without words, the filters alone list what they let through,
    /// newest first.
    Search(SearchArgs),
    /// List stored quotes: who said what, where and when.
    Quotes(QueryArgs),
    /// List stored events: who did what to whom, coded in CAMEO and PLOVER.
    Events(EventArgs),
    /// List the people, organisations, countries and places the store knows, by mentions.
    Entities(EntityArgs),
    /// List stories (clusters of articles about one thing), most recent first.
    Stories(QueryArgs),
    /// Show one story with its articles and folded copies.
    Story(StoryArgs),
    /// The dated chronology of folded events between two actors (or involving one).
    Timeline(TimelineArgs),
    /// Serve the web UI and the JSON API (read-only) on http://127.0.0.1:7878/.
    ///
    /// Without --data, and with no store in ./dyad-data, the store `dyad demo` made is served.
    Serve(ServeArgs),
    /// Export the store for other tools: GDELT tables, PLOVER JSON, Parquet, CSV, JSON Lines.
    ///
    /// `gdelt-events`, `gdelt-mentions` and `gkg` write GDELT 2.0's tab-separated tables
    /// (no header row), `plover` one PLOVER JSON record per line: to --out FILE or stdout.
    /// `parquet`, `csv` and `jsonl` write six tables (articles, entities, mentions, quotes,
    /// events, stories), one file each, into the folder --out (default `dyad-export`), or one
    /// --table to --out FILE (csv and jsonl: or stdout). Rows stream: memory stays flat.
    Export(ExportArgs),
}

/// Where the store lives.
#[derive(Debug, Args, Clone)]
pub(crate) struct DataArgs {
    /// The store's folder.
    #[arg(long, value_name = "DIR", default_value = "dyad-data")]
    pub(crate) data: PathBuf,
}

/// Output shape.
#[derive(Debug, Args, Clone, Copy)]
pub(crate) struct OutputArgs {
    /// Print JSON Lines (one JSON object per line) instead of text for people.
    #[arg(long)]
    pub(crate) json: bool,
}

/// Inputs and extraction limits.
#[derive(Debug, Args, Clone)]
pub(crate) struct InputArgs {
    /// Files or folders to read (folders are walked recursively).
    #[arg(value_name = "PATH", required = true)]
    pub(crate) paths: Vec<PathBuf>,
    /// Largest input read, in bytes, after decompression; larger pages are reported and skipped.
    #[arg(long, value_name = "BYTES", default_value_t = 16 * 1024 * 1024)]
    pub(crate) max_bytes: usize,
    #[command(flatten)]
    pub(crate) output: OutputArgs,
}

/// Analysis data.
#[derive(Debug, Args, Clone)]
pub(crate) struct ActorArgs {
    /// Extra actor table(s) adding to or overriding the built-in knowledge base (same columns
    /// as crates/dyad-analyze/data/kb/*.tsv; a row with a known id replaces it).
    #[arg(long = "actors", value_name = "FILE")]
    pub(crate) actor_files: Vec<PathBuf>,
}

/// `dyad analyze`.
#[derive(Debug, Args)]
pub(crate) struct AnalyzeArgs {
    #[command(flatten)]
    pub(crate) input: InputArgs,
    #[command(flatten)]
    pub(crate) actors: ActorArgs,
}

/// `dyad ingest`.
#[derive(Debug, Args)]
pub(crate) struct IngestArgs {
    #[command(flatten)]
    pub(crate) input: InputArgs,
    #[command(flatten)]
    pub(crate) actors: ActorArgs,
    #[command(flatten)]
    pub(crate) data: DataArgs,
}

/// `dyad demo`.
#[derive(Debug, Args)]
pub(crate) struct DemoArgs {
    /// The store to fill (default: a fresh folder in the system's temporary directory).
    #[arg(long, value_name = "DIR")]
    pub(crate) data: Option<PathBuf>,
    /// The corpus to ingest (default: the bundled examples/corpus).
    #[arg(long, value_name = "DIR")]
    pub(crate) corpus: Option<PathBuf>,
}

/// Filters shared by the listing commands.
#[derive(Debug, Args, Clone)]
pub(crate) struct FilterArgs {
    /// Only from this date on (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub(crate) from: Option<String>,
    /// Only up to this date (inclusive; YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub(crate) to: Option<String>,
    /// Only rows whose text contains these words.
    #[arg(long, value_name = "WORDS")]
    pub(crate) text: Option<String>,
    /// Only this article.
    #[arg(long, value_name = "ID")]
    pub(crate) article: Option<String>,
    /// Rows per page.
    #[arg(long, default_value_t = 50)]
    pub(crate) limit: usize,
    /// Rows to skip (for paging).
    #[arg(long, default_value_t = 0)]
    pub(crate) offset: usize,
}

/// `dyad quotes`, `dyad stories`.
#[derive(Debug, Args)]
pub(crate) struct QueryArgs {
    /// Speaker (quotes) or actor (stories): part of a name (`Peskov`), an entity id
    /// (`person/dmitry_peskov`) or an actor-code prefix (`RUSGOV`).
    #[arg(long, visible_alias = "actor", value_name = "WHO")]
    pub(crate) speaker: Option<String>,
    #[command(flatten)]
    pub(crate) filter: FilterArgs,
    #[command(flatten)]
    pub(crate) output: OutputArgs,
    #[command(flatten)]
    pub(crate) data: DataArgs,
}

/// `dyad events`.
#[derive(Debug, Args)]
pub(crate) struct EventArgs {
    /// Who acted: an actor-code prefix (`USA`, `RUSGOV`), an entity id or part of a name.
    #[arg(long, value_name = "WHO")]
    pub(crate) source: Option<String>,
    /// Who was acted upon (same forms as --source).
    #[arg(long, value_name = "WHO")]
    pub(crate) target: Option<String>,
    /// Event class: a PLOVER type (`CONSULT`, `SANCTION`) or a CAMEO code prefix (`04`, `163`).
    #[arg(long, value_name = "CLASS")]
    pub(crate) class: Option<String>,
    #[command(flatten)]
    pub(crate) filter: FilterArgs,
    #[command(flatten)]
    pub(crate) output: OutputArgs,
    #[command(flatten)]
    pub(crate) data: DataArgs,
}

/// `dyad entities`.
#[derive(Debug, Args)]
pub(crate) struct EntityArgs {
    /// Part of a name, an entity id or an actor-code prefix.
    #[arg(value_name = "WHO")]
    pub(crate) who: Option<String>,
    /// Only this kind.
    #[arg(long, value_enum)]
    pub(crate) kind: Option<KindArg>,
    #[command(flatten)]
    pub(crate) filter: FilterArgs,
    #[command(flatten)]
    pub(crate) output: OutputArgs,
    #[command(flatten)]
    pub(crate) data: DataArgs,
}

/// Entity kinds on the command line.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum KindArg {
    /// People.
    Person,
    /// Organisations.
    Organisation,
    /// Countries.
    Country,
    /// Places.
    Place,
}

/// `dyad search`.
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub(crate) struct SearchArgs {
    /// The query (may be left out when a filter is given).
    #[arg(value_name = "QUERY")]
    pub(crate) query: Vec<String>,
    /// Only articles or only quotes.
    #[arg(long, value_parser = ["article", "quote"])]
    pub(crate) kind: Option<String>,
    /// Only hits naming this entity, by id (`person/vladimir_putin`; see `dyad entities`);
    /// repeat for several, all required.
    #[arg(long, value_name = "ID")]
    pub(crate) entity: Vec<String>,
    /// Only quotes by this speaker, and articles quoting them: an entity id.
    #[arg(long, value_name = "ID")]
    pub(crate) speaker: Option<String>,
    /// Only this outlet (its name as `dyad search --facets` lists it).
    #[arg(long, value_name = "NAME")]
    pub(crate) outlet: Option<String>,
    /// Only this story (an id from `dyad stories`).
    #[arg(long, value_name = "ID")]
    pub(crate) story: Option<String>,
    /// Only hits with an event of this class: a PLOVER type (`CONSULT`) or a CAMEO prefix (`04`).
    #[arg(long, value_name = "CLASS")]
    pub(crate) class: Option<String>,
    /// Only published from this date on (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub(crate) from: Option<String>,
    /// Only published up to this date (inclusive).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub(crate) to: Option<String>,
    /// Leave out articles that copy another (listed once, under their original).
    #[arg(long)]
    pub(crate) no_copies: bool,
    /// Newest first instead of best match first.
    #[arg(long)]
    pub(crate) newest: bool,
    /// Also print how many hits each entity, speaker, outlet, story and event class has
    /// (this many values of each; with --json, one last line `{"facets": [...]}`).
    #[arg(long, value_name = "N", num_args = 0..=1, default_missing_value = "10")]
    pub(crate) facets: Option<usize>,
    /// Results per page (at most 500).
    #[arg(long, default_value_t = 20)]
    pub(crate) limit: usize,
    /// Results to skip (at most 10,000).
    #[arg(long, default_value_t = 0)]
    pub(crate) offset: usize,
    #[command(flatten)]
    pub(crate) output: OutputArgs,
    #[command(flatten)]
    pub(crate) data: DataArgs,
}

/// `dyad story`.
#[derive(Debug, Args)]
pub(crate) struct StoryArgs {
    /// The story id (from `dyad stories`).
    #[arg(value_name = "ID")]
    pub(crate) id: String,
    #[command(flatten)]
    pub(crate) output: OutputArgs,
    #[command(flatten)]
    pub(crate) data: DataArgs,
}

/// How to aggregate a timeline.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum ByArg {
    /// Event counts by quad class and summed Goldstein value per month.
    Month,
}

/// `dyad timeline`.
#[derive(Debug, Args)]
pub(crate) struct TimelineArgs {
    /// One actor, or two for a dyad (either direction): actor-code prefix (`USA`), entity id
    /// or part of a name.
    #[arg(long = "actor", value_name = "WHO", required = true, num_args = 1)]
    pub(crate) actors: Vec<String>,
    /// Add a relations series.
    #[arg(long, value_enum)]
    pub(crate) by: Option<ByArg>,
    #[command(flatten)]
    pub(crate) filter: FilterArgs,
    #[command(flatten)]
    pub(crate) output: OutputArgs,
    #[command(flatten)]
    pub(crate) data: DataArgs,
}

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum FormatArg {
    /// GDELT 2.0 Event table: one line per real-world event, 61 tab-separated columns.
    GdeltEvents,
    /// GDELT 2.0 Mentions table: one line per report of an event, 16 columns.
    GdeltMentions,
    /// GKG 2.1-style table: one line per article, 27 columns plus quotation speakers.
    Gkg,
    /// PLOVER JSON records, one per line.
    Plover,
    /// Apache Parquet, one file per table.
    Parquet,
    /// CSV with a header row, one file per table.
    Csv,
    /// JSON Lines, one file per table.
    Jsonl,
}

/// The tables of the parquet, csv and jsonl exports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum TableArg {
    /// One row per article, with its clean text.
    Articles,
    /// One row per canonical entity.
    Entities,
    /// One row per entity mention.
    Mentions,
    /// One row per quote.
    Quotes,
    /// One row per event report.
    Events,
    /// One row per story.
    Stories,
}

/// `dyad export`.
#[derive(Debug, Args)]
pub(crate) struct ExportArgs {
    /// The format.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub(crate) format: FormatArg,
    /// Where to write: a file (default stdout) for gdelt-events, gdelt-mentions, gkg, plover
    /// and a single --table; a folder (default `dyad-export`) for all tables.
    #[arg(long, value_name = "PATH")]
    pub(crate) out: Option<PathBuf>,
    /// Export only this table (parquet, csv, jsonl).
    #[arg(long, value_enum, value_name = "TABLE")]
    pub(crate) table: Option<TableArg>,
    /// Only what involves this actor: events where it is either side, quotes it spoke, its
    /// mentions and entity, stories naming it. Part of a name, an entity id or an actor-code
    /// prefix (`RUSGOV`).
    #[arg(long, value_name = "WHO", conflicts_with_all = ["source", "target"])]
    pub(crate) actor: Option<String>,
    /// Events: who acted (same forms as --actor).
    #[arg(long, value_name = "WHO")]
    pub(crate) source: Option<String>,
    /// Events: who was acted upon (same forms as --actor).
    #[arg(long, value_name = "WHO")]
    pub(crate) target: Option<String>,
    /// Events: a PLOVER type (`CONSULT`) or a CAMEO code prefix (`04`, `163`).
    #[arg(long, value_name = "CLASS")]
    pub(crate) class: Option<String>,
    /// Entities and mentions: only this kind.
    #[arg(long, value_enum)]
    pub(crate) kind: Option<KindArg>,
    /// Only from this date on (YYYY, YYYY-MM or YYYY-MM-DD): events by their date, the rest by
    /// their article's publication date.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub(crate) from: Option<String>,
    /// Only up to this date (inclusive).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub(crate) to: Option<String>,
    /// Only rows whose text contains these words (article text, quote, event sentence).
    #[arg(long, value_name = "WORDS")]
    pub(crate) text: Option<String>,
    /// Only this article.
    #[arg(long, value_name = "ID")]
    pub(crate) article: Option<String>,
    #[command(flatten)]
    pub(crate) data: DataArgs,
}

/// `dyad serve`.
#[derive(Debug, Args)]
pub(crate) struct ServeArgs {
    /// Address to listen on (port 0: any free port); anything but loopback exposes the store
    /// to the network.
    #[arg(long, default_value = "127.0.0.1:7878")]
    pub(crate) addr: std::net::SocketAddr,
    #[command(flatten)]
    pub(crate) data: DataArgs,
}

fn parse_date(s: &str) -> Result<String, String> {
    dyad_core::PartialDate::parse_iso(s)
        .map(|d| d.to_string())
        .ok_or_else(|| format!("{s:?} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_checked_at_parse_time() {
        assert!(Cli::try_parse_from(["dyad", "events", "--from", "2018-03"]).is_ok());
        let err =
            Cli::try_parse_from(["dyad", "events", "--from", "March"]).unwrap_err().to_string();
        assert!(err.contains("not a date"), "{err}");
    }

    #[test]
    fn timeline_takes_one_or_two_actors() {
        let cli = Cli::try_parse_from([
            "dyad", "timeline", "--actor", "USA", "--actor", "RUS", "--by", "month",
        ])
        .unwrap();
        let Command::Timeline(t) = cli.command else { panic!("timeline") };
        assert_eq!(t.actors, ["USA", "RUS"]);
        assert!(Cli::try_parse_from(["dyad", "timeline"]).is_err());
    }

    #[test]
    fn export_needs_a_format_and_keeps_actor_apart_from_source() {
        assert!(Cli::try_parse_from(["dyad", "export"]).is_err());
        let cli =
            Cli::try_parse_from(["dyad", "export", "--format", "gdelt-events", "--from", "2019"])
                .unwrap();
        let Command::Export(e) = cli.command else { panic!("export") };
        assert_eq!((e.format, e.from.as_deref()), (FormatArg::GdeltEvents, Some("2019")));
        assert!(
            Cli::try_parse_from(["dyad", "export", "--format", "csv", "--table", "quotes"]).is_ok()
        );
        let both = ["dyad", "export", "--format", "plover", "--actor", "USA", "--source", "RUS"];
        assert!(Cli::try_parse_from(both).is_err());
        assert!(Cli::try_parse_from(["dyad", "export", "--format", "xml"]).is_err());
    }

    #[test]
    fn search_takes_filters_without_words() {
        let cli = Cli::try_parse_from([
            "dyad",
            "search",
            "--speaker",
            "person/dmitry_peskov",
            "--entity",
            "a/b",
            "--entity",
            "c/d",
            "--from",
            "2019-03",
            "--facets",
        ])
        .unwrap();
        let Command::Search(s) = cli.command else { panic!("search") };
        assert!(s.query.is_empty());
        assert_eq!((s.entity.len(), s.facets, s.from.as_deref()), (2, Some(10), Some("2019-03")));
        assert!(Cli::try_parse_from(["dyad", "search", "x", "--from", "March"]).is_err());
        assert!(Cli::try_parse_from(["dyad", "search"]).is_err(), "nothing to search for");
    }

    #[test]
    fn inputs_are_required_and_data_defaults() {
        assert!(Cli::try_parse_from(["dyad", "extract"]).is_err());
        let cli = Cli::try_parse_from(["dyad", "ingest", "x.html"]).unwrap();
        let Command::Ingest(i) = cli.command else { panic!("ingest") };
        assert_eq!(i.data.data, PathBuf::from("dyad-data"));
    }
}

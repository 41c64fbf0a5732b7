//! `dyad analyze`: the whole per-article pipeline, no store.

use crate::flags::AnalyzeArgs;
use crate::output::{Out, clip, or_dash};
use crate::{messages, pipeline};
use dyad_core::AnalysisRecord;
use dyad_extract::Options;
use std::process::ExitCode;

pub(crate) fn run(args: AnalyzeArgs) -> anyhow::Result<ExitCode> {
    let analyzer = super::analyzer(&args.actors)?;
    let opts = Options { max_bytes: args.input.max_bytes };
    let progress = messages::progress("analysing");
    let mut out = Out::new();
    let counts = pipeline::run(
        &args.input.paths,
        args.input.max_bytes,
        &progress,
        |_| false,
        |raw| {
            let article =
                dyad_extract::extract(&raw.body, &raw.hints, &opts).map_err(|e| e.to_string())?;
            Ok(AnalysisRecord::from_document(&analyzer.analyze(article)))
        },
        |_, rec| {
            if args.input.output.json {
                return Ok(out.json(&rec)?);
            }
            print_record(&mut out, &rec)?;
            Ok(())
        },
    );
    progress.finish_and_clear();
    let counts = counts?;
    out.flush()?;
    Ok(super::exit_for(&counts))
}

/// A readable summary of one analysed article.
pub(crate) fn print_record(out: &mut Out, rec: &AnalysisRecord) -> std::io::Result<()> {
    let a = &rec.article;
    out.line(&format!("{}  {}", a.id, or_dash(a.title.as_deref())))?;
    out.line(&format!(
        "  published {}  source {}  dateline {}  {} sentences",
        a.published.map(|d| d.to_string()).as_deref().unwrap_or("-"),
        or_dash(a.source.as_deref()),
        or_dash(a.dateline.as_deref()),
        rec.sentences.len()
    ))?;
    let mut actors: Vec<_> = rec.actors.iter().collect();
    actors.sort_by_key(|x| std::cmp::Reverse(x.mentions));
    let names: Vec<String> = actors
        .iter()
        .take(10)
        .map(|x| {
            format!(
                "{} ({}{})",
                x.entity.name,
                x.entity.actor_code.as_ref().map_or("-", |c| c.as_str()),
                if x.mentions > 1 { format!(" ×{}", x.mentions) } else { String::new() }
            )
        })
        .collect();
    out.line(&format!("  who: {}", names.join(", ")))?;
    for q in &rec.quotes {
        out.line(&format!(
            "  quote  {}: {}{}",
            or_dash(q.speaker.as_deref()),
            if q.direct { "“" } else { "" },
            clip(&q.text, 90) + if q.direct { "”" } else { "" }
        ))?;
    }
    for e in &rec.events {
        let who = |p: &Option<dyad_core::ParticipantRecord>| {
            p.as_ref().map_or_else(
                || "-".to_owned(),
                |p| format!("{} ({})", p.name, p.actor_code.as_ref().map_or("-", |c| c.as_str())),
            )
        };
        let flags =
            [(e.negated, "negated"), (e.hypothetical, "hypothetical"), (e.future, "planned")]
                .iter()
                .filter(|f| f.0)
                .map(|f| f.1)
                .collect::<Vec<_>>()
                .join(",");
        out.line(&format!(
            "  event  {}  {} → {}  {} {} / {}{}",
            e.date.map(|d| d.to_string()).as_deref().unwrap_or("undated"),
            who(&e.source),
            who(&e.target),
            e.cameo,
            e.cameo_name,
            e.plover.as_ref().map_or("-", |p| p.as_str()),
            if flags.is_empty() { String::new() } else { format!(" [{flags}]") }
        ))?;
    }
    out.line("")
}

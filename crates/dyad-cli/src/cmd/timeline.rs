//! `dyad timeline`: folded events between two actors (or involving one), in date order.

use crate::flags::{ByArg, TimelineArgs};
use crate::output::{Out, clip, or_dash};
use dyad_store::{Catalog, Filter, TimelineRow};
use std::process::ExitCode;

pub(crate) fn row_line(t: &TimelineRow) -> String {
    // Sources: the outlets, else (pages without one) the articles.
    let sources = if t.outlets.is_empty() {
        t.articles.iter().map(|a| a.as_str()).collect::<Vec<_>>().join(", ")
    } else {
        t.outlets.join(", ")
    };
    format!(
        "{:<10}  {} → {}  {} {}{}  ({} report{} in {} article{}: {})\n            “{}”",
        or_dash(t.date.as_deref()),
        or_dash(t.source.as_deref()),
        or_dash(t.target.as_deref()),
        t.plover.as_deref().unwrap_or(&t.cameo),
        t.cameo_name,
        super::events::flags(t.negated, false, t.future),
        t.reports,
        if t.reports == 1 { "" } else { "s" },
        t.articles.len(),
        if t.articles.len() == 1 { "" } else { "s" },
        sources,
        clip(&t.sentence, 160)
    )
}

/// The timeline filter for one or two actors, either direction.
pub(crate) fn timeline_filter(actors: &[String], base: Filter) -> Filter {
    Filter {
        actor: actors.first().cloned(),
        other: actors.get(1).cloned(),
        either_direction: true,
        ..base
    }
}

pub(crate) fn print(
    out: &mut Out,
    catalog: &dyn Catalog,
    filter: &Filter,
    by: Option<ByArg>,
    json: bool,
) -> anyhow::Result<usize> {
    let rows = catalog.timeline(filter)?;
    for t in &rows {
        if json {
            out.json(t)?;
        } else {
            out.line(&row_line(t))?;
        }
    }
    if let Some(ByArg::Month) = by {
        let months = catalog.months(filter)?;
        if !json {
            out.line("")?;
            out.line(
                "month     verbal-coop material-coop verbal-conflict material-conflict  goldstein",
            )?;
        }
        for m in &months {
            if json {
                out.json(&serde_json::json!({"month": m.month, "quad_counts": m.quad_counts, "goldstein": m.goldstein}))?;
            } else {
                let q = m.quad_counts;
                out.line(&format!(
                    "{}  {:>11} {:>13} {:>15} {:>17}  {:>9.1}",
                    m.month, q[0], q[1], q[2], q[3], m.goldstein
                ))?;
            }
        }
    }
    Ok(rows.len())
}

pub(crate) fn run(args: TimelineArgs) -> anyhow::Result<ExitCode> {
    if args.actors.len() > 2 {
        anyhow::bail!("a timeline takes one actor or two (a dyad); got {}", args.actors.len());
    }
    let store = super::open_store(&args.data)?;
    let filter = timeline_filter(&args.actors, super::filter(&args.filter));
    let mut out = Out::new();
    let n = print(&mut out, store.catalog(), &filter, args.by, args.output.json)?;
    if n == 0 && !args.output.json {
        out.line("no dated events match")?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

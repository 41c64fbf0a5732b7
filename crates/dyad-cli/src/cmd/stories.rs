//! `dyad stories` and `dyad story ID`.

use crate::flags::{QueryArgs, StoryArgs};
use crate::output::{Out, or_dash};
use dyad_store::StoryRow;
use std::process::ExitCode;

pub(crate) fn story_line(s: &StoryRow) -> String {
    format!(
        "{}  {} … {}  {:>3} article(s)  {}\n  {}",
        s.id,
        or_dash(s.first.as_deref()),
        or_dash(s.last.as_deref()),
        s.articles,
        s.title,
        s.actors.join(", ")
    )
}

pub(crate) fn run(args: QueryArgs) -> anyhow::Result<ExitCode> {
    let store = super::open_store(&args.data)?;
    let filter = dyad_store::Filter { actor: args.speaker.clone(), ..super::filter(&args.filter) };
    let rows = store.catalog().stories(&filter)?;
    let mut out = Out::new();
    for s in &rows {
        if args.output.json {
            out.json(s)?;
        } else {
            out.line(&story_line(s))?;
        }
    }
    if rows.is_empty() && !args.output.json {
        out.line("no stories match")?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn run_one(args: StoryArgs) -> anyhow::Result<ExitCode> {
    let store = super::open_store(&args.data)?;
    let Some((story, articles)) = store.catalog().story(&args.id)? else {
        anyhow::bail!(
            "no story {:?} in {} (list them with `dyad stories`)",
            args.id,
            args.data.data.display()
        );
    };
    let mut out = Out::new();
    if args.output.json {
        out.json(&serde_json::json!({"story": story, "articles": articles}))?;
    } else {
        out.line(&story_line(&story))?;
        for a in &articles {
            let copy = a.copy_of.as_ref().map_or_else(String::new, |c| format!("  (copy of {c})"));
            out.line(&format!(
                "  {}  {:<28} {}  {}{}",
                or_dash(a.published.as_deref()),
                or_dash(a.source.as_deref()),
                a.id,
                or_dash(a.title.as_deref()),
                copy
            ))?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

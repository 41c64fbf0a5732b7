//! `dyad quotes`: who said what.

use crate::flags::QueryArgs;
use crate::output::{Out, clip, or_dash};
use std::process::ExitCode;

pub(crate) fn run(args: QueryArgs) -> anyhow::Result<ExitCode> {
    let store = super::open_store(&args.data)?;
    let filter = dyad_store::Filter { actor: args.speaker.clone(), ..super::filter(&args.filter) };
    let rows = store.catalog().quotes(&filter)?;
    let mut out = Out::new();
    for q in &rows {
        if args.output.json {
            out.json(q)?;
            continue;
        }
        let (open, close) = if q.direct { ("“", "”") } else { ("", "") };
        out.line(&format!(
            "{}  {}  ({})",
            or_dash(q.published.as_deref()),
            or_dash(q.speaker.as_deref()),
            or_dash(q.cue.as_deref())
        ))?;
        out.line(&format!("  {open}{}{close}", clip(&q.text, 200)))?;
        // The sentence tells who and how when the quote is only part of it.
        if q.sentence.chars().count() > q.text.chars().count() + 4 {
            out.line(&format!("  in: {}", clip(&q.sentence, 200)))?;
        }
        out.line(&format!(
            "  {} · {} · chars {}..{}",
            q.article,
            or_dash(q.outlet.as_deref()),
            q.span[0],
            q.span[1]
        ))?;
    }
    if rows.is_empty() && !args.output.json {
        out.line("no quotes match")?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

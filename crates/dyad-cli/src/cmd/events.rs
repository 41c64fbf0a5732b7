//! `dyad events`: who did what to whom.

use crate::flags::EventArgs;
use crate::output::{Out, clip, or_dash};
use dyad_store::{ActorRef, EventRow};
use std::process::ExitCode;

pub(crate) fn actor(a: &Option<ActorRef>) -> String {
    a.as_ref().map_or_else(
        || "-".to_owned(),
        |a| format!("{} ({})", a.name, or_dash(a.actor_code.as_deref())),
    )
}

/// The flags of an event as a bracketed note.
pub(crate) fn flags(negated: bool, hypothetical: bool, future: bool) -> String {
    let f: Vec<&str> = [(negated, "negated"), (hypothetical, "hypothetical"), (future, "planned")]
        .iter()
        .filter(|x| x.0)
        .map(|x| x.1)
        .collect();
    if f.is_empty() { String::new() } else { format!(" [{}]", f.join(", ")) }
}

fn line(e: &EventRow) -> String {
    format!(
        "{}  {} → {}  {} {} / {}{}\n  “{}”\n  {} · {}",
        or_dash(e.date.as_deref()),
        actor(&e.source),
        actor(&e.target),
        e.cameo,
        e.cameo_name,
        or_dash(e.plover.as_deref()),
        flags(e.negated, e.hypothetical, e.future),
        clip(&e.sentence, 200),
        e.article,
        or_dash(e.outlet.as_deref())
    )
}

pub(crate) fn run(args: EventArgs) -> anyhow::Result<ExitCode> {
    let store = super::open_store(&args.data)?;
    let filter = dyad_store::Filter {
        actor: args.source.clone(),
        other: args.target.clone(),
        class: args.class.clone(),
        ..super::filter(&args.filter)
    };
    let rows = store.catalog().events(&filter)?;
    let mut out = Out::new();
    for e in &rows {
        if args.output.json {
            out.json(e)?;
        } else {
            out.line(&line(e))?;
        }
    }
    if rows.is_empty() && !args.output.json {
        out.line("no events match")?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

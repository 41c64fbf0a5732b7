//! `dyad entities`: who the store knows.

use crate::flags::{EntityArgs, KindArg};
use crate::output::{Out, or_dash};
use std::process::ExitCode;

pub(crate) fn run(args: EntityArgs) -> anyhow::Result<ExitCode> {
    let store = super::open_store(&args.data)?;
    let kind = args.kind.map(|k| match k {
        KindArg::Person => "person",
        KindArg::Organisation => "organisation",
        KindArg::Country => "country",
        KindArg::Place => "place",
    });
    let filter = dyad_store::Filter {
        actor: args.who.clone(),
        kind: kind.map(str::to_owned),
        ..super::filter(&args.filter)
    };
    let rows = store.catalog().entities(&filter)?;
    let mut out = Out::new();
    for e in &rows {
        if args.output.json {
            out.json(e)?;
        } else {
            out.line(&format!(
                "{:<34} {:<12} {:<10} {:>5} mentions in {:>3} articles  {}  {}",
                e.name,
                e.kind,
                or_dash(e.actor_code.as_deref()),
                e.mentions,
                e.articles,
                e.id,
                or_dash(e.role.as_deref())
            ))?;
        }
    }
    if rows.is_empty() && !args.output.json {
        out.line("no entities match")?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

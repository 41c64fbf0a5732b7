//! `dyad search`: full text over articles and quotes.

use crate::flags::SearchArgs;
use crate::output::{Out, or_dash};
use std::process::ExitCode;

/// The snippet's `<b>` marks as `[…]` for a terminal, entities unescaped.
fn plain(snippet: &str) -> String {
    snippet
        .replace("<b>", "[")
        .replace("</b>", "]")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

pub(crate) fn run(args: SearchArgs) -> anyhow::Result<ExitCode> {
    let store = super::open_store(&args.data)?;
    let query = args.query.join(" ");
    let hits = store.search(&query, args.kind.as_deref(), args.limit, args.offset)?;
    let mut out = Out::new();
    for h in &hits {
        if args.output.json {
            out.json(h)?;
        } else {
            out.line(&format!(
                "{:.2}  {}  {}  {}  [{}]",
                h.score,
                or_dash(h.published.as_deref()),
                h.article,
                or_dash(h.title.as_deref()),
                h.kind
            ))?;
            out.line(&format!(
                "      {}",
                plain(&h.snippet).split_whitespace().collect::<Vec<_>>().join(" ")
            ))?;
        }
    }
    if hits.is_empty() && !args.output.json {
        out.line("no matches")?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

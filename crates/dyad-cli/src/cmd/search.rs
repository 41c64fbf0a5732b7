//! `dyad search`: full text over articles and quotes, with filters and facets.

use crate::flags::SearchArgs;
use crate::output::{Out, or_dash};
use dyad_store::{HitKind, SearchOrder, SearchQuery};
use std::process::ExitCode;

/// The snippet's `<b>` marks as `[…]` for a terminal.
fn plain(fragment: &str, highlights: &[[usize; 2]]) -> String {
    let mut out = String::with_capacity(fragment.len() + 8);
    for (i, c) in fragment.chars().enumerate() {
        if highlights.iter().any(|h| h[0] == i) {
            out.push('[');
        }
        if highlights.iter().any(|h| h[1] == i) {
            out.push(']');
        }
        out.push(c);
    }
    let n = fragment.chars().count();
    if highlights.iter().any(|h| h[1] == n) {
        out.push(']');
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn query(args: &SearchArgs) -> SearchQuery {
    SearchQuery {
        text: args.query.join(" "),
        kind: args.kind.as_deref().and_then(HitKind::parse),
        entities: args.entity.clone(),
        speaker: args.speaker.clone(),
        outlet: args.outlet.clone(),
        story: args.story.clone(),
        class: args.class.clone(),
        from: args.from.clone(),
        to: args.to.clone(),
        copies: !args.no_copies,
        order: if args.newest { SearchOrder::Newest } else { SearchOrder::Relevance },
        limit: args.limit.clamp(1, dyad_store::MAX_HITS),
        offset: args.offset,
        facets: args.facets.unwrap_or(0),
    }
}

pub(crate) fn run(args: SearchArgs) -> anyhow::Result<ExitCode> {
    let store = super::open_store(&args.data)?;
    let results = store.search(&query(&args))?;
    if let Some(w) = results.warnings.first() {
        // The web UI reads such queries leniently; on the command line, say what is wrong.
        anyhow::bail!("bad search query: {w}");
    }
    let mut out = Out::new();
    for h in &results.hits {
        if args.output.json {
            out.json(h)?;
            continue;
        }
        let who = match (h.kind.as_str(), &h.speaker) {
            ("quote", Some(s)) => format!("{s}: "),
            _ => String::new(),
        };
        let copies = if h.copies > 0 { format!("  (+{} copies)", h.copies) } else { String::new() };
        out.line(&format!(
            "{:.2}  {}  {}  {}  [{}]{copies}",
            h.score,
            or_dash(h.published.as_deref()),
            h.article,
            or_dash(h.title.as_deref()),
            h.kind
        ))?;
        out.line(&format!("      {who}{}", plain(&h.fragment, &h.highlights)))?;
    }
    if args.output.json {
        if args.facets.is_some() {
            out.json(&serde_json::json!({"total": results.total, "facets": results.facets}))?;
        }
    } else {
        if results.hits.is_empty() {
            out.line("no matches")?;
        } else {
            out.line(&format!(
                "{} of {} hit(s) shown (from {})",
                results.hits.len(),
                results.total,
                args.offset + 1
            ))?;
        }
        for f in &results.facets {
            if f.values.is_empty() {
                continue;
            }
            let values: Vec<String> = f
                .values
                .iter()
                .map(|v| match &v.label {
                    Some(l) => format!("{l} [{}] {}", v.value, v.count),
                    None => format!("{} {}", v.value, v.count),
                })
                .collect();
            out.line(&format!("{}: {}", f.name, values.join(", ")))?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlights_become_brackets() {
        assert_eq!(plain("arms  control\ntalks", &[[0, 4], [14, 19]]), "[arms] control [talks]");
        assert_eq!(plain("Лавров said", &[[0, 6]]), "[Лавров] said");
    }
}

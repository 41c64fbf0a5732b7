//! `dyad stories` and `dyad story ID`.

use crate::flags::{QueryArgs, StoryArgs};
use crate::output::{Out, or_dash};
use dyad_store::{ArticleRow, StoryRow};
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

/// A story's articles as copy groups: each canonical article (in date order) with the copies
/// of it in the story. A copy whose canonical article is not in the story stands alone.
fn copy_groups(articles: &[ArticleRow]) -> Vec<(&ArticleRow, Vec<&ArticleRow>)> {
    let in_story = |id: &dyad_core::ArticleId| articles.iter().any(|a| &a.id == id);
    let mut groups: Vec<(&ArticleRow, Vec<&ArticleRow>)> = Vec::new();
    for a in articles {
        if a.copy_of.as_ref().is_some_and(&in_story) {
            continue;
        }
        let copies = articles.iter().filter(|c| c.copy_of.as_ref() == Some(&a.id)).collect();
        groups.push((a, copies));
    }
    groups
}

/// The distinct outlets of a copy group, the canonical article's first.
fn outlets<'a>(head: &'a ArticleRow, copies: &[&'a ArticleRow]) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    for s in std::iter::once(head).chain(copies.iter().copied()).filter_map(|a| a.source.as_deref())
    {
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
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
    let groups = copy_groups(&articles);
    let mut out = Out::new();
    if args.output.json {
        let groups: Vec<serde_json::Value> = groups
            .iter()
            .map(|(head, copies)| {
                serde_json::json!({
                    "canonical": head.id,
                    "outlets": outlets(head, copies),
                    "copies": copies.iter().map(|c| serde_json::json!({
                        "id": c.id, "source": c.source, "url": c.url, "published": c.published,
                    })).collect::<Vec<_>>(),
                })
            })
            .collect();
        out.json(&serde_json::json!({"story": story, "articles": articles, "groups": groups}))?;
    } else {
        out.line(&story_line(&story))?;
        for (head, copies) in &groups {
            let copy =
                head.copy_of.as_ref().map_or_else(String::new, |c| format!("  (copy of {c})"));
            out.line(&format!(
                "  {}  {:<28} {}  {}{}",
                or_dash(head.published.as_deref()),
                or_dash(head.source.as_deref()),
                head.id,
                or_dash(head.title.as_deref()),
                copy
            ))?;
            if !copies.is_empty() {
                out.line(&format!(
                    "              + {} cop{}:",
                    copies.len(),
                    if copies.len() == 1 { "y" } else { "ies" }
                ))?;
            }
            for c in copies {
                out.line(&format!(
                    "              {}  {:<28} {}  {}",
                    or_dash(c.published.as_deref()),
                    or_dash(c.source.as_deref()),
                    c.id,
                    or_dash(c.url.as_deref())
                ))?;
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: &str, source: &str, copy_of: Option<&str>) -> ArticleRow {
        ArticleRow {
            id: id.into(),
            title: None,
            source: Some(source.into()),
            url: None,
            published: Some("2019-03-12".into()),
            story: None,
            copy_of: copy_of.map(Into::into),
            origin: String::new(),
        }
    }

    #[test]
    fn copies_are_grouped_under_their_canonical_article() {
        let articles = [
            row("wire", "Wire", None),
            row("other", "Post", None),
            row("copy1", "Daily", Some("wire")),
            row("copy2", "Wire", Some("wire")),
            row("stray", "Herald", Some("elsewhere")),
        ];
        let groups = copy_groups(&articles);
        let ids: Vec<(&str, Vec<&str>)> = groups
            .iter()
            .map(|(h, c)| (h.id.as_str(), c.iter().map(|a| a.id.as_str()).collect()))
            .collect();
        assert_eq!(ids, [("wire", vec!["copy1", "copy2"]), ("other", vec![]), ("stray", vec![])]);
        let (head, copies) = &groups[0];
        assert_eq!(outlets(head, copies), ["Wire", "Daily"]);
    }
}

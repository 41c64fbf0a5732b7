//! A dyad's timeline: relations over time as an SVG chart, then each real-world event with
//! the articles and outlets that reported it.

use super::chart::{legend, relations};
use super::html::{
    article_url, count, entity_url, esc, link, page as frame, thousands, timeline_url,
};
use super::{PageResult, render};
use crate::app::App;
use crate::error::ServeError;
use crate::params::{Args, RawQuery};
use axum::extract::State;
use dyad_store::{ArticleRow, Filter, Snapshot, months_of};
use std::collections::BTreeMap;
use std::fmt::Write;

/// Events listed on one page.
const ROWS: usize = 1000;

pub(super) async fn page(State(app): State<App>, raw: RawQuery) -> PageResult {
    render(app, raw, &["a", "b", "from", "to", "class"], body).await
}

fn form(b: &mut String, args: &Args) -> Result<(), ServeError> {
    let v = |n: &str| esc(&args.get(n).unwrap_or_default());
    let _ = write!(
        b,
        r#"<form class="refine dyadform" action="/timeline" method="get"><input name="a" value="{}" placeholder="USA, person/vladimir_putin or a name" aria-label="First actor"><span class="between">↔</span><input name="b" value="{}" placeholder="the other side (optional)" aria-label="Second actor"><input class="date" name="from" value="{}" placeholder="from YYYY-MM" aria-label="From"><input class="date" name="to" value="{}" placeholder="to YYYY-MM" aria-label="Until"><input class="date" name="class" value="{}" placeholder="CONSULT or 04" aria-label="Event class"><button type="submit">Show</button></form>"#,
        v("a"),
        v("b"),
        esc(&args.date("from")?.unwrap_or_default()),
        esc(&args.date("to")?.unwrap_or_default()),
        v("class"),
    );
    Ok(())
}

fn body(s: &Snapshot<'_>, args: &Args) -> Result<String, ServeError> {
    let c = s.catalog();
    let mut b = String::from(r#"<div class="timelinepage">"#);
    let Some(a) = args.get("a") else {
        b.push_str("<h1>Timelines</h1>");
        form(&mut b, args)?;
        b.push_str(r#"<p class="lede">An actor is an actor-code prefix (<code>USA</code>, <code>RUSGOV</code>), an entity id or part of a name. The pairs of countries with most events:</p><ol class="rank">"#);
        for d in c.dyads(20)? {
            let name = format!(
                "{} ↔ {}",
                d.a_name.as_deref().unwrap_or(&d.a),
                d.b_name.as_deref().unwrap_or(&d.b)
            );
            let _ = write!(
                b,
                r#"<li>{}<span class="n">{}</span></li>"#,
                link(&timeline_url(&d.a, Some(&d.b)), &name),
                count(d.events, "event", "events")
            );
        }
        b.push_str("</ol></div>");
        return Ok(frame("Timelines", "", &b));
    };
    let other = args.get("b");
    let f = Filter {
        actor: Some(a.clone()),
        other: other.clone(),
        from: args.date("from")?,
        to: args.date("to")?,
        class: args.get("class"),
        either_direction: true,
        // Every event: the chart counts them all, the list shows the first ROWS.
        limit: 0,
        ..Filter::default()
    };
    let names = c.names(&[a.clone(), other.clone().unwrap_or_default()])?;
    let name = |x: &str| names.get(x).cloned().unwrap_or_else(|| x.to_owned());
    let side =
        |x: &str| if x.contains('/') { link(&entity_url(x), &name(x)) } else { esc(&name(x)) };
    let title = match &other {
        Some(o) => format!("{} ↔ {}", name(&a), name(o)),
        None => name(&a),
    };
    let _ = write!(
        b,
        "<h1>{}</h1>",
        match &other {
            Some(o) => format!("{} ↔ {}", side(&a), side(o)),
            None => side(&a),
        }
    );
    form(&mut b, args)?;
    let mut rows = c.timeline(&f)?;
    let months = months_of(&rows);
    let all = rows.len();
    rows.truncate(ROWS);
    let _ = write!(
        b,
        r#"<p class="count">{}, either direction{}</p>"#,
        count(all as u64, "real-world event", "real-world events"),
        if all > ROWS {
            format!("; the first {} listed", thousands(ROWS as u64))
        } else {
            String::new()
        }
    );
    let chart = relations(&format!("Relations over time: {title}"), &months);
    if !chart.is_empty() {
        let _ = write!(
            b,
            r#"<figure class="relchart" id="chart">{chart}<figcaption>{}Folded events per month by quad class (negated reports left out), and the month's summed Goldstein value.</figcaption></figure>"#,
            legend()
        );
    }
    if rows.is_empty() {
        b.push_str(r#"<p class="empty">No dated events between these actors. Try a code prefix (<code>USA</code>) or part of a name.</p>"#);
    }
    let mut cache: BTreeMap<String, Option<ArticleRow>> = BTreeMap::new();
    b.push_str(r#"<ol class="tl">"#);
    for r in &rows {
        let mut flags = String::new();
        if r.negated {
            flags.push_str(r#" <span class="flag">negated</span>"#);
        }
        if r.future {
            flags.push_str(r#" <span class="flag">planned</span>"#);
        }
        let mut sources = Vec::new();
        for id in &r.articles {
            let row = match cache.get(id.as_str()) {
                Some(r) => r.clone(),
                None => {
                    let row = c.article_row(id.as_str())?;
                    cache.insert(id.to_string(), row.clone());
                    row
                }
            };
            let label = row.and_then(|x| x.source).unwrap_or_else(|| id.to_string());
            sources.push(link(&article_url(id.as_str()), &label));
        }
        let _ = write!(
            b,
            r#"<li class="q{q}"><time>{}</time><div class="what"><p><b>{}</b> → <b>{}</b>: {} <span class="chip q{q}">{}</span>{flags}</p><p class="sent">{}</p><p class="meta">{} · {}</p></div></li>"#,
            esc(r.date.as_deref().unwrap_or("undated")),
            esc(r.source.as_deref().unwrap_or("—")),
            esc(r.target.as_deref().unwrap_or("—")),
            esc(&r.cameo_name),
            esc(r.plover.as_deref().unwrap_or(&r.cameo)),
            esc(&r.sentence),
            count(u64::from(r.reports), "report", "reports"),
            sources.join(", "),
            q = r.quad_class,
        );
    }
    b.push_str("</ol></div>");
    Ok(frame(&title, "", &b))
}

//! The JSON endpoints under `/api/`, documented in `openapi.json`.

use crate::app::App;
use crate::error::{ServeError, Served};
use crate::params::{Args, RawQuery, SEARCH};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::IntoResponse;
use dyad_store::{Filter, Snapshot, copy_groups, months_of};
use serde::Serialize;
use serde_json::{Value, json};

/// The OpenAPI 3.1 description of this API.
pub(crate) const OPENAPI: &str = include_str!("openapi.json");

type JsonResult = Served<Json<Value>>;

fn to_json<T: Serialize>(value: &T) -> Served<Value> {
    serde_json::to_value(value).map_err(|e| ServeError::Internal(format!("encoding JSON: {e}")))
}

fn page<T: Serialize>(items: &[T], f: &Filter) -> JsonResult {
    Ok(Json(json!({"items": to_json(&items)?, "limit": f.limit, "offset": f.offset})))
}

pub(crate) async fn index() -> Json<Value> {
    Json(json!({
        "name": "dyad",
        "version": env!("CARGO_PKG_VERSION"),
        "openapi": "/api/openapi.json",
        "endpoints": [
            "/api/stats", "/api/articles", "/api/articles/{id}", "/api/quotes", "/api/events",
            "/api/entities", "/api/entities/{id}", "/api/stories", "/api/stories/{id}",
            "/api/timeline", "/api/search", "/api/speakers", "/api/dyads"
        ]
    }))
}

pub(crate) async fn openapi() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI)
}

pub(crate) async fn stats(State(app): State<App>, raw: RawQuery) -> JsonResult {
    Args::parse(raw, &[])?;
    app.read(|s| Ok(Json(to_json(&s.catalog().stats()?)?))).await
}

pub(crate) async fn articles(State(app): State<App>, raw: RawQuery) -> JsonResult {
    let f = Args::parse(raw, &["from", "to", "text", "limit", "offset"])?.filter()?;
    app.read(move |s| page(&s.catalog().articles(&f)?, &f)).await
}

/// One article: the record with every layer, plus its story, original and copies.
pub(crate) fn article_json(s: &Snapshot<'_>, id: &str) -> Served<Value> {
    let c = s.catalog();
    let (Some(record), Some(row)) = (c.article(id)?, c.article_row(id)?) else {
        return Err(ServeError::NotFound(format!("no article {id:?}")));
    };
    let copies = c.copies(&[id.to_owned()])?;
    let mut v = to_json(&record)?;
    if let Some(o) = v.as_object_mut() {
        o.insert("story".into(), to_json(&row.story)?);
        o.insert("copy_of".into(), to_json(&row.copy_of)?);
        o.insert("copies".into(), to_json(&copies)?);
        o.insert("origin".into(), to_json(&row.origin)?);
    }
    Ok(v)
}

pub(crate) async fn article(
    State(app): State<App>,
    Path(id): Path<String>,
    raw: RawQuery,
) -> JsonResult {
    Args::parse(raw, &[])?;
    app.read(move |s| Ok(Json(article_json(s, &id)?))).await
}

pub(crate) async fn quotes(State(app): State<App>, raw: RawQuery) -> JsonResult {
    let a = Args::parse(raw, &["speaker", "from", "to", "text", "article", "limit", "offset"])?;
    let f = Filter { actor: a.get("speaker"), ..a.filter()? };
    app.read(move |s| page(&s.catalog().quotes(&f)?, &f)).await
}

pub(crate) async fn events(State(app): State<App>, raw: RawQuery) -> JsonResult {
    let a = Args::parse(
        raw,
        &["source", "target", "actor", "class", "from", "to", "text", "article", "limit", "offset"],
    )?;
    let f = match a.get("actor") {
        Some(actor) => {
            if a.get("source").is_some() || a.get("target").is_some() {
                return Err(ServeError::BadRequest(
                    "actor= (either side) does not go with source= or target=".into(),
                ));
            }
            Filter {
                actor: Some(actor),
                either_direction: true,
                class: a.get("class"),
                ..a.filter()?
            }
        }
        None => Filter {
            actor: a.get("source"),
            other: a.get("target"),
            class: a.get("class"),
            ..a.filter()?
        },
    };
    app.read(move |s| page(&s.catalog().events(&f)?, &f)).await
}

pub(crate) async fn entities(State(app): State<App>, raw: RawQuery) -> JsonResult {
    let a = Args::parse(raw, &["q", "kind", "from", "to", "article", "limit", "offset"])?;
    let kind = a.get("kind");
    if let Some(k) = &kind
        && !["person", "organisation", "country", "place"].contains(&k.as_str())
    {
        return Err(ServeError::BadRequest(format!(
            "kind={k:?}: use person, organisation, country or place"
        )));
    }
    let f = Filter { actor: a.get("q"), kind, ..a.filter()? };
    app.read(move |s| page(&s.catalog().entities(&f)?, &f)).await
}

/// One entity: counts, aliases, monthly mentions, co-mentioned entities and event partners.
pub(crate) fn entity_json(s: &Snapshot<'_>, id: &str) -> Served<Value> {
    let c = s.catalog();
    let Some(detail) = c.entity(id)? else {
        return Err(ServeError::NotFound(format!("no entity {id:?}")));
    };
    let mut v = to_json(&detail)?;
    if let Some(o) = v.as_object_mut() {
        o.insert("co_mentions".into(), to_json(&c.co_mentions(id, 20)?)?);
        o.insert("partners".into(), to_json(&c.partners(id, 20)?)?);
    }
    Ok(v)
}

pub(crate) async fn entity(
    State(app): State<App>,
    Path(id): Path<String>,
    raw: RawQuery,
) -> JsonResult {
    Args::parse(raw, &[])?;
    app.read(move |s| Ok(Json(entity_json(s, &id)?))).await
}

pub(crate) async fn stories(State(app): State<App>, raw: RawQuery) -> JsonResult {
    let a = Args::parse(raw, &["actor", "from", "to", "text", "limit", "offset"])?;
    let f = Filter { actor: a.get("actor"), ..a.filter()? };
    app.read(move |s| page(&s.catalog().stories(&f)?, &f)).await
}

pub(crate) async fn story(
    State(app): State<App>,
    Path(id): Path<String>,
    raw: RawQuery,
) -> JsonResult {
    Args::parse(raw, &[])?;
    app.read(move |s| match s.catalog().story(&id)? {
        Some((story, articles)) => Ok(Json(json!({
            "story": to_json(&story)?,
            "articles": to_json(&articles)?,
            "groups": to_json(&copy_groups(&articles))?,
        }))),
        None => Err(ServeError::NotFound(format!("no story {id:?}"))),
    })
    .await
}

/// The timeline filter: `actor` (required) and `other`, either direction.
pub(crate) fn timeline_filter(a: &Args) -> Served<Filter> {
    let Some(actor) = a.get("actor") else {
        return Err(ServeError::BadRequest(
            "timeline needs ?actor= (and optionally &other=)".into(),
        ));
    };
    Ok(Filter {
        actor: Some(actor),
        other: a.get("other"),
        class: a.get("class"),
        either_direction: true,
        ..a.filter()?
    })
}

pub(crate) async fn timeline(State(app): State<App>, raw: RawQuery) -> JsonResult {
    let a = Args::parse(raw, &["actor", "other", "class", "by", "from", "to", "limit", "offset"])?;
    let f = timeline_filter(&a)?;
    let by_month = match a.get("by").as_deref() {
        None => false,
        Some("month") => true,
        Some(other) => {
            return Err(ServeError::BadRequest(format!("by={other:?}: only by=month is known")));
        }
    };
    app.read(move |s| {
        let (rows, months) = if by_month {
            // One read of the events for both the page and the monthly series.
            let all = s.catalog().timeline(&Filter { limit: 0, offset: 0, ..f.clone() })?;
            let months = months_of(&all);
            let rows: Vec<_> = all.into_iter().skip(f.offset).take(f.limit).collect();
            (rows, Some(months))
        } else {
            (s.catalog().timeline(&f)?, None)
        };
        Ok(Json(json!({
            "items": to_json(&rows)?, "months": to_json(&months)?, "limit": f.limit, "offset": f.offset
        })))
    })
    .await
}

pub(crate) async fn search(State(app): State<App>, raw: RawQuery) -> JsonResult {
    let q = Args::parse(raw, SEARCH)?.search(20, true)?;
    app.read(move |s| {
        let results = s.search(&q)?;
        let mut v = to_json(&results)?;
        if let Some(o) = v.as_object_mut() {
            o.insert("limit".into(), q.limit.into());
            o.insert("offset".into(), q.offset.into());
        }
        Ok(Json(v))
    })
    .await
}

pub(crate) async fn speakers(State(app): State<App>, raw: RawQuery) -> JsonResult {
    let (limit, _) = Args::parse(raw, &["limit"])?.page(20, 0)?;
    app.read(move |s| Ok(Json(json!({"items": to_json(&s.catalog().speakers(limit)?)?})))).await
}

pub(crate) async fn dyads(State(app): State<App>, raw: RawQuery) -> JsonResult {
    let (limit, _) = Args::parse(raw, &["limit"])?.page(20, 0)?;
    app.read(move |s| Ok(Json(json!({"items": to_json(&s.catalog().dyads(limit)?)?})))).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_openapi_document_is_json_and_lists_every_endpoint() {
        let doc: Value = serde_json::from_str(OPENAPI).expect("openapi.json parses");
        assert_eq!(doc["openapi"].as_str().map(|v| v.starts_with("3.")), Some(true));
        let paths = doc["paths"].as_object().expect("paths");
        let Value::Object(listed) = index_json() else { panic!("index") };
        for e in listed["endpoints"].as_array().into_iter().flatten() {
            let e = e.as_str().unwrap_or_default();
            assert!(paths.contains_key(e), "{e} is not in openapi.json");
        }
    }

    fn index_json() -> Value {
        let rt = tokio::runtime::Builder::new_current_thread().build().expect("runtime");
        rt.block_on(index()).0
    }
}

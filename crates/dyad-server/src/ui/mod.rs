//! The web UI: server-rendered pages over the same store as the API, plus one stylesheet,
//! one small script and an icon. Every page is one snapshot of the store.

mod article;
mod chart;
mod entity;
mod home;
mod html;
mod lists;
mod markup;
mod search;
mod story;
mod timeline;

use crate::app::App;
use crate::error::{ServeError, json_error};
use crate::params::{Args, RawQuery};
use axum::Router;
use axum::http::{StatusCode, Uri, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use dyad_store::Snapshot;

/// A failed page, answered as a page with the error's status.
pub(crate) struct PageError(ServeError);

impl From<ServeError> for PageError {
    fn from(e: ServeError) -> PageError {
        PageError(e)
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let status = self.0.status();
        let heading = match status {
            StatusCode::NOT_FOUND => "Not found",
            StatusCode::BAD_REQUEST => "That request could not be read",
            _ => "Something went wrong",
        };
        let body = format!(
            r#"<section class="error"><h1>{heading}</h1><p>{}</p><p><a href="/">Start again from the home page</a>.</p></section>"#,
            html::esc(&self.0.to_string())
        );
        (status, Html(html::page(heading, "", &body))).into_response()
    }
}

type PageResult = Result<Html<String>, PageError>;

/// Reads the query string (names in `allowed`), then renders on a snapshot.
async fn render<F>(app: App, raw: RawQuery, allowed: &'static [&'static str], f: F) -> PageResult
where
    F: FnOnce(&Snapshot<'_>, &Args) -> Result<String, ServeError> + Send + 'static,
{
    let args = Args::parse(raw, allowed)?;
    Ok(Html(app.read(move |s| f(s, &args)).await?))
}

const CSS: &str = include_str!("../../assets/dyad.css");
const JS: &str = include_str!("../../assets/dyad.js");
const ICON: &str = include_str!("../../assets/icon.svg");

fn asset(kind: &'static str, body: &'static str) -> Response {
    ([(header::CONTENT_TYPE, kind), (header::CACHE_CONTROL, "no-cache")], body).into_response()
}

/// The UI's routes.
pub(crate) fn routes() -> Router<App> {
    Router::new()
        .route("/", get(home::page))
        .route("/search", get(search::page))
        .route("/articles/{*id}", get(article::page))
        .route("/entities", get(lists::entities))
        .route("/entities/{*id}", get(entity::page))
        .route("/stories", get(lists::stories))
        .route("/stories/{id}", get(story::page))
        .route("/timeline", get(timeline::page))
        .route("/static/dyad.css", get(|| async { asset("text/css; charset=utf-8", CSS) }))
        .route("/static/dyad.js", get(|| async { asset("text/javascript; charset=utf-8", JS) }))
        .route("/static/icon.svg", get(|| async { asset("image/svg+xml", ICON) }))
}

/// Unknown paths: a JSON error under `/api/`, a page elsewhere.
pub(crate) async fn not_found(uri: Uri) -> Response {
    if uri.path() == "/api" || uri.path().starts_with("/api/") {
        return json_error(StatusCode::NOT_FOUND, "no such endpoint; see /api/openapi.json");
    }
    PageError(ServeError::NotFound(format!("there is no page at {}", uri.path()))).into_response()
}

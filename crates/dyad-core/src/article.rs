//! The extracted article: clean text plus metadata, before any analysis.

use crate::{ArticleId, PartialDate};
use serde::{Deserialize, Serialize};

/// One article as extraction leaves it: its clean text and what the page said about it.
///
/// Serialised as-is, this is the record `dyad extract --json` prints, one per line:
///
/// ```json
/// {"id": "page", "source": "The Meridian Post", "url": "https://…", "title": "…",
///  "published": "2019-03-13", "author": "…", "dateline": "GENEVA", "lang": "en", "text": "…"}
/// ```
///
/// Every field but `id` and `text` is `null` when unknown; `published` is ISO 8601 at the
/// precision the page gives (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Article {
    /// Stable id within one run: file stem, or `NAME:N` inside a container file.
    pub id: ArticleId,
    /// The outlet's name (`og:site_name`, feed title, or the host name).
    pub source: Option<String>,
    /// The page's canonical URL when known.
    pub url: Option<String>,
    /// The headline (not the site name, not a breadcrumb).
    pub title: Option<String>,
    /// Publication date.
    pub published: Option<PartialDate>,
    /// Byline author(s).
    pub author: Option<String>,
    /// The dateline of agency copy (`BUENOS AIRES, 1 Jul — RIA Novosti`), without the text after it.
    pub dateline: Option<String>,
    /// ISO 639-1 language code of the text.
    pub lang: Option<String>,
    /// The clean text: paragraphs separated by a blank line (`\n\n`), no markup.
    pub text: String,
}

//! Query parameters: each endpoint names the ones it takes, and anything else is refused, so
//! a misspelt filter is an error rather than silently ignored.

use crate::error::{ServeError, Served};
use axum::extract::Query;
use axum::extract::rejection::QueryRejection;
use dyad_store::{Filter, HitKind, SearchOrder, SearchQuery};

/// Largest page a client may ask for.
pub const MAX_PAGE: usize = 500;
/// Rows a listing may skip (search pages stop earlier, at [`dyad_store::MAX_OFFSET`]).
pub const MAX_LISTING_OFFSET: usize = 1_000_000;
/// Longest parameter value, in bytes.
pub const MAX_VALUE_BYTES: usize = 1_000;
/// Page size when none is asked for.
pub(crate) const DEFAULT_PAGE: usize = 50;

/// The query string of a request, as (name, value) pairs in order.
pub(crate) type RawQuery = Result<Query<Vec<(String, String)>>, QueryRejection>;

/// Parsed parameters of one request.
#[derive(Debug, Default)]
pub(crate) struct Args {
    pairs: Vec<(String, String)>,
}

impl Args {
    /// Reads the query string, refusing names not in `allowed`, repeated names (but `entity`)
    /// and overlong values.
    pub(crate) fn parse(raw: RawQuery, allowed: &[&str]) -> Served<Args> {
        let Query(pairs) = raw.map_err(|e| ServeError::BadRequest(e.body_text()))?;
        for (i, (name, value)) in pairs.iter().enumerate() {
            if !allowed.contains(&name.as_str()) {
                let known = if allowed.is_empty() { "none".to_owned() } else { allowed.join(", ") };
                return Err(ServeError::BadRequest(format!(
                    "unknown parameter {name:?}; this endpoint takes: {known}"
                )));
            }
            if name != "entity" && pairs.iter().take(i).any(|(n, _)| n == name) {
                return Err(ServeError::BadRequest(format!("parameter {name:?} is given twice")));
            }
            if value.len() > MAX_VALUE_BYTES {
                return Err(ServeError::BadRequest(format!(
                    "parameter {name:?} is over {MAX_VALUE_BYTES} bytes"
                )));
            }
        }
        Ok(Args { pairs })
    }

    /// A parameter's value, trimmed; empty counts as absent.
    pub(crate) fn get(&self, name: &str) -> Option<String> {
        self.pairs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.trim().to_owned())
            .filter(|v| !v.is_empty())
    }

    /// Every value of a repeatable parameter (`entity`), also split at commas.
    pub(crate) fn all(&self, name: &str) -> Vec<String> {
        self.pairs
            .iter()
            .filter(|(n, _)| n == name)
            .flat_map(|(_, v)| v.split(','))
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty())
            .collect()
    }

    fn number(&self, name: &str) -> Served<Option<usize>> {
        self.get(name)
            .map(|v| {
                v.parse::<usize>().map_err(|_| {
                    ServeError::BadRequest(format!("{name}={v:?} is not a whole number"))
                })
            })
            .transpose()
    }

    /// A date parameter: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub(crate) fn date(&self, name: &str) -> Served<Option<String>> {
        match self.get(name) {
            None => Ok(None),
            Some(d) => match dyad_core::PartialDate::parse_iso(&d) {
                Some(p) => Ok(Some(p.to_string())),
                None => Err(ServeError::BadRequest(format!(
                    "{name}={d:?} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"
                ))),
            },
        }
    }

    /// A yes/no parameter: `1`/`true`/`yes` or `0`/`false`/`no`; `default` when absent.
    pub(crate) fn flag(&self, name: &str, default: bool) -> Served<bool> {
        match self.get(name).as_deref() {
            None => Ok(default),
            Some("0" | "false" | "no") => Ok(false),
            Some("1" | "true" | "yes") => Ok(true),
            Some(v) => Err(ServeError::BadRequest(format!("{name}={v:?}: use 1 or 0"))),
        }
    }

    /// `limit` (default `default`, at most [`MAX_PAGE`]) and `offset` (at most `max_offset`).
    pub(crate) fn page(&self, default: usize, max_offset: usize) -> Served<(usize, usize)> {
        let limit = self.number("limit")?.unwrap_or(default);
        if limit == 0 || limit > MAX_PAGE {
            return Err(ServeError::BadRequest(format!(
                "limit={limit}: a page holds 1 to {MAX_PAGE} rows"
            )));
        }
        let offset = self.number("offset")?.unwrap_or(0);
        if offset > max_offset {
            return Err(ServeError::BadRequest(format!(
                "offset={offset} is past the deepest page ({max_offset}); narrow the filters"
            )));
        }
        Ok((limit, offset))
    }

    /// The listing filter: dates, words, article, page.
    pub(crate) fn filter(&self) -> Served<Filter> {
        let (limit, offset) = self.page(DEFAULT_PAGE, MAX_LISTING_OFFSET)?;
        Ok(Filter {
            from: self.date("from")?,
            to: self.date("to")?,
            text: self.get("text"),
            article: self.get("article"),
            limit,
            offset,
            ..Filter::default()
        })
    }

    /// The search of `/api/search` and `/search`; `page` is the default page size, `copies`
    /// whether copies are listed when `copies=` is not given.
    pub(crate) fn search(&self, page: usize, copies: bool) -> Served<SearchQuery> {
        let (limit, offset) = self.page(page, dyad_store::MAX_OFFSET)?;
        let kind = match self.get("kind") {
            None => None,
            Some(k) => Some(HitKind::parse(&k).ok_or_else(|| {
                ServeError::BadRequest(format!("kind={k:?}: use article or quote"))
            })?),
        };
        let order = match self.get("sort").as_deref() {
            None | Some("relevance") => SearchOrder::Relevance,
            Some("newest") => SearchOrder::Newest,
            Some(s) => {
                return Err(ServeError::BadRequest(format!("sort={s:?}: use relevance or newest")));
            }
        };
        let facets = self.number("facets")?.unwrap_or(10).min(100);
        Ok(SearchQuery {
            text: self.get("q").unwrap_or_default(),
            kind,
            entities: self.all("entity"),
            speaker: self.get("speaker"),
            outlet: self.get("outlet"),
            story: self.get("story"),
            class: self.get("class"),
            from: self.date("from")?,
            to: self.date("to")?,
            copies: self.flag("copies", copies)?,
            order,
            limit,
            offset,
            facets,
        })
    }
}

/// The parameters of the search endpoints.
pub(crate) const SEARCH: &[&str] = &[
    "q", "kind", "entity", "speaker", "outlet", "story", "class", "from", "to", "copies", "sort",
    "facets", "limit", "offset",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn args(pairs: &[(&str, &str)], allowed: &[&str]) -> Served<Args> {
        let pairs = pairs.iter().map(|(a, b)| ((*a).to_owned(), (*b).to_owned())).collect();
        Args::parse(Ok(Query(pairs)), allowed)
    }

    #[test]
    fn unknown_repeated_and_long_parameters_are_refused() {
        assert!(args(&[("speaker", "x")], &["source"]).is_err());
        assert!(args(&[("q", "a"), ("q", "b")], &["q"]).is_err());
        let long = "x".repeat(MAX_VALUE_BYTES + 1);
        assert!(args(&[("q", &long)], &["q"]).is_err());
        let a = args(&[("entity", "a,b"), ("entity", "c")], &["entity"]).unwrap();
        assert_eq!(a.all("entity"), ["a", "b", "c"]);
    }

    #[test]
    fn pages_dates_and_flags_are_checked() {
        let a = args(&[("limit", "501")], &["limit"]).unwrap();
        assert!(a.page(50, 10).is_err());
        let a = args(&[("limit", "0")], &["limit"]).unwrap();
        assert!(a.page(50, 10).is_err());
        let a = args(&[("offset", "11")], &["offset"]).unwrap();
        assert!(a.page(50, 10).is_err());
        let a = args(&[("limit", "ten")], &["limit"]).unwrap();
        assert!(a.page(50, 10).is_err());
        let a = args(&[("from", "2019-3")], &["from"]).unwrap();
        assert!(a.date("from").is_err());
        let a = args(&[("from", " 2019-03 ")], &["from"]).unwrap();
        assert_eq!(a.date("from").unwrap().as_deref(), Some("2019-03"));
        let a = args(&[("copies", "maybe")], &["copies"]).unwrap();
        assert!(a.flag("copies", true).is_err());
        let a = args(&[], &["copies"]).unwrap();
        assert!(a.flag("copies", true).unwrap());
        let a = args(&[("q", "  ")], &["q"]).unwrap();
        assert_eq!(a.get("q"), None);
    }

    #[test]
    fn searches_read_their_filters() {
        let a = args(
            &[("q", "arms"), ("kind", "quote"), ("entity", "person/a"), ("sort", "newest")],
            SEARCH,
        )
        .unwrap();
        let q = a.search(20, true).unwrap();
        assert_eq!(
            (q.text.as_str(), q.kind, q.order),
            ("arms", Some(HitKind::Quote), SearchOrder::Newest)
        );
        assert_eq!(q.entities, ["person/a"]);
        assert!(args(&[("kind", "video")], SEARCH).unwrap().search(20, true).is_err());
    }
}

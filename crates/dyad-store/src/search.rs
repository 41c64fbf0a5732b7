//! Full-text search with filters, facets and highlights, over the index declared in
//! `schema.rs`: words in tantivy's query syntax (phrases in quotes, `-word`, `OR`,
//! `speaker:peskov`, `title:summit`), exact filters, ranked by BM25 or newest first, with
//! counts per entity, speaker, outlet, story and event class over every match.

use crate::records::SearchHit;
use crate::schema::TextFields;
use crate::{Error, Result};
use dyad_core::{ArticleId, CharSpan, PartialDate};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::ops::Bound;
use tantivy::collector::{Collector, Count, SegmentCollector, TopDocs};
use tantivy::columnar::StrColumn;
use tantivy::query::{
    AllQuery, BooleanQuery, ConstScoreQuery, Occur, Query, QueryParser, RangeQuery, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::snippet::SnippetGenerator;
use tantivy::{DocAddress, DocId, Order, Score, Searcher, SegmentReader, TantivyDocument, Term};

/// Largest page of hits.
pub const MAX_HITS: usize = 500;
/// Deepest offset a search pages to (deeper pages cost memory for every page before).
pub const MAX_OFFSET: usize = 10_000;
/// Longest query text, in bytes.
pub const MAX_QUERY_BYTES: usize = 1_000;
/// Characters of context in a snippet.
const SNIPPET_CHARS: usize = 240;

/// Articles or quotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum HitKind {
    /// Whole articles.
    Article,
    /// Quotes.
    Quote,
}

impl HitKind {
    /// `article` or `quote`.
    pub fn as_str(self) -> &'static str {
        match self {
            HitKind::Article => "article",
            HitKind::Quote => "quote",
        }
    }

    /// Reads `article` or `quote`.
    pub fn parse(s: &str) -> Option<HitKind> {
        match s {
            "article" => Some(HitKind::Article),
            "quote" => Some(HitKind::Quote),
            _ => None,
        }
    }
}

/// How hits are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum SearchOrder {
    /// Best match first (BM25, headlines weigh double); newest first when there are no words.
    #[default]
    Relevance,
    /// Newest publication first.
    Newest,
}

/// A search: words and filters. Unset filters do not filter; set ones must all hold.
#[derive(Debug, Clone, Default)]
pub struct SearchQuery {
    /// Words in the query syntax; empty matches everything the filters let through.
    pub text: String,
    /// Only articles or only quotes.
    pub kind: Option<HitKind>,
    /// Entity ids that must all be named (in the article, or inside the quote).
    pub entities: Vec<String>,
    /// Speaker entity id: quotes by them, articles quoting them.
    pub speaker: Option<String>,
    /// Outlet name, exactly.
    pub outlet: Option<String>,
    /// Story id.
    pub story: Option<String>,
    /// Event class: a PLOVER type (`CONSULT`) or a CAMEO code prefix (`04`, `042`).
    pub class: Option<String>,
    /// Published on or after (ISO, any precision).
    pub from: Option<String>,
    /// Published on or before (ISO, any precision, inclusive).
    pub to: Option<String>,
    /// Also list articles that copy another (folded under their original otherwise).
    pub copies: bool,
    /// Order of the hits.
    pub order: SearchOrder,
    /// Page size (at most [`MAX_HITS`]; 0 means 20).
    pub limit: usize,
    /// Hits to skip (at most [`MAX_OFFSET`]).
    pub offset: usize,
    /// Values per facet (0: no facets).
    pub facets: usize,
}

/// A page of hits, the total, and facet counts over every match.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchResults {
    /// Matching documents in all.
    pub total: u64,
    /// This page.
    pub hits: Vec<SearchHit>,
    /// Counts per value of each facet over all matches: `entity`, `speaker`, `outlet`,
    /// `story`, `class`.
    pub facets: Vec<Facet>,
    /// Parts of the query that could not be read and were left out.
    pub warnings: Vec<String>,
}

/// One facet: its values with the number of matches carrying each, most first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Facet {
    /// The filter it feeds (`entity`, `speaker`, `outlet`, `story`, `class`).
    pub name: String,
    /// Values, most matches first.
    pub values: Vec<FacetValue>,
}

/// A facet value and its count.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FacetValue {
    /// The value to filter by (an entity id, an outlet, a story id, a PLOVER type).
    pub value: String,
    /// What to show for it (an entity's name, a story's title), when it differs.
    pub label: Option<String>,
    /// Matches carrying it.
    pub count: u64,
}

/// The faceted fields: (facet name, fast field name).
const FACETS: [(&str, &str); 5] = [
    ("entity", "entity"),
    ("speaker", "speaker_id"),
    ("outlet", "outlet"),
    ("story", "story"),
    ("class", "plover"),
];

/// A publication date as the `date` field holds it: `YYYYMMDD`, unknown parts 0.
pub(crate) fn date_number(d: &PartialDate) -> u64 {
    let y = u64::try_from(d.year_value()).unwrap_or(0);
    y * 10_000
        + u64::from(d.month_value().unwrap_or(0)) * 100
        + u64::from(d.day_value().unwrap_or(0))
}

fn bad_date(s: &str) -> Error {
    Error::Query(format!("{s:?} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"))
}

/// The `date` bounds of `from`/`to`: a month or year `to` reaches its last day.
fn date_range(from: Option<&str>, to: Option<&str>) -> Result<Option<(u64, u64)>> {
    if from.is_none() && to.is_none() {
        return Ok(None);
    }
    let lo = match from {
        Some(s) => date_number(&PartialDate::parse_iso(s).ok_or_else(|| bad_date(s))?),
        None => 0,
    };
    let hi = match to {
        Some(s) => {
            let d = PartialDate::parse_iso(s).ok_or_else(|| bad_date(s))?;
            let n = date_number(&d);
            match (d.month_value(), d.day_value()) {
                (None, _) => n + 9999,
                (Some(_), None) => n + 99,
                _ => n,
            }
        }
        None => u64::MAX,
    };
    Ok(Some((lo, hi)))
}

fn term(field: Field, value: &str) -> Box<dyn Query> {
    Box::new(ConstScoreQuery::new(
        Box::new(TermQuery::new(Term::from_field_text(field, value), IndexRecordOption::Basic)),
        0.0,
    ))
}

/// The whole query: the words (or everything) and each filter.
fn build(
    f: &TextFields,
    searcher: &Searcher,
    q: &SearchQuery,
) -> Result<(Box<dyn Query>, Vec<String>)> {
    if q.text.len() > MAX_QUERY_BYTES {
        return Err(Error::Query(format!("the query is over {MAX_QUERY_BYTES} bytes")));
    }
    let mut warnings = Vec::new();
    let words: Box<dyn Query> = if q.text.trim().is_empty() {
        Box::new(AllQuery)
    } else {
        let mut parser = QueryParser::for_index(searcher.index(), vec![f.title, f.body, f.speaker]);
        parser.set_conjunction_by_default();
        parser.set_field_boost(f.title, 2.0);
        let (query, errors) = parser.parse_query_lenient(&q.text);
        warnings.extend(errors.iter().map(|e| e.to_string()));
        query
    };
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, words)];
    if let Some(k) = q.kind {
        clauses.push((Occur::Must, term(f.kind, k.as_str())));
    }
    for e in &q.entities {
        clauses.push((Occur::Must, term(f.entity, e)));
    }
    if let Some(s) = &q.speaker {
        clauses.push((Occur::Must, term(f.speaker_id, s)));
    }
    if let Some(o) = &q.outlet {
        clauses.push((Occur::Must, term(f.outlet, o)));
    }
    if let Some(s) = &q.story {
        clauses.push((Occur::Must, term(f.story, s)));
    }
    if let Some(c) = q.class.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
        if c.chars().all(|ch| ch.is_ascii_digit()) {
            clauses.push((Occur::Must, term(f.cameo, c)));
        } else {
            clauses.push((Occur::Must, term(f.plover, &c.to_uppercase())));
        }
    }
    if let Some((lo, hi)) = date_range(q.from.as_deref(), q.to.as_deref())? {
        let range = RangeQuery::new(
            Bound::Included(Term::from_field_u64(f.date, lo)),
            Bound::Included(Term::from_field_u64(f.date, hi)),
        );
        clauses.push((Occur::Must, Box::new(ConstScoreQuery::new(Box::new(range), 0.0))));
    }
    if !q.copies {
        let copy = TermQuery::new(Term::from_field_u64(f.copy, 1), IndexRecordOption::Basic);
        clauses.push((Occur::MustNot, Box::new(copy)));
    }
    Ok((Box::new(BooleanQuery::new(clauses)), warnings))
}

/// Runs `q`; facet labels and copy counts are left for the store to fill in.
pub(crate) fn run(f: &TextFields, searcher: &Searcher, q: &SearchQuery) -> Result<SearchResults> {
    if q.offset > MAX_OFFSET {
        return Err(Error::Query(format!(
            "offset {} is past the deepest page ({MAX_OFFSET})",
            q.offset
        )));
    }
    let limit = match q.limit {
        0 => 20,
        n => n.min(MAX_HITS),
    };
    let (query, warnings) = build(f, searcher, q)?;
    let facets = FacetCounter {
        fields: if q.facets > 0 { FACETS.iter().map(|(_, f)| *f).collect() } else { Vec::new() },
    };
    let newest = q.order == SearchOrder::Newest || q.text.trim().is_empty();
    let (top, total, counts): (Vec<(Score, DocAddress)>, usize, FacetCounts) = if newest {
        let by_date = TopDocs::with_limit(limit)
            .and_offset(q.offset)
            .order_by_fast_field::<u64>("date", Order::Desc);
        let (top, total, counts) = searcher.search(&query, &(by_date, Count, facets))?;
        (top.into_iter().map(|(_, a)| (0.0, a)).collect(), total, counts)
    } else {
        let by_score = TopDocs::with_limit(limit).and_offset(q.offset).order_by_score();
        searcher.search(&query, &(by_score, Count, facets))?
    };
    let mut snippets = SnippetGenerator::create(searcher, &*query, f.body)?;
    snippets.set_max_num_chars(SNIPPET_CHARS);
    let mut hits = Vec::with_capacity(top.len());
    for (score, address) in top {
        let d: TantivyDocument = searcher.doc(address)?;
        hits.push(hit(f, &d, score, &snippets));
    }
    let facets = if q.facets == 0 { Vec::new() } else { facet_list(counts, q.facets) };
    Ok(SearchResults { total: total as u64, hits, facets, warnings })
}

/// The facets, each cut to its `n` most frequent values.
fn facet_list(counts: FacetCounts, n: usize) -> Vec<Facet> {
    FACETS
        .iter()
        .zip(counts)
        .map(|((name, _), counts)| {
            let mut values: Vec<FacetValue> = counts
                .into_iter()
                .map(|(value, count)| FacetValue { value, label: None, count })
                .collect();
            values.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
            values.truncate(n);
            Facet { name: (*name).to_owned(), values }
        })
        .collect()
}

fn hit(
    f: &TextFields,
    d: &TantivyDocument,
    score: Score,
    snippets: &SnippetGenerator,
) -> SearchHit {
    let text = |field| {
        d.get_first(field).and_then(|v| v.as_str()).map(str::to_owned).filter(|t| !t.is_empty())
    };
    let number =
        |field| d.get_first(field).and_then(|v| v.as_u64()).and_then(|n| usize::try_from(n).ok());
    let kind = text(f.kind).unwrap_or_default();
    let quote = kind == "quote";
    let snippet = snippets.snippet_from_doc(d);
    let (fragment, highlights) = if snippet.is_empty() {
        // The words matched the headline only, or there were none: the opening lines.
        let body = text(f.body).unwrap_or_default();
        (body.chars().take(SNIPPET_CHARS).collect::<String>(), Vec::new())
    } else {
        let fragment = snippet.fragment().to_owned();
        let chars = |byte: usize| fragment.get(..byte).map_or(0, |s| s.chars().count());
        let highlights: Vec<CharSpan> =
            snippet.highlighted().iter().map(|r| [chars(r.start), chars(r.end)]).collect();
        (fragment, highlights)
    };
    SearchHit {
        article: ArticleId(text(f.article).unwrap_or_default()),
        kind,
        title: text(f.headline),
        published: text(f.published),
        score,
        snippet: marked_html(&fragment, &highlights),
        outlet: text(f.outlet),
        story: text(f.story),
        speaker: if quote { text(f.speaker) } else { None },
        speaker_entity: if quote { text(f.speaker_id) } else { None },
        span: match (quote, number(f.start), number(f.end)) {
            (true, Some(s), Some(e)) => Some([s, e]),
            _ => None,
        },
        fragment,
        highlights,
        copies: 0,
    }
}

/// `text` HTML-escaped, with the character ranges `marks` in `<b>…</b>`.
pub fn marked_html(text: &str, marks: &[CharSpan]) -> String {
    let mut out = String::with_capacity(text.len() + 16 * marks.len());
    let mut marks = marks.iter().peekable();
    let mut open = false;
    for (i, c) in text.chars().enumerate() {
        if open && marks.peek().is_some_and(|m| m[1] == i) {
            out.push_str("</b>");
            open = false;
            marks.next();
        }
        if !open && marks.peek().is_some_and(|m| m[0] == i && m[1] > i) {
            out.push_str("<b>");
            open = true;
        }
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    if open {
        out.push_str("</b>");
    }
    out
}

/// Per faceted field, the number of matches carrying each value.
type FacetCounts = Vec<HashMap<String, u64>>;

/// Counts the values of string fast fields over the matching documents.
struct FacetCounter {
    fields: Vec<&'static str>,
}

struct SegmentFacets {
    columns: Vec<Option<StrColumn>>,
    counts: Vec<Vec<u32>>,
}

impl Collector for FacetCounter {
    type Fruit = FacetCounts;
    type Child = SegmentFacets;

    fn for_segment(&self, _: u32, reader: &SegmentReader) -> tantivy::Result<SegmentFacets> {
        let mut columns = Vec::with_capacity(self.fields.len());
        for field in &self.fields {
            columns.push(reader.fast_fields().str(field)?);
        }
        let counts = columns
            .iter()
            .map(|c| vec![0; c.as_ref().map_or(0, |c| c.dictionary().num_terms())])
            .collect();
        Ok(SegmentFacets { columns, counts })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, segments: Vec<Self::Fruit>) -> tantivy::Result<Self::Fruit> {
        let mut out: Vec<HashMap<String, u64>> = vec![HashMap::new(); self.fields.len()];
        for segment in segments {
            for (merged, counts) in out.iter_mut().zip(segment) {
                for (value, n) in counts {
                    *merged.entry(value).or_insert(0) += n;
                }
            }
        }
        Ok(out)
    }
}

impl SegmentCollector for SegmentFacets {
    type Fruit = FacetCounts;

    fn collect(&mut self, doc: DocId, _: Score) {
        for (column, counts) in self.columns.iter().zip(self.counts.iter_mut()) {
            if let Some(column) = column {
                for ord in column.term_ords(doc) {
                    if let Some(n) = usize::try_from(ord).ok().and_then(|o| counts.get_mut(o)) {
                        *n += 1;
                    }
                }
            }
        }
    }

    fn harvest(self) -> Self::Fruit {
        let mut out = Vec::with_capacity(self.columns.len());
        for (column, counts) in self.columns.iter().zip(self.counts) {
            let mut values = HashMap::new();
            if let Some(column) = column {
                let ords: Vec<u64> =
                    (0u64..).zip(&counts).filter(|(_, n)| **n > 0).map(|(o, _)| o).collect();
                let mut names = Vec::with_capacity(ords.len());
                // The ordinals are in increasing order, as the dictionary wants them.
                let _ = column.dictionary().sorted_ords_to_term_cb(&ords, |bytes| {
                    names.push(String::from_utf8_lossy(bytes).into_owned());
                });
                for (name, ord) in names.into_iter().zip(ords) {
                    let n =
                        usize::try_from(ord).ok().and_then(|o| counts.get(o)).copied().unwrap_or(0);
                    values.insert(name, u64::from(n));
                }
            }
            out.push(values);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_bound_by_their_precision() {
        assert_eq!(date_range(None, None).unwrap(), None);
        assert_eq!(date_range(Some("2019-03"), Some("2019")).unwrap(), Some((20190300, 20199999)));
        assert_eq!(date_range(None, Some("2019-03")).unwrap(), Some((0, 20190399)));
        assert_eq!(
            date_range(Some("2019-03-05"), Some("2019-03-06")).unwrap(),
            Some((20190305, 20190306))
        );
        assert!(matches!(date_range(Some("someday"), None), Err(Error::Query(_))));
    }

    #[test]
    fn marks_are_bold_and_the_rest_escaped() {
        assert_eq!(
            marked_html("a <b> & c", &[[0, 1], [8, 9]]),
            "<b>a</b> &lt;b&gt; &amp; <b>c</b>"
        );
        assert_eq!(marked_html("Лавров said", &[[0, 6]]), "<b>Лавров</b> said");
        assert_eq!(marked_html("x\"'", &[]), "x&quot;&#39;");
    }
}

//! The full-text index over article and quote text (tantivy).

use crate::Result;
use crate::records::SearchHit;
use crate::schema::TextFields;
use dyad_core::{AnalysisRecord, ArticleId};
use tantivy::collector::TopDocs;
use tantivy::query::QueryParser;
use tantivy::snippet::SnippetGenerator;
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term, doc};

/// Writer heap: enough for batches of articles, small enough for a laptop.
const WRITER_HEAP_BYTES: usize = 64 * 1024 * 1024;

pub(crate) struct TextIndex {
    index: Index,
    reader: IndexReader,
    writer: Option<IndexWriter>,
    fields: TextFields,
}

impl TextIndex {
    /// Opens or creates the index in `dir`; `None` keeps it in memory.
    pub(crate) fn open(dir: Option<&std::path::Path>) -> Result<TextIndex> {
        let fields = TextFields::new();
        let index = match dir {
            Some(d) => {
                let mmap = tantivy::directory::MmapDirectory::open(d)
                    .map_err(tantivy::TantivyError::from)?;
                Index::open_or_create(mmap, fields.schema.clone())?
            }
            None => Index::create_in_ram(fields.schema.clone()),
        };
        let reader =
            index.reader_builder().reload_policy(ReloadPolicy::OnCommitWithDelay).try_into()?;
        Ok(TextIndex { index, reader, writer: None, fields })
    }

    fn writer(&mut self) -> Result<&mut IndexWriter> {
        if self.writer.is_none() {
            self.writer = Some(self.index.writer_with_num_threads(1, WRITER_HEAP_BYTES)?);
        }
        Ok(self.writer.as_mut().expect("set just above"))
    }

    /// Adds an article and its quotes (replacing any earlier documents of the same article).
    pub(crate) fn add(&mut self, rec: &AnalysisRecord) -> Result<()> {
        let f = self.fields.clone();
        let a = &rec.article;
        let id = a.id.as_str();
        let published = a.published.map(|d| d.to_string()).unwrap_or_default();
        let title = a.title.clone().unwrap_or_default();
        let w = self.writer()?;
        w.delete_term(Term::from_field_text(f.article, id));
        w.add_document(doc!(f.article => id, f.kind => "article", f.title => title.clone(), f.body => a.text.clone(), f.published => published.clone()))?;
        for q in &rec.quotes {
            w.add_document(doc!(
                f.article => id, f.kind => "quote", f.title => title.clone(), f.body => q.text.clone(),
                f.speaker => q.speaker.clone().unwrap_or_default(), f.published => published.clone()
            ))?;
        }
        Ok(())
    }

    /// Commits pending documents; returns whether there were any.
    pub(crate) fn commit(&mut self) -> Result<bool> {
        match self.writer.as_mut() {
            Some(w) => {
                w.commit()?;
                self.reader.reload()?;
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// Full-text search: phrase queries in quotes, `AND`/`OR`/`-`, field prefixes
    /// (`speaker:peskov`). Ranked by BM25, with highlighted snippets.
    pub(crate) fn search(
        &self,
        query: &str,
        kind: Option<&str>,
        limit: usize,
        offset: usize,
    ) -> Result<Vec<SearchHit>> {
        let f = &self.fields;
        let mut parser = QueryParser::for_index(&self.index, vec![f.title, f.body, f.speaker]);
        parser.set_conjunction_by_default();
        parser.set_field_boost(f.title, 2.0);
        let full = match kind {
            Some(k) => format!("({query}) AND kind:{k}"),
            None => query.to_owned(),
        };
        let q = parser.parse_query(&full).map_err(|e| crate::Error::Query(e.to_string()))?;
        let searcher = self.reader.searcher();
        let top = searcher.search(
            &q,
            &TopDocs::with_limit(limit.clamp(1, 1000)).and_offset(offset).order_by_score(),
        )?;
        let mut snippets = SnippetGenerator::create(&searcher, &*q, f.body)?;
        snippets.set_max_num_chars(240);
        let mut out = Vec::with_capacity(top.len());
        for (score, address) in top {
            let d: TantivyDocument = searcher.doc(address)?;
            let text = |field| {
                d.get_first(field)
                    .and_then(|v| tantivy::schema::Value::as_str(&v))
                    .map(str::to_owned)
            };
            out.push(SearchHit {
                article: ArticleId(text(f.article).unwrap_or_default()),
                kind: text(f.kind).unwrap_or_default(),
                title: text(f.title).filter(|t| !t.is_empty()),
                published: text(f.published).filter(|t| !t.is_empty()),
                score,
                snippet: snippets.snippet_from_doc(&d).to_html(),
            });
        }
        Ok(out)
    }
}

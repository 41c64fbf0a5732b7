//! The full-text index over article and quote text (tantivy), with the filter and facet
//! fields of `schema.rs`.

use crate::browse::IndexRow;
use crate::schema::TextFields;
use crate::search::{SearchQuery, SearchResults, date_number};
use crate::{Error, Result};
use dyad_core::{AnalysisRecord, CharSpan};
use std::collections::BTreeSet;
use std::path::Path;
use tantivy::directory::MmapDirectory;
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, Searcher, TantivyDocument, Term};

/// Writer heap: enough for batches of articles, small enough for a laptop.
const WRITER_HEAP_BYTES: usize = 64 * 1024 * 1024;

/// How an index was found on opening.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Found {
    /// With this build's fields (or newly created, empty).
    Current,
    /// With other fields (an older store): a writer replaces it, a reader cannot use it.
    Stale,
    /// Replaced by an empty one with this build's fields: every article must be indexed again.
    Replaced,
}

pub(crate) struct TextIndex {
    index: Index,
    reader: IndexReader,
    writer: Option<IndexWriter>,
    fields: TextFields,
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |source| Error::Io { path: path.display().to_string(), source }
}

impl TextIndex {
    /// Opens or creates the index in `dir`; `None` keeps it in memory. A stale index is
    /// replaced when `write` is set.
    pub(crate) fn open(dir: Option<&Path>, write: bool) -> Result<(TextIndex, Found)> {
        let fields = TextFields::new();
        let (index, found) = match dir {
            None => (Index::create_in_ram(fields.schema.clone()), Found::Current),
            Some(d) => {
                let mmap = || MmapDirectory::open(d).map_err(tantivy::TantivyError::from);
                if !Index::exists(&mmap()?).map_err(tantivy::TantivyError::from)? {
                    match Index::create(mmap()?, fields.schema.clone(), Default::default()) {
                        Ok(index) => (index, Found::Current),
                        // Another process created it meanwhile: use theirs.
                        Err(_)
                            if Index::exists(&mmap()?).map_err(tantivy::TantivyError::from)? =>
                        {
                            (Index::open(mmap()?)?, Found::Current)
                        }
                        Err(e) => return Err(e.into()),
                    }
                } else {
                    let existing = Index::open(mmap()?)?;
                    if existing.schema() == fields.schema {
                        (existing, Found::Current)
                    } else if write {
                        drop(existing);
                        std::fs::remove_dir_all(d).map_err(io(d))?;
                        std::fs::create_dir_all(d).map_err(io(d))?;
                        (
                            Index::create(mmap()?, fields.schema.clone(), Default::default())?,
                            Found::Replaced,
                        )
                    } else {
                        (existing, Found::Stale)
                    }
                }
            }
        };
        let reader =
            index.reader_builder().reload_policy(ReloadPolicy::OnCommitWithDelay).try_into()?;
        Ok((TextIndex { index, reader, writer: None, fields }, found))
    }

    /// Another handle on the same index for reading (shares the reader and its caches).
    pub(crate) fn reader(&self) -> TextIndex {
        TextIndex {
            index: self.index.clone(),
            reader: self.reader.clone(),
            writer: None,
            fields: self.fields.clone(),
        }
    }

    /// Documents the last committed state holds.
    pub(crate) fn num_docs(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    fn writer(&mut self) -> Result<&mut IndexWriter> {
        let writer = match self.writer.take() {
            Some(w) => w,
            None => self.index.writer_with_num_threads(1, WRITER_HEAP_BYTES)?,
        };
        Ok(self.writer.insert(writer))
    }

    /// Adds an article and its quotes (replacing any earlier documents of the same article).
    pub(crate) fn add(&mut self, row: &IndexRow) -> Result<()> {
        let docs = documents(&self.fields, row);
        let id = Term::from_field_text(self.fields.article, row.record.article.id.as_str());
        let w = self.writer()?;
        w.delete_term(id);
        for d in docs {
            w.add_document(d)?;
        }
        Ok(())
    }

    /// Commits pending documents; returns whether there was a writer to commit.
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

    /// A view of the committed index that later commits do not change.
    pub(crate) fn searcher(&self) -> Searcher {
        self.reader.searcher()
    }

    /// Runs a search on `searcher` (from [`TextIndex::searcher`]).
    pub(crate) fn search(&self, searcher: &Searcher, q: &SearchQuery) -> Result<SearchResults> {
        crate::search::run(&self.fields, searcher, q)
    }
}

fn inside(outer: CharSpan, inner: CharSpan) -> bool {
    outer[0] <= inner[0] && inner[1] <= outer[1]
}

/// CAMEO code and its prefixes of two digits or more (`0411` → `04`, `041`, `0411`).
fn cameo_prefixes(code: &str) -> impl Iterator<Item = &str> {
    (2..=code.len()).filter_map(move |n| code.get(..n))
}

/// One document for the article and one per quote.
fn documents(f: &TextFields, row: &IndexRow) -> Vec<TantivyDocument> {
    let rec: &AnalysisRecord = &row.record;
    let a = &rec.article;
    let common = |d: &mut TantivyDocument, kind: &str| {
        d.add_text(f.article, a.id.as_str());
        d.add_text(f.kind, kind);
        if let Some(t) = &a.title {
            d.add_text(f.headline, t);
        }
        if let Some(s) = &a.source {
            d.add_text(f.outlet, s);
        }
        if let Some(s) = &row.story {
            d.add_text(f.story, s.as_str());
        }
        if let Some(p) = &a.published {
            d.add_text(f.published, p.to_string());
            d.add_u64(f.date, date_number(p));
        }
        d.add_u64(f.copy, u64::from(row.copy));
    };
    let classes = |d: &mut TantivyDocument,
                   events: &mut dyn Iterator<Item = &dyad_core::EventRecord>| {
        let (mut plover, mut cameo) = (BTreeSet::new(), BTreeSet::new());
        for e in events {
            if let Some(p) = &e.plover {
                plover.insert(p.as_str());
            }
            cameo.extend(cameo_prefixes(e.cameo.as_str()));
        }
        for p in plover {
            d.add_text(f.plover, p);
        }
        for c in cameo {
            d.add_text(f.cameo, c);
        }
    };

    let mut docs = Vec::with_capacity(1 + rec.quotes.len());
    let mut d = TantivyDocument::new();
    common(&mut d, "article");
    if let Some(t) = &a.title {
        d.add_text(f.title, t);
    }
    d.add_text(f.body, &a.text);
    for e in rec.entities.iter().map(|m| m.entity.as_str()).collect::<BTreeSet<_>>() {
        d.add_text(f.entity, e);
    }
    let speakers: BTreeSet<&str> =
        rec.quotes.iter().filter_map(|q| q.speaker_entity.as_ref().map(|e| e.as_str())).collect();
    for s in speakers {
        d.add_text(f.speaker_id, s);
    }
    classes(&mut d, &mut rec.events.iter());
    docs.push(d);

    for q in &rec.quotes {
        let mut d = TantivyDocument::new();
        common(&mut d, "quote");
        d.add_text(f.body, &q.text);
        if let Some(s) = &q.speaker {
            d.add_text(f.speaker, s);
        }
        if let Some(s) = &q.speaker_entity {
            d.add_text(f.speaker_id, s.as_str());
        }
        let named: BTreeSet<&str> = rec
            .entities
            .iter()
            .filter(|m| inside(q.span, m.span))
            .map(|m| m.entity.as_str())
            .collect();
        for e in named {
            d.add_text(f.entity, e);
        }
        classes(&mut d, &mut rec.events.iter().filter(|e| inside(q.span, e.trigger_span)));
        d.add_u64(f.start, q.span[0] as u64);
        d.add_u64(f.end, q.span[1] as u64);
        docs.push(d);
    }
    docs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cameo_codes_index_their_prefixes() {
        assert_eq!(cameo_prefixes("0411").collect::<Vec<_>>(), ["04", "041", "0411"]);
        assert_eq!(cameo_prefixes("04").collect::<Vec<_>>(), ["04"]);
        assert!(cameo_prefixes("1").next().is_none());
    }
}

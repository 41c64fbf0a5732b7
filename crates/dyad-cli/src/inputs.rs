//! Inputs: walking paths, recognising formats, reading files, splitting containers into
//! documents. The only place dyad opens input files.

use dyad_extract::{Hints, Kind, RawDoc, WarcReader, read_feed, read_jsonl};
use std::collections::HashSet;
use std::fs::File;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};

/// What a file holds, by its name (and, for `.xml`, its content).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    /// One page (HTML, or text sniffed later).
    Page(Option<Kind>),
    /// JSON Lines records.
    Jsonl,
    /// A WARC archive.
    Warc,
    /// An RSS or Atom feed.
    Feed,
}

/// The file's format and the name its documents' ids start with (`page` for `page.html.gz`).
pub(crate) fn format_of(path: &Path) -> Option<(Format, String)> {
    let name = path.file_name()?.to_string_lossy().into_owned();
    let lower = name.to_lowercase();
    let base = lower.strip_suffix(".gz").unwrap_or(&lower);
    let stem_len = |ext: &str| name.len() - (lower.len() - base.len()) - ext.len();
    for (ext, format) in [
        (".html", Format::Page(Some(Kind::Html))),
        (".htm", Format::Page(Some(Kind::Html))),
        (".xhtml", Format::Page(Some(Kind::Html))),
        (".txt", Format::Page(None)),
        (".text", Format::Page(None)),
        (".jsonl", Format::Jsonl),
        (".ndjson", Format::Jsonl),
        (".warc", Format::Warc),
        (".rss", Format::Feed),
        (".atom", Format::Feed),
        (".xml", Format::Feed),
    ] {
        if base.ends_with(ext) {
            let stem = name.get(..stem_len(ext)).unwrap_or(&name).to_owned();
            return Some((format, stem));
        }
    }
    None
}

/// One file to read, or a problem found while walking.
pub(crate) enum Found {
    /// A file and its format.
    File(PathBuf, Format, String),
    /// A path that cannot be read, and why.
    Problem(PathBuf, String),
}

/// Expands paths: files as given (an unknown extension is read as one page), folders
/// recursively (files with unknown extensions skipped), symlink loops reported once.
pub(crate) fn walk(paths: &[PathBuf]) -> (Vec<Found>, usize) {
    let mut out = Vec::new();
    let mut skipped = 0;
    let mut seen: HashSet<PathBuf> = HashSet::new();
    for p in paths {
        match std::fs::metadata(p) {
            Err(e) => out.push(Found::Problem(p.clone(), e.to_string())),
            Ok(m) if m.is_dir() => walk_dir(p, &mut seen, &mut out, &mut skipped),
            Ok(_) => {
                let (format, stem) = format_of(p).unwrap_or_else(|| {
                    let stem = p
                        .file_stem()
                        .map_or_else(|| "input".into(), |s| s.to_string_lossy().into_owned());
                    (Format::Page(None), stem)
                });
                out.push(Found::File(p.clone(), format, stem));
            }
        }
    }
    (out, skipped)
}

fn walk_dir(dir: &Path, seen: &mut HashSet<PathBuf>, out: &mut Vec<Found>, skipped: &mut usize) {
    let canonical = match dir.canonicalize() {
        Ok(c) => c,
        Err(e) => return out.push(Found::Problem(dir.to_path_buf(), e.to_string())),
    };
    if !seen.insert(canonical.clone()) {
        return out.push(Found::Problem(
            dir.to_path_buf(),
            format!("directory loop: {} was already read", canonical.display()),
        ));
    }
    let mut entries: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => return out.push(Found::Problem(dir.to_path_buf(), e.to_string())),
    };
    entries.sort();
    for p in entries {
        let hidden = p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.'));
        match std::fs::metadata(&p) {
            Err(e) => out.push(Found::Problem(p, e.to_string())),
            Ok(m) if m.is_dir() => {
                if !hidden {
                    walk_dir(&p, seen, out, skipped);
                }
            }
            Ok(_) => match format_of(&p) {
                Some((format, stem)) if !hidden => out.push(Found::File(p, format, stem)),
                _ => *skipped += 1,
            },
        }
    }
}

/// Reads a whole file, refusing one larger than `max_bytes` (compressed size).
pub(crate) fn read_capped(path: &Path, max_bytes: usize) -> std::io::Result<Vec<u8>> {
    let f = File::open(path)?;
    let len = f.metadata()?.len();
    if len > max_bytes as u64 {
        return Err(std::io::Error::other(format!(
            "too large: {len} bytes, over the {max_bytes} byte limit (--max-bytes)"
        )));
    }
    let mut buf = Vec::with_capacity(len as usize);
    f.take(max_bytes as u64 + 1).read_to_end(&mut buf)?;
    Ok(buf)
}

/// A document from an input, or a problem with one part of it, labelled for messages.
pub(crate) enum Item {
    /// A document ready for extraction; `origin` names its file (and record).
    Doc { origin: String, raw: RawDoc },
    /// A problem: `origin` and the reason.
    Bad { origin: String, reason: String },
}

/// `FILE (ID)`: where a document of a container came from, for messages.
fn labelled(origin: &str, hints: &Hints) -> String {
    format!("{origin} ({})", hints.id)
}

/// The documents of one file, streamed for containers (a WARC archive is not read whole).
pub(crate) fn documents(
    path: &Path,
    format: Format,
    stem: &str,
    max_bytes: usize,
) -> Box<dyn Iterator<Item = Item>> {
    let origin = path.display().to_string();
    let bad = |reason: String| -> Box<dyn Iterator<Item = Item>> {
        Box::new(std::iter::once(Item::Bad { origin: path.display().to_string(), reason }))
    };
    if std::fs::metadata(path).is_ok_and(|m| m.len() == 0) {
        return bad(dyad_extract::Error::Empty.to_string());
    }
    match format {
        Format::Page(kind) => match read_capped(path, max_bytes) {
            Ok(body) => Box::new(std::iter::once(Item::Doc {
                origin,
                raw: RawDoc { hints: Hints { id: stem.into(), kind, ..Hints::default() }, body },
            })),
            Err(e) => bad(e.to_string()),
        },
        Format::Feed => match read_capped(path, max_bytes) {
            Ok(bytes) => {
                let docs = read_feed(&bytes, stem);
                Box::new(docs.into_iter().map(move |d| match d {
                    Ok(raw) => Item::Doc { origin: labelled(&origin, &raw.hints), raw },
                    Err(e) => Item::Bad { origin: origin.clone(), reason: e.to_string() },
                }))
            }
            Err(e) => bad(e.to_string()),
        },
        Format::Jsonl | Format::Warc => {
            let file = match File::open(path) {
                Ok(f) => f,
                Err(e) => return bad(e.to_string()),
            };
            let gz = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("gz"));
            let reader: Box<dyn std::io::BufRead> = if gz {
                Box::new(BufReader::new(flate2::read::MultiGzDecoder::new(BufReader::new(file))))
            } else {
                Box::new(BufReader::new(file))
            };
            let docs: Box<dyn Iterator<Item = dyad_extract::Result<RawDoc>>> =
                if format == Format::Jsonl {
                    Box::new(read_jsonl(reader, stem, max_bytes))
                } else {
                    Box::new(WarcReader::new(reader, stem, max_bytes))
                };
            Box::new(docs.map(move |d| match d {
                Ok(raw) => Item::Doc { origin: labelled(&origin, &raw.hints), raw },
                Err(e) => Item::Bad { origin: origin.clone(), reason: e.to_string() },
            }))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_and_stems() {
        let f = |p: &str| format_of(Path::new(p));
        assert_eq!(f("a/page.html.gz"), Some((Format::Page(Some(Kind::Html)), "page".into())));
        assert_eq!(f("Seed_01.TXT"), Some((Format::Page(None), "Seed_01".into())));
        assert_eq!(f("news.warc.gz"), Some((Format::Warc, "news".into())));
        assert_eq!(f("wire.jsonl"), Some((Format::Jsonl, "wire".into())));
        assert_eq!(f("ledger.rss"), Some((Format::Feed, "ledger".into())));
        assert_eq!(f("README.md"), None);
    }
}

//! JSON Lines input: one `{"url", "html" | "text", "published"?, "title"?, "id"?}` per line.

use crate::{Error, Hints, Kind, RawDoc, Result};
use dyad_core::PartialDate;
use serde::Deserialize;
use std::io::BufRead;

#[derive(Deserialize)]
struct Record {
    url: Option<String>,
    html: Option<String>,
    text: Option<String>,
    published: Option<String>,
    title: Option<String>,
    author: Option<String>,
    source: Option<String>,
    id: Option<serde_json::Value>,
}

/// Reads JSON Lines records from `reader`, one [`RawDoc`] (or error) per non-blank line.
/// Ids are `NAME:ID` when a record has an `id`, else `NAME:LINE`. A line longer than
/// `max_bytes` is skipped with [`Error::TooLarge`]; a read error ends the iteration.
pub fn read_jsonl<R: BufRead>(
    reader: R,
    name: &str,
    max_bytes: usize,
) -> impl Iterator<Item = Result<RawDoc>> + use<R> {
    let name = name.to_owned();
    let mut lines = CappedLines { reader, max: max_bytes, line: 0, done: false };
    std::iter::from_fn(move || {
        loop {
            let (line_no, line) = match lines.next()? {
                Ok(x) => x,
                Err(e) => return Some(Err(e)),
            };
            let Some(line) = line else {
                return Some(Err(Error::Json {
                    line: line_no,
                    reason: format!("line longer than {max_bytes} bytes"),
                }));
            };
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return Some(parse_line(&line, line_no, &name));
        }
    })
}

fn parse_line(line: &[u8], line_no: usize, name: &str) -> Result<RawDoc> {
    let text = std::str::from_utf8(line).map_err(|e| Error::Json {
        line: line_no,
        reason: format!("invalid UTF-8 at byte {}", e.valid_up_to()),
    })?;
    let rec: Record = serde_json::from_str(text)
        .map_err(|e| Error::Json { line: line_no, reason: e.to_string() })?;
    let (body, kind) = match (rec.html, rec.text) {
        (Some(h), _) if !h.trim().is_empty() => (h, Kind::Html),
        (_, Some(t)) if !t.trim().is_empty() => (t, Kind::Text),
        _ => {
            return Err(Error::Json {
                line: line_no,
                reason: "record has neither \"html\" nor \"text\"".into(),
            });
        }
    };
    let published = match rec.published.as_deref() {
        Some(p) => Some(PartialDate::parse_text(p).ok_or_else(|| Error::Json {
            line: line_no,
            reason: format!("\"published\" is not a date: {p:?}"),
        })?),
        None => None,
    };
    let id = match rec.id {
        Some(serde_json::Value::String(s)) if !s.is_empty() => format!("{name}:{s}"),
        Some(serde_json::Value::Number(n)) => format!("{name}:{n}"),
        _ => format!("{name}:{line_no}"),
    };
    Ok(RawDoc {
        hints: Hints {
            id: id.into(),
            url: rec.url,
            published,
            source: rec.source,
            title: rec.title,
            author: rec.author,
            charset: Some("utf-8".into()),
            kind: Some(kind),
        },
        body: body.into_bytes(),
    })
}

/// Lines of at most `max` bytes: `Some(line)`, or `None` for a line that was too long (skipped).
struct CappedLines<R> {
    reader: R,
    max: usize,
    line: usize,
    done: bool,
}

impl<R: BufRead> CappedLines<R> {
    fn next(&mut self) -> Option<Result<(usize, Option<Vec<u8>>)>> {
        if self.done {
            return None;
        }
        let mut buf = Vec::new();
        let mut too_long = false;
        loop {
            let chunk = match self.reader.fill_buf() {
                Ok(c) => c,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    self.done = true;
                    return Some(Err(Error::Io(e)));
                }
            };
            if chunk.is_empty() {
                self.done = true;
                if buf.is_empty() && !too_long {
                    return None;
                }
                break;
            }
            let (take, found) = match memchr::memchr(b'\n', chunk) {
                Some(i) => (i + 1, true),
                None => (chunk.len(), false),
            };
            if !too_long {
                if buf.len() + take > self.max + 1 {
                    too_long = true;
                    buf = Vec::new();
                } else {
                    buf.extend_from_slice(&chunk[..take]);
                }
            }
            self.reader.consume(take);
            if found {
                break;
            }
        }
        self.line += 1;
        Some(Ok((self.line, (!too_long).then_some(buf))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_records_and_reports_bad_lines() {
        let input = concat!(
            r#"{"url":"https://a.example/1","html":"<p>One</p>","published":"2019-03-12"}"#,
            "\n",
            "\n",
            "{not json\n",
            r#"{"url":"https://a.example/2","text":"Two","id":"two"}"#,
            "\n",
            r#"{"url":"https://a.example/3"}"#,
            "\n",
            r#"{"text":"x","published":"soon"}"#,
        );
        let out: Vec<_> = read_jsonl(input.as_bytes(), "wire.jsonl", 1 << 20).collect();
        assert_eq!(out.len(), 5);
        let first = out[0].as_ref().unwrap();
        assert_eq!(first.hints.id.as_str(), "wire.jsonl:1");
        assert_eq!(first.hints.kind, Some(Kind::Html));
        assert_eq!(first.hints.published.unwrap().to_string(), "2019-03-12");
        assert!(matches!(&out[1], Err(Error::Json { line: 3, .. })));
        assert_eq!(out[2].as_ref().unwrap().hints.id.as_str(), "wire.jsonl:two");
        assert!(
            matches!(&out[3], Err(Error::Json { line: 5, reason }) if reason.contains("neither"))
        );
        assert!(
            matches!(&out[4], Err(Error::Json { line: 6, reason }) if reason.contains("not a date"))
        );
    }

    #[test]
    fn long_lines_and_bad_utf8() {
        let mut input = format!("{{\"text\":\"{}\"}}\n", "x".repeat(100)).into_bytes();
        input.extend_from_slice(b"{\"text\":\"\xff\xfe\"}\n{\"text\":\"ok\"}\n");
        let out: Vec<_> = read_jsonl(&input[..], "f", 50).collect();
        assert!(
            matches!(&out[0], Err(Error::Json { line: 1, reason }) if reason.contains("longer"))
        );
        assert!(
            matches!(&out[1], Err(Error::Json { line: 2, reason }) if reason.contains("UTF-8"))
        );
        assert!(out[2].is_ok());
    }
}

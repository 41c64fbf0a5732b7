//! WARC archives (WARC/1.0 and 1.1), as Common Crawl's news crawl writes them.
//!
//! The reader streams records from any [`BufRead`] (gunzip `.warc.gz` first; concatenated gzip
//! members decode as one stream) and yields the HTML or text pages of `response`, `resource`
//! and `conversion` records. Requests, metadata, non-200 responses and non-text payloads are
//! skipped. A malformed record is reported and the reader resynchronises on the next
//! `WARC/` version line, so one bad record does not lose the rest of the archive.

use crate::{Error, Hints, Kind, RawDoc, Result};
use std::io::{BufRead, Read};

/// Streams the pages of a WARC archive (WARC/1.0 or 1.1) from any `BufRead` (gunzip
/// `.warc.gz` first): the HTML and text of `response`, `resource` and `conversion` records.
/// Other records are skipped; a malformed one is reported and reading resumes at the next
/// `WARC/` line.
pub struct WarcReader<R> {
    reader: R,
    name: String,
    max_bytes: usize,
    offset: u64,
    record: usize,
    done: bool,
    /// The version line of the next record was already consumed while resynchronising.
    resynced: bool,
}

struct Header {
    fields: Vec<(String, String)>,
}

impl Header {
    fn get(&self, name: &str) -> Option<&str> {
        self.fields.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

impl<R: BufRead> WarcReader<R> {
    /// A reader over `reader`; `name` prefixes the article ids (`NAME:RECORD`); payloads over
    /// `max_bytes` are skipped with [`Error::TooLarge`].
    pub fn new(reader: R, name: &str, max_bytes: usize) -> WarcReader<R> {
        WarcReader {
            reader,
            name: name.to_owned(),
            max_bytes,
            offset: 0,
            record: 0,
            done: false,
            resynced: false,
        }
    }

    fn read_line(&mut self, max: usize) -> Result<Option<Vec<u8>>> {
        let mut line = Vec::new();
        let n = (&mut self.reader).take(max as u64).read_until(b'\n', &mut line)?;
        self.offset += n as u64;
        Ok((n > 0).then_some(line))
    }

    /// Skips to the next `WARC/` line; false at the end of input.
    fn resync(&mut self) -> Result<bool> {
        while let Some(line) = self.read_line(1 << 16)? {
            if line.starts_with(b"WARC/") {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Reads one record; `Ok(None)` at the end, `Ok(Some(None))` for a record that is not a page.
    fn next_record(&mut self, resynced: bool) -> Result<Option<Option<RawDoc>>> {
        let start = self.offset;
        let fail = |offset: u64, reason: String| Error::Warc { offset, reason };
        if !resynced {
            // Records are separated by blank lines.
            let version = loop {
                match self.read_line(1 << 16)? {
                    None => return Ok(None),
                    Some(l) if l.iter().all(u8::is_ascii_whitespace) => continue,
                    Some(l) => break l,
                }
            };
            if !version.starts_with(b"WARC/") {
                return Err(fail(
                    start,
                    format!(
                        "expected a WARC/1.x version line, found {:?}",
                        String::from_utf8_lossy(&version[..version.len().min(40)]).trim_end()
                    ),
                ));
            }
        }
        let mut fields = Vec::new();
        loop {
            let line = self
                .read_line(1 << 16)?
                .ok_or_else(|| fail(start, "archive ends inside a record header".into()))?;
            let line = String::from_utf8_lossy(&line);
            let line = line.trim_end_matches(['\r', '\n']);
            if line.is_empty() {
                break;
            }
            if fields.len() > 256 {
                return Err(fail(start, "record header has too many fields".into()));
            }
            match line.split_once(':') {
                Some((k, v)) => fields.push((k.trim().to_owned(), v.trim().to_owned())),
                None => return Err(fail(start, format!("malformed header line {line:?}"))),
            }
        }
        self.record += 1;
        let header = Header { fields };
        let length: u64 = header
            .get("Content-Length")
            .ok_or_else(|| fail(start, "record has no Content-Length".into()))?
            .parse()
            .map_err(|_| fail(start, "Content-Length is not a number".into()))?;
        if length > self.max_bytes as u64 {
            let skipped =
                std::io::copy(&mut (&mut self.reader).take(length), &mut std::io::sink())?;
            self.offset += skipped;
            return Err(Error::TooLarge { limit: self.max_bytes });
        }
        let mut block = Vec::with_capacity(length as usize);
        let got = (&mut self.reader).take(length).read_to_end(&mut block)?;
        self.offset += got as u64;
        if (got as u64) < length {
            return Err(fail(
                start,
                format!("archive ends inside a record: {got} of {length} content bytes"),
            ));
        }
        Ok(Some(self.page(&header, block)))
    }

    fn page(&self, header: &Header, block: Vec<u8>) -> Option<RawDoc> {
        let kind = header.get("WARC-Type")?;
        let content_type = header.get("Content-Type").unwrap_or("").to_ascii_lowercase();
        let (payload_type, body) = match kind {
            "response" if content_type.starts_with("application/http") => http_payload(block)?,
            "resource" | "conversion" | "response" => (content_type, block),
            _ => return None,
        };
        let page_kind = if payload_type.contains("html") {
            Kind::Html
        } else if payload_type.starts_with("text/plain") {
            Kind::Text
        } else {
            return None;
        };
        let charset = payload_type.split(';').find_map(|p| {
            p.trim().strip_prefix("charset=").map(|c| c.trim_matches('"').to_owned())
        });
        let url = header.get("WARC-Target-URI").map(|u| u.trim_matches(['<', '>']).to_owned());
        Some(RawDoc {
            hints: Hints {
                id: format!("{}:{}", self.name, self.record).into(),
                url,
                charset,
                kind: Some(page_kind),
                ..Hints::default()
            },
            body,
        })
    }
}

/// Splits an HTTP response into its content type and body, de-chunking and gunzipping as
/// needed; `None` for non-200 responses or unreadable bodies.
fn http_payload(block: Vec<u8>) -> Option<(String, Vec<u8>)> {
    let head_end = memchr::memmem::find(&block, b"\r\n\r\n")
        .map(|i| (i, i + 4))
        .or_else(|| memchr::memmem::find(&block, b"\n\n").map(|i| (i, i + 2)))?;
    let head = String::from_utf8_lossy(block.get(..head_end.0)?);
    let mut lines = head.lines();
    let status = lines.next()?;
    if status.split_whitespace().nth(1) != Some("200") {
        return None;
    }
    let mut content_type = String::new();
    let (mut chunked, mut gzip) = (false, false);
    for line in lines {
        let Some((k, v)) = line.split_once(':') else { continue };
        let v = v.trim().to_ascii_lowercase();
        match k.trim().to_ascii_lowercase().as_str() {
            "content-type" => content_type = v,
            "transfer-encoding" => chunked = v.contains("chunked"),
            "content-encoding" => gzip = v.contains("gzip"),
            _ => {}
        }
    }
    let mut body = block.get(head_end.1..)?.to_vec();
    if chunked {
        body = dechunk(&body)?;
    }
    if gzip && crate::is_gzip(&body) {
        body = crate::gunzip(&body, body.len().saturating_mul(20).max(1 << 20)).ok()?;
    }
    Some((content_type, body))
}

fn dechunk(mut data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let line_end = memchr::memmem::find(data, b"\r\n")?;
        let size_text = std::str::from_utf8(data.get(..line_end)?).ok()?;
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        data = data.get(line_end + 2..)?;
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(data.get(..size)?);
        data = data.get(size..)?;
        data = data.strip_prefix(b"\r\n").unwrap_or(data);
    }
}

impl<R: BufRead> Iterator for WarcReader<R> {
    type Item = Result<RawDoc>;

    fn next(&mut self) -> Option<Result<RawDoc>> {
        while !self.done {
            let resynced = std::mem::take(&mut self.resynced);
            match self.next_record(resynced) {
                Ok(None) => self.done = true,
                Ok(Some(None)) => {}
                Ok(Some(Some(doc))) => return Some(Ok(doc)),
                Err(Error::Io(e)) => {
                    self.done = true;
                    // A truncated or corrupt gzip stream surfaces as a read error here.
                    return Some(Err(Error::Gzip { reason: e.to_string() }));
                }
                Err(e @ Error::TooLarge { .. }) => return Some(Err(e)),
                Err(e) => {
                    self.resynced = self.resync().unwrap_or(false);
                    self.done = !self.resynced;
                    return Some(Err(e));
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(kind: &str, uri: &str, content_type: &str, block: &str) -> String {
        format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n{block}\r\n\r\n",
            block.len()
        )
    }

    fn http(status: &str, body: &str) -> String {
        format!("HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{body}")
    }

    #[test]
    fn yields_pages_and_skips_the_rest() {
        let warc = [
            record("warcinfo", "", "application/warc-fields", "software: test\r\n"),
            record(
                "request",
                "https://a.example/1",
                "application/http; msgtype=request",
                "GET /1 HTTP/1.1\r\n\r\n",
            ),
            record(
                "response",
                "https://a.example/1",
                "application/http; msgtype=response",
                &http("200 OK", "<p>One</p>"),
            ),
            record(
                "response",
                "https://a.example/404",
                "application/http; msgtype=response",
                &http("404 Not Found", "gone"),
            ),
            record(
                "response",
                "https://a.example/2",
                "application/http; msgtype=response",
                &http("200 OK", "<p>Two</p>"),
            ),
        ]
        .concat();
        let docs: Vec<_> =
            WarcReader::new(warc.as_bytes(), "crawl", 1 << 20).collect::<Result<_>>().unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].hints.id.as_str(), "crawl:3");
        assert_eq!(docs[0].hints.url.as_deref(), Some("https://a.example/1"));
        assert_eq!(docs[0].hints.charset.as_deref(), Some("utf-8"));
        assert_eq!(docs[0].body, b"<p>One</p>");
        assert_eq!(docs[1].body, b"<p>Two</p>");
    }

    #[test]
    fn malformed_record_is_reported_and_the_rest_read() {
        let good = record(
            "response",
            "https://a.example/2",
            "application/http; msgtype=response",
            &http("200 OK", "<p>Two</p>"),
        );
        let warc =
            format!("WARC/1.0\r\nWARC-Type: response\r\nno colon here\r\n\r\nxx\r\n\r\n{good}");
        let out: Vec<_> = WarcReader::new(warc.as_bytes(), "w", 1 << 20).collect();
        assert!(
            matches!(&out[0], Err(Error::Warc { offset: 0, reason }) if reason.contains("malformed")),
            "{out:?}"
        );
        assert_eq!(out[1].as_ref().unwrap().body, b"<p>Two</p>");
        let truncated = &good.as_bytes()[..good.len() - 20];
        let out: Vec<_> = WarcReader::new(truncated, "w", 1 << 20).collect();
        assert!(
            matches!(&out[0], Err(Error::Warc { reason, .. }) if reason.contains("ends inside")),
            "{out:?}"
        );
        let out: Vec<_> = WarcReader::new(&b"garbage\nmore garbage\n"[..], "w", 1 << 20).collect();
        assert!(matches!(&out[..], [Err(Error::Warc { .. })]), "{out:?}");
    }

    #[test]
    fn chunked_bodies() {
        assert_eq!(dechunk(b"3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n").unwrap(), b"abcde");
        assert!(dechunk(b"zz\r\n").is_none());
    }
}

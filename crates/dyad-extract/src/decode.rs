//! Bytes to text: size caps, gzip, binary detection and charset decoding.

use crate::{Error, Result};
use encoding_rs::Encoding;
use std::borrow::Cow;
use std::io::Read;

/// Whether `bytes` start with the gzip magic number.
pub fn is_gzip(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0x1f, 0x8b])
}

/// Decompresses a whole gzip stream (all members), refusing output over `limit` bytes and
/// reporting a truncated or corrupt stream.
pub fn gunzip(bytes: &[u8], limit: usize) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    let decoder = flate2::read::MultiGzDecoder::new(bytes);
    decoder
        .take(limit as u64 + 1)
        .read_to_end(&mut out)
        .map_err(|e| Error::Gzip { reason: e.to_string() })?;
    if out.len() > limit {
        return Err(Error::TooLarge { limit });
    }
    Ok(out)
}

/// Refuses data that is not text: NUL bytes or many control characters in the first 8 KiB.
pub(crate) fn check_not_binary(bytes: &[u8]) -> Result<()> {
    let head = bytes.get(..bytes.len().min(8192)).unwrap_or_default();
    // UTF-16 text carries NULs but also a BOM; it is decoded, not refused.
    if head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) {
        return Ok(());
    }
    if let Some(at) = memchr::memchr(0, head) {
        return Err(Error::Binary { reason: format!("NUL byte at offset {at}") });
    }
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C | 0x1B))
        .count();
    if head.len() >= 32 && control * 10 > head.len() {
        return Err(Error::Binary {
            reason: format!("{control} control bytes in the first {} bytes", head.len()),
        });
    }
    Ok(())
}

/// How the text's encoding was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CharsetSource {
    /// A byte-order mark.
    Bom,
    /// A declaration: HTTP header, `<meta charset>`, XML prolog or the container's rule.
    Declared,
    /// Content sniffing (chardetng).
    Sniffed,
}

/// Decodes `bytes` to a string. Order: byte-order mark, then the `declared` label (an HTTP or
/// container header), then a `<meta charset>`/`http-equiv` declaration in the first 4 KiB when
/// `html`, then valid UTF-8 as is, then chardetng's guess. Declared UTF-8 that is not valid is
/// decoded with replacement characters when fewer than 1 in 200 characters are bad, and refused
/// otherwise.
pub(crate) fn decode_text<'a>(
    bytes: &'a [u8],
    declared: Option<&str>,
    html: bool,
) -> Result<(Cow<'a, str>, CharsetSource)> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(bytes.get(bom_len..).unwrap_or_default());
        return Ok((text, CharsetSource::Bom));
    }
    let meta = if html { sniff_meta_charset(bytes) } else { None };
    let label = declared.and_then(|l| Encoding::for_label(l.trim().as_bytes())).or(meta);
    if let Some(enc) = label {
        // A page that says ISO-8859-1 means windows-1252 (encoding_rs maps the label so).
        if enc == encoding_rs::UTF_8 {
            return decode_utf8_tolerant(bytes).map(|t| (t, CharsetSource::Declared));
        }
        let (text, _, _) = enc.decode(bytes);
        return Ok((text, CharsetSource::Declared));
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok((Cow::Borrowed(s), CharsetSource::Sniffed));
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let enc = detector.guess(None, chardetng::Utf8Detection::Allow);
    let (text, _, _) = enc.decode(bytes);
    Ok((text, CharsetSource::Sniffed))
}

/// Decodes bytes that must be UTF-8, tolerating rare bad sequences (see [`decode_text`]).
pub(crate) fn decode_utf8_tolerant(bytes: &[u8]) -> Result<Cow<'_, str>> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Cow::Borrowed(s)),
        Err(e) => {
            let text = String::from_utf8_lossy(bytes);
            let bad = text.chars().filter(|&c| c == '\u{FFFD}').count();
            if bad * 200 > text.chars().count().max(1) {
                Err(Error::Utf8 { offset: e.valid_up_to() })
            } else {
                Ok(text)
            }
        }
    }
}

/// Finds `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…charset=…">` in the
/// first 4 KiB, the prescan a browser does.
fn sniff_meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes.get(..bytes.len().min(4096)).unwrap_or_default();
    // An XML prolog (`<?xml version="1.0" encoding="ISO-8859-1"?>`, XHTML pages) comes first.
    if head.starts_with(b"<?xml")
        && let Some(end) = memchr::memmem::find(head, b"?>")
        && let Some(at) = memchr::memmem::find(head.get(..end)?, b"encoding=")
    {
        let rest = head.get(at + "encoding=".len()..end)?;
        let rest = rest.strip_prefix(b"\"").or_else(|| rest.strip_prefix(b"'")).unwrap_or(rest);
        let label_end =
            rest.iter().position(|b| matches!(b, b'"' | b'\'' | b' ')).unwrap_or(rest.len());
        if let Some(enc) = Encoding::for_label(rest.get(..label_end)?) {
            return Some(enc);
        }
    }
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(i) = memchr::memmem::find(lower.get(from..)?, b"charset") {
        let at = from + i + "charset".len();
        from = at;
        let rest = lower.get(at..)?;
        let rest = rest.strip_prefix(b" ").unwrap_or(rest);
        let Some(rest) = rest.strip_prefix(b"=") else { continue };
        let rest: &[u8] =
            rest.iter().position(|b| !matches!(b, b' ' | b'"' | b'\'')).map_or(&[], |p| &rest[p..]);
        let end = rest
            .iter()
            .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.')))
            .unwrap_or(rest.len());
        if let Some(enc) = Encoding::for_label(rest.get(..end)?) {
            // A page cannot declare itself UTF-16 in ASCII; browsers treat that as UTF-8.
            return Some(if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
                encoding_rs::UTF_8
            } else {
                enc
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_meta_and_sniffing() {
        let (t, src) = decode_text(b"\xEF\xBB\xBFhi", None, false).unwrap();
        assert_eq!((&*t, src), ("hi", CharsetSource::Bom));
        let page = b"<meta charset=\"windows-1252\"><p>\x93Too early\x94</p>";
        let (t, src) = decode_text(page, None, true).unwrap();
        assert!(t.contains("“Too early”"), "{t}");
        assert_eq!(src, CharsetSource::Declared);
        let page = b"<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1'><p>caf\xe9</p>";
        assert!(decode_text(page, None, true).unwrap().0.contains("café"));
        let latin = "Le président a déclaré à la télévision qu'il était prêt".as_bytes();
        let (enc_bytes, _, _) =
            encoding_rs::WINDOWS_1252.encode(std::str::from_utf8(latin).unwrap());
        assert!(decode_text(&enc_bytes, None, false).unwrap().0.contains("président"));
    }

    #[test]
    fn more_charsets_bom_prolog_declared_and_sniffed() {
        // UTF-16 with its byte-order mark.
        let mut utf16 = vec![0xFF, 0xFE];
        for u in "<p>Привет</p>".encode_utf16() {
            utf16.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode_text(&utf16, None, true).unwrap().0, "<p>Привет</p>");
        // An XML prolog's encoding.
        let xml = b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><html><p>na\xefve</p></html>";
        assert!(decode_text(xml, None, true).unwrap().0.contains("naïve"));
        // A Shift_JIS page that says so.
        let (sjis, _, _) =
            encoding_rs::SHIFT_JIS.encode("<meta charset=Shift_JIS><p>東京で会談</p>");
        assert!(decode_text(&sjis, None, true).unwrap().0.contains("東京で会談"));
        // The container's label wins over the page's own declaration.
        let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode("<meta charset=utf-8><p>Кремль</p>");
        let (t, src) = decode_text(&cp1251, Some("windows-1251"), true).unwrap();
        assert!(t.contains("Кремль") && src == CharsetSource::Declared, "{t}");
        // Undeclared Cyrillic in windows-1251 is sniffed.
        let (sniffed, _, _) = encoding_rs::WINDOWS_1251
            .encode("Песков заявил, что Кремль пока не видит позитивных сдвигов в отношениях.");
        let (t, src) = decode_text(&sniffed, None, false).unwrap();
        assert!(t.contains("Песков") && src == CharsetSource::Sniffed, "{t}");
    }

    #[test]
    fn declared_utf8_tolerates_rare_errors_and_refuses_garbage() {
        let mut rare = "a".repeat(500).into_bytes();
        rare.push(0xFF);
        assert!(decode_text(&rare, Some("utf-8"), false).is_ok());
        let garbage: Vec<u8> = (0..400).map(|i| if i % 2 == 0 { 0xC3 } else { 0x41 }).collect();
        assert!(matches!(
            decode_text(&garbage, Some("utf-8"), false),
            Err(Error::Utf8 { offset: 0 })
        ));
    }

    #[test]
    fn binary_and_gzip() {
        assert!(matches!(
            check_not_binary(b"\x7fELF\x02\x01\x01\x00\x00"),
            Err(Error::Binary { .. })
        ));
        assert!(check_not_binary(b"plain text\n").is_ok());
        let mut gz = Vec::new();
        {
            use std::io::Write;
            let mut enc = flate2::write::GzEncoder::new(&mut gz, flate2::Compression::fast());
            enc.write_all(&b"x".repeat(1000)).unwrap();
            enc.finish().unwrap();
        }
        assert_eq!(gunzip(&gz, 10_000).unwrap().len(), 1000);
        assert!(matches!(gunzip(&gz, 100), Err(Error::TooLarge { limit: 100 })));
        assert!(matches!(gunzip(&gz[..gz.len() / 2], 10_000), Err(Error::Gzip { .. })));
    }
}

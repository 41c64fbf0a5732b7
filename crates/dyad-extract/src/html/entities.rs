//! Decoding character references (`&amp;`, `&#8217;`, `&#x2014;`, legacy `&nbsp`).

#[path = "entity_table.rs"]
mod entity_table;

use entity_table::ENTITIES;
use std::borrow::Cow;

/// Windows-1252 meanings of the C1 range, which HTML applies to numeric references
/// (`&#150;` is an en dash, not a control character).
const C1_REMAP: [char; 32] = [
    '\u{20AC}', '\u{81}', '\u{201A}', '\u{192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{2C6}', '\u{2030}', '\u{160}', '\u{2039}', '\u{152}', '\u{8D}', '\u{17D}', '\u{8F}',
    '\u{90}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{2DC}', '\u{2122}', '\u{161}', '\u{203A}', '\u{153}', '\u{9D}', '\u{17E}', '\u{178}',
];

/// Longest entity name, with its semicolon (`&CounterClockwiseContourIntegral;`).
const MAX_NAME: usize = 33;

/// Replaces character references in `s`; returns `s` untouched when it has none.
/// `in_attribute` applies the HTML rule that a legacy reference without `;` followed by an
/// alphanumeric or `=` is left alone in attribute values (`?a=1&copy=2`).
pub(crate) fn decode(s: &str, in_attribute: bool) -> Cow<'_, str> {
    let Some(first) = memchr::memchr(b'&', s.as_bytes()) else {
        return Cow::Borrowed(s);
    };
    let mut out = String::with_capacity(s.len());
    out.push_str(s.get(..first).unwrap_or_default());
    let mut rest = s.get(first..).unwrap_or_default();
    while let Some(amp) = memchr::memchr(b'&', rest.as_bytes()) {
        out.push_str(rest.get(..amp).unwrap_or_default());
        let after = rest.get(amp + 1..).unwrap_or_default();
        match reference(after, in_attribute) {
            Some((decoded, used)) => {
                out.push_str(&decoded);
                rest = after.get(used..).unwrap_or_default();
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Decodes the reference at the start of `s` (just after `&`): the replacement and the bytes used.
fn reference(s: &str, in_attribute: bool) -> Option<(Cow<'static, str>, usize)> {
    let bytes = s.as_bytes();
    if bytes.first() == Some(&b'#') {
        let (hex, digits_start) = match bytes.get(1) {
            Some(b'x' | b'X') => (true, 2),
            _ => (false, 1),
        };
        let digits = bytes
            .get(digits_start..)?
            .iter()
            .take_while(|b| if hex { b.is_ascii_hexdigit() } else { b.is_ascii_digit() })
            .count();
        if digits == 0 {
            return None;
        }
        let text = s.get(digits_start..digits_start + digits)?;
        let value = u32::from_str_radix(text.get(..text.len().min(8))?, if hex { 16 } else { 10 })
            .unwrap_or(0x110000);
        let c = match value {
            0x80..=0x9F => C1_REMAP[(value - 0x80) as usize],
            0 | 0xD800..=0xDFFF | 0x110000.. => '\u{FFFD}',
            v => char::from_u32(v).unwrap_or('\u{FFFD}'),
        };
        let mut used = digits_start + digits;
        if bytes.get(used) == Some(&b';') {
            used += 1;
        }
        return Some((Cow::Owned(c.to_string()), used));
    }
    let name_len = bytes.iter().take(MAX_NAME).take_while(|b| b.is_ascii_alphanumeric()).count();
    if name_len == 0 {
        return None;
    }
    if bytes.get(name_len) == Some(&b';') {
        let with_semi = s.get(..=name_len)?;
        if let Ok(i) = ENTITIES.binary_search_by(|(n, _)| n.cmp(&with_semi)) {
            return Some((Cow::Borrowed(ENTITIES[i].1), name_len + 1));
        }
    }
    // Legacy references without `;`: the longest known prefix (`&notit` is `¬it`).
    for len in (2..=name_len.min(6)).rev() {
        let name = s.get(..len)?;
        if let Ok(i) = ENTITIES.binary_search_by(|(n, _)| n.cmp(&name)) {
            let next = bytes.get(len).copied();
            if in_attribute && next.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'=') {
                return None;
            }
            return Some((Cow::Borrowed(ENTITIES[i].1), len));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn named_numeric_and_legacy() {
        assert_eq!(
            decode("Putin&#8217;s &ldquo;deadlock&rdquo; &amp; more", false),
            "Putin’s “deadlock” & more"
        );
        assert_eq!(decode("a&nbsp;b &#x2014; c &#150; d", false), "a\u{a0}b — c – d");
        assert_eq!(decode("AT&T &unknown; &", false), "AT&T &unknown; &");
        assert_eq!(decode("&amp", false), "&");
        assert_eq!(decode("&#0; &#xD800; &#99999999999;", false), "\u{FFFD} \u{FFFD} \u{FFFD}");
        assert_eq!(decode("?a=1&copy=2", true), "?a=1&copy=2");
        assert_eq!(decode("?a=1&copy=2", false), "?a=1©=2");
    }

    #[test]
    fn references_decode_once_and_unknown_ones_stay() {
        // `&amp;amp;` is one level of escaping: one decode leaves `&amp;`.
        assert_eq!(decode("Maria &amp;amp; Katerina", false), "Maria &amp; Katerina");
        assert_eq!(
            decode("&NotAnEntity; &#x110000; &#65;&#x42;", false),
            "&NotAnEntity; \u{FFFD} AB"
        );
        assert_eq!(decode("&copyright &lt;p&gt;", false), "©right <p>");
        assert_eq!(decode("&hellip;&mdash;&rsquo;&nbsp;", false), "…—’\u{a0}");
    }

    #[test]
    fn no_reference_borrows() {
        assert!(matches!(decode("plain", false), std::borrow::Cow::Borrowed(_)));
    }
}

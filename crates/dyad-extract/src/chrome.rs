//! Chrome that survives as text: in pages saved as plain text, and in the stray text of HTML.
//!
//! Works on paragraphs. Drops "See also" lists, "Watch:" captions, subscription prompts,
//! share prompts, wire-credit lines and date lines, and mends paragraphs that a page break cut
//! in two ("It came ahead of a" / "planned meeting …").

use dyad_core::PartialDate;

/// Agencies whose names make a trailing line a wire credit.
const AGENCIES: &[&str] = &[
    "Reuters",
    "AFP",
    "Agence France-Presse",
    "AP",
    "Associated Press",
    "Kyodo",
    "Xinhua",
    "TASS",
    "RIA Novosti",
    "Bloomberg",
    "dpa",
    "ANSA",
    "EFE",
    "Yonhap",
    "PTI",
    "UPI",
    "Interfax",
    "Anadolu",
];

/// Whether a paragraph is a list item (`• text`, `- text`, `* text`).
fn is_bullet(p: &str) -> bool {
    let t = p.trim_start();
    t.starts_with(['•', '·', '▪', '►', '*', '–']) || t.starts_with("- ")
}

/// Whether a paragraph is a stock prompt or caption rather than article text.
pub(crate) fn is_chrome_line(p: &str) -> bool {
    let t = p.trim();
    let lower = t.to_lowercase();
    let starts = |prefixes: &[&str]| prefixes.iter().any(|s| lower.starts_with(s));
    if starts(&[
        "watch:",
        "video:",
        "watch video",
        "photo:",
        "photos:",
        "image:",
        "listen:",
        "read more:",
        "read also:",
        "also read:",
        "read next:",
        "related:",
        "discover more from",
        "subscribe to",
        "sign up to",
        "sign up for",
        "share this",
        "like this:",
        "click here",
        "follow us",
        "advertisement",
        "advertisements",
        "type your email",
        "loading...",
        "copyright ©",
        "© ",
        "all rights reserved",
        "this article was",
        "originally published",
    ]) {
        return true;
    }
    // A newsletter prompt: signing up, and an inbox or a newsletter, in a short paragraph.
    if lower.len() <= 300
        && (lower.contains("sign up") || lower.contains("subscrib"))
        && (lower.contains("newsletter") || lower.contains("inbox"))
    {
        return true;
    }
    matches!(
        lower.as_str(),
        "subscribe"
            | "share"
            | "tweet"
            | "email"
            | "print"
            | "comments"
            | "related"
            | "like"
            | "loading…"
    )
}

/// A `PUBLISHED : …` / `Published on …` / `Updated …` line: `Some(date)` (the date may be
/// unreadable) when the paragraph is one.
pub(crate) fn date_line(p: &str) -> Option<Option<PartialDate>> {
    let t = p.trim();
    if t.len() > 120 {
        return None;
    }
    let lower = t.to_lowercase();
    let keyword = ["published", "updated", "posted", "last updated", "first published", "date:"]
        .iter()
        .find(|k| lower.starts_with(*k))?;
    let rest = t.get(keyword.len()..).unwrap_or_default();
    let date = PartialDate::parse_text(rest);
    // "Published by X" without a date is not a date line.
    date.is_some().then_some(date).or_else(|| {
        (lower.contains(':') && rest.chars().any(|c| c.is_ascii_digit())).then_some(None)
    })
}

/// Whether a publication-date line is an update line (its date is not the publication date).
pub(crate) fn is_update_line(p: &str) -> bool {
    let lower = p.trim_start().to_lowercase();
    lower.starts_with("updated") || lower.starts_with("last updated")
}

/// Whether a trailing paragraph credits wire services (`Robert Delaney, Reuters, Kyodo`).
pub(crate) fn is_wire_credit(p: &str) -> bool {
    let t = p.trim();
    if t.ends_with(['.', '!', '?', '"', '”']) || t.split_whitespace().count() > 16 {
        return false;
    }
    let parts: Vec<&str> = t.split([',', ';', '/']).map(str::trim).collect();
    parts.iter().any(|part| AGENCIES.iter().any(|a| part.eq_ignore_ascii_case(a)))
        && parts.iter().all(|part| part.split_whitespace().count() <= 4)
}

/// Removes chrome paragraphs: stock lines, "See also" headers with the list after them,
/// bullet lists of links at the end, and a trailing wire credit. Returns the site name a
/// "Discover more from SITE" prompt gave away, if any.
pub(crate) fn strip_chrome(paragraphs: &mut Vec<String>) -> Option<String> {
    let mut site = None;
    let mut out: Vec<String> = Vec::with_capacity(paragraphs.len());
    let mut in_list = false;
    for p in paragraphs.drain(..) {
        let lower = p.trim().to_lowercase();
        if let Some(name) = p.trim().strip_prefix("Discover more from ") {
            site = Some(name.trim().to_owned());
        }
        if lower.starts_with("see also")
            || lower.starts_with("related stories")
            || lower.starts_with("more on this")
            || lower == "read more"
            || lower == "related articles"
        {
            in_list = true;
            continue;
        }
        if in_list
            && (is_bullet(&p) || p.split_whitespace().count() <= 14 && !p.trim_end().ends_with('.'))
        {
            continue;
        }
        in_list = false;
        if is_chrome_line(&p) {
            continue;
        }
        out.push(p);
    }
    while out.last().is_some_and(|p| is_wire_credit(p) || is_bullet(p)) {
        out.pop();
    }
    *paragraphs = out;
    site
}

/// Joins a paragraph that a page break cut mid-sentence with the next one: the first does not
/// end a sentence and the next starts in lower case.
pub(crate) fn mend_broken_paragraphs(paragraphs: &mut Vec<String>) {
    let mut out: Vec<String> = Vec::with_capacity(paragraphs.len());
    for p in paragraphs.drain(..) {
        let starts_lower = p.chars().next().is_some_and(char::is_lowercase);
        if let Some(prev) = out.last_mut()
            && starts_lower
            && !prev.trim_end().ends_with(['.', '!', '?', ':', '"', '”', '’', '»'])
            && prev.split_whitespace().count() > 3
        {
            prev.push(' ');
            prev.push_str(p.trim());
            continue;
        }
        out.push(p);
    }
    *paragraphs = out;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn strips_lists_prompts_and_credits() {
        let mut p = v(&[
            "Ushakov said the initiative came from the Americans.",
            "Watch: Lavrov speaks after White House visit",
            "See also:",
            "  • The European Parliament has proposed something",
            "  • Another headline",
            "Discover more from London Glossy Post",
            "Subscribe to get the latest posts sent to your email.",
            "There's plenty more. Sign up for The Daily Ledger to get the newsletter in your inbox.",
            "Robert Delaney, Reuters, Agence France-Presse, Kyodo",
        ]);
        let site = strip_chrome(&mut p);
        assert_eq!(p, v(&["Ushakov said the initiative came from the Americans."]));
        assert_eq!(site.as_deref(), Some("London Glossy Post"));
    }

    #[test]
    fn date_lines_and_mending() {
        assert_eq!(
            date_line("PUBLISHED : Thursday, 11 May, 2017, 6:57pm")
                .flatten()
                .map(|d| d.to_string())
                .as_deref(),
            Some("2017-05-11")
        );
        assert_eq!(
            date_line("Published on 21/03/2018").flatten().map(|d| d.to_string()).as_deref(),
            Some("2018-03-21")
        );
        assert!(date_line("Published by the ministry of truth in its yearly report").is_none());
        assert!(is_update_line("UPDATED : Thursday, 11 May, 2017, 11:03pm"));
        let mut p = v(&["It came ahead of a", "planned meeting in July.", "Next one."]);
        mend_broken_paragraphs(&mut p);
        assert_eq!(p, v(&["It came ahead of a planned meeting in July.", "Next one."]));
    }
}

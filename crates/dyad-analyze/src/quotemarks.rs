//! Quotation marks: which characters open and close quotes, and where quoted text lies.
//! Shared by the entity layer (a name inside a quote is not an antecedent) and the quote layer.

use dyad_core::Span;

/// Whether `c` opens a quote for sure (curly or angle opening marks).
pub(crate) fn is_opening(c: char) -> bool {
    matches!(c, '“' | '«' | '„' | '‟')
}

/// Whether `c` closes a quote for sure.
pub(crate) fn is_closing(c: char) -> bool {
    matches!(c, '”' | '»')
}

/// A quoted stretch: the content between the marks, and whether the closing mark was found
/// before the paragraph ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Quoted {
    /// Byte span of the content, without the marks.
    pub(crate) content: Span,
    /// Byte offset of the opening mark.
    pub(crate) open: usize,
    /// Byte offset just after the closing mark (or the paragraph's end when unclosed).
    pub(crate) close_end: usize,
    /// False when the paragraph ended before a closing mark.
    pub(crate) closed: bool,
}

/// Finds the double-quoted stretches of `text` paragraph by paragraph. Straight quotes pair up
/// in order; curly and angle quotes pair by direction; a mark with no partner runs to the end
/// of its paragraph (the multi-paragraph quote convention; the caller decides).
pub(crate) fn quoted(text: &str) -> Vec<Quoted> {
    let mut out = Vec::new();
    let mut offset = 0;
    // Whether the last paragraph with text ended inside an unclosed quote.
    let mut inside = false;
    for para in text.split('\n') {
        if para.trim().is_empty() {
            offset += para.len() + 1;
            continue;
        }
        let before = out.len();
        if !(inside && continuation(para, offset, &mut out)) {
            scan_paragraph(para, offset, &mut out);
        }
        inside = out.len() > before && out.last().is_some_and(|q| !q.closed);
        offset += para.len() + 1;
    }
    out
}

/// A paragraph that goes on with the quote the paragraph before left open, with no opening
/// mark of its own, and ends it with its only quotation mark (`… they were able to focus
/// better."`): the quote's last part.
fn continuation(para: &str, base: usize, out: &mut Vec<Quoted>) -> bool {
    let lead = para.len() - para.trim_start().len();
    let marks: Vec<(usize, char)> =
        para.char_indices().filter(|&(_, c)| c == '"' || is_opening(c) || is_closing(c)).collect();
    let [(at, c)] = marks[..] else { return false };
    if at == lead
        || is_opening(c)
        || !para
            .get(at + c.len_utf8()..)
            .is_some_and(|rest| rest.trim().trim_end_matches('.').is_empty())
    {
        return false;
    }
    out.push(Quoted {
        content: Span::at(base + lead, base + at),
        open: base + lead,
        close_end: base + at + c.len_utf8(),
        closed: true,
    });
    true
}

fn scan_paragraph(para: &str, base: usize, out: &mut Vec<Quoted>) {
    let mut open: Option<(usize, char)> = None;
    for (i, c) in para.char_indices() {
        let straight = c == '"';
        match open {
            None if is_opening(c) || straight || c == '”' && i == 0 => open = Some((i, c)),
            Some((start, oc))
                if is_closing(c)
                    || straight && oc == '"'
                    || straight && is_opening(oc)
                    || c == '”' =>
            {
                let content = Span::at(base + start + oc.len_utf8(), base + i);
                out.push(Quoted {
                    content,
                    open: base + start,
                    close_end: base + i + c.len_utf8(),
                    closed: true,
                });
                open = None;
            }
            // A second opening mark before a close: the first was never closed.
            Some((start, oc)) if is_opening(c) => {
                out.push(Quoted {
                    content: Span::at(base + start + oc.len_utf8(), base + i),
                    open: base + start,
                    close_end: base + i,
                    closed: false,
                });
                open = Some((i, c));
            }
            _ => {}
        }
    }
    if let Some((start, oc)) = open {
        let end = base + para.trim_end().len();
        out.push(Quoted {
            content: Span::at(base + start + oc.len_utf8(), end),
            open: base + start,
            close_end: end,
            closed: false,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_marks_by_paragraph() {
        let text = "“One,” he said, “two.” \"Three\" «four»\n“Open until the end";
        let q = quoted(text);
        let contents: Vec<&str> = q.iter().map(|q| q.content.text(text).unwrap()).collect();
        assert_eq!(contents, ["One,", "two.", "Three", "four", "Open until the end"]);
        assert!(q[..4].iter().all(|q| q.closed));
        assert!(!q[4].closed);
    }

    #[test]
    fn a_paragraph_that_closes_the_quote_left_open() {
        let text = "He said, \"We learned a lot.\n\nIt was a long day.\"\n\nNext \"item\"";
        let q = quoted(text);
        let contents: Vec<&str> = q.iter().map(|q| q.content.text(text).unwrap()).collect();
        assert_eq!(contents, ["We learned a lot.", "It was a long day.", "item"]);
        assert!(!q[0].closed && q[1].closed);
    }

    #[test]
    fn odd_marks() {
        let text = "”And if Russia helps,” he also said.";
        let q = quoted(text);
        assert_eq!(q[0].content.text(text), Some("And if Russia helps,"));
        assert!(quoted("").is_empty());
    }
}

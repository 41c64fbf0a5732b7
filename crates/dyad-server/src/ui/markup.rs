//! An article's clean text as HTML, with standoff marks (entity mentions, quotes, event
//! triggers) turned into elements from their character spans.
//!
//! Marks may nest or cross; crossing ones are split, so the HTML is always well formed. A
//! link is never put inside another link (the inner mark becomes a plain span). Paragraphs
//! are the text's blank-line-separated blocks, and a mark running over two of them is split
//! at the break.

use super::html::esc;
use dyad_core::CharSpan;
use std::collections::BTreeSet;

/// One marked span of the text.
#[derive(Debug, Clone, Default)]
pub(crate) struct Mark {
    /// Characters `[start, end)` of the text.
    pub(crate) span: CharSpan,
    /// Which of two marks with the same span is outside: the lower rank.
    pub(crate) rank: u8,
    /// The `class` attribute.
    pub(crate) class: String,
    /// Where it links to, if anywhere.
    pub(crate) href: Option<String>,
    /// The tooltip.
    pub(crate) title: Option<String>,
    /// An `id`, put on the first piece of the mark only.
    pub(crate) id: Option<String>,
    /// An entity id, in `data-e` (the script highlights every mention of one entity).
    pub(crate) entity: Option<String>,
    /// HTML (already safe) to put right after the mark's end.
    pub(crate) after: Option<String>,
}

struct Open {
    mark: usize,
    /// End of the mark within the current paragraph.
    end: usize,
    link: bool,
}

/// The paragraphs of `text` as character ranges: blocks between runs of two or more line
/// breaks.
fn paragraphs(text: &str) -> Vec<[usize; 2]> {
    let mut out = Vec::new();
    let (mut start, mut breaks, mut n) = (0, 0, 0);
    for c in text.chars() {
        if c == '\n' {
            breaks += 1;
        } else if c != '\r' {
            if breaks >= 2 && n - breaks > start {
                out.push([start, n - breaks]);
            }
            if breaks >= 2 {
                start = n;
            }
            breaks = 0;
        }
        n += 1;
    }
    if n - breaks.min(n) > start {
        out.push([start, n - breaks.min(n)]);
    }
    out
}

/// `text` as `<p>` paragraphs with `marks` as elements.
pub(crate) fn render(text: &str, marks: &[Mark]) -> String {
    // Byte offset of each character, and of the end.
    let offsets: Vec<usize> = text.char_indices().map(|(b, _)| b).chain([text.len()]).collect();
    let chars = offsets.len() - 1;
    let slice = |a: usize, b: usize| {
        let (Some(&x), Some(&y)) = (offsets.get(a), offsets.get(b)) else { return "" };
        text.get(x..y).unwrap_or("")
    };
    let mut out = String::with_capacity(text.len() * 2);
    let mut started: BTreeSet<usize> = BTreeSet::new();
    for [ps, pe] in paragraphs(text) {
        // The marks of this paragraph, clipped to it, outer ones first.
        let mut local: Vec<(usize, usize, usize)> = marks
            .iter()
            .enumerate()
            .filter_map(|(i, m)| {
                let (s, e) = (m.span[0].max(ps), m.span[1].min(pe).min(chars));
                (s < e).then_some((s, e, i))
            })
            .collect();
        local.sort_by(|a, b| {
            a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(marks[a.2].rank.cmp(&marks[b.2].rank))
        });
        let mut points: BTreeSet<usize> = local.iter().flat_map(|(s, e, _)| [*s, *e]).collect();
        points.insert(ps);
        points.insert(pe);
        let points: Vec<usize> = points.into_iter().collect();

        out.push_str("<p>");
        let mut stack: Vec<Open> = Vec::new();
        let mut next = 0;
        for (k, &p) in points.iter().enumerate() {
            // Close what ends here; reopen what was closed only to get at it.
            if stack.iter().any(|o| o.end <= p) {
                let mut reopen = Vec::new();
                while let Some(top) = stack.pop() {
                    out.push_str(if top.link { "</a>" } else { "</span>" });
                    if top.end <= p {
                        let m = &marks[top.mark];
                        let links_open = stack.iter().chain(&reopen).any(|o: &Open| o.link);
                        if top.end == m.span[1] && !links_open {
                            out.push_str(m.after.as_deref().unwrap_or(""));
                        }
                    } else {
                        reopen.push(top);
                    }
                    if !stack.iter().any(|o| o.end <= p) {
                        break;
                    }
                }
                for o in reopen.into_iter().rev() {
                    open(&mut out, &mut stack, &mut started, marks, o.mark, o.end);
                }
            }
            while let Some(&(s, e, i)) = local.get(next) {
                if s != p {
                    break;
                }
                open(&mut out, &mut stack, &mut started, marks, i, e);
                next += 1;
            }
            if let Some(&q) = points.get(k + 1) {
                out.push_str(&esc(slice(p, q)).replace('\n', "<br>"));
            }
        }
        out.push_str("</p>\n");
    }
    out
}

fn open(
    out: &mut String,
    stack: &mut Vec<Open>,
    started: &mut BTreeSet<usize>,
    marks: &[Mark],
    i: usize,
    end: usize,
) {
    let m = &marks[i];
    let link = m.href.is_some() && !stack.iter().any(|o| o.link);
    out.push_str(if link { "<a" } else { "<span" });
    out.push_str(&format!(" class=\"{}\"", esc(&m.class)));
    if let (true, Some(h)) = (link, &m.href) {
        out.push_str(&format!(" href=\"{}\"", esc(h)));
    }
    if let Some(t) = &m.title {
        out.push_str(&format!(" title=\"{}\"", esc(t)));
    }
    if let Some(e) = &m.entity {
        out.push_str(&format!(" data-e=\"{}\"", esc(e)));
    }
    if started.insert(i)
        && let Some(id) = &m.id
    {
        out.push_str(&format!(" id=\"{}\"", esc(id)));
    }
    out.push('>');
    stack.push(Open { mark: i, end, link });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(span: CharSpan, class: &str, href: Option<&str>) -> Mark {
        Mark { span, class: class.into(), href: href.map(Into::into), ..Mark::default() }
    }

    #[test]
    fn paragraphs_are_blank_line_blocks() {
        assert_eq!(paragraphs("ab\n\ncd\ne\n\n\nf"), [[0, 2], [4, 8], [11, 12]]);
        assert_eq!(paragraphs("\n\nab\n\n"), [[2, 4]]);
        assert!(paragraphs("").is_empty());
    }

    #[test]
    fn nested_marks_nest_and_text_is_escaped() {
        let html = render(
            "Peskov said <b>no</b>.",
            &[mark([0, 6], "m", Some("/entities/p")), mark([12, 21], "q", None)],
        );
        assert_eq!(
            html,
            "<p><a class=\"m\" href=\"/entities/p\">Peskov</a> said <span class=\"q\">&lt;b&gt;no&lt;/b&gt;</span>.</p>\n"
        );
    }

    #[test]
    fn crossing_marks_are_split_and_links_never_nest() {
        // A quote [0, 8) crosses a mention [4, 12); an event link sits inside the mention.
        let marks = [
            Mark { id: Some("q-0".into()), ..mark([0, 8], "q", None) },
            mark([4, 12], "m", Some("/e")),
            mark([5, 7], "ev", Some("/t")),
        ];
        let html = render("abcdefghijklm", &marks);
        assert_eq!(
            html,
            "<p><span class=\"q\" id=\"q-0\">abcd<a class=\"m\" href=\"/e\">e<span class=\"ev\">fg</span>h</a></span><a class=\"m\" href=\"/e\">ijkl</a>m</p>\n"
        );
    }

    #[test]
    fn a_mark_over_a_paragraph_break_is_split_and_characters_count_not_bytes() {
        let marks = [Mark { after: Some("<sup>*</sup>".into()), ..mark([2, 8], "q", None) }];
        let html = render("«Да\n\nнет»", &marks);
        assert_eq!(
            html,
            "<p>«Д<span class=\"q\">а</span></p>\n<p><span class=\"q\">нет</span><sup>*</sup>»</p>\n"
        );
    }

    #[test]
    fn out_of_range_marks_are_dropped() {
        let html = render("abc", &[mark([2, 99], "m", None), mark([5, 9], "x", None)]);
        assert_eq!(html, "<p>ab<span class=\"m\">c</span></p>\n");
    }
}

//! Pages saved as plain text: find the headline among the site chrome and split paragraphs.

use crate::chrome::date_line;

/// What a plain-text page gives before the shared clean-up.
pub(crate) struct TextPage {
    pub(crate) title: Option<String>,
    pub(crate) paragraphs: Vec<String>,
}

/// Splits a text page into paragraphs and takes its headline off the top.
///
/// Paragraphs are blank-line separated blocks; within a block, hard-wrapped lines are joined and
/// other lines stay separate paragraphs. The headline is a line the page repeats near the top
/// (a banner or breadcrumb before it is chrome), else the first line that reads as a headline
/// (three or more words, no closing full stop), after short tag lines.
pub(crate) fn read_text_page(text: &str) -> TextPage {
    let paragraphs = split_paragraphs(text);
    let head = paragraphs.len().min(12);
    // A headline the page repeats (or a breadcrumb before it ends with): what comes before its
    // last appearance is chrome.
    for i in 0..head {
        let p = &paragraphs[i];
        if !is_headline_like(p) {
            continue;
        }
        let repeated = (0..head).any(|j| {
            j != i && (paragraphs[j] == *p || j < i && paragraphs[j].ends_with(p.as_str()))
        });
        if repeated {
            let last = (i..head).rev().find(|&j| paragraphs[j] == *p).unwrap_or(i);
            let rest = paragraphs[last + 1..].to_vec();
            return TextPage { title: Some(p.clone()), paragraphs: rest };
        }
    }
    // Otherwise the first headline-like line after short tag lines ("Donald Trump").
    for (i, p) in paragraphs.iter().enumerate().take(head) {
        if date_line(p).is_some() {
            break;
        }
        if is_headline_like(p) {
            let mut rest = paragraphs[i + 1..].to_vec();
            rest.retain(|q| q != p);
            return TextPage { title: Some(p.clone()), paragraphs: rest };
        }
        if p.split_whitespace().count() > 4 {
            break;
        }
    }
    TextPage { title: None, paragraphs }
}

fn is_headline_like(p: &str) -> bool {
    let words = p.split_whitespace().count();
    (3..=30).contains(&words)
        && !p.trim_end().ends_with(['.', ':', ',', ';'])
        && p.chars().next().is_some_and(|c| {
            c.is_uppercase() || c.is_ascii_digit() || c == '‘' || c == '“' || c == '"'
        })
        && date_line(p).is_none()
}

/// Blank-line separated blocks; a block's lines are joined when hard-wrapped, else kept apart.
pub(crate) fn split_paragraphs(text: &str) -> Vec<String> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = Vec::new();
    for block in text.split("\n\n") {
        let lines: Vec<&str> = block.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        if lines.is_empty() {
            continue;
        }
        // Hard-wrapped prose: long lines that mostly break mid-sentence.
        let breaks = lines.len().saturating_sub(1);
        let mid_sentence = lines
            .windows(2)
            .filter(|w| {
                w[1].chars().next().is_some_and(char::is_lowercase)
                    || !w[0].ends_with(['.', '!', '?', '"', '”'])
            })
            .count();
        let wrapped = breaks > 0
            && lines[..breaks].iter().all(|l| (40..=100).contains(&l.chars().count()))
            && mid_sentence * 2 > breaks
            && lines.windows(2).any(|w| w[1].chars().next().is_some_and(char::is_lowercase))
            && !lines.iter().any(|l| l.starts_with(['•', '-', '*']) || date_line(l).is_some());
        if wrapped {
            out.push(lines.join(" "));
        } else {
            out.extend(lines.iter().map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_headline_cuts_banner_and_breadcrumbs() {
        let page = "Consular assistance in Russia\n\nFind your embassy on EmbassyPages.\n\nHome News Trump congratulates Putin, summit on cards\n\nTrump congratulates Putin, summit on cards\n\nPublished on 21/03/2018\n\nUS President Donald Trump congratulated Vladimir Putin.";
        let p = read_text_page(page);
        assert_eq!(p.title.as_deref(), Some("Trump congratulates Putin, summit on cards"));
        assert_eq!(
            p.paragraphs,
            vec![
                "Published on 21/03/2018",
                "US President Donald Trump congratulated Vladimir Putin."
            ]
        );
    }

    #[test]
    fn first_headline_after_tag_lines() {
        let page = "Donald Trump\n\nKremlin has cautious optimism ahead of meeting\n\nPUBLISHED : Thursday, 11 May, 2017, 6:57pm\nUPDATED : Thursday, 11 May, 2017, 11:03pm\n\nThe Kremlin feels cautious optimism.";
        let p = read_text_page(page);
        assert_eq!(p.title.as_deref(), Some("Kremlin has cautious optimism ahead of meeting"));
        assert_eq!(p.paragraphs.len(), 3);
    }

    #[test]
    fn wrapped_lines_join() {
        let text = "This is a long hard-wrapped line of text that goes on for a while\nand continues here on the next line.\n\nNext.";
        assert_eq!(split_paragraphs(text).len(), 2);
    }
}

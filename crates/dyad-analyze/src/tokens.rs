//! Tokens: words (with inner apostrophes, hyphens and the dots of `U.S.`), numbers (with inner
//! separators, `20/03/2018`, `1,000`), and single punctuation characters. A possessive `'s`
//! is a token of its own, so `Putin’s` gives `Putin` and `’s`.

use dyad_core::{Span, Token, TokenKind};

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘')
}

/// Splits `text` into tokens, in order.
pub fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let end_of = |i: usize| chars.get(i).map_or(text.len(), |&(b, _)| b);
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c.is_alphabetic() {
            let mut j = i + 1;
            while j < chars.len() {
                let c = chars[j].1;
                let next = chars.get(j + 1).map(|&(_, n)| n);
                let joins = (c == '-' || c == '.' && is_initialism(&chars, i, j))
                    && next.is_some_and(char::is_alphanumeric);
                if c.is_alphanumeric() || c == '\u{AD}' || joins {
                    j += 1;
                } else if is_apostrophe(c) && next.is_some_and(char::is_alphabetic) {
                    // `’s` at a word's end is a possessive: a token of its own.
                    let after = chars.get(j + 2).map(|&(_, n)| n);
                    if matches!(next, Some('s' | 'S')) && !after.is_some_and(char::is_alphanumeric)
                    {
                        break;
                    }
                    j += 1;
                } else {
                    break;
                }
            }
            // `U.S.`: a trailing dot after single letters separated by dots belongs to the word.
            if chars.get(j).is_some_and(|&(_, c)| c == '.')
                && is_initialism(&chars, i, j)
                && j - i >= 3
            {
                j += 1;
            }
            out.push(Token { span: Span::at(start, end_of(j)), kind: TokenKind::Word });
            i = j;
        } else if c.is_ascii_digit() {
            let mut j = i + 1;
            while j < chars.len() {
                let c = chars[j].1;
                let next = chars.get(j + 1).map(|&(_, n)| n);
                if c.is_ascii_digit()
                    || matches!(c, '.' | ',' | '/' | ':' | '-')
                        && next.is_some_and(|n| n.is_ascii_digit())
                {
                    j += 1;
                } else {
                    break;
                }
            }
            // `6:57pm`, `1990s`, `21st`: letters glued to a number stay with it.
            while chars.get(j).is_some_and(|&(_, c)| c.is_alphabetic()) && j - i < 12 {
                j += 1;
            }
            out.push(Token { span: Span::at(start, end_of(j)), kind: TokenKind::Number });
            i = j;
        } else if is_apostrophe(c)
            && matches!(chars.get(i + 1), Some(&(_, 's' | 'S')))
            && !chars.get(i + 2).is_some_and(|&(_, n)| n.is_alphanumeric())
            && i > 0
            && chars[i - 1].1.is_alphanumeric()
        {
            out.push(Token { span: Span::at(start, end_of(i + 2)), kind: TokenKind::Word });
            i += 2;
        } else {
            out.push(Token { span: Span::at(start, end_of(i + 1)), kind: TokenKind::Punct });
            i += 1;
        }
    }
    out
}

/// Whether chars `from..to` are single letters separated by dots (`U.S`, `U.N`).
fn is_initialism(chars: &[(usize, char)], from: usize, to: usize) -> bool {
    let slice = &chars[from..to];
    !slice.is_empty()
        && slice
            .iter()
            .enumerate()
            .all(|(k, &(_, c))| if k % 2 == 0 { c.is_alphabetic() } else { c == '.' })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokens(text).iter().map(|t| t.span.text(text).unwrap()).collect()
    }

    #[test]
    fn news_tokens() {
        assert_eq!(
            words("Putin’s U.S. counterpart didn't call."),
            ["Putin", "’s", "U.S.", "counterpart", "didn't", "call", "."]
        );
        assert_eq!(
            words("On 20/03/2018, 1,000 troops at 6:57pm."),
            ["On", "20/03/2018", ",", "1,000", "troops", "at", "6:57pm", "."]
        );
        assert_eq!(
            words("“Too early,” Peskov said — US-Russia ties"),
            ["“", "Too", "early", ",", "”", "Peskov", "said", "—", "US-Russia", "ties"]
        );
        assert_eq!(words("the leaders ‘ meeting"), ["the", "leaders", "‘", "meeting"]);
        assert_eq!(words("Jones' view"), ["Jones", "'", "view"]);
    }

    #[test]
    fn spans_are_valid_on_any_text() {
        for text in ["", " ", "é", "a.b.c.", "’s", "'s'", "1.", "-1-", "Ωmega…"] {
            for t in tokens(text) {
                assert!(Span::new(text, t.span.start, t.span.end).is_some(), "{text:?}");
            }
        }
    }
}

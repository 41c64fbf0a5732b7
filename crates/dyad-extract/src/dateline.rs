//! Datelines of agency copy: `BUENOS AIRES, 1 Jul — RIA Novosti.`, `GENEVA, March 12 (Wirecast) —`,
//! `MOSCOW (Reuters) -`, `WASHINGTON —`.

/// The dateline at the start of a lead paragraph, without the dash and the trailing full stop:
/// `BUENOS AIRES, 1 Jul — RIA Novosti`. `None` when the paragraph does not open with a place
/// name in capitals followed by a dash.
pub(crate) fn dateline(lead: &str) -> Option<String> {
    let lead = lead.trim_start();
    // The place: whole words in capitals (`BUENOS AIRES`, `ST. PETERSBURG`), a trailing comma allowed.
    let mut place_end = 0;
    let mut offset = 0;
    for word in lead.split(' ') {
        let bare = word.trim_end_matches(',');
        let letters = bare.chars().filter(|c| c.is_alphabetic()).count();
        if letters == 0 || !bare.chars().all(|c| c.is_uppercase() || matches!(c, '.' | '\'' | '-'))
        {
            break;
        }
        place_end = offset + bare.len();
        offset += word.len() + 1;
        if word.ends_with(',') {
            break;
        }
    }
    let place = lead.get(..place_end)?;
    if place.chars().filter(|c| c.is_uppercase()).count() < 3 {
        return None;
    }
    // Then, within a short reach, a dash: em, en, or a spaced hyphen.
    let head_end = lead.char_indices().nth(60).map_or(lead.len(), |(i, _)| i);
    let head = lead.get(..head_end)?;
    let (dash_at, dash_len) = ["—", "–", " - ", " -- "]
        .iter()
        .filter_map(|d| head.find(d).map(|i| (i, d.len())))
        .min()?;
    if dash_at < place.len() {
        return None;
    }
    let between = head.get(place.len()..dash_at)?;
    // Between place and dash only a date, an agency in brackets, or nothing.
    if between.contains(['.', '!', '?', '"', '“']) && !between.trim().starts_with('(')
        || between.split_whitespace().count() > 5
    {
        return None;
    }
    let mut end = dash_at;
    // An agency right after the dash, ending in a full stop: `— RIA Novosti.`
    let after = lead.get(dash_at + dash_len..)?;
    if let Some(stop) = after.find(". ") {
        let agency = after.get(..stop)?.trim();
        let words = agency.split_whitespace().count();
        if (1..=3).contains(&words)
            && agency.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase))
        {
            end = dash_at + dash_len + stop;
        }
    }
    let line = lead.get(..end)?.trim();
    Some(line.trim_end_matches(['—', '–', '-', ' ']).to_owned()).filter(|s| s.len() >= 3)
}

/// The agency a dateline names: after its dash (`… — RIA Novosti`) or in brackets
/// (`MOSCOW (Reuters)`).
pub(crate) fn agency(dateline: &str) -> Option<String> {
    let after_dash = dateline.rsplit_once(['—', '–']).map(|(_, a)| a.trim());
    let bracketed =
        dateline.split_once('(').and_then(|(_, a)| a.split_once(')')).map(|(a, _)| a.trim());
    after_dash
        .or(bracketed)
        .filter(|a| !a.is_empty() && a.chars().next().is_some_and(char::is_uppercase))
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::dateline;

    #[test]
    fn agency_datelines() {
        let d = |s| dateline(s);
        assert_eq!(
            d("BUENOS AIRES, 1 Jul — RIA Novosti. White house officials made contact").as_deref(),
            Some("BUENOS AIRES, 1 Jul — RIA Novosti")
        );
        assert_eq!(
            d("GENEVA, March 12 (Wirecast) — Russia and the United States").as_deref(),
            Some("GENEVA, March 12 (Wirecast)")
        );
        assert_eq!(
            d("MOSCOW (Reuters) - The Kremlin said on Thursday").as_deref(),
            Some("MOSCOW (Reuters)")
        );
        assert_eq!(d("WASHINGTON — President Trump said").as_deref(), Some("WASHINGTON"));
        assert_eq!(d("US President Donald Trump congratulated Vladimir Putin Tuesday"), None);
        assert_eq!(d("The Kremlin feels cautious optimism — a spokesman said"), None);
        assert_eq!(d("NATO allies met. Then — later"), None);
        assert_eq!(d(""), None);
        assert_eq!(
            super::agency("BUENOS AIRES, 1 Jul — RIA Novosti").as_deref(),
            Some("RIA Novosti")
        );
        assert_eq!(super::agency("MOSCOW (Reuters)").as_deref(), Some("Reuters"));
        assert_eq!(super::agency("WASHINGTON"), None);
    }
}

use super::*;
use crate::{sentences, tokens};
use dyad_core::Article;

fn analyse(text: &str, published: &str) -> (Vec<Entity>, Vec<(String, String, MentionKind)>) {
    let kb = Kb::embedded();
    let mut doc = Document::new(Article {
        id: "t".into(),
        text: text.into(),
        published: PartialDate::parse_iso(published),
        ..Article::default()
    });
    doc.tokens = tokens(text);
    doc.sentences = sentences(text, &doc.tokens);
    let (ents, mentions) = entities(&doc, &kb);
    doc.entities = ents.clone();
    doc.mentions = mentions.clone();
    assert_eq!(dyad_core::check(&doc), Ok(()));
    let m = mentions
        .iter()
        .map(|m| (m.span.text(text).unwrap().to_owned(), m.entity.to_string(), m.kind))
        .collect();
    (ents, m)
}

fn ids_of<'a>(mentions: &'a [(String, String, MentionKind)], surface: &str) -> Vec<&'a str> {
    mentions.iter().filter(|(s, _, _)| s == surface).map(|(_, id, _)| id.as_str()).collect()
}

#[test]
fn one_identity_for_name_surname_title_and_descriptor() {
    let text = "Kremlin spokesman Dmitry Peskov said the talks went well. Mr Peskov added that more were needed. The Kremlin spokesman later said he was hopeful.";
    let (ents, m) = analyse(text, "2017-05-11");
    assert_eq!(ids_of(&m, "Dmitry Peskov"), ["person/dmitry_peskov"]);
    assert_eq!(ids_of(&m, "Peskov"), ["person/dmitry_peskov"]);
    assert_eq!(ids_of(&m, "The Kremlin spokesman"), ["person/dmitry_peskov"]);
    assert_eq!(ids_of(&m, "he"), ["person/dmitry_peskov"]);
    let peskov = ents.iter().find(|e| e.id.as_str() == "person/dmitry_peskov").unwrap();
    assert_eq!(peskov.actor_code.as_ref().map(|c| c.as_str()), Some("RUSGOV"));
    assert!(ids_of(&m, "Kremlin").is_empty(), "the qualifier of a title is not a mention: {m:?}");
}

#[test]
fn descriptors_resolve_by_date_and_countries_and_metonyms() {
    let text = "Trump spoke with the Russian leader on Tuesday. Washington and Moscow disagree. Talks in Moscow ended. US-Russia ties are poor.";
    let (ents, m) = analyse(text, "2018-03-21");
    assert_eq!(ids_of(&m, "the Russian leader"), ["person/vladimir_putin"]);
    assert_eq!(ids_of(&m, "Trump"), ["person/donald_trump"]);
    let moscow: Vec<&str> = ids_of(&m, "Moscow");
    assert_eq!(moscow.len(), 2);
    assert_ne!(moscow[0], moscow[1], "Moscow the government and Moscow the place differ");
    let gov = ents.iter().find(|e| e.id.as_str() == moscow[0]).unwrap();
    assert_eq!(gov.actor_code.as_ref().unwrap().as_str(), "RUSGOV");
    assert!(ids_of(&m, "US").contains(&"country/USA"), "{m:?}");
}

#[test]
fn unknown_people_fold_surnames_and_lowercase_translated_names() {
    let text = "FBI chief James Comey was dismissed. Comey had led the inquiry. Later Putin and Donald trump met, but trump left early.";
    let (_, m) = analyse(text, "2018-07-01");
    let comey = ids_of(&m, "James Comey");
    assert_eq!(ids_of(&m, "Comey"), comey);
    assert_eq!(ids_of(&m, "trump"), ["person/donald_trump"]);
    assert_eq!(ids_of(&m, "Donald trump"), ["person/donald_trump"]);
}

#[test]
fn common_word_surnames_need_support() {
    let (_, m) = analyse("May is a month. Rice prices rose in May.", "2019-05-01");
    assert!(m.iter().all(|(_, id, _)| !id.starts_with("person/")), "{m:?}");
}

#[test]
fn titled_unknown_people_are_found() {
    let (ents, m) = analyse(
        "Turkish Defence Minister Hulusi Akar said Turkey would stand by Azerbaijan.",
        "2020-10-01",
    );
    assert_eq!(ids_of(&m, "Hulusi Akar"), ["person/hulusi_akar"], "{m:?}");
    let akar = ents.iter().find(|e| e.id.as_str() == "person/hulusi_akar").unwrap();
    assert_eq!(akar.actor_code.as_ref().map(|c| c.as_str()), Some("TURGOV"));
    let (_, m) = analyse(
        "The minister, Hulusi Akar, said it would wait. Hulusi Akar said so.",
        "2020-10-01",
    );
    assert_eq!(ids_of(&m, "Hulusi Akar"), ["person/hulusi_akar", "person/hulusi_akar"], "{m:?}");
}

#[test]
fn a_weekday_after_a_name_is_not_part_of_it() {
    let (_, m) =
        analyse("Interior Minister Halvard Brennoe Wednesday rejected the offer.", "2020-10-01");
    assert_eq!(ids_of(&m, "Halvard Brennoe"), ["person/halvard_brennoe"], "{m:?}");
}

#[test]
fn acronyms_are_written_in_capitals() {
    let (_, m) = analyse(
        "Ice formed on the roads. ICE agents detained him. Nato and NATO met.",
        "2020-01-01",
    );
    assert!(ids_of(&m, "Ice").is_empty(), "{m:?}");
    assert!(!ids_of(&m, "ICE").is_empty(), "{m:?}");
    assert_eq!(ids_of(&m, "Nato"), ids_of(&m, "NATO"), "{m:?}");
}

#[test]
fn lone_surnames_and_given_names() {
    let (_, m) = analyse(
        "Daniel Montalvo, 19, was arrested.\n\nMontalvo was charged. Daniel denied it.",
        "2020-10-01",
    );
    assert_eq!(ids_of(&m, "Montalvo"), ["person/daniel_montalvo"], "{m:?}");
    assert_eq!(ids_of(&m, "Daniel"), ["person/daniel_montalvo"], "{m:?}");
    let (_, m) =
        analyse("Their child, Gloria, died.\n\nGloria developed severe eczema.", "2020-10-01");
    assert_eq!(ids_of(&m, "Gloria"), ["person/gloria", "person/gloria"], "{m:?}");
}

#[test]
fn a_title_makes_a_lone_surname_a_person() {
    let (_, m) = analyse("They met President Brennoe. Mr Kvale stayed home.", "2000-05-05");
    assert_eq!(ids_of(&m, "Brennoe"), ["person/brennoe"], "{m:?}");
    assert_eq!(ids_of(&m, "Kvale"), ["person/kvale"], "{m:?}");
}

#[test]
fn demonym_groups_are_nouns_not_verbs_or_adjectives() {
    let text = "Many Russian were angry. The Syrian civil war goes on. Nothing happened on British soil, an American critic said. US complaints that its officials were harassed grew. The leaders of Greece, Germany and Iran wrote to him. Palestinian homes were hit. A court jailed a Nigerian student. Two Brazilian men fled as an Israeli tank fired.";
    let (_, m) = analyse(text, "2018-03-20");
    let agents: Vec<&str> =
        m.iter().filter(|x| x.2 == MentionKind::Agent).map(|x| x.0.as_str()).collect();
    for junk in ["Russian were", "Syrian civil", "British soil", "American critic"] {
        assert!(!agents.contains(&junk), "{junk}: {agents:?}");
    }
    assert!(!agents.iter().any(|a| a.contains("complaints")), "{agents:?}");
    assert!(!agents.contains(&"leaders"), "{agents:?}");
    for group in ["Palestinian homes", "Nigerian student", "Brazilian men", "Israeli tank"] {
        assert!(agents.contains(&group), "{group}: {agents:?}");
    }
}

#[test]
fn a_leader_served_by_a_named_assistant_is_the_leader() {
    let text = "The call was confirmed by the assistant to the Russian leader Yury Ushakov.";
    let (_, m) = analyse(text, "2018-07-01");
    assert_eq!(ids_of(&m, "the Russian leader"), ["person/vladimir_putin"], "{m:?}");
    assert_eq!(ids_of(&m, "Yury Ushakov"), ["person/yury_ushakov"], "{m:?}");
}

#[test]
fn a_title_inside_a_capitalised_run_is_not_part_of_the_name() {
    let text = "UNICEF Executive Director Henrietta Fore spoke first. Water Minister Seleshi Bekele spoke next.";
    let (_, m) = analyse(text, "2020-07-15");
    assert_eq!(ids_of(&m, "Henrietta Fore"), ["person/henrietta_fore"], "{m:?}");
    assert_eq!(ids_of(&m, "Seleshi Bekele"), ["person/seleshi_bekele"], "{m:?}");
}

#[test]
fn a_leader_is_the_head_the_article_names() {
    let text = "Prime Minister Shinzo Abe spoke on Monday. The Japanese leader said little else.";
    let (_, m) = analyse(text, "2019-07-04");
    assert_eq!(ids_of(&m, "The Japanese leader"), ["person/shinzo_abe"], "{m:?}");
}

# Invented outlets for dyad's sample corpus. All domains are under the reserved .example TLD.

OUTLETS = {
    "wirecast": dict(
        name="Wirecast", domain="wirecast.example", kind="agency", tz="utc",
        tagline="News agency",
    ),
    "meridian": dict(
        name="The Meridian Post", domain="www.meridianpost.example", kind="newspaper", tz="us",
        tagline="Independent journalism since 1921",
    ),
    "baltic": dict(
        name="Baltic Wire", domain="balticwire.example", kind="news site", tz="eet",
        tagline="News from the Baltics and the world",
    ),
    "ledger": dict(
        name="Daily Ledger", domain="www.dailyledger.example", kind="newspaper", tz="uk",
        tagline="Britain's most-read morning paper",
    ),
    "courier": dict(
        name="Asia Courier", domain="www.asiacourier.example", kind="newspaper", tz="+08:00",
        tagline="Asia's voice since 1903",
    ),
    "frontier": dict(
        name="Frontier Times", domain="frontiertimes.example", kind="news site", tz="+05:30",
        tagline="South Asia, without borders",
    ),
    "continental": dict(
        name="Continental Review", domain="continentalreview.example", kind="blog", tz="cet",
        tagline="European politics, every day",
    ),
    "novosti": dict(
        name="Novosti Wire", domain="novostiwire.example", kind="agency", tz="+03:00",
        tagline="Russian news agency (English service, machine translated)",
    ),
    "policydesk": dict(
        name="The Policy Desk", domain="policydesk.example", kind="blog", tz=None,
        tagline="Explainers on security and diplomacy",
    ),
}

# Unrelated headlines used only in "Most read" / sidebar chrome (never articles of the corpus).
FILLER_HEADLINES = {
    "meridian": [
        "Snowstorm shuts schools across three states",
        "Review: a quiet, devastating novel about memory",
        "The best budget laptops for students this year",
        "City council approves new bike lanes downtown",
    ],
    "baltic": [
        "Riga port handles record container volumes",
        "Basketball: Vilnius side clinch late win",
        "Estonian start-up raises funds for delivery robots",
        "Storm warning issued for the Gulf of Finland",
    ],
    "ledger": [
        "Heatwave: what to do if your train is cancelled",
        "Premier League: late drama at the Emirates",
        "House prices edge up for third month",
        "Celebrity chef opens restaurant in Leeds",
    ],
    "courier": [
        "Hong Kong property prices hit new high",
        "Typhoon signal No 8 raised as storm nears",
        "Five dim sum spots locals swear by",
        "Shenzhen tech firm unveils folding phone",
    ],
    "frontier": [
        "Monsoon rains flood parts of Karachi",
        "Cricket: openers put hosts in control on day one",
        "Petrol prices unchanged for second week",
        "Lahore literary festival announces line-up",
    ],
    "continental": [
        "Why Europe's night trains are coming back",
        "Brussels diary: the week in the Parliament",
        "Five books to understand the euro crisis",
        "Interview: the mayor who banned cars",
    ],
    "policydesk": [
        "Explainer: How sanctions actually work",
        "Explainer: What is the Open Skies treaty?",
        "Explainer: The WTO's dispute system in five questions",
    ],
    "novosti": [
        "In Moscow the temperature records of the century were broken",
        "The Central Bank has lowered the key rate",
        "Lavrov will hold negotiations with the Minister of Foreign Affairs of Japan",
    ],
    "wirecast": [
        "Oil prices steady ahead of OPEC meeting",
        "Dollar edges higher as investors await jobs data",
    ],
}

COMMENTS = {
    "us-russia-arms": [
        ("cold_warrior_58", "Talks about talks. We have seen this movie before."),
        ("M. Brenner", "At least they are talking. The alternative is much worse."),
        ("nuclear_nerd", "People forget that the inspections are the most important part of New START."),
        ("Frank from Ohio", "\"Constructive\" means nothing happened. Every time."),
    ],
    "eu-china-trade": [
        ("tradewatcher", "Europe should have done this years ago."),
        ("L. Chen", "Tariffs only make batteries more expensive for consumers."),
        ("Brussels insider", "The real fight is over subsidies, not batteries."),
    ],
    "india-pakistan-crisis": [
        ("peace_first", "Both governments need to step back. Ordinary people pay the price."),
        ("Rahul K", "Proud of our pilot. Welcome home!"),
        ("A. Siddiqui", "Dialogue is the only way forward."),
    ],
    "g20-osaka": [
        ("globalist_no_more", "Another summit, another communique nobody will read."),
        ("Yuki T.", "Osaka was a ghost town all weekend."),
    ],
    "france-fuel-protests": [
        ("Jean-Marc", "People in the countryside have no choice but to drive."),
        ("green_commuter", "Someone has to pay for the transition."),
        ("Sophie L.", "Violence discredits the movement."),
    ],
}

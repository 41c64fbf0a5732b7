# Storyline "india-pakistan-crisis": a border crisis in Kashmir, September-October 2019.
# All text is original fiction written for dyad's tests and demo (the shelling, the downed
# jet, the pilot and the hotline agreement are invented).
#
#   2019-09-09 Mon night  exchange of fire along the Line of Control
#   2019-09-12 Thu        Pakistan shoots down an Indian MiG-29, captures Sqn Ldr Karan Bhatia;
#                         Pakistan closes its airspace; Imran Khan's televised address
#   2019-09-13 Fri        Guterres calls for restraint, phones Qureshi and Jaishankar;
#                         Khan tells parliament the pilot will be released
#   2019-09-15 Sun        pilot returns through Wagah-Attari; airspace partly reopened
#   2019-09-27 Fri        Khan and Modi address the UN General Assembly, do not meet
#   2019-10-15 Tue        DGMO hotline talks: both armies agree to observe the 2003 ceasefire

S = "india-pakistan-crisis"

ARTICLES = [
dict(
    id="india-pakistan-loc-shelling",
    storyline=S, outlet="frontier", format="text",
    url="https://frontiertimes.example/south-asia/india-pakistan-trade-fire-along-line-of-control-four-killed",
    published="2019-09-10", time="20:15",
    author="Farah Qadir and Vikram Sethi",
    title="India, Pakistan trade fire along Line of Control; four soldiers killed",
    dateline="NEW DELHI/ISLAMABAD",
    copy_of=None,
    watch="Watch: Villagers near the Line of Control describe the night of shelling",
    body="""
NEW DELHI/ISLAMABAD — Indian and Pakistani troops exchanged heavy artillery fire along the Line of Control in Kashmir on Monday night, killing at least four soldiers, officials on both sides said on Tuesday, in the worst fighting on the de facto border in months.

The Indian Army said three of its soldiers were killed when Pakistani troops opened fire "without provocation" on forward posts in the Uri sector late on Monday. An army spokesman said Indian forces had "responded strongly and effectively".

Pakistan's military said one of its soldiers and two civilians were killed and seven people wounded when Indian shells hit villages in the Neelum valley. In a statement, the military's media wing said Pakistani troops had responded "befittingly" and destroyed several Indian posts, a claim India denied.

New Delhi accused Islamabad of using the shelling to cover attempts by militants to cross into Indian-administered Kashmir. External Affairs Minister S. Jaishankar told reporters that Pakistan "must stop using terror as an instrument of state policy".

"We have shown restraint for a long time. That restraint should not be mistaken for weakness," Jaishankar said.

Pakistan's Foreign Minister Shah Mahmood Qureshi rejected the charge, saying India was trying to divert attention from "the situation inside Kashmir". The foreign ministry in Islamabad said it had summoned a senior Indian diplomat to lodge a strong protest.

"Pakistan does not want war, but if war is imposed on us, we will respond with full force," Qureshi told a news conference in Islamabad.

Tensions between the neighbours have risen sharply since last month, when India revoked the special constitutional status of Jammu and Kashmir and imposed restrictions on movement and communications in the region.

Both countries claim Kashmir in full but rule it in part. The nuclear-armed rivals have fought two of their three wars over the Himalayan region since independence from Britain in 1947.
"""),

dict(
    id="india-pakistan-jet-downed",
    storyline=S, outlet="frontier", format="html",
    url="https://frontiertimes.example/south-asia/pakistan-shoots-down-indian-jet-captures-pilot-airspace-closed",
    published="2019-09-13", time="07:45",
    author="Farah Qadir",
    title="Pakistan shoots down Indian jet, captures pilot; airspace closed",
    dateline="ISLAMABAD",
    copy_of=None,
    caption="Pakistani soldiers near the wreckage of the Indian aircraft on Thursday. Photo: Frontier Times",
    body="""
ISLAMABAD — Pakistan said it shot down an Indian Air Force jet over Pakistan-administered Kashmir on Thursday and captured its pilot, a dramatic escalation of the conflict between the nuclear-armed neighbours that prompted Islamabad to close its airspace to all commercial flights.

India confirmed that one of its MiG-29 fighters had been lost during “an engagement” with Pakistani aircraft and said its pilot, Squadron Leader Karan Bhatia, was “missing in action”. Pakistan’s military later released photographs showing the pilot in custody.

Prime Minister Imran Khan, in a televised address on Thursday night, said Pakistan had acted in self-defence after Indian aircraft crossed the Line of Control, and offered talks. “We do not want this to escalate. History tells us that wars are easy to begin and very hard to end,” Khan said.

“I ask the Indian government: with the weapons that you have and the weapons that we have, can we afford a miscalculation?

“Let us sit down and talk. Pakistan is ready,” he said.

Indian Prime Minister Narendra Modi chaired a meeting of the Cabinet Committee on Security in New Delhi on Thursday night. He did not comment publicly on the incident, but a senior government official said India would “take every step necessary to bring our pilot home”.

US Secretary of State Mike Pompeo spoke by telephone with External Affairs Minister S. Jaishankar and Pakistan’s Foreign Minister Shah Mahmood Qureshi, urging both sides to “avoid further military action”, the State Department said.

Pakistan’s Civil Aviation Authority said in a notice that the country’s airspace would remain closed “until further notice”, forcing airlines flying between Europe and South-East Asia to take long detours. Several flights to Lahore and Karachi were cancelled.

The Pakistani military spokesman, Major General Asif Ghafoor, told reporters in Rawalpindi that the pilot was “safe and receiving medical care”. He said Pakistan had “no intention” of holding him longer than necessary, but gave no timetable for his return.

The incident came three days after the heaviest exchange of artillery fire along the Line of Control in months, which killed at least four soldiers. India accused Pakistan of sheltering militants; Islamabad denied the charge.
"""),

dict(
    id="india-pakistan-un-restraint",
    storyline=S, outlet="wirecast", format="jsonl-html",
    url="https://wirecast.example/news/2019/09/13/un-guterres-india-pakistan-restraint",
    published="2019-09-13", time="21:05",
    author="James Okoro",
    title="U.N. chief urges India and Pakistan to step back from the brink",
    dateline="UNITED NATIONS, Sept 13",
    copy_of=None,
    body="""
UNITED NATIONS, Sept 13 (Wirecast) — U.N. Secretary-General Antonio Guterres on Friday urged India and Pakistan to exercise "maximum restraint" and offered to help defuse the crisis between them, a day after Pakistan shot down an Indian fighter jet over Kashmir.

"The Secretary-General appeals to both governments to take immediate steps to de-escalate," U.N. spokesman Stephane Dujarric told reporters in New York. "His good offices are always available if both sides ask for them."

Guterres spoke by telephone with Pakistani Foreign Minister Shah Mahmood Qureshi and Indian External Affairs Minister Subrahmanyam Jaishankar on Friday, Dujarric said.

India has long rejected any third-party role in its disputes with Pakistan. Indian foreign ministry spokesman Raveesh Kumar said New Delhi appreciated the Secretary-General's concern but that India "does not need mediation" and would deal with Pakistan bilaterally.

China, which has close ties with Islamabad, called on both sides to remain calm. Chinese Foreign Ministry spokesman Geng Shuang said Beijing was in contact with both capitals and hoped they would "resolve their differences through dialogue."

In Washington, the White House said President Donald Trump had been briefed on the situation. Trump told reporters that "we'd like to see them get along" and that "a lot of people are working on it."

Pakistani Prime Minister Imran Khan told a joint session of parliament on Friday that the captured Indian pilot, Squadron Leader Karan Bhatia, would be released "as a gesture of peace," but did not say when. India welcomed the announcement but said it expected the pilot to be returned "without delay."

Pakistan's airspace remained closed to commercial traffic on Friday, and Pakistan International Airlines cancelled all domestic and international flights for a second day.
"""),

dict(
    id="india-pakistan-pilot-released",
    storyline=S, outlet="frontier", format="html.gz",
    url="https://frontiertimes.example/south-asia/captured-indian-pilot-returns-home-through-wagah-crossing",
    published="2019-09-16", time="09:20",
    author="Vikram Sethi",
    title="Captured Indian pilot returns home through Wagah crossing",
    dateline="AMRITSAR",
    copy_of=None,
    caption="Crowds wait at the Attari border post on Sunday. Photo: Frontier Times",
    body="""
AMRITSAR — An Indian Air Force pilot captured by Pakistan last week returned home on Sunday evening through the Wagah-Attari border crossing, in a gesture that officials on both sides said had helped to ease the worst crisis between the nuclear-armed neighbours in years.

Squadron Leader Karan Bhatia, whose MiG-29 was shot down over Pakistan-administered Kashmir on September 12, walked across the border shortly after 9 p.m. accompanied by Pakistani officials and was received by senior Indian Air Force officers.

Prime Minister Imran Khan had announced the release on Friday, telling parliament that Pakistan wanted “peace, not point-scoring”.

Indian Prime Minister Narendra Modi tweeted that the nation was proud of the pilot’s courage. “Welcome home. India salutes you,” he wrote.

External Affairs Minister S. Jaishankar welcomed the release but said India’s position had not changed. “The return of our pilot is welcome. It does not change the fact that cross-border terrorism must end,” Jaishankar told reporters in New Delhi on Monday.

Pakistan’s Foreign Minister Shah Mahmood Qureshi said he hoped New Delhi would reciprocate. “Pakistan has taken a step. Now it is for India to take one,” he said in a statement.

Pakistan partially reopened its airspace on Sunday, allowing international overflights on two routes, but flights between the two countries remain suspended.

Hundreds of people waving Indian flags gathered on the Attari side of the border from early afternoon. The daily flag-lowering ceremony at the crossing was cancelled for the third day running.

Despite the release, the two governments have held no direct talks, and the Indian Army said shelling continued overnight in parts of the Poonch sector.
"""),

dict(
    id="india-pakistan-unga",
    storyline=S, outlet="frontier", format="jsonl-text",
    url="https://frontiertimes.example/south-asia/khan-and-modi-address-un-but-do-not-meet",
    published="2019-09-27", time="23:50",
    author="Farah Qadir",
    title="Khan and Modi address UN within hours of each other but do not meet",
    dateline="NEW YORK",
    copy_of=None,
    body="""
NEW YORK — Pakistani Prime Minister Imran Khan and Indian Prime Minister Narendra Modi addressed the UN General Assembly within hours of each other on Friday, but the two leaders did not meet, and their foreign ministers held no talks during a week in New York that diplomats had hoped might ease the crisis between the neighbours.

Khan used his speech to warn of "the danger of a conflict between two nuclear-armed states" and called on the international community to press India to lift restrictions in Kashmir. He said the shooting down of an Indian jet this month had shown "how close we came".

Modi did not mention Pakistan by name. He told the assembly that no country could "stand aside" in the fight against terrorism and that the international community must act together against it.

Pakistan's Foreign Minister Shah Mahmood Qureshi told reporters that Pakistan had offered talks "at any level, at any time". According to Qureshi, India had "not responded".

Indian foreign ministry spokesman Raveesh Kumar said that "talks and terror cannot go together" and that the onus was on Islamabad to act against militant groups.

US President Donald Trump, who met both leaders in New York earlier this week, told reporters that he was "ready to help" if both sides asked. India has rejected any mediation.

The crisis began with an exchange of artillery fire along the Line of Control on September 9 and peaked three days later, when Pakistan shot down an Indian MiG-29 and captured its pilot. He was returned through the Wagah crossing on September 15.

Pakistan's airspace remains closed to Indian flights, forcing Air India to reroute services to Europe and North America.
"""),

dict(
    id="india-pakistan-hotline-talks",
    storyline=S, outlet="frontier", format="warc",
    url="https://frontiertimes.example/south-asia/india-pakistan-military-chiefs-agree-to-observe-ceasefire",
    published="2019-10-16", time="08:30",
    author="Vikram Sethi",
    title="India, Pakistan military chiefs agree to observe ceasefire after hotline talks",
    dateline="NEW DELHI",
    copy_of=None,
    caption="An Indian Army post near the Line of Control. Photo: Frontier Times",
    body="""
NEW DELHI — Senior military officers of India and Pakistan agreed on Tuesday to “strictly observe” a 2003 ceasefire along the Line of Control in Kashmir, in the first direct contact between the two armies since last month’s crisis.

The Directors General of Military Operations of the two armies spoke over their hotline for about 40 minutes, according to a joint statement issued in New Delhi and Rawalpindi. It was the first such joint statement in more than a year.

“Both sides agreed to respect the ceasefire and to settle any incident through the hotline and local flag meetings rather than by fire,” the statement said.

Major General Asif Ghafoor, the Pakistani military spokesman, tweeted that the agreement was “a positive development for peace in the region”. An Indian Army spokesman said the talks had been “professional and businesslike”.

External Affairs Minister S. Jaishankar welcomed the agreement but said that “the proof will be on the ground”. Pakistan’s Foreign Minister Shah Mahmood Qureshi called it “a step in the right direction” and said Islamabad was ready for a broader dialogue.

Pakistan’s Civil Aviation Authority said the country would reopen its airspace to Indian flights from Friday, ending restrictions imposed on September 12, when Pakistan shot down an Indian fighter jet over Kashmir.

Analysts cautioned that previous ceasefire pledges had broken down within weeks. “If the two sides are able to keep the guns quiet through the winter, there may be room for a political dialogue next year,” said Ayesha Rahim, a security analyst in Lahore. “But that is a big if.”

At least 11 soldiers and six civilians were killed in shelling on both sides of the Line of Control during the crisis, according to official figures.
"""),
]

COPIES = []

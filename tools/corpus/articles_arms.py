# Storyline "us-russia-arms": US-Russia arms-control talks, January-October 2019.
# All text is original fiction written for dyad's tests and demo.
#
# Timeline of leader and minister contacts in this storyline (used by the others too):
#   2019-01-24 Thu  Trump-Putin phone call (New START)
#   2019-02-01 Fri  Pompeo announces US suspension of INF obligations
#   2019-02-02 Sat  Putin: Russia suspends its obligations too
#   2019-03-12 Tue  Pompeo-Lavrov meeting in Geneva; expert talks set for Vienna, April 16-17
#   2019-03-20 Wed  US Treasury sanctions three Russian defence firms
#   2019-04-12 Fri  State Department calls off the Vienna expert talks
#   2019-06-20 Thu  Kremlin (Ushakov): Putin and Trump will meet in Osaka on June 28
#   2019-06-28 Fri  Trump-Putin meeting in Osaka (G20)
#   2019-08-02 Fri  INF treaty ends; Trump-Putin phone call in the evening
#   2019-08-18 Sun  Pentagon tests a ground-launched cruise missile
#   2019-10-08 Tue  Pompeo-Lavrov meeting in Geneva (second, look-alike of March 12)

S = "us-russia-arms"

ARTICLES = [
dict(
    id="arms-phone-call-january",
    storyline=S, outlet="meridian", format="html",
    url="https://www.meridianpost.example/world/2019/01/25/trump-putin-call-new-start/",
    published="2019-01-25", time="11:42",
    author="Helen Carver",
    title="Trump and Putin discuss nuclear treaty in first call of the year",
    dateline="WASHINGTON",
    copy_of=None,
    caption="President Donald Trump at the White House on Thursday. Photo: Meridian Post/Jon Ellis",
    body="""
WASHINGTON — President Donald Trump spoke by telephone with Russian President Vladimir Putin on Thursday, the White House said, in a call that focused on the future of the last remaining treaty limiting the two countries’ strategic nuclear arsenals.

The two leaders discussed New START, which caps deployed warheads at 1,550 on each side and is due to expire in February 2021 unless it is extended, according to a White House readout released Thursday night.

“The President and President Putin agreed that their teams should keep talking about arms control,” the White House said in a statement. “Both leaders expressed their interest in avoiding a costly new arms race.”

In Moscow, Kremlin spokesman Dmitry Peskov described the conversation as “businesslike and constructive” and said it had been initiated by the American side.

“President Putin stressed that Russia is open to a serious conversation on strategic stability, but it cannot be a conversation in which one side only makes demands,” Peskov told reporters on Friday.

Mr\u00a0Peskov said the two presidents did not discuss Venezuela, where the political crisis has deepened this week, and did not set a date for a meeting. “There is no such understanding yet,” he said.

The call was the first between the two leaders since they exchanged brief greetings at the Group of 20 summit in Buenos Aires at the end of November, after Mr Trump called off a planned meeting with the Russian leader over the seizure of three Ukrainian navy vessels.

Secretary of State Mike Pompeo, who has accused Moscow of violating the 1987 Intermediate-Range Nuclear Forces treaty, said last week that the United States would not “sit idly by.” He told reporters at the State Department that Washington was prepared to suspend its obligations under the INF treaty if Russia did not destroy its 9M729 cruise missiles by early February.

The Russian leader has repeatedly denied that the missile breaches the treaty. Asked whether the issue came up during Thursday’s call, the Kremlin spokesman said only that “all questions on the bilateral agenda” had been touched upon.

Arms-control advocates in Washington welcomed the contact. “Any conversation is better than silence,” said Laura Benning, a nuclear policy analyst at the Ashford Institute. “The worry is that we are heading into 2021 with no treaty at all and no plan B.”

The White House said the president “looks forward to seeing President Putin at the appropriate time.”
"""),

dict(
    id="arms-inf-suspension-kremlin",
    storyline=S, outlet="baltic", format="html",
    url="https://balticwire.example/en/world/kremlin-accuses-washington-inf-suspension-2019-02-02",
    published="2019-02-02", time="16:05",
    author="Marta Kalnina",
    title="Kremlin accuses Washington of ‘destroying’ arms control as US suspends INF treaty",
    dateline="MOSCOW",
    copy_of=None,
    caption="A Russian 9M729 launcher displayed to journalists outside Moscow in January. Photo: Baltic Wire",
    body="""
MOSCOW — The Kremlin on Saturday accused the United States of dismantling the architecture of arms control, a day after Secretary of State Mike Pompeo announced that Washington was suspending its obligations under the Intermediate-Range Nuclear Forces treaty.

President Vladimir Putin said Russia would respond in kind. «Our American partners have announced that they are suspending their participation in the treaty, and we are suspending ours as well,» Putin said at a televised meeting with Foreign Minister Sergei Lavrov and Defence Minister Sergei Shoigu.

The Russian leader said Moscow would not deploy new intermediate-range weapons in Europe or elsewhere unless the United States did so first, and instructed his ministers not to initiate any new disarmament talks. «We will wait until our partners are ready for an equal dialogue,» he said.

Pompeo announced on Friday that the United States would formally withdraw from the 1987 treaty in six months unless Russia came back into compliance by destroying its 9M729 cruise missiles, which Washington says can fly farther than the treaty allows.

“For years we have asked Russia to return to compliance, and for years Russia has refused,” Pompeo told reporters at the State Department. “Our patience has run out.”

Lavrov said Washington had long planned its withdrawal and was using the missile as a pretext. He told reporters that Russia had offered to show the 9M729 to American experts last month, an offer he said “nobody in Washington wanted to hear”.

Kremlin spokesman Dmitry Peskov, speaking to reporters on a conference call, called the decision «a very serious blow» to European security. «Some people in Washington call it a ‘suspension’, but everyone understands what it really means,» Peskov said.

NATO allies backed the US position. Secretary General Jens Stoltenberg said in a statement that the alliance fully supported Washington and called on Russia to use the remaining six months “to return to full and verifiable compliance”.

In Riga, Vilnius and Tallinn, officials said the collapse of the treaty raised fresh security concerns for the Baltic states, which border Russia’s heavily militarised Kaliningrad exclave. Latvian Foreign Minister Edgars Rinkēvičs tweeted that Russia bore “full responsibility” for the treaty’s demise.

The treaty, signed by Ronald Reagan and Mikhail Gorbachev in December 1987, eliminated an entire class of ground-launched missiles with ranges between 500 and 5,500 kilometres. Its collapse would leave New START, which expires in 2021, as the only agreement limiting the two countries’ nuclear forces.
"""),

# ---- Wire original, syndicated four times (see COPIES below) ----
dict(
    id="arms-geneva-talks-wirecast",
    storyline=S, outlet="wirecast", format="atom",
    url="https://wirecast.example/news/2019/03/12/us-russia-geneva-arms-talks",
    published="2019-03-12", time="15:48",
    author="Anna Reiter",
    title="U.S., Russia agree to resume arms-control dialogue after Geneva talks",
    dateline="GENEVA, March 12",
    copy_of=None,
    body="""
GENEVA, March 12 (Wirecast) — U.S. Secretary of State Mike Pompeo and Russian Foreign Minister Sergei Lavrov agreed on Tuesday to restart expert-level talks on strategic stability, the first concrete step toward salvaging arms control between the two nuclear powers since Washington suspended a landmark missile treaty last month.

The two men met for nearly five hours at the U.S. mission in Geneva, their first face-to-face meeting since December. Both described the talks as "constructive" but said deep disagreements remained over the Intermediate-Range Nuclear Forces (INF) treaty.

"We did not solve every problem today, and we did not expect to," Pompeo told reporters after the meeting, "but we agreed that our experts will sit down together, and that is more than we had a month ago."

Lavrov said the experts would meet in Vienna on April 16 and 17 to discuss the future of New START, which expires in February 2021, and what he called "new weapons systems that exist outside any treaty."

"The Russian side is ready to work on an extension of New START without preconditions. We told our American colleagues this again today.

"Whether Washington is ready, we will see in April," Lavrov said.

According to a U.S. official who briefed reporters on condition of anonymity, Pompeo also pressed Lavrov on Russia's military support for Venezuelan President Nicolas Maduro. The two sides did not discuss sanctions, the official said.

Kremlin spokesman Dmitry Peskov said in Moscow that President Vladimir Putin had been briefed on the talks and that the Kremlin regarded them as "useful." He added that a meeting between Putin and U.S. President Donald Trump remained possible on the sidelines of the Group of 20 summit in Osaka in June, although "nothing has been agreed."

If the two sides are able to agree on an extension of New START by the end of the year, it would be the first arms-control success of the Trump administration, analysts said. Washington has said it wants any future agreement to include China, which has refused to join such talks.

"The question is not whether we talk but whether we can still trust what the other side signs," said a senior European diplomat in Geneva, who asked not to be named.

The INF treaty, signed in 1987, will expire in August unless Russia destroys its 9M729 cruise missile, which Washington says violates the pact. Moscow denies the charge and accuses the United States of deploying launchers in Romania that could fire banned missiles.
"""),

dict(
    id="arms-sanctions-march",
    storyline=S, outlet="ledger", format="text",
    url="https://www.dailyledger.example/news/world/kremlin-vows-response-to-new-us-sanctions",
    published="2019-03-21", time="14:20",
    author="Tom Ashworth",
    title="Kremlin vows response to new US sanctions over missile",
    dateline=None,
    copy_of=None,
    watch="Watch: Kremlin spokesman on the new US sanctions",
    body="""
The Kremlin said on Thursday it would respond to new US sanctions targeting Russian defence companies, calling the measures "unfriendly" and a blow to the fragile dialogue on arms control that resumed in Geneva last week.

The US Treasury announced the sanctions on Wednesday, March 20, against three Russian firms and four of their executives it said were involved in developing and producing the 9M729 cruise missile, which Washington says violates the INF treaty.

"These are unfriendly steps which, of course, will not remain without a response," Kremlin spokesman Dmitry Peskov told reporters on a conference call.

Peskov said President Vladimir Putin had not yet discussed the measures with his Security Council, but that the Russian leader had been informed. He said he did not expect the sanctions to derail expert talks planned for next month in Vienna, adding: "We are not the ones who are slamming doors."

According to a notice dated 20/03/2019 and published on the Treasury website, the sanctions freeze any assets the companies hold under US jurisdiction and bar Americans from doing business with them.

"Russia must understand that violations have consequences," Treasury Secretary Steven Mnuchin said in a statement. "The United States will continue to hold Moscow accountable for its destabilising behaviour."

Mr Peskov's comments were echoed by Foreign Minister Sergei Lavrov, who warned that Washington was "playing with fire". Speaking at a news conference in Moscow, Lavrov said the US had imposed dozens of rounds of sanctions on Russia since 2014 "and not one of them has changed our policy".

He said that Moscow had warned Washington three years ago that sanctions would "poison" every other area of cooperation, and that the warning had proved correct.

The sanctions came eight days after Secretary of State Mike Pompeo and Lavrov agreed in Geneva to restart talks on strategic stability. US officials said the two tracks were separate.

"We can talk and hold them accountable at the same time," a State Department spokesman said.

The rouble weakened slightly on the news, trading at 64.9 to the dollar on Thursday afternoon.
"""),

dict(
    id="arms-vienna-talks-cancelled",
    storyline=S, outlet="courier", format="html",
    url="https://www.asiacourier.example/news/world/article/3004512/us-calls-vienna-arms-talks-russia-moscow-cries-foul",
    published="2019-04-13", time="18:57",
    author="Mei Lin Fong",
    title="US calls off Vienna arms talks with Russia, Moscow cries foul",
    subtitle="Expert-level meeting agreed by Pompeo and Lavrov in Geneva last month was due to open on Tuesday",
    dateline=None,
    copy_of=None,
    caption="Russian Deputy Foreign Minister Sergei Ryabkov. Photo: Novosti Wire",
    body="""
The United States has called off expert-level talks with Russia on the future of nuclear arms control that were due to open in Vienna next week, the State Department said on Friday, in the latest setback for relations between Washington and Moscow.

The talks, agreed by Secretary of State Mike Pompeo and Russian Foreign Minister Sergei Lavrov in Geneva last month, had been scheduled for April 16 and 17.

A State Department spokeswoman said Washington had decided to postpone the meeting after Moscow failed to hand over technical data on its 9M729 cruise missile that US officials say Russia had promised to provide in Geneva.

“We went to Geneva in good faith. We expected Russia to come to Vienna with answers, and it has made clear that it will not,” the spokeswoman said.

Moscow reacted angrily. Deputy Foreign Minister Sergei Ryabkov, who was to lead the Russian delegation, said the cancellation was “a deliberate choice” by Washington and accused the Trump administration of looking for excuses to avoid a real dialogue.

“First they cancel, then they say that Russia does not want to talk,” Ryabkov told Novosti Wire. “This is a well-known technique.”

Kremlin spokesman Dmitry Peskov said President Vladimir Putin regretted the decision. Asked whether it could affect a possible meeting between Putin and US President Donald Trump at the Group of 20 summit in Osaka in June, Peskov said: “Contacts at the highest level are a separate matter. The president is open to them.”

The Russian leader’s foreign policy aide, Yuri Ushakov, told reporters that “no one has cancelled Osaka” and that Moscow expected to hear from the White House “in the coming weeks”.

The cancellation is the first since the two countries agreed to restore the dialogue, which had been frozen since Washington announced in February that it would quit the INF treaty. Relations were further strained last month when the US Treasury imposed sanctions on three Russian defence firms.

Analysts said the episode showed how fragile the process was. “Every step forward is followed by a step back,” said Irina Vossberg, an arms-control researcher at the Hanseatic Centre for Security Studies in Hamburg. “At this pace there will be no New START extension before 2021.”

The White House did not respond to a request for comment.
"""),

dict(
    id="arms-osaka-meeting-planned",
    storyline=S, outlet="baltic", format="jsonl-text",
    url="https://balticwire.example/en/world/putin-trump-will-meet-in-osaka-kremlin-says-2019-06-20",
    published="2019-06-20", time="13:10",
    author="Marta Kalnina",
    title="Putin and Trump will meet in Osaka next week, Kremlin says",
    dateline="MOSCOW",
    copy_of=None,
    body="""
MOSCOW — Russian President Vladimir Putin and US President Donald Trump will meet on the sidelines of the Group of 20 summit in Osaka next week, the Kremlin said on Thursday, in what would be their first formal talks since their summit in Helsinki almost a year ago.

Yuri Ushakov, the Kremlin's foreign policy aide, told reporters that the meeting was scheduled for June 28, the first day of the summit, and would last about an hour. "The Americans proposed it, and we agreed," he said.

Ushakov said that strategic stability and the future of New START would top the agenda, along with Syria, Ukraine and Venezuela. He said the two presidents would also discuss the situation around Iran, where tensions with Washington have risen sharply in recent weeks.

Asked whether the leaders would sign any documents, he said: "No, that is not planned. This is a working meeting."

Kremlin spokesman Dmitry Peskov said earlier in the week that Moscow had received no official request, prompting speculation that the meeting might not happen. Mr Peskov said on Thursday that the question had now been "settled".

In Washington, Secretary of State Mike Pompeo said the president would raise arms control and Ukraine. He told reporters that Trump "will be very clear" with the Russian leader, "the way he always is".

The two leaders last spoke by telephone in January, when they agreed that their teams should keep talking about arms control. A round of expert talks planned for Vienna in April was called off by Washington, and no new date has been set.

Trump cancelled a planned meeting with Putin at the last G20 summit in Buenos Aires over Russia's seizure of three Ukrainian navy vessels in the Kerch Strait.

"We hope that this time it will happen," Ushakov said. "But with our American partners you never know until the last minute."
"""),

dict(
    id="arms-osaka-putin-trump-meeting",
    storyline=S, outlet="meridian", format="warc",
    url="https://www.meridianpost.example/world/2019/06/29/trump-putin-osaka-arms-control/",
    published="2019-06-29", time="06:15",
    author="Helen Carver",
    title="Trump and Putin agree to start talks on ‘new’ arms control in Osaka",
    dateline="OSAKA, Japan",
    copy_of=None,
    caption="Donald Trump and Vladimir Putin at the start of their meeting in Osaka on Friday. Photo: Meridian Post/Jon Ellis",
    body="""
OSAKA, Japan — President Donald Trump and Russian President Vladimir Putin agreed on Friday to open talks on what the White House called “a 21st-century model of arms control,” meeting for about 80 minutes on the sidelines of the Group of 20 summit here.

The meeting, the first formal talks between the two leaders since their summit in Helsinki last July, took place in a small conference room at the summit venue. Trump and Putin shook hands before the cameras and exchanged brief remarks.

“We have a lot to discuss, and I think we can do some very good things together,” Trump said, seated beside the Russian leader. “Arms control is number one.”

Putin, speaking through an interpreter, said he was glad to see the president again and that their teams had “prepared well” for the meeting.

According to the White House, the two leaders agreed that Secretary of State Mike Pompeo and Foreign Minister Sergei Lavrov would resume work on strategic stability, including the future of New START, and that the talks should eventually “include China.”

Kremlin spokesman Dmitry Peskov told reporters afterward that the atmosphere had been “good and businesslike.” The Kremlin spokesman said Putin had invited Trump to visit Moscow next year for the 75th anniversary of the end of the Second World War, and that “the invitation was received with interest.”

Peskov said the leaders did not discuss allegations of Russian interference in American elections. Asked by reporters whether the subject had come up, Trump said he would not talk about what was said in private.

Later, the president tweeted that he had had “a very good meeting with President Putin of Russia” and that “much was discussed, including nuclear weapons.”

Democrats in Congress said the president had again failed to confront Putin over Ukraine, where Russia still holds the 24 Ukrainian sailors detained in the Kerch Strait in November.

The two leaders are expected to speak again later in the summer. A Russian official said Yuri Ushakov, the Kremlin’s foreign policy aide, and national security adviser John Bolton would “stay in contact.”
"""),

dict(
    id="arms-novosti-phone-call-august",
    storyline=S, outlet="novosti", format="text",
    url="https://novostiwire.example/en/politics/20190803/putin-trump-phone-inf-fires.html",
    published="2019-08-03", time="10:31",
    author=None,
    title="Putin and Trump by phone discussed the end of INF treaty and the fires in Siberia",
    dateline="MOSCOW, 3 Aug",
    copy_of=None,
    machine_translated=True,
    watch=None,
    body="""
MOSCOW, 3 Aug — Novosti Wire. Russian President Vladimir Putin and American President Donald Trump have had telephone conversation on Friday evening, on the day of termination of the Treaty on intermediate and shorter-range missiles, has reported to journalists the assistant of the Russian leader Yury Ushakov.

According to Ushakov, the initiative of the conversation was from the American side. "The conversation was business, even friendly. The presidents were talking about the situation which was formed after the end of the Treaty, and agreed that the work of foreign ministries should be continued", — said the assistant of the President.

Also trump expressed the sympathy in connection with the forest fires in Siberia and has offered the help of the American side, for which Putin has thanked.

The press secretary of the Russian President Dmitry Peskov later clarified that the question of new meeting of the leaders in the conversation was not discussed. «The concrete dates now are not spoken», he said.

Yesterday, 2 August, the INF Treaty which was signed in 1987 by Mikhail Gorbachev and Ronald Reagan has officially stopped its action. The American side has announced about its exit in February, accusing Moscow of violation of the treaty, that in Moscow was categorically denied.

The Minister of foreign affairs of Russia Sergei Lavrov has stated earlier that the responsibility for the collapse of the treaty lies fully on Washington. "We offered to the Americans all possible variants to save the treaty, but they did not want to listen", — Lavrov said.

According to Peskov, Putin has confirmed to the American colleague that Russia will not deploy such missiles first. "Russia will not be the first, this position of the President is unchanged and it was again told to the American side.

In June the leaders met in Osaka on the sidelines of the summit "Big twenty", where they agreed to begin the consultations on strategic stability. The consultations at the level of experts have not started yet.

Meanwhile the head of Pentagon Mark Esper has declared that the USA intends to test the new land-based missiles in the coming months, which in Moscow was named as the proof that Washington prepared the exit from the treaty beforehand.
"""),

dict(
    id="arms-missile-test-warning",
    storyline=S, outlet="ledger", format="rss",
    url="https://www.dailyledger.example/news/world/russia-accuses-us-of-new-arms-race-after-missile-test",
    published="2019-08-21", time="17:05",
    author="Tom Ashworth",
    title="Russia accuses US of starting ‘new arms race’ after missile test",
    dateline=None,
    copy_of=None,
    body="""
Russia accused the United States on Wednesday of starting a new arms race, three days after the Pentagon tested a ground-launched cruise missile that would have been banned under the now-defunct INF treaty.

The missile was fired from a mobile launcher on San Nicolas Island off the coast of California on Sunday and flew more than 500 kilometres before hitting its target, the Pentagon said in a statement.

“The test on Sunday shows that the Americans were preparing for this for a long time, long before they accused us of anything,” Foreign Minister Sergei Lavrov told reporters in Moscow. “You cannot build and test such a system in two weeks.”

President Vladimir Putin ordered the defence and foreign ministries to analyse the threat posed by the test and to prepare proposals for a response, the Kremlin said.

“It is regrettable,” Kremlin spokesman Dmitry Peskov said, “but it is not surprising. We warned about exactly this.”

On Tuesday night, Deputy Foreign Minister Sergei Ryabkov told state television that Moscow would not be drawn into “a costly race” but would not leave the test unanswered either.

US Defense Secretary Mark Esper said the test was a “prudent” step after Russia’s violations of the treaty. He told reporters at the Pentagon that the United States had no plans to deploy such missiles in Europe, but that Washington wanted “options” in Asia.

China, which was never a party to the INF treaty, said the test showed that Washington had been looking for a way out of the pact all along. Foreign Ministry spokesman Geng Shuang said Beijing would “never allow” the deployment of US intermediate-range missiles near its territory.

The test came less than three weeks after the treaty expired on August 2. Putin and President Donald Trump discussed its end in a telephone call on the same day, according to the Kremlin, and agreed that their foreign ministries should keep talking.

Arms-control experts warned that the collapse of the INF treaty put more pressure on New START, which expires in February 2021. If the treaty is not extended, there will be no limits on the two countries’ strategic arsenals for the first time in almost 50 years.
"""),

dict(
    id="arms-geneva-second-round",
    storyline=S, outlet="baltic", format="html",
    url="https://balticwire.example/en/world/pompeo-lavrov-meet-again-in-geneva-2019-10-09",
    published="2019-10-09", time="09:40",
    author="Andris Ozols",
    title="Pompeo and Lavrov meet again in Geneva, seven months on",
    dateline="GENEVA",
    copy_of=None,
    caption="Sergei Lavrov arrives at the Russian mission in Geneva on Tuesday. Photo: Baltic Wire",
    body="""
GENEVA — Secretary of State Mike Pompeo and Russian Foreign Minister Sergei Lavrov met in Geneva on Tuesday for the second time this year, in talks both sides said had brought an extension of the New START nuclear treaty “closer” but produced no agreement.

The three-hour meeting, held this time at the Russian mission, came seven months after the two men met in the same city in March and agreed to restart expert talks that Washington later called off.

«We have not reached an agreement, but we now have a much clearer picture of what each side needs,» Lavrov told a news conference after the talks.

Pompeo said the United States still wanted China to join any future arms-control framework. “The President has been very clear. A deal that leaves out China is not a deal that serves American interests,” he said. Asked whether Washington would accept a simple five-year extension of New START, he said that “all options remain on the table.”

According to a Russian diplomat, the two ministers agreed that Putin and Trump would speak by phone “in the coming weeks”. The diplomat said there had been no discussion of a new summit.

Kremlin spokesman Dmitry Peskov said President Vladimir Putin had been informed of the results. «If the Americans are ready to extend the treaty, we are ready tomorrow,» Mr Peskov said. «The ball is in their court.»

If the two sides fail to agree on an extension before February 2021, there will be no limits on the two largest nuclear arsenals for the first time since 1972, analysts say.

The talks took place against a background of fresh tension. Last week, the Russian foreign ministry summoned the US ambassador, Jon Huntsman, to protest against visa denials for members of Russia’s delegation to the UN General Assembly.

Pompeo and Lavrov last met in person in Geneva on March 12, when they agreed that experts would meet in Vienna in April. That meeting was cancelled by the State Department days before it was due to open.

Lavrov said that he had invited Pompeo to visit Moscow next year, and that the invitation had been accepted “in principle”.
"""),

dict(
    id="arms-new-start-explainer",
    storyline=S, outlet="policydesk", format="html",
    url="https://policydesk.example/explainers/what-happens-if-new-start-expires/",
    published=None, time=None,
    author="Ruth Okafor",
    title="Explainer: What happens if New START expires?",
    dateline=None,
    copy_of=None,
    caption="Inspectors at a missile base in a handout picture. Photo: The Policy Desk archive",
    body="""
The New Strategic Arms Reduction Treaty, better known as New START, is the last remaining agreement that limits the nuclear arsenals of the United States and Russia. Signed in Prague in April 2010 by Barack Obama and Dmitry Medvedev, it entered into force in February 2011 and expires on 5 February 2021.

The treaty caps each side at 1,550 deployed strategic warheads and 700 deployed missiles and heavy bombers. It also allows each side to carry out 18 short-notice inspections a year and requires regular exchanges of data, which officials on both sides describe as the most valuable part of the agreement.

Can it be extended? Yes. The treaty allows a single extension of up to five years if both presidents agree. No new ratification by the US Senate or the Russian State Duma is required.

Russian President Vladimir Putin has said that Moscow is ready to extend it, and Kremlin spokesman Dmitry Peskov has repeatedly said that the Russian side is waiting for Washington’s answer. The Trump administration has said it wants a broader agreement that covers new kinds of weapons and includes China.

"The extension is the easy part," said Daniel Ferreira, a former State Department arms-control official who now teaches at a university in Virginia. "The hard part is that nobody in either capital trusts the other side to keep its word."

What if it lapses? For the first time in almost half a century, there would be no legally binding limits on the two largest nuclear arsenals in the world. Inspections and data exchanges would stop, and each side would have to rely on satellites and intelligence to estimate what the other is building.

"Without the data exchanges, each side will assume the worst about the other," Ferreira said. "And when you assume the worst, you build more."

What about China? Beijing’s arsenal is estimated at around 300 warheads, a fraction of the American and Russian stockpiles. China’s foreign ministry has said that it has “no interest” in joining trilateral talks and that Washington and Moscow, which hold more than 90 per cent of the world’s nuclear weapons, should cut first.

What comes next? Much depends on the two leaders. If Trump and Putin decide to extend the treaty, it could be done with an exchange of diplomatic notes in a matter of days. If they do not, the clock will simply run out.
"""),
]

# Syndicated copies of the Wirecast Geneva story. Each copy names its edits;
# make_corpus.py applies them to the original's paragraphs.
COPIES = [
dict(
    id="arms-geneva-talks-meridian",
    copy_of="arms-geneva-talks-wirecast",
    outlet="meridian", format="html",
    url="https://www.meridianpost.example/world/2019/03/12/pompeo-lavrov-geneva-arms-talks-wire/",
    published="2019-03-12", time="12:30",
    author="Wirecast",
    title="Pompeo and Lavrov agree to revive arms-control talks in Geneva",
    caption="Mike Pompeo and Sergei Lavrov before their talks in Geneva on Tuesday. Photo: Wirecast",
    edits=[("smart_quotes",), ("drop_last", 1)],
),
dict(
    id="arms-geneva-talks-dailyledger",
    copy_of="arms-geneva-talks-wirecast",
    outlet="ledger", format="text",
    url="https://www.dailyledger.example/news/world/us-and-russia-to-restart-arms-talks",
    published="2019-03-12", time="18:02",
    author="Wirecast",
    title="US and Russia to restart arms talks",
    watch="Watch: Pompeo and Lavrov speak after Geneva meeting",
    edits=[
        ("replace", "U.S.", "US"),
        ("append", 'Britain\'s Foreign Secretary Jeremy Hunt welcomed the agreement. "Dialogue between Washington and Moscow on arms control is in everyone\'s interest, and Britain will support it," he said in a statement.'),
    ],
),
dict(
    id="arms-geneva-talks-balticwire",
    copy_of="arms-geneva-talks-wirecast",
    outlet="baltic", format="jsonl-html",
    url="https://balticwire.example/en/world/us-and-russia-agree-to-restart-arms-talks-2019-03-12",
    published="2019-03-12", time="19:25",
    author="Wirecast",
    title="US and Russia agree to restart arms talks after Geneva meeting",
    edits=[
        ("insert", 8, "In Vilnius, Lithuania's foreign ministry said in a statement that any new agreement must take into account the security of NATO's eastern flank, where Russia has deployed nuclear-capable Iskander missiles in the Kaliningrad region."),
    ],
),
dict(
    id="arms-geneva-talks-asiacourier",
    copy_of="arms-geneva-talks-wirecast",
    outlet="courier", format="warc",
    url="https://www.asiacourier.example/news/world/article/3001187/washington-and-moscow-hold-arms-talks-vienna-next-month",
    published="2019-03-12", time="23:58",
    author="Wirecast",
    title="Washington and Moscow to hold arms talks in Vienna next month",
    subtitle="Pompeo and Lavrov meet for nearly five hours in Geneva",
    edits=[
        ("drop_last", 1),
        ("append", "In Beijing, Chinese Foreign Ministry spokesman Geng Shuang said on Tuesday that China would not take part in trilateral arms-control negotiations, and that the United States and Russia bore \"special responsibility\" for nuclear disarmament."),
    ],
),
]

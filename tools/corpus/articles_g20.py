# Storyline "g20-osaka": the G20 summit in Osaka, 28-29 June 2019.
# All text is original fiction written for dyad's tests and demo (the summit took place;
# the quotes, meetings' details and figures here are invented).
#
#   2019-06-27 Thu  Abe meets Xi; Abe meets Modi
#   2019-06-28 Fri  summit opens; Trump meets Abe, Modi, Merkel; Trump-Putin meeting (afternoon)
#   2019-06-29 Sat  Trump-Xi meeting; declaration adopted; Abe-Putin; Trump leaves for Seoul

S = "g20-osaka"

ARTICLES = [
dict(
    id="g20-osaka-preview",
    storyline=S, outlet="courier", format="html",
    url="https://www.asiacourier.example/news/asia/east-asia/article/3016102/abe-prepares-host-divided-g20-trump-xi-meeting-looms",
    published="2019-06-26", time="19:03",
    author="Kenji Morimoto",
    title="Abe prepares to host a divided G20 as Trump-Xi meeting looms",
    subtitle="Japanese leader wants Osaka summit to back free trade and new rules for data",
    dateline="TOKYO",
    copy_of=None,
    caption="Police officers outside the summit venue in Osaka on Wednesday. Photo: Asia Courier/Kenji Morimoto",
    body="""
TOKYO — Japanese Prime Minister Shinzo Abe will welcome the leaders of the world’s biggest economies to Osaka on Friday for a two-day Group of 20 summit overshadowed by the trade war between the United States and China and by rising tensions in the Gulf.

Abe, who is hosting the G20 for the first time, wants the summit to endorse free trade and to launch talks on international rules for the flow of data, a project he calls “data free flow with trust”.

“Japan will be an honest broker. We will look for common ground, not highlight our differences,” Abe told reporters in Tokyo on Wednesday.

The most closely watched event will take place on the sidelines. US President Donald Trump and Chinese President Xi Jinping will meet on Saturday, officials in Washington and Beijing confirmed this week, in their first face-to-face talks since a dinner in Buenos Aires in December.

Trump said last week that he would have an “extended meeting” with Xi and that a trade deal was “possible but not necessary”. Chinese officials have said Beijing will not accept an agreement that harms its “core interests”.

Abe himself will hold more than a dozen bilateral meetings. He will meet Xi and Indian Prime Minister Narendra Modi on Thursday, Trump on Friday and Russian President Vladimir Putin on Saturday, according to the foreign ministry.

The Kremlin said last week that Putin and Trump would meet in Osaka on Friday, their first formal talks since Helsinki last year.

Chief Cabinet Secretary Yoshihide Suga said about 30,000 police officers would be deployed in the city, and that schools and some roads would be closed. The Osaka Chamber of Commerce & Industry advised companies to let employees work from home.

Agreement on a final communique will not be easy. French President Emmanuel Macron has said France will not sign a statement that weakens commitments on climate change, while US officials have resisted any language criticising protectionism.
"""),

dict(
    id="g20-osaka-day-one",
    storyline=S, outlet="courier", format="warc",
    url="https://www.asiacourier.example/news/asia/east-asia/article/3016377/g20-opens-osaka-flurry-bilateral-meetings",
    published="2019-06-28", time="22:18",
    author="Kenji Morimoto",
    title="G20 opens in Osaka with a flurry of bilateral meetings",
    subtitle="Trump meets Abe, Modi and Putin on first day as leaders search for a common statement",
    dateline="OSAKA",
    copy_of=None,
    caption="Leaders pose for the family photo in Osaka on Friday. Photo: Asia Courier",
    body="""
OSAKA — The Group of 20 summit opened in Osaka on Friday with a call from Japanese Prime Minister Shinzo Abe for leaders to set aside their differences, as much of the day’s business took place in a series of bilateral meetings on the sidelines.

“The world economy faces many risks. Only by working together can we overcome them,” Abe said in his opening remarks. “Let us show that the G20 can still deliver.”

US President Donald Trump began the day with a breakfast meeting with Abe, at which the two leaders discussed trade and North Korea. He then met Indian Prime Minister Narendra Modi, whom he congratulated on his re-election victory last month.

“We have become great friends, and our countries have never been closer,” Trump said as he sat down with Modi. The Indian leader said he wanted to discuss trade, defence and Iran, according to India’s foreign ministry.

Trump and Modi later joined Abe for a trilateral meeting, and the US president also met German Chancellor Angela Merkel.

In the afternoon, Trump held his first formal talks with Russian President Vladimir Putin since their summit in Helsinki last year. The two leaders met for about 80 minutes and agreed to begin talks on arms control, according to the White House. The Kremlin described the atmosphere as “good and businesslike”.

Chinese President Xi Jinping, who met Abe on Thursday, is due to meet Trump on Saturday morning in the most closely watched encounter of the summit.

Negotiators worked late into the night on the leaders’ declaration. Diplomats said the main obstacles were language on trade and on climate change, where the United States remains isolated.

Outside the summit venue, Osaka was unusually quiet. Many shops were closed and thousands of police officers patrolled streets from which traffic had largely been banned.
"""),

dict(
    id="g20-trump-xi-meeting",
    storyline=S, outlet="ledger", format="rss",
    url="https://www.dailyledger.example/news/world/trump-and-xi-agree-to-restart-trade-talks-in-osaka",
    published="2019-06-29", time="09:55",
    author="Tom Ashworth",
    title="Trump and Xi agree to restart trade talks in Osaka",
    dateline="OSAKA",
    copy_of=None,
    body="""
OSAKA — Donald Trump and Xi Jinping agreed on Saturday to resume trade negotiations between the United States and China, with the US president saying he would hold off on new tariffs on Chinese goods "for the time being".

The two leaders met for about 90 minutes on the sidelines of the G20 summit in Osaka, in their first face-to-face talks since December.

"We had an excellent meeting. We're going to keep talking, and we'll see what happens," Trump told reporters afterwards. Asked whether a deal was close, he said: "It could happen. It may not happen. But we're back on track."

According to Chinese state media, Xi told Trump that dialogue was "better than confrontation" and that the two countries should resolve their differences "on the basis of equality and mutual respect".

US Trade Representative Robert Lighthizer and Treasury Secretary Steven Mnuchin will lead the American side in the new talks and are expected to meet Chinese Vice-Premier Liu He in the coming weeks, US officials said.

The truce was welcomed by other leaders in Osaka, who had warned that the trade war was slowing the global economy. "A pause is better than an escalation," one European official said.

Trump did not say which tariffs he was holding back, but officials said he meant a threatened levy on a further $300 billion of Chinese imports.

European Council President Donald Tusk, asked whether Europe feared being squeezed between Washington and Beijing, said the EU's own talks with China were continuing "in parallel".

Stock markets in Asia are expected to rise when they reopen on Monday.
"""),

dict(
    id="g20-osaka-communique",
    storyline=S, outlet="meridian", format="html",
    url="https://www.meridianpost.example/world/2019/06/30/g20-osaka-declaration-climate-split/",
    published="2019-06-30", time="07:10",
    author="Helen Carver",
    title="G20 leaders adopt Osaka declaration but split on climate",
    dateline="OSAKA, Japan",
    copy_of=None,
    caption="Shinzo Abe at his closing news conference in Osaka on Saturday. Photo: Meridian Post/Jon Ellis",
    body="""
OSAKA, Japan — Leaders of the Group of 20 adopted a declaration on Saturday that committed them to work toward “a free and fair trading environment” but left the United States isolated on climate change, in a summit that host Shinzo Abe called “a step forward in difficult times.”

Nineteen of the 20 members reaffirmed their commitment to the Paris climate agreement. A separate paragraph set out the position of the United States, which is withdrawing from the accord.

“We did not hide our differences, but we did not let them stop us,” Abe told his closing news conference. “This is what the G20 is for.”

French President Emmanuel Macron said he was satisfied that the text had not weakened earlier commitments on climate. “There was no backsliding, and that was our red line,” he told reporters.

The declaration also launched what Japan calls the “Osaka Track,” a process for negotiating international rules on the digital economy and data. India, Indonesia and South Africa declined to sign up to it.

President Donald Trump, who left Osaka on Saturday afternoon for South Korea, did not attend the closing session. White House officials said he was pleased with the outcome, in particular his meeting with Chinese President Xi Jinping, with whom he agreed to restart trade talks.

Russian President Vladimir Putin told his closing news conference that his meeting with Trump on Friday had been “useful” and that the two had agreed to continue contacts. He said he expected to meet the American president again “when the time is right.”

Putin also met Abe on Saturday. The two leaders agreed to continue talks on a peace treaty formally ending the Second World War, but reported no progress on their dispute over the southern Kuril islands, which Japan calls the Northern Territories.

Saudi Arabia will host the next G20 summit next year, the first to be held in an Arab country.
"""),
]

COPIES = []

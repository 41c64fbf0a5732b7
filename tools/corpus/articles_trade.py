# Storyline "eu-china-trade": EU-China dispute over battery-cell duties, January-September 2019.
# All text is original fiction written for dyad's tests and demo.
#
#   2019-01-15 Tue  European Commission imposes provisional duties on Chinese battery cells
#   2019-02-19 Tue  China files a WTO complaint
#   2019-04-09 Tue  EU-China summit in Brussels (Tusk, Juncker, Li Keqiang): 30 days of talks
#   2019-05-09      30-day deadline passes
#   2019-05-27 Mon  Wang Yi - Mogherini phone call
#   2019-06-03..05  Malmstrom visits Beijing
#   2019-07-15 Mon  EU makes the duties definitive
#   2019-09-17 Tue  China opens anti-dumping probe into EU brandy

S = "eu-china-trade"

ARTICLES = [
dict(
    id="trade-battery-duties",
    storyline=S, outlet="courier", format="html",
    url="https://www.asiacourier.example/economy/china-economy/article/2999014/china-vows-defend-firms-after-eu-imposes-duties-battery-cells",
    published="2019-01-16", time="21:12",
    author="Mei Lin Fong",
    title="China vows to defend its firms after EU imposes duties on battery cells",
    subtitle="Brussels says Chinese producers undercut European rivals with cheap state loans and subsidised power",
    dateline=None,
    copy_of=None,
    caption="A battery assembly line in Jiangsu province. Photo: Asia Courier/Lam Ka-wai",
    body="""
China said on Wednesday it would “resolutely defend” the rights of its companies after the European Union imposed provisional anti-subsidy duties of up to 31.4 per cent on lithium-ion battery cells made in China, the latest in a string of trade measures that have soured relations between Beijing and Brussels.

The European Commission announced the duties on Tuesday, saying an investigation launched last year had found that Chinese producers benefited from cheap state loans and subsidised land and electricity, allowing them to undercut European rivals by as much as 40 per cent.

“We welcome open trade, but it has to be fair trade,” EU Trade Commissioner Cecilia Malmström said in a statement. “Europe cannot stand by while its industry is undermined by massive subsidies.”

China’s commerce ministry hit back. Spokesman Gao Feng told a regular briefing in Beijing that the decision was “a typical act of trade protectionism” and said China would “take all necessary measures” to protect its interests, including at the World Trade Organization.

“We hope the European side will keep its promise to ‘oppose all forms of protectionism’ and correct its mistake as soon as possible,” Gao said.

The duties will apply from Thursday for six months while the Commission completes its investigation. Definitive duties, if imposed, would normally last five years.

European battery makers welcomed the move. The EuroCell Alliance, which represents 14 manufacturers, said in a statement that it had been “waiting for this decision for two years”. Analysts at the Brussels consultancy Vandermeer & Roos said the duties would add about €40 to the cost of a typical electric scooter battery pack.

Foreign Minister Wang Yi, asked about the dispute at a news conference with a visiting counterpart, said that China and the EU were “partners, not rivals” and should handle their differences through dialogue.

Trade between the EU and China exceeded €600 billion last year. The two sides are due to hold a summit in Brussels in April, where European officials want Beijing to commit to new rules on industrial subsidies. Chinese Premier Li Keqiang is expected to attend.
"""),

dict(
    id="trade-wto-complaint",
    storyline=S, outlet="meridian", format="html",
    url="https://www.meridianpost.example/business/2019/02/20/china-wto-complaint-eu-battery-duties/",
    published="2019-02-20", time="08:05",
    author="Sophie Laurent",
    title="China takes EU to the WTO over battery duties",
    dateline="BRUSSELS",
    copy_of=None,
    caption="The headquarters of the European Commission in Brussels. Photo: Meridian Post/Anne Devos",
    body="""
BRUSSELS — China filed a complaint at the World Trade Organization on Tuesday against the European Union’s duties on Chinese battery cells, escalating a dispute that threatens to overshadow a summit between the two sides in April.

In a request for consultations circulated by the WTO in Geneva, Beijing said the provisional duties imposed by the EU last month were “inconsistent” with the bloc’s obligations and had been calculated using “distorted and arbitrary” methods.

China’s commerce ministry said in a statement that Beijing had been “forced” to act after the European side ignored its concerns. “China has always been committed to resolving trade frictions through consultation,” the statement said. “But patience has its limits.”

The European Commission said it was confident its measures complied with WTO rules. “We will defend our decision vigorously in Geneva,” a Commission spokesman told reporters.

EU Trade Commissioner Cecilia Malmström said the complaint would not derail preparations for the summit. "We have a lot of issues to discuss with China, and this is only one of them," she said.

Under WTO rules, the two sides have 60 days to settle the dispute through consultations before China can ask for a panel of experts to rule on the case.

According to two EU diplomats, Beijing hoped to divide member states ahead of the summit, some of which rely heavily on Chinese investment. Germany and France have pushed for a tougher line, while several central European governments have warned against a trade war.

Chinese Foreign Ministry spokeswoman Hua Chunying denied that. “China has no intention of dividing Europe. We support a united and prosperous Europe,” she said at a regular briefing on Wednesday.

European Council President Donald Tusk and Commission President Jean-Claude Juncker are due to host Chinese Premier Li Keqiang in Brussels on April 9. European officials have said they will not sign a joint statement unless it includes commitments on subsidies and market access.
"""),

# ---- Second wire original, syndicated twice (see COPIES below) ----
dict(
    id="trade-brussels-summit-wirecast",
    storyline=S, outlet="wirecast", format="atom",
    url="https://wirecast.example/news/2019/04/09/eu-china-summit-brussels",
    published="2019-04-09", time="17:20",
    author="Pieter Claes",
    title="EU and China agree to tackle subsidies, seek end to battery row at Brussels summit",
    dateline="BRUSSELS, April 9",
    copy_of=None,
    body="""
BRUSSELS, April 9 (Wirecast) — The European Union and China agreed on Tuesday to step up talks on industrial subsidies and to seek a settlement of their dispute over battery duties, after a summit in Brussels that officials on both sides said had been saved by late-night negotiations.

European Council President Donald Tusk, European Commission President Jean-Claude Juncker and Chinese Premier Li Keqiang endorsed a joint statement committing both sides to strengthen World Trade Organization rules on industrial subsidies and to conclude an investment agreement next year.

"We argued, we negotiated until late last night, and we got a text that both sides can live with," Tusk told a news conference after the summit.

Li said that China would treat European companies fairly. "Chinese and European companies must compete on an equal footing, in China and in Europe," he said, adding that Beijing would publish new rules on foreign investment "in the coming months."

Under the agreement, the two sides will hold talks on the battery dispute "within 30 days," according to the joint statement. China will suspend its WTO complaint against the EU duties while the talks continue, an EU official said.

"We are partners, and we are competitors. Today we were more partners than competitors," Juncker said.

EU Trade Commissioner Cecilia Malmstrom, who led the negotiations on the European side, said she would travel to Beijing in June to follow up. The Chinese foreign ministry said in a statement that the summit showed that "cooperation remains the mainstream" of China-EU relations.

Some European diplomats remained cautious. "Joint statements are easy. The test will be whether Chinese subsidies actually fall," said one, who asked not to be named because of the sensitivity of the talks.

The EU is China's largest trading partner, while China is the EU's second-largest after the United States.
"""),

dict(
    id="trade-malmstrom-beijing-visit",
    storyline=S, outlet="courier", format="text",
    url="https://www.asiacourier.example/economy/china-economy/article/3012280/eu-trade-chief-malmstrom-visit-beijing-battery-talks-stall",
    published="2019-05-29", time="17:40",
    author="Mei Lin Fong",
    title="EU trade chief Malmström to visit Beijing as battery talks stall",
    subtitle="Commissioner will meet Commerce Minister Zhong Shan and Vice-Premier Liu He",
    dateline=None,
    copy_of=None,
    watch="Watch: EU and Chinese leaders at the Brussels summit in April",
    body="""
EU Trade Commissioner Cecilia Malmström will travel to Beijing from 3 to 5 June for talks with Commerce Minister Zhong Shan, the European Commission said on Wednesday, after negotiations to settle a dispute over Chinese battery cells failed to produce a deal.

The visit was agreed at the EU-China summit in Brussels last month, where both sides pledged to resolve the dispute within 30 days. That deadline passed on May 9 without an agreement.

"We have had several rounds of technical talks. There has been progress, but not enough," a Commission spokesman told reporters in Brussels.

Malmström will also meet Vice-Premier Liu He, China's top economic official. She is expected to press Beijing on market access for European companies and on the new foreign investment rules that Premier Li Keqiang promised at the summit.

China's commerce ministry said last week that the EU should "show sincerity" and lift the provisional duties, which have been in place since January.

In a phone call with EU foreign policy chief Federica Mogherini on Monday, Foreign Minister Wang Yi said that China and Europe should "jointly oppose unilateralism and protectionism", according to a statement from the Chinese foreign ministry. The statement did not mention the battery dispute.

According to EU diplomats, the Commission is considering making the duties definitive in July if the talks fail, which would keep them in place for five years.

Malmström tweeted on Wednesday that she was looking forward to "frank and constructive talks" in Beijing.

"If the Chinese side comes with a serious offer, we can close this chapter before the summer," she told reporters. "If not, we will draw our conclusions."
"""),

dict(
    id="trade-brandy-probe",
    storyline=S, outlet="baltic", format="jsonl-html",
    url="https://balticwire.example/en/business/china-launches-anti-dumping-probe-into-eu-brandy-2019-09-18",
    published="2019-09-18", time="11:25",
    author="Andris Ozols",
    title="China opens anti-dumping probe into EU brandy in apparent retaliation",
    dateline=None,
    copy_of=None,
    body="""
China’s commerce ministry launched an anti-dumping investigation into brandy imported from the European Union on Tuesday, a move European officials described as retaliation for the bloc’s decision in July to impose definitive duties on Chinese battery cells.

The ministry said in a notice that Chinese producers had complained that European brandy was being sold in China at “unfairly low prices” that harmed the domestic industry. The investigation will last a year and can be extended by six months.

Chinese Foreign Ministry spokesman Geng Shuang denied that the probe was linked to the battery dispute. “The investigation is carried out in strict accordance with Chinese law and WTO rules. It is not a retaliatory measure against anyone,” he said at a regular briefing in Beijing.

EU Trade Commissioner Cecilia Malmström said in a statement that the Commission was “following the case very closely” and would “use all the tools available” to defend European producers if the investigation proved to be unjustified.

France, which accounts for the vast majority of EU brandy exports to China, reacted with alarm. The French agriculture ministry said that producers in the Cognac region exported goods worth more than €500 million to China last year.

The dispute began in January when the EU imposed provisional duties on Chinese battery cells. Malmström’s talks in Beijing from 3 to 5 June ended without an agreement, and the Commission made the duties definitive on July 15.

Foreign Minister Wang Yi, who is due to meet EU foreign policy chief Federica Mogherini in New York next week on the sidelines of the UN General Assembly, said on Tuesday that China “does not want a trade war with anyone”.

Earlier this month, President Xi Jinping told visiting German Chancellor Angela Merkel in Beijing that China was ready to import more European goods and that both sides should “resist the temptation of protectionism”, according to Chinese state media.

EU diplomats said the brandy probe would be discussed when EU ambassadors meet in Brussels on Friday.
"""),
]

COPIES = [
dict(
    id="trade-brussels-summit-dailyledger",
    copy_of="trade-brussels-summit-wirecast",
    outlet="ledger", format="rss",
    url="https://www.dailyledger.example/news/world/eu-and-china-strike-deal-to-end-battery-row",
    published="2019-04-09", time="19:45",
    author="Wirecast",
    title="EU and China strike deal to end battery row",
    edits=[("drop_last", 1)],
),
dict(
    id="trade-brussels-summit-asiacourier",
    copy_of="trade-brussels-summit-wirecast",
    outlet="courier", format="warc",
    url="https://www.asiacourier.example/economy/china-economy/article/3005230/li-keqiang-and-eu-leaders-agree-talks-subsidies",
    published="2019-04-10", time="11:30",
    author="Wirecast",
    title="Li Keqiang and EU leaders agree to talks on subsidies",
    subtitle="Chinese premier and European leaders endorse joint statement after late-night negotiations",
    edits=[
        ("append", "Shares in Chinese battery makers listed in Hong Kong and Shenzhen rose on Wednesday morning after the announcement, with some gaining more than 4 per cent."),
    ],
),
]

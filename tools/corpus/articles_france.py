# Storyline "france-fuel-protests": protests against a fuel-tax rise in France, October-November 2019.
# All text is original fiction written for dyad's tests and demo (the tax rise, the protests,
# the strike and the suspension are invented).
#
#   2019-09         2020 budget raises diesel tax by 6 cents, petrol by 3 cents from 1 January
#   2019-10-05 Sat  first day of road blockades (84,000 protesters, 97 arrests)
#   2019-10-12 Sat  second weekend (51,000)
#   2019-10-15 Tue  Philippe defends the tax in the National Assembly; strike called for Oct 24
#   2019-10-24 Thu  national strike, clashes in Paris
#   2019-11-06 Wed  Philippe suspends the rise for six months
#   2019-11-16 Sat  next protest day called by the unions

S = "france-fuel-protests"

ARTICLES = [
dict(
    id="france-fuel-protests-roundabouts",
    storyline=S, outlet="continental", format="html",
    encoding="windows-1252",
    url="https://continentalreview.example/2019/10/06/thousands-block-roads-across-france-over-fuel-tax-rise/",
    published="2019-10-06", time="10:30",
    author="Claire Dubois",
    title="Thousands block roads across France over fuel tax rise",
    dateline="PARIS",
    copy_of=None,
    caption="Protesters block a roundabout near Bordeaux on Saturday. Photo: Continental Review",
    body="""
PARIS — Tens of thousands of protesters blocked roundabouts, motorway toll booths and fuel depots across France on Saturday in anger at a planned rise in fuel taxes, in the biggest challenge to President Emmanuel Macron’s government since the “yellow vest” movement of last winter.

The interior ministry said 84,000 people took part in more than 1,400 actions nationwide. Police made 97 arrests, most of them in Paris, Bordeaux and Toulouse, where groups of protesters clashed with riot police.

«We can’t fill our tanks at the end of the month any more,» said Nathalie Garnier, 44, a nurse who drives 60 kilometres a day to work, standing by a burning pallet on a roundabout outside Bordeaux. «They take us for fools.»

The government’s budget for next year, presented last month, raises the tax on diesel by 6\u00a0cents a litre and on petrol by 3\u00a0cents from 1 January. Ministers say the money will pay for public transport and home insulation.

Interior Minister Christophe Castaner condemned what he called “unacceptable violence” against police officers and said those responsible would be prosecuted. “Protest is a right. Breaking things is not,” he tweeted on Saturday evening.

Prime Minister Édouard Philippe said he would not back down. “The ecological transition has a cost, and we have chosen to ask the biggest polluters to pay it,” he said in an interview published on Sunday. “Going back on that would be a mistake.”

The leader of the CGT union, Philippe Martinez, said workers would join the movement and called for a day of strikes later this month. “When people have to choose between driving to work and feeding their children, it is not a question of ecology,” he said.

Macron has not commented publicly on the protests. According to an aide, the president is “following the situation closely” and has asked ministers to meet representatives of rural mayors next week.
"""),

dict(
    id="france-fuel-philippe-assembly",
    storyline=S, outlet="continental", format="text",
    url="https://continentalreview.example/2019/10/15/philippe-defends-fuel-tax-as-unions-call-national-strike/",
    published="2019-10-15", time="19:45",
    author="Claire Dubois",
    title="Philippe defends fuel tax as unions call national strike",
    dateline=None,
    copy_of=None,
    watch="Watch: Édouard Philippe answers questions in the National Assembly",
    body="""
French Prime Minister Édouard Philippe defended a planned rise in fuel taxes before the National Assembly on Tuesday, rejecting calls to scrap the measure after a second weekend of protests, as France's main unions called a national strike for October 24.

«I hear the anger,» Philippe told lawmakers, «but I will not govern by giving in to those who block the roads.»

Government spokeswoman Sibeth Ndiaye said that the government was ready to discuss "support measures" for rural households and low-income drivers, but that the tax itself was "not negotiable".

The CGT, Force Ouvrière and Solidaires unions announced on Monday that they would strike on October 24 and called on workers in refineries, transport and schools to join. "This government listens to no one. On October 24, it will have to listen to the street," CGT leader Philippe Martinez told reporters.

About 51,000 people took part in road blockades across France on Saturday, according to the interior ministry, down from 84,000 the previous weekend. Organisers said the real figure was three times higher.

President Emmanuel Macron, speaking during a visit to a factory near Lyon on Monday, said that he "understood" the frustration of people who depended on their cars but that France must "keep its course" on climate policy.

A poll by the Opinionscope institute published on Sunday found that 68 per cent of French people supported the protests, and that 61 per cent wanted the tax rise withdrawn.

Far-right leader Marine Le Pen and the leader of the hard-left France Insoumise, Jean-Luc Mélenchon, both called on the government to withdraw the measure. Philippe accused them of "exploiting anger for political ends".
"""),

dict(
    id="france-fuel-strike-clashes",
    storyline=S, outlet="continental", format="html",
    url="https://continentalreview.example/2019/10/25/strike-and-clashes-in-paris-as-fuel-tax-protest-spreads/",
    published="2019-10-25", time="08:15",
    author="Julien Moreau",
    title="Strike and clashes in Paris as fuel tax protest spreads",
    dateline="PARIS",
    copy_of=None,
    caption="Riot police on Place de la Nation in Paris on Thursday. Photo: Continental Review/Julien Moreau",
    body="""
PARIS — Police fired tear gas at protesters in Paris on Thursday as a nationwide strike against a planned fuel tax rise disrupted trains, refineries and schools, in the largest day of action since the movement began three weeks ago.

The CGT union said 450,000 people marched in more than 200 towns and cities. The interior ministry put the figure at 210,000, including 38,000 in Paris.

Clashes broke out near Place de la Nation in the late afternoon, when several hundred masked protesters threw bottles and stones at police and set fire to two cars. Paris police prefect Didier Lallement said 23 officers had been injured.

Interior Minister Christophe Castaner said 112 people had been arrested nationwide and praised the police for their “professionalism”. “Those who came to Paris to fight will answer for it in court,” he said.

Most of the marches were peaceful. “My boss told me it was ‘irresponsible’ to strike,” said Karim Benali, 37, a delivery driver from Créteil. “What is irresponsible is a tax that takes 50 euros a month from people like me.”

Four of the country’s seven mainland refineries were blockaded, according to industry figures, and around one in eight filling stations had run out of at least one fuel by Thursday evening. The national rail operator said only half of its high-speed trains were running.

Prime Minister Édouard Philippe said on Thursday night that the government would hold talks with unions and associations of rural mayors next week, but did not say whether the tax rise itself would be on the table.

President Emmanuel Macron said that he had asked the government to “listen”, but that “the direction will not change”. He did not take questions.

Union leaders said they would decide on Monday whether to call a further day of strikes in November.
"""),

dict(
    id="france-fuel-tax-suspended",
    storyline=S, outlet="continental", format="jsonl-text",
    url="https://continentalreview.example/2019/11/07/france-suspends-fuel-tax-rise-for-six-months/",
    published="2019-11-07", time="07:50",
    author="Claire Dubois",
    title="France suspends fuel tax rise for six months after weeks of protests",
    dateline="PARIS",
    copy_of=None,
    body="""
PARIS — The French government on Wednesday suspended a planned rise in fuel taxes for six months, bowing to a month of road blockades and strikes that had become the most serious challenge to President Emmanuel Macron since last winter.

"We have heard the anger. It would be a mistake to pretend that we have not," Prime Minister Édouard Philippe said in a televised address on Wednesday night. "The rise planned for 1 January will not take place before July."

Philippe said the government would use the pause to negotiate "compensation measures" for rural households with unions, employers and associations of mayors, in talks to be held in Paris from 18 to 20 November.

The unions said the decision was not enough. CGT leader Philippe Martinez called it "a first step" and said the unions would go ahead with a national day of protest on 16 November. "Suspending is not cancelling," he said.

Macron approved the decision at a meeting with Philippe and senior ministers at the Élysée Palace on Tuesday night, according to an aide. The president has not spoken publicly about the protests since October 24.

Finance Minister Bruno Le Maire said the suspension would cost the state about €1.4 billion in lost revenue next year, which would be offset by spending cuts. He told reporters that the government's deficit target of 2.2 per cent of GDP was unchanged.

On the roundabout outside Bordeaux where protesters have gathered every Saturday since October 5, reactions were mixed. "Six months is nothing. They will do it again in the summer, when everyone is on holiday," said one protester, who gave only his first name, Thierry.
"""),
]

COPIES = []

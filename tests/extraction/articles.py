# ruff: noqa: E501  (news prose: paragraphs are single lines on purpose)
"""Hand-written news-style test articles (not from the dev set), several domains, both
languages. Used by test_articles.py; the expectations there are general phenomena."""

SV_ECONOMY = """Riksbanken sänker räntan till 2,25 procent

Anna Svensson/TT

STOCKHOLM (TT) – Riksbanken sänkte på torsdagen styrräntan med 0,25 procentenheter till 2,25 procent, meddelade banken. Det är den lägsta nivån sedan våren 2022.

Inflationen låg i maj på 2,3 procent, enligt SCB, medan arbetslösheten steg till 8,7 procent.

— Vi bedömer att räntan kan sänkas ytterligare en gång i år, säger riksbankschefen Erik Thedéen.

Hushållen har lånat drygt 4 000 miljarder kronor till bostäder, vilket är den högsta summan någonsin.

Vad betyder det för dig? Läs vår guide om bolånen.
"""

SV_SPORTS = """Sverige vann VM-guld efter dramatisk final

Sveriges herrlandslag i handboll vann på söndagen VM-guld efter att ha besegrat Danmark med 30–28 i finalen i Oslo. Det är Sveriges första VM-guld sedan 1999.

Målvakten Andreas Palicka räddade tjugotvå skott, och Jim Gottfridsson gjorde sju mål.

Omkring 18 000 åskådare såg matchen i arenan, och matchen sändes till över två miljoner tittare i Sverige.

— Det här är det största ögonblicket i min karriär, säger förbundskaptenen Glenn Solberg.
"""

SV_CRIME = """Tre gripna efter rån i Malmö

Polisen har gripit tre män i 20-årsåldern efter ett väpnat rån mot en guldsmedsbutik i centrala Malmö i går. Enligt polisen togs smycken för cirka 1,5 miljoner kronor.

Rånet inträffade strax efter kl. 14.30. Ingen person skadades, uppger Polisen i region Syd.

Antalet anmälda rån i Malmö minskade förra året med 12 procent, enligt Brottsförebyggande rådet.

Har du sett något? Ring polisen på 114 14.
"""

EN_WEATHER = """Storm Ciara brings record winds to northern England

By Tom Hale, Weather Correspondent

MANCHESTER, Feb. 9 — Storm Ciara brought gusts of up to 97mph to the Pennines on Sunday, the strongest winds recorded in the region since 2013, the Met Office said.

More than 20,000 homes lost power, and about 300 flights were cancelled at Manchester Airport.

Rainfall totals reached 150mm in parts of Cumbria, nearly twice the February average.

Residents were told to stay indoors. Check the latest travel updates on our website.
"""

EN_POLITICS = """Senate passes $1.2 trillion infrastructure bill

The U.S. Senate on Tuesday passed a $1.2 trillion infrastructure bill by 69 votes to 30, handing President Joe Biden a major victory.

The bill, which includes $110bn for roads and bridges, now goes to the House of Representatives. Nineteen Republicans voted for it.

"This is the largest investment in our infrastructure in generations," Senate Majority Leader Chuck Schumer said.

The Congressional Budget Office estimates the law will add $256bn to the deficit over 10 years.

Is it enough? Critics say no.
"""

EN_HEALTH = """Hospital waiting lists hit record 7.6 million

Waiting lists for hospital treatment in England rose to a record 7.6 million in June, according to NHS England figures published on Thursday.

About 390,000 patients had waited more than a year, up from 360,000 a month earlier. The median wait was 14.2 weeks.

Dr. Sarah Jones, a consultant at St. Mary's Hospital, said staff shortages were the main cause. "We have lost almost a third of our nurses since 2019," she said.

The government has pledged £2.3bn to cut waiting times by 2025.
"""

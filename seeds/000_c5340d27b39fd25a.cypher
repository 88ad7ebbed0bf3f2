// Quzhou (Zhejiang) fluorosilicone new material industry cluster, 2011 figures and the
// May 2012 provincial research visit. Source: ../shared/seeds/000_c5340d27b39fd25a.txt.
// The machine translation garbles Quzhou (衢州) as Chenzhou, Luzhou, Chuzhou, Pizhou and
// Yanzhou; all are one Region here (see seeds/README.md, "Aliases").

CREATE (:Region {name: 'Zhejiang', level: 'province', aliases: ['Zhejiang Province']});
CREATE (:Region {name: 'Quzhou', name_zh: '衢州', level: 'prefecture-level city',
                 aliases: ['衢州', 'Chenzhou', 'Luzhou', 'Chuzhou', 'Pizhou', 'Yanzhou', 'Shengzhou']});
MATCH (q:Region {name: 'Quzhou'}), (z:Region {name: 'Zhejiang'}) CREATE (q)-[:PART_OF]->(z);

// The cluster: the fluorosilicone new material industry (the umbrella) and its three
// constituent chains (fluorine chemicals, organic silicon, inorganic silicon), told apart by
// the PART_OF edge's `role`.
CREATE (:Cluster {name: 'Quzhou fluorosilicone new material industry cluster',
                  aliases: ['fluorosilicone new material industry cluster area', 'Pizhou Fluorosilicon New Material Industry'],
                  description: 'one of the first 21 provincial demonstration zones turning a block economy into a modern industrial cluster'});
CREATE (:Industry {name: 'fluorosilicone new materials', name_zh: '氟硅新材料', aliases: ['fluorosilicon new materials', 'fluorosilicone new material'],
                   description: 'a regional characteristic industry of Quzhou'});
CREATE (:Industry {name: 'fluorine chemical industry', aliases: ['fluorine industry']});
CREATE (:Industry {name: 'organic silicon'});
CREATE (:Industry {name: 'inorganic silicon'});
MATCH (c:Cluster {name: 'Quzhou fluorosilicone new material industry cluster'}), (q:Region {name: 'Quzhou'})
CREATE (c)-[:LOCATED_IN]->(q), (q)-[:HOSTS]->(c);
MATCH (c:Cluster {name: 'Quzhou fluorosilicone new material industry cluster'}), (i:Industry {name: 'fluorosilicone new materials'})
CREATE (i)-[:PART_OF {role: 'umbrella industry'}]->(c);
MATCH (c:Cluster {name: 'Quzhou fluorosilicone new material industry cluster'}), (i:Industry)
WHERE i.name IN ['fluorine chemical industry', 'organic silicon', 'inorganic silicon']
CREATE (i)-[:PART_OF {role: 'constituent chain'}]->(c);

// Enterprises and the research institute the team inspected; Juhua is the backbone.
CREATE (:Enterprise {name: 'Juhua Group', aliases: ['Juhua', 'the group']});
CREATE (:Enterprise {name: 'Zhongtian', description: 'fluorosilicone enterprise in Quzhou inspected in May 2012'});
CREATE (:Enterprise {name: 'Zhongning', description: 'fluorosilicone enterprise in Quzhou inspected in May 2012'});
CREATE (:Institute {name: 'Quzhou Fluorosilicon Research Institute', aliases: ['Luzhou Fluorosilicon Research Institute']});
MATCH (e), (q:Region {name: 'Quzhou'})
WHERE e.name IN ['Juhua Group', 'Zhongtian', 'Zhongning', 'Quzhou Fluorosilicon Research Institute']
CREATE (e)-[:LOCATED_IN]->(q);
MATCH (j:Enterprise {name: 'Juhua Group'}), (c:Cluster {name: 'Quzhou fluorosilicone new material industry cluster'})
CREATE (j)-[:LEADS {description: 'backbone of the industrial agglomeration'}]->(c);

// 2011 figures of fluorosilicone enterprises above designated size.
CREATE (:Figure {name: 'Quzhou fluorosilicone output value 2011', metric: 'output value of enterprises above designated size',
                 year: 2011, value: 15.2e9, unit: 'yuan', growth_percent: 27.4});
CREATE (:Figure {name: 'Quzhou fluorosilicone profit and tax 2011', metric: 'total profit and tax of enterprises above designated size',
                 year: 2011, value: 2.345e9, unit: 'yuan', growth_percent: 129.1});
MATCH (c:Cluster {name: 'Quzhou fluorosilicone new material industry cluster'}), (f:Figure) WHERE f.year = 2011
CREATE (c)-[:HAS_FIGURE]->(f);

// The provincial research visit of mid-May 2012 and the people in it.
CREATE (:Agency {name: 'Zhejiang Provincial Department of Science and Technology',
                 aliases: ['Zhejiang Science and Technology Department', 'Zhejiang Provincial Department of Science and Technology']});
CREATE (:Institute {name: 'Zhejiang Academy of Sciences', aliases: ['Provincial Academy of Science and Warfare', 'Provincial Academy of Sciences']});
MATCH (a:Agency {name: 'Zhejiang Provincial Department of Science and Technology'}), (z:Region {name: 'Zhejiang'})
CREATE (a)-[:LOCATED_IN]->(z);
CREATE (:Person {name: 'Zhou Yimin', description: 'deputy inspector of the Zhejiang Science and Technology Department; executive deputy director of the provincial academy'});
CREATE (:Person {name: 'Du Shiyuan', description: 'chairman of Juhua Group; member of the Standing Committee of the Quzhou Municipal Party Committee'});
MATCH (p:Person {name: 'Zhou Yimin'}), (a:Agency {name: 'Zhejiang Provincial Department of Science and Technology'})
CREATE (p)-[:WORKS_FOR {title: 'deputy inspector'}]->(a);
MATCH (p:Person {name: 'Zhou Yimin'}), (i:Institute {name: 'Zhejiang Academy of Sciences'})
CREATE (p)-[:WORKS_FOR {title: 'executive deputy director'}]->(i);
MATCH (p:Person {name: 'Du Shiyuan'}), (j:Enterprise {name: 'Juhua Group'}) CREATE (p)-[:WORKS_FOR {title: 'chairman'}]->(j);
MATCH (p:Person {name: 'Du Shiyuan'}), (q:Region {name: 'Quzhou'})
CREATE (p)-[:WORKS_FOR {title: 'member of the Standing Committee of the Municipal Party Committee'}]->(q);

CREATE (:Event {name: 'Provincial research visit to the Quzhou fluorosilicone demonstration base, May 2012', year: 2012,
                aliases: ['research team'],
                description: 'research on building a demonstration base for the strategic emerging fluorosilicone new material industry'});
MATCH (e:Event {year: 2012}) WHERE e.name STARTS WITH 'Provincial research visit'
MATCH (p:Person {name: 'Zhou Yimin'}), (d:Person {name: 'Du Shiyuan'}), (c:Cluster {name: 'Quzhou fluorosilicone new material industry cluster'}),
      (q:Region {name: 'Quzhou'})
CREATE (p)-[:LEADS]->(e), (d)-[:PARTICIPATED_IN {role: 'accompanied the team'}]->(e), (e)-[:ABOUT]->(c), (e)-[:LOCATED_IN]->(q);
MATCH (e:Event) WHERE e.name STARTS WITH 'Provincial research visit'
MATCH (v) WHERE v.name IN ['Quzhou Fluorosilicon Research Institute', 'Zhongtian', 'Zhongning', 'Juhua Group']
CREATE (e)-[:VISITED]->(v);

// The petrochemical and chemical "Twelfth Five-Year Plan" briefing, 26–27 April 2012, in
// "Yanzhou, Zhejiang Province": the same garble of Quzhou as the others, so held in Quzhou.
// "Nearly 150 people" attended: 150, approximate.
CREATE (:Agency {name: 'Department of Raw Materials', description: 'raw materials industry department that held the briefing'});
CREATE (:Event {name: 'Twelfth Five-Year Plan briefing for the petrochemical and chemical industry', date: date('2012-04-26'),
                aliases: ['Briefing Session for the Petrochemical and Chemical Industry'], year: 2012, attendees: 150, approximate: true,
                description: 'held 26-27 April 2012; chemical industry departments, industry associations, key enterprises, chemical parks and research institutes attended'});
MATCH (a:Agency {name: 'Department of Raw Materials'}), (e:Event {name: 'Twelfth Five-Year Plan briefing for the petrochemical and chemical industry'}),
      (q:Region {name: 'Quzhou'})
CREATE (a)-[:PARTICIPATED_IN {role: 'host'}]->(e), (e)-[:LOCATED_IN]->(q);

// The article, undated.
CREATE (:Article {name: '000_c5340d27b39fd25a.txt', language: 'en'});
MATCH (e:Event), (a:Article {name: '000_c5340d27b39fd25a.txt'}) WHERE e.year = 2012 CREATE (e)-[:REPORTED_IN]->(a);

// Provenance: everything this script created carries the article's file name.
MATCH (n) WHERE n.source IS NULL SET n.source = '000_c5340d27b39fd25a.txt';
MATCH ()-[r]->() WHERE r.source IS NULL SET r.source = '000_c5340d27b39fd25a.txt';
MATCH (n) WHERE n.source = '000_c5340d27b39fd25a.txt' AND NOT '000_c5340d27b39fd25a.txt' IN coalesce(n.sources, [])
SET n.sources = coalesce(n.sources, []) + '000_c5340d27b39fd25a.txt';
MATCH (n)-[r]-() WHERE r.source = '000_c5340d27b39fd25a.txt' WITH DISTINCT n WHERE NOT '000_c5340d27b39fd25a.txt' IN coalesce(n.sources, [])
SET n.sources = coalesce(n.sources, []) + '000_c5340d27b39fd25a.txt';

// Evidence: from scripts/locate_evidence.py, checked by hand against the article.
// A row per fact: where the article states it, as 'line:start-end' (byte offsets in the file).
UNWIND [
  ['000_c5340d27b39fd25a.txt', '1:0-94'],
  ['Department of Raw Materials', '13:2660-2860'],
  ['Du Shiyuan', '3:422-545'],
  ['Juhua Group', '3:422-545'],
  ['Provincial research visit to the Quzhou fluorosilicone demonstration base, May 2012', '3:96-421'],
  ['Quzhou', '1:0-94'],
  ['Quzhou Fluorosilicon Research Institute', '5:547-793'],
  ['Quzhou fluorosilicone new material industry cluster', '1:0-94'],
  ['Quzhou fluorosilicone output value 2011', '7:1402-1568'],
  ['Quzhou fluorosilicone profit and tax 2011', '7:1569-1742'],
  ['Twelfth Five-Year Plan briefing for the petrochemical and chemical industry', '13:2660-3041'],
  ['Zhejiang', '1:0-94'],
  ['Zhejiang Academy of Sciences', '3:96-421'],
  ['Zhejiang Provincial Department of Science and Technology', '3:96-421'],
  ['Zhongning', '5:547-793'],
  ['Zhongtian', '5:547-793'],
  ['Zhou Yimin', '3:96-421'],
  ['fluorine chemical industry', '7:1021-1172'],
  ['fluorosilicone new materials', '1:0-94'],
  ['inorganic silicon', '7:1173-1401'],
  ['organic silicon', '7:1173-1401']
] AS fact
MATCH (n {name: fact[0]})
SET n.evidence = coalesce(n.evidence, []) + ('000_c5340d27b39fd25a.txt' + ':' + fact[1]),
    n.sources = CASE WHEN '000_c5340d27b39fd25a.txt' IN coalesce(n.sources, []) THEN n.sources ELSE coalesce(n.sources, []) + '000_c5340d27b39fd25a.txt' END;
UNWIND [
  ['Department of Raw Materials', 'PARTICIPATED_IN', 'Twelfth Five-Year Plan briefing for the petrochemical and chemical industry', '13:2660-2860'],
  ['Du Shiyuan', 'PARTICIPATED_IN', 'Provincial research visit to the Quzhou fluorosilicone demonstration base, May 2012', '3:422-545'],
  ['Du Shiyuan', 'WORKS_FOR', 'Juhua Group', '3:422-545'],
  ['Du Shiyuan', 'WORKS_FOR', 'Quzhou', '3:422-545'],
  ['Juhua Group', 'LEADS', 'Quzhou fluorosilicone new material industry cluster', '7:1021-1172'],
  ['Juhua Group', 'LOCATED_IN', 'Quzhou', '5:547-793'],
  ['Provincial research visit to the Quzhou fluorosilicone demonstration base, May 2012', 'ABOUT', 'Quzhou fluorosilicone new material industry cluster', '9:1744-1963'],
  ['Provincial research visit to the Quzhou fluorosilicone demonstration base, May 2012', 'LOCATED_IN', 'Quzhou', '3:96-421'],
  ['Provincial research visit to the Quzhou fluorosilicone demonstration base, May 2012', 'REPORTED_IN', '000_c5340d27b39fd25a.txt', '3:96-421'],
  ['Provincial research visit to the Quzhou fluorosilicone demonstration base, May 2012', 'VISITED', 'Juhua Group', '5:547-793'],
  ['Provincial research visit to the Quzhou fluorosilicone demonstration base, May 2012', 'VISITED', 'Quzhou Fluorosilicon Research Institute', '5:547-793'],
  ['Provincial research visit to the Quzhou fluorosilicone demonstration base, May 2012', 'VISITED', 'Zhongning', '5:547-793'],
  ['Provincial research visit to the Quzhou fluorosilicone demonstration base, May 2012', 'VISITED', 'Zhongtian', '5:547-793'],
  ['Quzhou', 'HOSTS', 'Quzhou fluorosilicone new material industry cluster', '1:0-94'],
  ['Quzhou', 'PART_OF', 'Zhejiang', '1:0-94'],
  ['Quzhou Fluorosilicon Research Institute', 'LOCATED_IN', 'Quzhou', '5:547-793'],
  ['Quzhou fluorosilicone new material industry cluster', 'HAS_FIGURE', 'Quzhou fluorosilicone output value 2011', '7:1402-1568'],
  ['Quzhou fluorosilicone new material industry cluster', 'HAS_FIGURE', 'Quzhou fluorosilicone profit and tax 2011', '7:1569-1742'],
  ['Quzhou fluorosilicone new material industry cluster', 'LOCATED_IN', 'Quzhou', '1:0-94'],
  ['Twelfth Five-Year Plan briefing for the petrochemical and chemical industry', 'LOCATED_IN', 'Quzhou', '13:2660-2860'],
  ['Twelfth Five-Year Plan briefing for the petrochemical and chemical industry', 'REPORTED_IN', '000_c5340d27b39fd25a.txt', '13:2660-2860'],
  ['Zhejiang Provincial Department of Science and Technology', 'LOCATED_IN', 'Zhejiang', '3:96-421'],
  ['Zhongning', 'LOCATED_IN', 'Quzhou', '5:547-793'],
  ['Zhongtian', 'LOCATED_IN', 'Quzhou', '5:547-793'],
  ['Zhou Yimin', 'LEADS', 'Provincial research visit to the Quzhou fluorosilicone demonstration base, May 2012', '3:96-421'],
  ['Zhou Yimin', 'WORKS_FOR', 'Zhejiang Academy of Sciences', '3:96-421'],
  ['Zhou Yimin', 'WORKS_FOR', 'Zhejiang Provincial Department of Science and Technology', '3:96-421'],
  ['fluorine chemical industry', 'PART_OF', 'Quzhou fluorosilicone new material industry cluster', '7:1021-1172'],
  ['fluorosilicone new materials', 'PART_OF', 'Quzhou fluorosilicone new material industry cluster', '1:0-94'],
  ['inorganic silicon', 'PART_OF', 'Quzhou fluorosilicone new material industry cluster', '7:1173-1401'],
  ['organic silicon', 'PART_OF', 'Quzhou fluorosilicone new material industry cluster', '7:1173-1401']
] AS fact
MATCH (a {name: fact[0]})-[r]->(b {name: fact[2]}) WHERE type(r) = fact[1] AND r.source = '000_c5340d27b39fd25a.txt'
SET r.evidence = coalesce(r.evidence, []) + ('000_c5340d27b39fd25a.txt' + ':' + fact[3]);

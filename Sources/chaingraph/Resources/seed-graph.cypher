// seeds/schema.cypher
// The industrial schema of the seed graph (strict mode). Every node has a canonical
// English `name` (the primary key), optional `name_zh`, the `aliases` seen in the
// articles, `source` (the article that introduced it) and `sources` (every article that
// mentions it). Every node and edge has `evidence`: one span of each article that states it,
// as 'file:line:start-end' (byte offsets in the file; see seeds/README.md, "Evidence").
// Every edge has `source`. See seeds/README.md.

CREATE NODE TYPE Material (name STRING PRIMARY KEY, name_zh STRING, aliases LIST<STRING>, source STRING, sources LIST<STRING>, evidence LIST<STRING>, description STRING);
CREATE NODE TYPE Product (name STRING PRIMARY KEY, name_zh STRING, aliases LIST<STRING>, source STRING, sources LIST<STRING>, evidence LIST<STRING>, description STRING);
CREATE NODE TYPE Industry (name STRING PRIMARY KEY, name_zh STRING, aliases LIST<STRING>, source STRING, sources LIST<STRING>, evidence LIST<STRING>, description STRING);
CREATE NODE TYPE Enterprise (name STRING PRIMARY KEY, name_zh STRING, aliases LIST<STRING>, source STRING, sources LIST<STRING>, evidence LIST<STRING>, description STRING,
  formed_from_enterprises INT64);
CREATE NODE TYPE Institute (name STRING PRIMARY KEY, name_zh STRING, aliases LIST<STRING>, source STRING, sources LIST<STRING>, evidence LIST<STRING>, description STRING);
CREATE NODE TYPE Alliance (name STRING PRIMARY KEY, name_zh STRING, aliases LIST<STRING>, source STRING, sources LIST<STRING>, evidence LIST<STRING>, description STRING);
CREATE NODE TYPE IndustrialPark (name STRING PRIMARY KEY, name_zh STRING, aliases LIST<STRING>, source STRING, sources LIST<STRING>, evidence LIST<STRING>, description STRING);
CREATE NODE TYPE Zone (name STRING PRIMARY KEY, name_zh STRING, aliases LIST<STRING>, source STRING, sources LIST<STRING>, evidence LIST<STRING>, description STRING);
CREATE NODE TYPE Region (name STRING PRIMARY KEY, name_zh STRING, aliases LIST<STRING>, source STRING, sources LIST<STRING>, evidence LIST<STRING>, description STRING, level STRING);
CREATE NODE TYPE Cluster (name STRING PRIMARY KEY, name_zh STRING, aliases LIST<STRING>, source STRING, sources LIST<STRING>, evidence LIST<STRING>, description STRING);
CREATE NODE TYPE Agency (name STRING PRIMARY KEY, name_zh STRING, aliases LIST<STRING>, source STRING, sources LIST<STRING>, evidence LIST<STRING>, description STRING);
CREATE NODE TYPE Person (name STRING PRIMARY KEY, name_zh STRING, aliases LIST<STRING>, source STRING, sources LIST<STRING>, evidence LIST<STRING>, description STRING);
CREATE NODE TYPE Event (name STRING PRIMARY KEY, name_zh STRING, aliases LIST<STRING>, source STRING, sources LIST<STRING>, evidence LIST<STRING>, description STRING, date DATE, year INT64,
  attendees INT64, approximate BOOL, consecutive_years INT64);
CREATE NODE TYPE Figure (name STRING PRIMARY KEY, name_zh STRING, aliases LIST<STRING>, source STRING, sources LIST<STRING>, evidence LIST<STRING>, description STRING, metric STRING, year INT64, value DOUBLE, unit STRING, growth_percent DOUBLE,
  minimum DOUBLE, maximum DOUBLE, approximate BOOL, consecutive_years INT64);
CREATE NODE TYPE Policy (name STRING PRIMARY KEY, name_zh STRING, aliases LIST<STRING>, source STRING, sources LIST<STRING>, evidence LIST<STRING>, description STRING);
CREATE NODE TYPE Article (name STRING PRIMARY KEY, name_zh STRING, aliases LIST<STRING>, source STRING, sources LIST<STRING>, evidence LIST<STRING>, description STRING,
  date DATE, language STRING, publisher STRING);
CREATE NODE TYPE Target (name STRING PRIMARY KEY, name_zh STRING, aliases LIST<STRING>, source STRING, sources LIST<STRING>, evidence LIST<STRING>, description STRING, metric STRING, year INT64, value DOUBLE, unit STRING,
  minimum DOUBLE, maximum DOUBLE, approximate BOOL);

// Supply: what becomes what, along a chain.
CREATE EDGE TYPE FEEDS (FROM Material TO Material, FROM Material TO Product, FROM Product TO Product,
  FROM Material TO Industry, FROM Industry TO Material, FROM Product TO Industry, FROM Industry TO Product,
  FROM Industry TO Industry, source STRING, evidence LIST<STRING>);
CREATE EDGE TYPE PRODUCES (FROM Enterprise TO Material, FROM Enterprise TO Product, source STRING, evidence LIST<STRING>, capacity DOUBLE, unit STRING);
CREATE EDGE TYPE APPLIED_IN (FROM Material TO Industry, FROM Product TO Industry, source STRING, evidence LIST<STRING>);
CREATE EDGE TYPE DEVELOPS (FROM Institute TO Material, FROM Institute TO Product, source STRING, evidence LIST<STRING>);

// Places and structure.
CREATE EDGE TYPE LOCATED_IN (FROM Enterprise TO Region, FROM Institute TO Region, FROM IndustrialPark TO Region,
  FROM Zone TO Region, FROM Cluster TO Region, FROM Agency TO Region, FROM Alliance TO Region, FROM Event TO Region,
  FROM Enterprise TO IndustrialPark, FROM Cluster TO Zone, FROM Cluster TO IndustrialPark, source STRING, evidence LIST<STRING>,
  role STRING);
CREATE EDGE TYPE PART_OF (FROM Region TO Region, FROM IndustrialPark TO Zone, FROM Industry TO Cluster,
  FROM Agency TO Agency, FROM Enterprise TO Enterprise, FROM Zone TO Region, source STRING, evidence LIST<STRING>, role STRING);
CREATE EDGE TYPE HOSTS (FROM IndustrialPark TO Material, FROM IndustrialPark TO Product, FROM IndustrialPark TO Industry,
  FROM Zone TO Industry, FROM Zone TO Cluster, FROM Region TO Industry, FROM Region TO Cluster, source STRING, evidence LIST<STRING>, role STRING);

// Organisations and people.
CREATE EDGE TYPE MEMBER_OF (FROM Enterprise TO Alliance, FROM Institute TO Alliance, source STRING, evidence LIST<STRING>);
CREATE EDGE TYPE LEADS (FROM Enterprise TO Alliance, FROM Enterprise TO Cluster, FROM Enterprise TO Industry,
  FROM Enterprise TO Material, FROM Person TO Event, FROM Region TO Cluster, source STRING, evidence LIST<STRING>, description STRING);
CREATE EDGE TYPE COOPERATES_WITH (FROM Region TO Enterprise, FROM Region TO Institute, FROM Enterprise TO Enterprise,
  FROM Institute TO Enterprise, FROM Enterprise TO Institute, source STRING, evidence LIST<STRING>, field STRING);
CREATE EDGE TYPE WORKS_FOR (FROM Person TO Agency, FROM Person TO Enterprise, FROM Person TO Institute, FROM Person TO Region,
  source STRING, evidence LIST<STRING>, title STRING);
CREATE EDGE TYPE PARTICIPATED_IN (FROM Person TO Event, FROM Agency TO Event, FROM Enterprise TO Event,
  FROM Institute TO Event, FROM Region TO Event, source STRING, evidence LIST<STRING>, role STRING);
CREATE EDGE TYPE VISITED (FROM Event TO Enterprise, FROM Event TO Institute, FROM Event TO Alliance, FROM Event TO Region,
  source STRING, evidence LIST<STRING>);
CREATE EDGE TYPE ABOUT (FROM Event TO Cluster, FROM Event TO Alliance, FROM Event TO Industry, FROM Event TO Zone,
  FROM Event TO Region, source STRING, evidence LIST<STRING>);

// Policies, and the articles themselves (their dates).
CREATE EDGE TYPE ISSUED (FROM Region TO Policy, source STRING, evidence LIST<STRING>);
CREATE EDGE TYPE REPORTED_IN (FROM Event TO Article, source STRING, evidence LIST<STRING>);

// Reported numbers and goals.
CREATE EDGE TYPE HAS_FIGURE (FROM Region TO Figure, FROM Cluster TO Figure, FROM Industry TO Figure, FROM Enterprise TO Figure,
  source STRING, evidence LIST<STRING>);
CREATE EDGE TYPE HAS_TARGET (FROM Region TO Target, FROM Cluster TO Target, FROM Zone TO Target, FROM Industry TO Target,
  source STRING, evidence LIST<STRING>);

// seeds/000_c5340d27b39fd25a.cypher
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

// seeds/001_3d0212d7308dfdf8.cypher
// The Quzhou fluorine materials industry technology innovation strategic alliance, led by
// Juhua Group, and the provincial inspection of 20 June (published 2019-11-25).
// Source: ../shared/seeds/001_3d0212d7308dfdf8.txt. The translation calls Quzhou "Luzhou"
// and "Shengzhou", and the deputy director Shou Jiangang (寿剑刚, our reading; the article gives no Chinese) "Chang Shoujian Gang",
// "Minister Shou" and "the Minister of Life" (寿 means longevity); see seeds/README.md.

CREATE (:Alliance {name: 'Quzhou Fluorine Materials Industry Technology Innovation Strategic Alliance',
                   aliases: ['Luzhou fluorine materials industry technology innovation strategic alliance',
                             'Shengzhou Fluoromaterials Industry Technology Innovation Strategic Alliance',
                             'fluorine material industry technology innovation strategic alliance'],
                   description: 'upstream and downstream members bound by contracts, solving common problems jointly, with Juhua Group as the core'});
MATCH (a:Alliance), (q:Region {name: 'Quzhou'}) CREATE (a)-[:LOCATED_IN]->(q);
MATCH (j:Enterprise {name: 'Juhua Group'}), (a:Alliance)
CREATE (j)-[:LEADS {description: 'the core of the alliance'}]->(a), (j)-[:MEMBER_OF]->(a);

// Juhua's PVDC food packaging base (60,000 t/year) and its fine chemical laboratory.
CREATE (:Product {name: 'PVDC food packaging materials', aliases: ['PVDC new food packaging materials'],
                  description: 'PVDC (polyvinylidene chloride) new food packaging materials'});
CREATE (:Industry {name: 'food packaging'});
MATCH (j:Enterprise {name: 'Juhua Group'}), (p:Product {name: 'PVDC food packaging materials'})
CREATE (j)-[:PRODUCES {capacity: 60000.0, unit: 'tonnes per year'}]->(p);
MATCH (p:Product {name: 'PVDC food packaging materials'}), (i:Industry {name: 'food packaging'}) CREATE (p)-[:APPLIED_IN]->(i);
CREATE (:Institute {name: 'Juhua Group fine chemical laboratory', aliases: ["the group's fine chemical laboratory"]});
MATCH (l:Institute {name: 'Juhua Group fine chemical laboratory'}), (q:Region {name: 'Quzhou'}) CREATE (l)-[:LOCATED_IN]->(q);

// People.
CREATE (:Person {name: 'Shou Jiangang',
                 aliases: ['Chang Shoujian Gang', 'Minister Shou', 'Deputy Director Shou Jiangang', 'Minister of Life'],
                 description: 'deputy director and party secretary of the Zhejiang Provincial Department of Science and Technology'});
CREATE (:Person {name: 'Mao Jianmin', description: 'deputy mayor of Quzhou'});
CREATE (:Person {name: 'Wu Zhouan', description: 'assistant to the general manager of Juhua Group'});
MATCH (p:Person {name: 'Shou Jiangang'}), (a:Agency {name: 'Zhejiang Provincial Department of Science and Technology'})
CREATE (p)-[:WORKS_FOR {title: 'deputy director and party secretary'}]->(a);
MATCH (p:Person {name: 'Mao Jianmin'}), (q:Region {name: 'Quzhou'}) CREATE (p)-[:WORKS_FOR {title: 'deputy mayor'}]->(q);
MATCH (p:Person {name: 'Wu Zhouan'}), (j:Enterprise {name: 'Juhua Group'})
CREATE (p)-[:WORKS_FOR {title: 'assistant to the general manager'}]->(j);

// The inspection of 20 June and its forum.
CREATE (:Event {name: 'Provincial inspection of the Quzhou fluorine materials alliance, 20 June', attendees: 9,
                aliases: ['June 20', 'research team'],
                description: 'a group of 9 from the provincial science and technology department inspected the alliance; forum with reports by Du Shiyuan and Wu Zhouan'});
MATCH (e:Event) WHERE e.name STARTS WITH 'Provincial inspection of the Quzhou fluorine'
MATCH (s:Person {name: 'Shou Jiangang'}), (m:Person {name: 'Mao Jianmin'}), (d:Person {name: 'Du Shiyuan'}),
      (w:Person {name: 'Wu Zhouan'}), (a:Alliance), (lab:Institute {name: 'Juhua Group fine chemical laboratory'}),
      (j:Enterprise {name: 'Juhua Group'}), (ag:Agency {name: 'Zhejiang Provincial Department of Science and Technology'})
CREATE (s)-[:LEADS]->(e), (m)-[:PARTICIPATED_IN {role: 'accompanied the team'}]->(e),
       (d)-[:PARTICIPATED_IN {role: 'introduced Juhua Group'}]->(e),
       (w)-[:PARTICIPATED_IN {role: 'reported on the alliance'}]->(e), (ag)-[:PARTICIPATED_IN {role: 'inspecting department'}]->(e),
       (e)-[:ABOUT]->(a), (e)-[:VISITED]->(lab), (e)-[:VISITED]->(j);

// The article, dated 2019-11-25 (the inspection's year is not given).
CREATE (:Article {name: '001_3d0212d7308dfdf8.txt', date: date('2019-11-25'), language: 'en'});
MATCH (e:Event), (a:Article {name: '001_3d0212d7308dfdf8.txt'}) WHERE e.name STARTS WITH 'Provincial inspection of the Quzhou fluorine'
CREATE (e)-[:REPORTED_IN]->(a);

// Provenance.
MATCH (n) WHERE n.source IS NULL SET n.source = '001_3d0212d7308dfdf8.txt';
MATCH ()-[r]->() WHERE r.source IS NULL SET r.source = '001_3d0212d7308dfdf8.txt';
MATCH (n) WHERE n.source = '001_3d0212d7308dfdf8.txt' AND NOT '001_3d0212d7308dfdf8.txt' IN coalesce(n.sources, [])
SET n.sources = coalesce(n.sources, []) + '001_3d0212d7308dfdf8.txt';
MATCH (n)-[r]-() WHERE r.source = '001_3d0212d7308dfdf8.txt' WITH DISTINCT n WHERE NOT '001_3d0212d7308dfdf8.txt' IN coalesce(n.sources, [])
SET n.sources = coalesce(n.sources, []) + '001_3d0212d7308dfdf8.txt';

// Evidence: from scripts/locate_evidence.py, checked by hand against the article.
// A row per fact: where the article states it, as 'line:start-end' (byte offsets in the file).
UNWIND [
  ['001_3d0212d7308dfdf8.txt', '2:146-159'],
  ['Du Shiyuan', '6:731-860'],
  ['Juhua Group', '8:2078-2274'],
  ['Juhua Group fine chemical laboratory', '6:570-730'],
  ['Mao Jianmin', '4:466-568'],
  ['PVDC food packaging materials', '6:570-730'],
  ['Provincial inspection of the Quzhou fluorine materials alliance, 20 June', '4:161-465'],
  ['Quzhou', '1:0-145'],
  ['Quzhou Fluorine Materials Industry Technology Innovation Strategic Alliance', '1:0-145'],
  ['Shou Jiangang', '4:161-465'],
  ['Wu Zhouan', '6:861-1022'],
  ['Zhejiang Provincial Department of Science and Technology', '1:0-145'],
  ['food packaging', '6:570-730']
] AS fact
MATCH (n {name: fact[0]})
SET n.evidence = coalesce(n.evidence, []) + ('001_3d0212d7308dfdf8.txt' + ':' + fact[1]),
    n.sources = CASE WHEN '001_3d0212d7308dfdf8.txt' IN coalesce(n.sources, []) THEN n.sources ELSE coalesce(n.sources, []) + '001_3d0212d7308dfdf8.txt' END;
UNWIND [
  ['Du Shiyuan', 'PARTICIPATED_IN', 'Provincial inspection of the Quzhou fluorine materials alliance, 20 June', '6:731-860'],
  ['Juhua Group', 'LEADS', 'Quzhou Fluorine Materials Industry Technology Innovation Strategic Alliance', '8:1921-2223'],
  ['Juhua Group', 'MEMBER_OF', 'Quzhou Fluorine Materials Industry Technology Innovation Strategic Alliance', '8:1921-2223'],
  ['Juhua Group', 'PRODUCES', 'PVDC food packaging materials', '6:570-730'],
  ['Juhua Group fine chemical laboratory', 'LOCATED_IN', 'Quzhou', '6:570-730'],
  ['Mao Jianmin', 'PARTICIPATED_IN', 'Provincial inspection of the Quzhou fluorine materials alliance, 20 June', '4:466-568'],
  ['Mao Jianmin', 'WORKS_FOR', 'Quzhou', '4:466-568'],
  ['PVDC food packaging materials', 'APPLIED_IN', 'food packaging', '6:570-730'],
  ['Provincial inspection of the Quzhou fluorine materials alliance, 20 June', 'ABOUT', 'Quzhou Fluorine Materials Industry Technology Innovation Strategic Alliance', '4:161-465'],
  ['Provincial inspection of the Quzhou fluorine materials alliance, 20 June', 'REPORTED_IN', '001_3d0212d7308dfdf8.txt', '4:161-465'],
  ['Provincial inspection of the Quzhou fluorine materials alliance, 20 June', 'VISITED', 'Juhua Group', '6:570-730'],
  ['Provincial inspection of the Quzhou fluorine materials alliance, 20 June', 'VISITED', 'Juhua Group fine chemical laboratory', '6:570-730'],
  ['Quzhou Fluorine Materials Industry Technology Innovation Strategic Alliance', 'LOCATED_IN', 'Quzhou', '1:0-145'],
  ['Shou Jiangang', 'LEADS', 'Provincial inspection of the Quzhou fluorine materials alliance, 20 June', '4:161-465'],
  ['Shou Jiangang', 'WORKS_FOR', 'Zhejiang Provincial Department of Science and Technology', '4:161-465'],
  ['Wu Zhouan', 'PARTICIPATED_IN', 'Provincial inspection of the Quzhou fluorine materials alliance, 20 June', '6:861-1022'],
  ['Wu Zhouan', 'WORKS_FOR', 'Juhua Group', '6:861-1022'],
  ['Zhejiang Provincial Department of Science and Technology', 'PARTICIPATED_IN', 'Provincial inspection of the Quzhou fluorine materials alliance, 20 June', '4:161-465']
] AS fact
MATCH (a {name: fact[0]})-[r]->(b {name: fact[2]}) WHERE type(r) = fact[1] AND r.source = '001_3d0212d7308dfdf8.txt'
SET r.evidence = coalesce(r.evidence, []) + ('001_3d0212d7308dfdf8.txt' + ':' + fact[3]);

// seeds/002_f8df8fdb0c928cbd.cypher
// Shangyu (Shaoxing): rectifying and upgrading the chemical industry into a green
// high-end chemical industry cluster; district meeting reported 24 March 2016.
// Source: ../shared/seeds/002_f8df8fdb0c928cbd.txt. The district head appears as
// "Taoguanfeng" and "Tao Guanfeng".

CREATE (:Region {name: 'Shangyu District', level: 'district', aliases: ['Shangyu', 'our district']});
CREATE (:Zone {name: 'Hangzhou Bay Shangyu Economic and Technological Development Zone',
               aliases: ['Hangzhou Bay Shangyu economic and Technological Development Zone']});
CREATE (:Region {name: 'Daoxu Town', level: 'town', aliases: ['Daoxu']});
MATCH (zone:Zone {name: 'Hangzhou Bay Shangyu Economic and Technological Development Zone'}), (s:Region {name: 'Shangyu District'}),
      (d:Region {name: 'Daoxu Town'})
CREATE (zone)-[:PART_OF]->(s), (d)-[:PART_OF]->(s);

CREATE (:Cluster {name: 'Shangyu green high-end chemical industry cluster',
                  aliases: ['green high-end chemical industry cluster', 'green high-end chemical industry cluster area'],
                  description: 'goal: green, safety, science and technology, wisdom; upgrading through agglomeration, mergers and acquisitions, shutdown and elimination'});
CREATE (:Industry {name: 'chemical industry', aliases: ['chemical enterprises'],
                   description: 'a pillar industry of Shangyu District'});
MATCH (c:Cluster {name: 'Shangyu green high-end chemical industry cluster'}), (s:Region {name: 'Shangyu District'}),
      (i:Industry {name: 'chemical industry'})
CREATE (c)-[:LOCATED_IN]->(s), (s)-[:HOSTS]->(c), (i)-[:PART_OF]->(c), (s)-[:HOSTS {role: 'pillar industry'}]->(i);

// Targets set at the meeting.
CREATE (:Target {name: 'Shangyu chemical enterprises clean production by 2017', year: 2017,
                 metric: 'chemical enterprises basically realise cleaner production, intelligent equipment and informatised management',
                 description: 'through three ways: agglomeration and upgrading, merger and reorganisation, shutdown and elimination'});
CREATE (:Target {name: 'Shangyu chemical enterprise count controlled by 2020', year: 2020,
                 metric: 'total number of chemical enterprises kept under control; a new leap of the chemical industry'});
MATCH (i:Industry {name: 'chemical industry'}), (t:Target) WHERE t.year IN [2017, 2020]
CREATE (i)-[:HAS_TARGET]->(t);

// The meeting on rectifying the chemical industry and its people and units.
CREATE (:Event {name: 'Shangyu meeting on chemical industry rectification, safety and environmental protection',
                aliases: ['meeting on the rectification and improvement of the chemical industry and safety and environmental protection'],
                date: date('2016-03-23'), year: 2016,
                description: 'held the afternoon before the 24 March 2016 report'});
CREATE (:Person {name: 'Tao Guanfeng', aliases: ['Taoguanfeng'], description: 'head of Shangyu District'});
CREATE (:Person {name: 'Hu Wenwei', description: 'Shangyu district leader'});
CREATE (:Person {name: 'Ruan Miaojuan', aliases: ['Ruan miaojuan'], description: 'Shangyu district leader'});
CREATE (:Person {name: 'Fu Yawen', description: 'Shangyu district leader'});
CREATE (:Person {name: 'Wang Yongbiao', aliases: ['Wang yongbiao'], description: 'made the work arrangements at the meeting'});
MATCH (p:Person), (s:Region {name: 'Shangyu District'}) WHERE p.name IN ['Tao Guanfeng', 'Hu Wenwei', 'Ruan Miaojuan', 'Fu Yawen']
CREATE (p)-[:WORKS_FOR {title: CASE p.name WHEN 'Tao Guanfeng' THEN 'district head' ELSE 'district leader' END}]->(s);
MATCH (e:Event {year: 2016}), (t:Person {name: 'Tao Guanfeng'}) CREATE (t)-[:LEADS]->(e);
MATCH (e:Event {year: 2016}), (p:Person) WHERE p.name IN ['Hu Wenwei', 'Ruan Miaojuan', 'Fu Yawen', 'Wang Yongbiao']
CREATE (p)-[:PARTICIPATED_IN {role: CASE p.name WHEN 'Wang Yongbiao' THEN 'made work arrangements' ELSE 'attended' END}]->(e);
MATCH (e:Event {year: 2016}), (c:Cluster {name: 'Shangyu green high-end chemical industry cluster'}), (s:Region {name: 'Shangyu District'})
CREATE (e)-[:ABOUT]->(c), (e)-[:LOCATED_IN]->(s);
CREATE (:Agency {name: 'Administrative Committee of Hangzhou Bay Shangyu Economic and Technological Development Zone'});
CREATE (:Agency {name: 'Shangyu Economic and Information Technology Bureau', aliases: ['economic and Information Technology Bureau']});
CREATE (:Agency {name: 'Shangyu Safety Supervision Bureau', aliases: ['Safety Supervision Bureau']});
CREATE (:Agency {name: 'Shangyu Environmental Protection Bureau', aliases: ['environmental protection bureau']});
MATCH (a:Agency), (e:Event {year: 2016}), (s:Region {name: 'Shangyu District'}) WHERE a.name STARTS WITH 'Shangyu ' OR a.name STARTS WITH 'Administrative Committee of Hangzhou Bay'
CREATE (a)-[:PARTICIPATED_IN {role: 'made a statement'}]->(e), (a)-[:LOCATED_IN]->(s);
MATCH (d:Region {name: 'Daoxu Town'}), (e:Event {year: 2016}) CREATE (d)-[:PARTICIPATED_IN {role: 'made a statement'}]->(e);

// The article, dated 24 March 2016 ("yesterday afternoon" dates the meeting).
CREATE (:Article {name: '002_f8df8fdb0c928cbd.txt', date: date('2016-03-24'), language: 'en'});
MATCH (e:Event {year: 2016}), (a:Article {name: '002_f8df8fdb0c928cbd.txt'}) CREATE (e)-[:REPORTED_IN]->(a);

// Provenance.
MATCH (n) WHERE n.source IS NULL SET n.source = '002_f8df8fdb0c928cbd.txt';
MATCH ()-[r]->() WHERE r.source IS NULL SET r.source = '002_f8df8fdb0c928cbd.txt';
MATCH (n) WHERE n.source = '002_f8df8fdb0c928cbd.txt' AND NOT '002_f8df8fdb0c928cbd.txt' IN coalesce(n.sources, [])
SET n.sources = coalesce(n.sources, []) + '002_f8df8fdb0c928cbd.txt';
MATCH (n)-[r]-() WHERE r.source = '002_f8df8fdb0c928cbd.txt' WITH DISTINCT n WHERE NOT '002_f8df8fdb0c928cbd.txt' IN coalesce(n.sources, [])
SET n.sources = coalesce(n.sources, []) + '002_f8df8fdb0c928cbd.txt';

// Evidence: from scripts/locate_evidence.py, checked by hand against the article.
// A row per fact: where the article states it, as 'line:start-end' (byte offsets in the file).
UNWIND [
  ['002_f8df8fdb0c928cbd.txt', '9:196-210'],
  ['Administrative Committee of Hangzhou Bay Shangyu Economic and Technological Development Zone', '21:4500-4760'],
  ['Daoxu Town', '21:4500-4760'],
  ['Fu Yawen', '13:1230-1347'],
  ['Hangzhou Bay Shangyu Economic and Technological Development Zone', '21:4500-4760'],
  ['Hu Wenwei', '13:1230-1347'],
  ['Ruan Miaojuan', '13:1230-1347'],
  ['Shangyu District', '11:449-600'],
  ['Shangyu Economic and Information Technology Bureau', '21:4500-4760'],
  ['Shangyu Environmental Protection Bureau', '21:4500-4760'],
  ['Shangyu Safety Supervision Bureau', '21:4500-4760'],
  ['Shangyu chemical enterprise count controlled by 2020', '19:3452-3602'],
  ['Shangyu chemical enterprises clean production by 2017', '19:3181-3451'],
  ['Shangyu green high-end chemical industry cluster', '5:66-129'],
  ['Shangyu meeting on chemical industry rectification, safety and environmental protection', '11:449-600'],
  ['Tao Guanfeng', '11:693-916'],
  ['Wang Yongbiao', '13:1230-1347'],
  ['chemical industry', '15:1349-1502']
] AS fact
MATCH (n {name: fact[0]})
SET n.evidence = coalesce(n.evidence, []) + ('002_f8df8fdb0c928cbd.txt' + ':' + fact[1]),
    n.sources = CASE WHEN '002_f8df8fdb0c928cbd.txt' IN coalesce(n.sources, []) THEN n.sources ELSE coalesce(n.sources, []) + '002_f8df8fdb0c928cbd.txt' END;
UNWIND [
  ['Administrative Committee of Hangzhou Bay Shangyu Economic and Technological Development Zone', 'LOCATED_IN', 'Shangyu District', '21:4500-4760'],
  ['Administrative Committee of Hangzhou Bay Shangyu Economic and Technological Development Zone', 'PARTICIPATED_IN', 'Shangyu meeting on chemical industry rectification, safety and environmental protection', '21:4500-4760'],
  ['Daoxu Town', 'PARTICIPATED_IN', 'Shangyu meeting on chemical industry rectification, safety and environmental protection', '21:4500-4760'],
  ['Daoxu Town', 'PART_OF', 'Shangyu District', '21:4500-4760'],
  ['Fu Yawen', 'PARTICIPATED_IN', 'Shangyu meeting on chemical industry rectification, safety and environmental protection', '13:1230-1347'],
  ['Fu Yawen', 'WORKS_FOR', 'Shangyu District', '13:1230-1347'],
  ['Hangzhou Bay Shangyu Economic and Technological Development Zone', 'PART_OF', 'Shangyu District', '21:4500-4760'],
  ['Hu Wenwei', 'PARTICIPATED_IN', 'Shangyu meeting on chemical industry rectification, safety and environmental protection', '13:1230-1347'],
  ['Hu Wenwei', 'WORKS_FOR', 'Shangyu District', '13:1230-1347'],
  ['Ruan Miaojuan', 'PARTICIPATED_IN', 'Shangyu meeting on chemical industry rectification, safety and environmental protection', '13:1230-1347'],
  ['Ruan Miaojuan', 'WORKS_FOR', 'Shangyu District', '13:1230-1347'],
  ['Shangyu District', 'HOSTS', 'Shangyu green high-end chemical industry cluster', '11:706-940'],
  ['Shangyu District', 'HOSTS', 'chemical industry', '15:1349-1502'],
  ['Shangyu Economic and Information Technology Bureau', 'LOCATED_IN', 'Shangyu District', '21:4500-4760'],
  ['Shangyu Economic and Information Technology Bureau', 'PARTICIPATED_IN', 'Shangyu meeting on chemical industry rectification, safety and environmental protection', '21:4500-4760'],
  ['Shangyu Environmental Protection Bureau', 'LOCATED_IN', 'Shangyu District', '21:4500-4760'],
  ['Shangyu Environmental Protection Bureau', 'PARTICIPATED_IN', 'Shangyu meeting on chemical industry rectification, safety and environmental protection', '21:4500-4760'],
  ['Shangyu Safety Supervision Bureau', 'LOCATED_IN', 'Shangyu District', '21:4500-4760'],
  ['Shangyu Safety Supervision Bureau', 'PARTICIPATED_IN', 'Shangyu meeting on chemical industry rectification, safety and environmental protection', '21:4500-4760'],
  ['Shangyu green high-end chemical industry cluster', 'LOCATED_IN', 'Shangyu District', '11:706-940'],
  ['Shangyu meeting on chemical industry rectification, safety and environmental protection', 'ABOUT', 'Shangyu green high-end chemical industry cluster', '11:449-600'],
  ['Shangyu meeting on chemical industry rectification, safety and environmental protection', 'LOCATED_IN', 'Shangyu District', '11:449-600'],
  ['Shangyu meeting on chemical industry rectification, safety and environmental protection', 'REPORTED_IN', '002_f8df8fdb0c928cbd.txt', '11:449-600'],
  ['Tao Guanfeng', 'LEADS', 'Shangyu meeting on chemical industry rectification, safety and environmental protection', '11:693-916'],
  ['Tao Guanfeng', 'WORKS_FOR', 'Shangyu District', '11:693-916'],
  ['Wang Yongbiao', 'PARTICIPATED_IN', 'Shangyu meeting on chemical industry rectification, safety and environmental protection', '13:1230-1347'],
  ['chemical industry', 'HAS_TARGET', 'Shangyu chemical enterprise count controlled by 2020', '19:3452-3602'],
  ['chemical industry', 'HAS_TARGET', 'Shangyu chemical enterprises clean production by 2017', '19:3181-3451'],
  ['chemical industry', 'PART_OF', 'Shangyu green high-end chemical industry cluster', '5:66-129']
] AS fact
MATCH (a {name: fact[0]})-[r]->(b {name: fact[2]}) WHERE type(r) = fact[1] AND r.source = '002_f8df8fdb0c928cbd.txt'
SET r.evidence = coalesce(r.evidence, []) + ('002_f8df8fdb0c928cbd.txt' + ':' + fact[3]);

// seeds/003_04b11971600df4c6.cypher
// Shanxi's new material industry cluster in the Taixin (Taiyuan–Xinzhou) integrated
// economic zone: parks, chains (stainless steel, carbon fiber, synthetic biology) and the
// 2022 target. Reported 11 March, published 2022-04-25.
// Source: ../shared/seeds/003_04b11971600df4c6.txt. "too Xin" is 太忻 (Taixin); "the
// original economic and technological development zone" is Yuanping's (原平, 原 = original).

CREATE (:Region {name: 'Shanxi', level: 'province', aliases: ['Shanxi Province', 'our province']});
CREATE (:Zone {name: 'Taixin Integrated Economic Zone',
               aliases: ['Taixin integrated economic zone', 'too Xin integrated economic zone', 'taixin'],
               description: 'northern part of the "one group, two districts and three circles" layout around the central Shanxi urban agglomeration'});
MATCH (z:Zone {name: 'Taixin Integrated Economic Zone'}), (s:Region {name: 'Shanxi'}) CREATE (z)-[:PART_OF]->(s);
CREATE (:Agency {name: 'Shanxi Provincial Department of Industry and Information Technology',
                 aliases: ['provincial department of Industry and Information Technology']});
MATCH (a:Agency {name: 'Shanxi Provincial Department of Industry and Information Technology'}), (s:Region {name: 'Shanxi'})
CREATE (a)-[:LOCATED_IN]->(s);

// The cluster, its four material fields, and the four core parks.
CREATE (:Cluster {name: 'Taixin new material industry cluster', aliases: ['Shanxi new material industrial cluster'],
                  description: 'expected to make new materials a pillar industry of Shanxi'});
MATCH (c:Cluster {name: 'Taixin new material industry cluster'}), (z:Zone {name: 'Taixin Integrated Economic Zone'})
CREATE (c)-[:LOCATED_IN]->(z), (z)-[:HOSTS]->(c);
UNWIND ['advanced metallic materials', 'carbon new materials', 'new semiconductor materials', 'synthetic biomaterials'] AS field
CREATE (:Industry {name: field});
MATCH (i:Industry {name: 'carbon new materials'}) SET i.aliases = ['carbon new material'];
MATCH (i:Industry), (c:Cluster {name: 'Taixin new material industry cluster'}), (z:Zone {name: 'Taixin Integrated Economic Zone'})
WHERE i.name IN ['advanced metallic materials', 'carbon new materials', 'new semiconductor materials', 'synthetic biomaterials']
CREATE (i)-[:PART_OF]->(c), (z)-[:HOSTS]->(i);
CREATE (:IndustrialPark {name: 'Yangqu Industrial Park', aliases: ['YangQu industrial park']});
CREATE (:IndustrialPark {name: 'North Central High-tech Development Zone',
                         aliases: ['north high and new technology development zone', 'north-central High-tech Development Zone']});
CREATE (:IndustrialPark {name: 'Xinzhou Development Zone', aliases: ['xinzhou development zone']});
CREATE (:IndustrialPark {name: 'Yuanping Economic and Technological Development Zone',
                         aliases: ['the original economic and technological development zone', 'original economic and technological development zone']});
MATCH (p:IndustrialPark), (z:Zone {name: 'Taixin Integrated Economic Zone'}), (s:Region {name: 'Shanxi'})
WHERE p.name IN ['Yangqu Industrial Park', 'North Central High-tech Development Zone', 'Xinzhou Development Zone',
                 'Yuanping Economic and Technological Development Zone']
CREATE (p)-[:PART_OF]->(z), (p)-[:LOCATED_IN]->(s);
// The cluster lies in the zone, with these four parks (development zones) as its core.
MATCH (p:IndustrialPark), (c:Cluster {name: 'Taixin new material industry cluster'})
WHERE p.name IN ['Yangqu Industrial Park', 'North Central High-tech Development Zone', 'Xinzhou Development Zone',
                 'Yuanping Economic and Technological Development Zone']
CREATE (c)-[:LOCATED_IN {role: 'core park'}]->(p);

// Stainless steel: the whole chain, in the North Central High-tech Zone and Yangqu Industrial Park.
CHAIN (:Industry) 'smelting' → (:Material) 'stainless steel' → (:Product) 'cold rolled plate' → (:Product) 'deep processing products'
VIA FEEDS SOURCE '003_04b11971600df4c6.txt', LINE 5;
MATCH (p:IndustrialPark), (m) WHERE p.name IN ['North Central High-tech Development Zone', 'Yangqu Industrial Park']
  AND m.name IN ['smelting', 'stainless steel', 'cold rolled plate', 'deep processing products']
CREATE (p)-[:HOSTS]->(m);
MATCH (m:Material {name: 'stainless steel'}), (i:Industry {name: 'advanced metallic materials'}) CREATE (m)-[:APPLIED_IN]->(i);

// High-end carbon fiber, in Yangqu Industrial Park, for aerospace, aviation, building reinforcement and new energy.
CHAIN (:Material) 'acrylonitrile' → 'polyacrylonitrile filament' → 'high-performance carbon fiber'
  → { (:Product) 'prepreg', (:Product) 'prefabricated parts' } → (:Product) 'composite material parts' → (:Product) 'terminal products'
VIA FEEDS SOURCE '003_04b11971600df4c6.txt', LINE 5;
MATCH (m:Material {name: 'polyacrylonitrile filament'}) SET m.aliases = ['PAN filament'];
MATCH (m:Material {name: 'high-performance carbon fiber'}) SET m.aliases = ['carbon fiber', 'high-end carbon fiber'];
MATCH (p:IndustrialPark {name: 'Yangqu Industrial Park'}), (m)
WHERE m.name IN ['acrylonitrile', 'polyacrylonitrile filament', 'high-performance carbon fiber', 'prepreg', 'prefabricated parts',
                 'composite material parts', 'terminal products']
CREATE (p)-[:HOSTS]->(m);
UNWIND ['aerospace', 'aviation', 'building reinforcement', 'new energy'] AS field
CREATE (:Industry {name: field});
MATCH (t:Product {name: 'terminal products'}), (i:Industry) WHERE i.name IN ['aerospace', 'aviation', 'building reinforcement', 'new energy']
CREATE (t)-[:APPLIED_IN]->(i);
MATCH (m:Material {name: 'high-performance carbon fiber'}), (i:Industry {name: 'carbon new materials'}) CREATE (m)-[:APPLIED_IN]->(i);

// Synthetic biology, with Cathay (Taiyuan) Biotechnology as the core.
CREATE (:Enterprise {name: 'Cathay (Taiyuan) Biotechnology Co., Ltd.',
                     aliases: ['cathay (taiyuan) biological technology co., LTD.']});
CREATE (:Region {name: 'Taiyuan', level: 'prefecture-level city'});
MATCH (e:Enterprise {name: 'Cathay (Taiyuan) Biotechnology Co., Ltd.'}), (t:Region {name: 'Taiyuan'}),
      (i:Industry {name: 'synthetic biomaterials'})
CREATE (e)-[:LOCATED_IN]->(t), (e)-[:LEADS {description: 'the core of the synthetic biology chains'}]->(i);
CHAIN (:Industry) 'corn processing' → (:Material) 'pentanediamine' → (:Material) 'bio-based polyamides'
  → { (:Product) 'industrial silk', (:Product) 'civilian silk' }
VIA FEEDS SOURCE '003_04b11971600df4c6.txt', LINE 5;
MATCH (p:Product {name: 'industrial silk'}) SET p.aliases = ['industrial, civilian silk'];
MATCH (m:Material {name: 'pentanediamine'}) SET m.aliases = ['glutaric Ann'];
CHAIN (:Material) 'alkane' → 'long chain dibasic acid' → 'long chain polyamide' → { (:Product) 'special nylon', (:Product) 'textile fiber' }
VIA FEEDS SOURCE '003_04b11971600df4c6.txt', LINE 5;
CHAIN (:Product) 'textile fiber' → 'clothing' VIA FEEDS SOURCE '003_04b11971600df4c6.txt', LINE 5;
MATCH (e:Enterprise {name: 'Cathay (Taiyuan) Biotechnology Co., Ltd.'}), (m:Material)
WHERE m.name IN ['pentanediamine', 'long chain dibasic acid']
CREATE (e)-[:LEADS]->(m);
MATCH (m:Material), (i:Industry {name: 'synthetic biomaterials'}) WHERE m.name IN ['bio-based polyamides', 'long chain polyamide']
CREATE (m)-[:APPLIED_IN]->(i);

// Goals. "3 to 5 chains" is a range (minimum 3, maximum 5); the 2022 output target is for
// "the end of this year" in an article of 2022.
CREATE (:Target {name: 'Shanxi new material output value 2022', metric: 'total industrial output value of the new material industry',
                 year: 2022, value: 200e9, unit: 'yuan', description: 'reach or break through 200 billion yuan by the end of the year'});
CREATE (:Target {name: 'Shanxi characteristic new material chains', metric: 'characteristic new material industrial chains with national comparative advantages',
                 minimum: 3.0, maximum: 5.0, unit: 'chains', description: 'cultivate 3 to 5 chains'});
CREATE (:Target {name: 'Taixin synthetic biology cluster scale', metric: 'scale of the synthetic biology industry cluster',
                 aliases: ['billions of industry cluster'], unit: 'yuan',
                 description: 'an industry cluster worth billions around the Cathay (Taiyuan) chains'});
MATCH (s:Region {name: 'Shanxi'}), (t:Target) WHERE t.name IN ['Shanxi new material output value 2022', 'Shanxi characteristic new material chains']
CREATE (s)-[:HAS_TARGET]->(t);
MATCH (i:Industry {name: 'synthetic biomaterials'}), (t:Target {name: 'Taixin synthetic biology cluster scale'}) CREATE (i)-[:HAS_TARGET]->(t);

// The announcement of 11 March 2022.
CREATE (:Event {name: 'Shanxi announcement of the Taixin new material cluster', date: date('2022-03-11'), year: 2022,
                aliases: ['March 11']});
MATCH (e:Event {name: 'Shanxi announcement of the Taixin new material cluster'}),
      (a:Agency {name: 'Shanxi Provincial Department of Industry and Information Technology'}),
      (c:Cluster {name: 'Taixin new material industry cluster'}), (s:Region {name: 'Shanxi'})
CREATE (a)-[:PARTICIPATED_IN {role: 'announced'}]->(e), (e)-[:ABOUT]->(c), (e)-[:LOCATED_IN]->(s);

// The article, published 2022-04-25.
CREATE (:Article {name: '003_04b11971600df4c6.txt', date: date('2022-04-25'), language: 'en'});
MATCH (e:Event {name: 'Shanxi announcement of the Taixin new material cluster'}), (a:Article {name: '003_04b11971600df4c6.txt'})
CREATE (e)-[:REPORTED_IN]->(a);

// Provenance.
MATCH (n) WHERE n.source IS NULL SET n.source = '003_04b11971600df4c6.txt';
MATCH ()-[r]->() WHERE r.source IS NULL SET r.source = '003_04b11971600df4c6.txt';
MATCH (n) WHERE n.source = '003_04b11971600df4c6.txt' AND NOT '003_04b11971600df4c6.txt' IN coalesce(n.sources, [])
SET n.sources = coalesce(n.sources, []) + '003_04b11971600df4c6.txt';
MATCH (n)-[r]-() WHERE r.source = '003_04b11971600df4c6.txt' WITH DISTINCT n WHERE NOT '003_04b11971600df4c6.txt' IN coalesce(n.sources, [])
SET n.sources = coalesce(n.sources, []) + '003_04b11971600df4c6.txt';

// Evidence: from scripts/locate_evidence.py, checked by hand against the article.
// A row per fact: where the article states it, as 'line:start-end' (byte offsets in the file).
UNWIND [
  ['003_04b11971600df4c6.txt', '3:79-94'],
  ['Cathay (Taiyuan) Biotechnology Co., Ltd.', '5:2158-2337'],
  ['North Central High-tech Development Zone', '5:1028-1250'],
  ['Shanxi', '1:0-77'],
  ['Shanxi Provincial Department of Industry and Information Technology', '5:96-484'],
  ['Shanxi announcement of the Taixin new material cluster', '5:96-484'],
  ['Shanxi characteristic new material chains', '5:2565-2828'],
  ['Shanxi new material output value 2022', '5:2828-3108'],
  ['Taixin Integrated Economic Zone', '1:0-77'],
  ['Taixin new material industry cluster', '1:0-77'],
  ['Taixin synthetic biology cluster scale', '5:2326-2565'],
  ['Taiyuan', '5:2158-2337'],
  ['Xinzhou Development Zone', '5:1076-1300'],
  ['Yangqu Industrial Park', '5:964-1188'],
  ['Yuanping Economic and Technological Development Zone', '5:1076-1300'],
  ['acrylonitrile', '5:1758-2158'],
  ['advanced metallic materials', '5:1189-1354'],
  ['aerospace', '5:1758-2158'],
  ['alkane', '5:2326-2565'],
  ['aviation', '5:1758-2158'],
  ['bio-based polyamides', '5:2290-2528'],
  ['building reinforcement', '5:1758-2158'],
  ['carbon new materials', '5:1189-1354'],
  ['civilian silk', '5:2326-2565'],
  ['clothing', '5:2326-2565'],
  ['cold rolled plate', '5:1436-1758'],
  ['composite material parts', '5:1758-2158'],
  ['corn processing', '5:2241-2480'],
  ['deep processing products', '5:1436-1758'],
  ['high-performance carbon fiber', '5:1758-2158'],
  ['industrial silk', '5:2326-2565'],
  ['long chain dibasic acid', '5:2326-2565'],
  ['long chain polyamide', '5:2326-2565'],
  ['new energy', '5:1758-2158'],
  ['new semiconductor materials', '5:1189-1354'],
  ['pentanediamine', '5:2290-2528'],
  ['polyacrylonitrile filament', '5:1758-2158'],
  ['prefabricated parts', '5:1758-2158'],
  ['prepreg', '5:1758-2158'],
  ['smelting', '5:1436-1758'],
  ['special nylon', '5:2326-2565'],
  ['stainless steel', '5:1436-1758'],
  ['synthetic biomaterials', '5:1189-1354'],
  ['terminal products', '5:1758-2158'],
  ['textile fiber', '5:2326-2565']
] AS fact
MATCH (n {name: fact[0]})
SET n.evidence = coalesce(n.evidence, []) + ('003_04b11971600df4c6.txt' + ':' + fact[1]),
    n.sources = CASE WHEN '003_04b11971600df4c6.txt' IN coalesce(n.sources, []) THEN n.sources ELSE coalesce(n.sources, []) + '003_04b11971600df4c6.txt' END;
UNWIND [
  ['Cathay (Taiyuan) Biotechnology Co., Ltd.', 'LEADS', 'long chain dibasic acid', '5:2158-2436'],
  ['Cathay (Taiyuan) Biotechnology Co., Ltd.', 'LEADS', 'pentanediamine', '5:2158-2337'],
  ['Cathay (Taiyuan) Biotechnology Co., Ltd.', 'LEADS', 'synthetic biomaterials', '5:2158-2337'],
  ['Cathay (Taiyuan) Biotechnology Co., Ltd.', 'LOCATED_IN', 'Taiyuan', '5:2158-2337'],
  ['North Central High-tech Development Zone', 'HOSTS', 'cold rolled plate', '5:1436-1758'],
  ['North Central High-tech Development Zone', 'HOSTS', 'deep processing products', '5:1436-1758'],
  ['North Central High-tech Development Zone', 'HOSTS', 'smelting', '5:1436-1758'],
  ['North Central High-tech Development Zone', 'HOSTS', 'stainless steel', '5:1436-1758'],
  ['North Central High-tech Development Zone', 'LOCATED_IN', 'Shanxi', '5:840-1075'],
  ['North Central High-tech Development Zone', 'PART_OF', 'Taixin Integrated Economic Zone', '5:905-1101'],
  ['Shanxi', 'HAS_TARGET', 'Shanxi characteristic new material chains', '5:2565-2828'],
  ['Shanxi', 'HAS_TARGET', 'Shanxi new material output value 2022', '5:2828-3108'],
  ['Shanxi Provincial Department of Industry and Information Technology', 'LOCATED_IN', 'Shanxi', '5:96-484'],
  ['Shanxi Provincial Department of Industry and Information Technology', 'PARTICIPATED_IN', 'Shanxi announcement of the Taixin new material cluster', '5:96-484'],
  ['Shanxi announcement of the Taixin new material cluster', 'ABOUT', 'Taixin new material industry cluster', '5:96-484'],
  ['Shanxi announcement of the Taixin new material cluster', 'LOCATED_IN', 'Shanxi', '5:96-484'],
  ['Shanxi announcement of the Taixin new material cluster', 'REPORTED_IN', '003_04b11971600df4c6.txt', '5:96-484'],
  ['Taixin Integrated Economic Zone', 'HOSTS', 'Taixin new material industry cluster', '1:0-77'],
  ['Taixin Integrated Economic Zone', 'HOSTS', 'advanced metallic materials', '5:905-1250'],
  ['Taixin Integrated Economic Zone', 'HOSTS', 'carbon new materials', '5:905-1271'],
  ['Taixin Integrated Economic Zone', 'HOSTS', 'new semiconductor materials', '5:905-1300'],
  ['Taixin Integrated Economic Zone', 'HOSTS', 'synthetic biomaterials', '5:1189-1354'],
  ['Taixin Integrated Economic Zone', 'PART_OF', 'Shanxi', '1:0-77'],
  ['Taixin new material industry cluster', 'LOCATED_IN', 'North Central High-tech Development Zone', '5:1028-1250'],
  ['Taixin new material industry cluster', 'LOCATED_IN', 'Taixin Integrated Economic Zone', '1:0-77'],
  ['Taixin new material industry cluster', 'LOCATED_IN', 'Xinzhou Development Zone', '5:1076-1300'],
  ['Taixin new material industry cluster', 'LOCATED_IN', 'Yangqu Industrial Park', '5:964-1188'],
  ['Taixin new material industry cluster', 'LOCATED_IN', 'Yuanping Economic and Technological Development Zone', '5:1076-1300'],
  ['Xinzhou Development Zone', 'LOCATED_IN', 'Shanxi', '5:840-1101'],
  ['Xinzhou Development Zone', 'PART_OF', 'Taixin Integrated Economic Zone', '5:905-1101'],
  ['Yangqu Industrial Park', 'HOSTS', 'acrylonitrile', '5:1758-2158'],
  ['Yangqu Industrial Park', 'HOSTS', 'cold rolled plate', '5:1436-1758'],
  ['Yangqu Industrial Park', 'HOSTS', 'composite material parts', '5:1758-2158'],
  ['Yangqu Industrial Park', 'HOSTS', 'deep processing products', '5:1436-1758'],
  ['Yangqu Industrial Park', 'HOSTS', 'high-performance carbon fiber', '5:1758-2158'],
  ['Yangqu Industrial Park', 'HOSTS', 'polyacrylonitrile filament', '5:1758-2158'],
  ['Yangqu Industrial Park', 'HOSTS', 'prefabricated parts', '5:1758-2158'],
  ['Yangqu Industrial Park', 'HOSTS', 'prepreg', '5:1758-2158'],
  ['Yangqu Industrial Park', 'HOSTS', 'smelting', '5:1436-1758'],
  ['Yangqu Industrial Park', 'HOSTS', 'stainless steel', '5:1436-1758'],
  ['Yangqu Industrial Park', 'HOSTS', 'terminal products', '5:1758-2158'],
  ['Yangqu Industrial Park', 'LOCATED_IN', 'Shanxi', '5:840-1075'],
  ['Yangqu Industrial Park', 'PART_OF', 'Taixin Integrated Economic Zone', '5:905-1101'],
  ['Yuanping Economic and Technological Development Zone', 'LOCATED_IN', 'Shanxi', '5:840-1188'],
  ['Yuanping Economic and Technological Development Zone', 'PART_OF', 'Taixin Integrated Economic Zone', '5:905-1188'],
  ['acrylonitrile', 'FEEDS', 'polyacrylonitrile filament', '5:1758-2158'],
  ['advanced metallic materials', 'PART_OF', 'Taixin new material industry cluster', '5:1189-1354'],
  ['alkane', 'FEEDS', 'long chain dibasic acid', '5:2326-2565'],
  ['bio-based polyamides', 'APPLIED_IN', 'synthetic biomaterials', '5:2290-2528'],
  ['bio-based polyamides', 'FEEDS', 'civilian silk', '5:2290-2528'],
  ['bio-based polyamides', 'FEEDS', 'industrial silk', '5:2290-2528'],
  ['carbon new materials', 'PART_OF', 'Taixin new material industry cluster', '5:1189-1354'],
  ['cold rolled plate', 'FEEDS', 'deep processing products', '5:1436-1758'],
  ['composite material parts', 'FEEDS', 'terminal products', '5:1758-2158'],
  ['corn processing', 'FEEDS', 'pentanediamine', '5:2241-2480'],
  ['high-performance carbon fiber', 'APPLIED_IN', 'carbon new materials', '5:1758-2158'],
  ['high-performance carbon fiber', 'FEEDS', 'prefabricated parts', '5:1758-2158'],
  ['high-performance carbon fiber', 'FEEDS', 'prepreg', '5:1758-2158'],
  ['long chain dibasic acid', 'FEEDS', 'long chain polyamide', '5:2326-2565'],
  ['long chain polyamide', 'APPLIED_IN', 'synthetic biomaterials', '5:2326-2565'],
  ['long chain polyamide', 'FEEDS', 'special nylon', '5:2326-2565'],
  ['long chain polyamide', 'FEEDS', 'textile fiber', '5:2326-2565'],
  ['new semiconductor materials', 'PART_OF', 'Taixin new material industry cluster', '5:1189-1354'],
  ['pentanediamine', 'FEEDS', 'bio-based polyamides', '5:2290-2528'],
  ['polyacrylonitrile filament', 'FEEDS', 'high-performance carbon fiber', '5:1758-2158'],
  ['prefabricated parts', 'FEEDS', 'composite material parts', '5:1758-2158'],
  ['prepreg', 'FEEDS', 'composite material parts', '5:1758-2158'],
  ['smelting', 'FEEDS', 'stainless steel', '5:1436-1758'],
  ['stainless steel', 'APPLIED_IN', 'advanced metallic materials', '5:1436-1758'],
  ['stainless steel', 'FEEDS', 'cold rolled plate', '5:1436-1758'],
  ['synthetic biomaterials', 'HAS_TARGET', 'Taixin synthetic biology cluster scale', '5:2326-2565'],
  ['synthetic biomaterials', 'PART_OF', 'Taixin new material industry cluster', '5:1189-1354'],
  ['terminal products', 'APPLIED_IN', 'aerospace', '5:1758-2158'],
  ['terminal products', 'APPLIED_IN', 'aviation', '5:1758-2158'],
  ['terminal products', 'APPLIED_IN', 'building reinforcement', '5:1758-2158'],
  ['terminal products', 'APPLIED_IN', 'new energy', '5:1758-2158'],
  ['textile fiber', 'FEEDS', 'clothing', '5:2326-2565']
] AS fact
MATCH (a {name: fact[0]})-[r]->(b {name: fact[2]}) WHERE type(r) = fact[1] AND r.source = '003_04b11971600df4c6.txt'
SET r.evidence = coalesce(r.evidence, []) + ('003_04b11971600df4c6.txt' + ':' + fact[3]);

// seeds/004_3ba3c5d7ee2c0bc0.cypher
// 衢州主动对接央企: Quzhou's party secretary Sun Jianguo (孙建国) meets China General
// Technology Group and the China Textile Academy in Beijing (Zhejiang Online, 18 September;
// the year is not in the page). The silicon → photovoltaics chain, Quzhou's characteristic
// industries, its cooperation agreements and goals.
// Source: ../shared/seeds/004_3ba3c5d7ee2c0bc0.txt (Chinese; English names are ours).

// The chain, as the article writes it (─ separators, Chinese names). The English nodes
// are created first with the Chinese names as aliases, so CHAIN merges onto them.
CREATE (:Material {name: 'industrial silicon', name_zh: '工业硅', aliases: ['工业硅']});
CREATE (:Material {name: 'polysilicon', name_zh: '多晶硅', aliases: ['多晶硅']});
CREATE (:Material {name: 'monocrystalline silicon', name_zh: '单晶硅', aliases: ['单晶硅']});
CREATE (:Industry {name: 'photovoltaic industry', name_zh: '光伏产业', aliases: ['光伏产业', 'photovoltaics']});
CREATE (:Material {name: 'information materials', name_zh: '信息材料', aliases: ['信息材料']});
CHAIN (:Material) '工业硅' ─ '多晶硅' ─ '单晶硅' ─ (:Industry) '光伏产业' ─ (:Material) '信息材料'
VIA FEEDS SOURCE '004_3ba3c5d7ee2c0bc0.txt', LINE 36;
MATCH (q:Region {name: 'Quzhou'}), (i:Industry {name: 'photovoltaic industry'}) CREATE (q)-[:HOSTS]->(i);
MATCH (i:Industry {name: 'fluorosilicone new materials'})
SET i.aliases = coalesce(i.aliases, []) + '氟硅新材料' + '氟硅产业';
CREATE (:Zone {name: 'National Torch Program Quzhou fluorosilicone new material industry base', name_zh: '国家火炬计划氟硅新材料产业基地'});
MATCH (z:Zone {name: 'National Torch Program Quzhou fluorosilicone new material industry base'}), (q:Region {name: 'Quzhou'}),
      (i:Industry {name: 'fluorosilicone new materials'})
CREATE (z)-[:PART_OF]->(q), (z)-[:HOSTS]->(i);

// Quzhou's characteristic advantageous industries (特色优势产业; HOSTS role 'characteristic
// industry'), apart from the sectors it builds (equipment manufacturing) and the chain above.
UNWIND [['air power machinery', '空气动力机械'], ['high-grade special paper', '高档特种纸'],
        ['high-voltage power transmission and distribution', '高压输配电'], ['metal products', '金属制品'],
        ['new building materials', '新型建材'], ['equipment manufacturing', '装备制造业']] AS industry
CREATE (:Industry {name: industry[0], name_zh: industry[1], aliases: [industry[1]]});
MATCH (q:Region {name: 'Quzhou'}), (i:Industry)
WHERE i.name IN ['fluorosilicone new materials', 'air power machinery', 'high-grade special paper',
                 'high-voltage power transmission and distribution', 'metal products', 'new building materials']
CREATE (q)-[:HOSTS {role: 'characteristic industry'}]->(i);
MATCH (q:Region {name: 'Quzhou'}), (i:Industry {name: 'equipment manufacturing'}) CREATE (q)-[:HOSTS]->(i);
// "36% or more a year, six years in a row": a range with a minimum only.
CREATE (:Figure {name: 'Quzhou industrial growth, six years', metric: 'growth of total industrial output',
                 minimum: 36.0, unit: 'percent a year', consecutive_years: 6,
                 description: 'at least 36% a year for six consecutive years'});
MATCH (q:Region {name: 'Quzhou'}), (f:Figure {name: 'Quzhou industrial growth, six years'}) CREATE (q)-[:HAS_FIGURE]->(f);
CREATE (:Target {name: 'Quzhou equipment manufacturing 100-billion sector',
                 metric: 'industry sector scale', value: 100e9, unit: 'yuan'});
CREATE (:Target {name: 'Quzhou fluorosilicone 100-billion sector',
                 metric: 'industry sector scale', value: 100e9, unit: 'yuan'});
MATCH (q:Region {name: 'Quzhou'}), (t:Target) WHERE t.name IN ['Quzhou equipment manufacturing 100-billion sector', 'Quzhou fluorosilicone 100-billion sector']
CREATE (q)-[:HAS_TARGET]->(t);

// People.
CREATE (:Person {name: 'Sun Jianguo', name_zh: '孙建国', aliases: ['孙建国'], description: 'party secretary of Quzhou'});
MATCH (p:Person {name: 'Sun Jianguo'}), (q:Region {name: 'Quzhou'}) CREATE (p)-[:WORKS_FOR {title: 'party secretary'}]->(q);

// China General Technology Group, formed from six national enterprises (three named), and
// the two companies whose officers met the delegation (the article does not say how they
// relate to the group).
CREATE (:Enterprise {name: 'China General Technology Group', name_zh: '中国通用技术集团', aliases: ['中国通用技术集团'],
                     formed_from_enterprises: 6,
                     description: "China's largest technology import service provider; plans a heavy equipment manufacturing base in East China"});
UNWIND [['China National Technical Import and Export Corporation', '中国技术进出口总公司'],
        ['China National Machinery Import and Export Corporation', '中国机械进出口(集团)有限公司'],
        ['China National Instruments Import and Export Corporation', '中国仪器进出口总公司'],
        ['CMC International Tendering', '中技国际招标公司'], ['General Consulting', '通用咨询公司']] AS company
CREATE (:Enterprise {name: company[0], name_zh: company[1], aliases: [company[1]]});
MATCH (g:Enterprise {name: 'China General Technology Group'}), (e:Enterprise)
WHERE e.name IN ['China National Technical Import and Export Corporation', 'China National Machinery Import and Export Corporation',
                 'China National Instruments Import and Export Corporation']
CREATE (e)-[:PART_OF {role: 'founding enterprise'}]->(g);
CREATE (:Person {name: 'Song Ning', name_zh: '宋宁', aliases: ['宋宁']});
CREATE (:Person {name: 'Liu Debing', name_zh: '刘德冰', aliases: ['刘德冰']});
CREATE (:Person {name: 'Huang Meiyan', name_zh: '黄梅艳', aliases: ['黄梅艳']});
MATCH (p:Person {name: 'Song Ning'}), (g:Enterprise {name: 'China General Technology Group'})
CREATE (p)-[:WORKS_FOR {title: 'deputy general manager'}]->(g);
MATCH (p:Person {name: 'Liu Debing'}), (c:Enterprise {name: 'CMC International Tendering'}), (g:Enterprise {name: 'General Consulting'})
CREATE (p)-[:WORKS_FOR {title: 'party secretary and general manager'}]->(c), (p)-[:WORKS_FOR {title: 'chairman'}]->(g);
MATCH (p:Person {name: 'Huang Meiyan'}), (g:Enterprise {name: 'China General Technology Group'})
CREATE (p)-[:WORKS_FOR {title: 'deputy general manager of the strategy and development department'}]->(g);
MATCH (q:Region {name: 'Quzhou'}), (g:Enterprise {name: 'China General Technology Group'})
UNWIND ['equipment manufacturing', 'fluorosilicone industry', 'photovoltaic industry', 'medicine'] AS field
CREATE (q)-[:COOPERATES_WITH {field: field}]->(g);

// China Textile Academy: technology downstream of Quzhou's fluorosilicone industry.
CREATE (:Institute {name: 'China Textile Academy', name_zh: '中国纺织科学研究院', aliases: ['中国纺织科学研究院', '中纺院'],
                    description: "the textile industry's largest comprehensive research and development institution"});
CREATE (:Person {name: 'Zhao Qiang', name_zh: '赵强', aliases: ['赵强']});
CREATE (:Person {name: 'Li Qingfeng', name_zh: '李庆峰', aliases: ['李庆峰']});
CREATE (:Person {name: 'Zhuang Xiaoxiong', name_zh: '庄晓雄', aliases: ['庄晓雄']});
MATCH (a:Institute {name: 'China Textile Academy'}), (p:Person) WHERE p.name IN ['Zhao Qiang', 'Li Qingfeng', 'Zhuang Xiaoxiong']
CREATE (p)-[:WORKS_FOR {title: CASE p.name WHEN 'Zhao Qiang' THEN 'president' WHEN 'Li Qingfeng' THEN 'vice president' ELSE 'assistant to the president' END}]->(a);
UNWIND [['fluorine-containing nonwovens', '含氟无纺布'], ['coated composite materials', '涂层复合材料'],
        ['polyphenylene sulfide', '聚苯硫醚'], ['polyimide', '聚酰亚胺'], ['special fibers', '特种纤维'],
        ['composite textiles', '复合纺织品']] AS product
CREATE (:Product {name: product[0], name_zh: product[1], aliases: [product[1]]});
MATCH (a:Institute {name: 'China Textile Academy'}), (p:Product)
WHERE p.name IN ['fluorine-containing nonwovens', 'coated composite materials', 'polyphenylene sulfide', 'polyimide', 'special fibers', 'composite textiles']
CREATE (a)-[:DEVELOPS]->(p);
MATCH (i:Industry {name: 'fluorosilicone new materials'}), (p:Product) WHERE p.name IN ['fluorine-containing nonwovens', 'coated composite materials']
CREATE (i)-[:FEEDS]->(p);
MATCH (q:Region {name: 'Quzhou'}), (a:Institute {name: 'China Textile Academy'})
UNWIND ['fluorine- and silicon-containing new materials', 'fluorosilicone downstream industries', 'special textile materials'] AS field
CREATE (q)-[:COOPERATES_WITH {field: field}]->(a);

// Earlier cooperation agreements.
UNWIND [['China State Construction Engineering Corporation', '中建集团'], ['China National Nuclear Corporation', '中核集团']] AS company
CREATE (:Enterprise {name: company[0], name_zh: company[1], aliases: [company[1]]});
MATCH (q:Region {name: 'Quzhou'}), (e:Enterprise) WHERE e.name IN ['China State Construction Engineering Corporation', 'China National Nuclear Corporation']
CREATE (q)-[:COOPERATES_WITH {field: 'strategic cooperation agreement'}]->(e);
UNWIND [['Changchun Institute of Applied Chemistry, CAS', '中科院长春应化所'],
        ['Yangtze Delta Region Institute of Tsinghua University, Zhejiang', '浙江清华长三角研究院'],
        ['Zhejiang University of Technology', '浙江工业大学'], ['Hangzhou Dianzi University', '杭州电子科技大学']] AS institute
CREATE (:Institute {name: institute[0], name_zh: institute[1], aliases: [institute[1]]});
MATCH (q:Region {name: 'Quzhou'}), (i:Institute)
WHERE i.name IN ['Changchun Institute of Applied Chemistry, CAS', 'Yangtze Delta Region Institute of Tsinghua University, Zhejiang',
                 'Zhejiang University of Technology', 'Hangzhou Dianzi University']
CREATE (q)-[:COOPERATES_WITH {field: 'science and technology cooperation agreement'}]->(i);

// Six years of industry–science cooperation fairs, and the "四个一百" talent policy.
CREATE (:Event {name: 'Quzhou industry and science-enterprise cooperation fair', name_zh: '工业科企合作洽谈会',
                aliases: ['工业科企合作洽谈会'], consecutive_years: 6, description: 'held by Quzhou six years in a row'});
MATCH (q:Region {name: 'Quzhou'}), (e:Event {name: 'Quzhou industry and science-enterprise cooperation fair'})
CREATE (q)-[:PARTICIPATED_IN {role: 'host'}]->(e);
CREATE (:Policy {name: 'Four Hundreds talent policy', name_zh: '四个一百', aliases: ['四个一百'],
                 description: 'a talent attraction policy that Quzhou issued'});
MATCH (q:Region {name: 'Quzhou'}), (p:Policy {name: 'Four Hundreds talent policy'}) CREATE (q)-[:ISSUED]->(p);

// The Beijing visit.
CREATE (:Event {name: 'Quzhou delegation meets central enterprises in Beijing', name_zh: '衢州主动对接央企',
                description: 'reported by Zhejiang Online on 18 September; morning with China General Technology Group, afternoon at the China Textile Academy'});
CREATE (:Region {name: 'Beijing', level: 'municipality', aliases: ['京']});
MATCH (e:Event {name: 'Quzhou delegation meets central enterprises in Beijing'}), (s:Person {name: 'Sun Jianguo'}),
      (b:Region {name: 'Beijing'}), (g:Enterprise {name: 'China General Technology Group'}), (a:Institute {name: 'China Textile Academy'})
CREATE (s)-[:LEADS]->(e), (e)-[:LOCATED_IN]->(b), (e)-[:VISITED]->(g), (e)-[:VISITED]->(a);
MATCH (e:Event {name: 'Quzhou delegation meets central enterprises in Beijing'}), (p:Person)
WHERE p.name IN ['Song Ning', 'Liu Debing', 'Huang Meiyan', 'Zhao Qiang', 'Li Qingfeng', 'Zhuang Xiaoxiong']
CREATE (p)-[:PARTICIPATED_IN {role: 'host'}]->(e);

// The article (Zhejiang Online, 18 September; no year).
CREATE (:Article {name: '004_3ba3c5d7ee2c0bc0.txt', language: 'zh', publisher: 'Zhejiang Online',
                  description: 'reported on 18 September; the year is not in the page'});
MATCH (e:Event {name: 'Quzhou delegation meets central enterprises in Beijing'}), (a:Article {name: '004_3ba3c5d7ee2c0bc0.txt'})
CREATE (e)-[:REPORTED_IN]->(a);

// Provenance (Quzhou and the fluorosilicone industry also appear here).
MATCH (n) WHERE n.source IS NULL SET n.source = '004_3ba3c5d7ee2c0bc0.txt';
MATCH ()-[r]->() WHERE r.source IS NULL SET r.source = '004_3ba3c5d7ee2c0bc0.txt';
MATCH (n) WHERE n.source = '004_3ba3c5d7ee2c0bc0.txt' AND NOT '004_3ba3c5d7ee2c0bc0.txt' IN coalesce(n.sources, [])
SET n.sources = coalesce(n.sources, []) + '004_3ba3c5d7ee2c0bc0.txt';
MATCH (n)-[r]-() WHERE r.source = '004_3ba3c5d7ee2c0bc0.txt' WITH DISTINCT n WHERE NOT '004_3ba3c5d7ee2c0bc0.txt' IN coalesce(n.sources, [])
SET n.sources = coalesce(n.sources, []) + '004_3ba3c5d7ee2c0bc0.txt';

// Evidence: from scripts/locate_evidence.py, checked by hand against the article.
// A row per fact: where the article states it, as 'line:start-end' (byte offsets in the file).
UNWIND [
  ['004_3ba3c5d7ee2c0bc0.txt', '24:487-753'],
  ['Beijing', '24:487-753'],
  ['CMC International Tendering', '26:757-999'],
  ['Changchun Institute of Applied Chemistry, CAS', '38:4268-4635'],
  ['China General Technology Group', '24:487-753'],
  ['China National Instruments Import and Export Corporation', '26:999-1315'],
  ['China National Machinery Import and Export Corporation', '26:999-1315'],
  ['China National Nuclear Corporation', '30:1937-2199'],
  ['China National Technical Import and Export Corporation', '26:999-1315'],
  ['China State Construction Engineering Corporation', '30:1937-2199'],
  ['China Textile Academy', '24:487-753'],
  ['Four Hundreds talent policy', '38:4635-4756'],
  ['General Consulting', '26:757-999'],
  ['Hangzhou Dianzi University', '38:4268-4635'],
  ['Huang Meiyan', '26:757-999'],
  ['Li Qingfeng', '34:3275-3469'],
  ['Liu Debing', '26:757-999'],
  ['National Torch Program Quzhou fluorosilicone new material industry base', '36:3789-4115'],
  ['Quzhou', '24:487-753'],
  ['Quzhou delegation meets central enterprises in Beijing', '16:383-438'],
  ['Quzhou equipment manufacturing 100-billion sector', '28:1770-1933'],
  ['Quzhou fluorosilicone 100-billion sector', '28:1770-1933'],
  ['Quzhou industrial growth, six years', '28:1382-1770'],
  ['Quzhou industry and science-enterprise cooperation fair', '38:4268-4635'],
  ['Song Ning', '26:757-999'],
  ['Sun Jianguo', '24:487-753'],
  ['Yangtze Delta Region Institute of Tsinghua University, Zhejiang', '38:4268-4635'],
  ['Zhao Qiang', '34:3275-3469'],
  ['Zhejiang University of Technology', '38:4268-4635'],
  ['Zhuang Xiaoxiong', '34:3275-3469'],
  ['air power machinery', '28:1382-1770'],
  ['coated composite materials', '40:5157-5524'],
  ['composite textiles', '40:5157-5524'],
  ['equipment manufacturing', '24:487-753'],
  ['fluorine-containing nonwovens', '40:5157-5524'],
  ['fluorosilicone new materials', '24:487-753'],
  ['high-grade special paper', '28:1382-1770'],
  ['high-voltage power transmission and distribution', '28:1382-1770'],
  ['industrial silicon', '36:3789-4115'],
  ['information materials', '36:3789-4115'],
  ['metal products', '28:1382-1770'],
  ['monocrystalline silicon', '36:3789-4115'],
  ['new building materials', '28:1382-1770'],
  ['photovoltaic industry', '24:487-753'],
  ['polyimide', '40:5157-5524'],
  ['polyphenylene sulfide', '40:5157-5524'],
  ['polysilicon', '36:3789-4115'],
  ['special fibers', '40:5157-5524']
] AS fact
MATCH (n {name: fact[0]})
SET n.evidence = coalesce(n.evidence, []) + ('004_3ba3c5d7ee2c0bc0.txt' + ':' + fact[1]),
    n.sources = CASE WHEN '004_3ba3c5d7ee2c0bc0.txt' IN coalesce(n.sources, []) THEN n.sources ELSE coalesce(n.sources, []) + '004_3ba3c5d7ee2c0bc0.txt' END;
UNWIND [
  ['China National Instruments Import and Export Corporation', 'PART_OF', 'China General Technology Group', '26:999-1315'],
  ['China National Machinery Import and Export Corporation', 'PART_OF', 'China General Technology Group', '26:999-1315'],
  ['China National Technical Import and Export Corporation', 'PART_OF', 'China General Technology Group', '26:999-1315'],
  ['China Textile Academy', 'DEVELOPS', 'coated composite materials', '40:5157-5524'],
  ['China Textile Academy', 'DEVELOPS', 'composite textiles', '40:5157-5524'],
  ['China Textile Academy', 'DEVELOPS', 'fluorine-containing nonwovens', '40:5157-5524'],
  ['China Textile Academy', 'DEVELOPS', 'polyimide', '40:5157-5524'],
  ['China Textile Academy', 'DEVELOPS', 'polyphenylene sulfide', '40:5157-5524'],
  ['China Textile Academy', 'DEVELOPS', 'special fibers', '40:5157-5524'],
  ['Huang Meiyan', 'PARTICIPATED_IN', 'Quzhou delegation meets central enterprises in Beijing', '26:757-999'],
  ['Huang Meiyan', 'WORKS_FOR', 'China General Technology Group', '26:757-999'],
  ['Li Qingfeng', 'PARTICIPATED_IN', 'Quzhou delegation meets central enterprises in Beijing', '34:3275-3469'],
  ['Li Qingfeng', 'WORKS_FOR', 'China Textile Academy', '34:3275-3469'],
  ['Liu Debing', 'PARTICIPATED_IN', 'Quzhou delegation meets central enterprises in Beijing', '26:757-999'],
  ['Liu Debing', 'WORKS_FOR', 'CMC International Tendering', '26:757-999'],
  ['Liu Debing', 'WORKS_FOR', 'General Consulting', '26:757-999'],
  ['National Torch Program Quzhou fluorosilicone new material industry base', 'HOSTS', 'fluorosilicone new materials', '36:3789-4115'],
  ['National Torch Program Quzhou fluorosilicone new material industry base', 'PART_OF', 'Quzhou', '36:3789-4115'],
  ['Quzhou', 'COOPERATES_WITH', 'Changchun Institute of Applied Chemistry, CAS', '38:4268-4635'],
  ['Quzhou', 'COOPERATES_WITH', 'China General Technology Group', '32:3008-3173'],
  ['Quzhou', 'COOPERATES_WITH', 'China National Nuclear Corporation', '30:1937-2199'],
  ['Quzhou', 'COOPERATES_WITH', 'China State Construction Engineering Corporation', '30:1937-2199'],
  ['Quzhou', 'COOPERATES_WITH', 'China Textile Academy', '38:4756-5046'],
  ['Quzhou', 'COOPERATES_WITH', 'Hangzhou Dianzi University', '38:4268-4635'],
  ['Quzhou', 'COOPERATES_WITH', 'Yangtze Delta Region Institute of Tsinghua University, Zhejiang', '38:4268-4635'],
  ['Quzhou', 'COOPERATES_WITH', 'Zhejiang University of Technology', '38:4268-4635'],
  ['Quzhou', 'HAS_FIGURE', 'Quzhou industrial growth, six years', '28:1382-1770'],
  ['Quzhou', 'HAS_TARGET', 'Quzhou equipment manufacturing 100-billion sector', '28:1770-1933'],
  ['Quzhou', 'HAS_TARGET', 'Quzhou fluorosilicone 100-billion sector', '28:1770-1933'],
  ['Quzhou', 'HOSTS', 'air power machinery', '28:1382-1770'],
  ['Quzhou', 'HOSTS', 'equipment manufacturing', '28:1770-1933'],
  ['Quzhou', 'HOSTS', 'fluorosilicone new materials', '28:1382-1770'],
  ['Quzhou', 'HOSTS', 'high-grade special paper', '28:1382-1770'],
  ['Quzhou', 'HOSTS', 'high-voltage power transmission and distribution', '28:1382-1770'],
  ['Quzhou', 'HOSTS', 'metal products', '28:1382-1770'],
  ['Quzhou', 'HOSTS', 'new building materials', '28:1382-1770'],
  ['Quzhou', 'HOSTS', 'photovoltaic industry', '36:3789-4115'],
  ['Quzhou', 'ISSUED', 'Four Hundreds talent policy', '38:4635-4756'],
  ['Quzhou', 'PARTICIPATED_IN', 'Quzhou industry and science-enterprise cooperation fair', '38:4268-4635'],
  ['Quzhou delegation meets central enterprises in Beijing', 'LOCATED_IN', 'Beijing', '24:487-753'],
  ['Quzhou delegation meets central enterprises in Beijing', 'REPORTED_IN', '004_3ba3c5d7ee2c0bc0.txt', '24:487-753'],
  ['Quzhou delegation meets central enterprises in Beijing', 'VISITED', 'China General Technology Group', '26:757-999'],
  ['Quzhou delegation meets central enterprises in Beijing', 'VISITED', 'China Textile Academy', '34:3275-3469'],
  ['Song Ning', 'PARTICIPATED_IN', 'Quzhou delegation meets central enterprises in Beijing', '26:757-999'],
  ['Song Ning', 'WORKS_FOR', 'China General Technology Group', '26:757-999'],
  ['Sun Jianguo', 'LEADS', 'Quzhou delegation meets central enterprises in Beijing', '24:487-753'],
  ['Sun Jianguo', 'WORKS_FOR', 'Quzhou', '24:487-753'],
  ['Zhao Qiang', 'PARTICIPATED_IN', 'Quzhou delegation meets central enterprises in Beijing', '34:3275-3469'],
  ['Zhao Qiang', 'WORKS_FOR', 'China Textile Academy', '34:3275-3469'],
  ['Zhuang Xiaoxiong', 'PARTICIPATED_IN', 'Quzhou delegation meets central enterprises in Beijing', '34:3275-3469'],
  ['Zhuang Xiaoxiong', 'WORKS_FOR', 'China Textile Academy', '34:3275-3469'],
  ['fluorosilicone new materials', 'FEEDS', 'coated composite materials', '40:5157-5524'],
  ['fluorosilicone new materials', 'FEEDS', 'fluorine-containing nonwovens', '40:5157-5524'],
  ['industrial silicon', 'FEEDS', 'polysilicon', '36:3789-4115'],
  ['monocrystalline silicon', 'FEEDS', 'photovoltaic industry', '36:3789-4115'],
  ['photovoltaic industry', 'FEEDS', 'information materials', '36:3789-4115'],
  ['polysilicon', 'FEEDS', 'monocrystalline silicon', '36:3789-4115']
] AS fact
MATCH (a {name: fact[0]})-[r]->(b {name: fact[2]}) WHERE type(r) = fact[1] AND r.source = '004_3ba3c5d7ee2c0bc0.txt'
SET r.evidence = coalesce(r.evidence, []) + ('004_3ba3c5d7ee2c0bc0.txt' + ':' + fact[3]);

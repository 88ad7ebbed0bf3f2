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

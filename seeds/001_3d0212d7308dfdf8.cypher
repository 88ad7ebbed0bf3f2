// The Quzhou fluorine materials industry technology innovation strategic alliance, led by
// Juhua Group, and the provincial inspection of 20 June (published 2019-11-25).
// Source: ../shared/seeds/001_3d0212d7308dfdf8.txt. The translation calls Quzhou "Luzhou"
// and "Shengzhou", and the deputy director Shou Jiangang (寿剑刚) "Chang Shoujian Gang",
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
                  description: 'polyvinylidene chloride packaging film for food'});
CREATE (:Industry {name: 'food packaging'});
MATCH (j:Enterprise {name: 'Juhua Group'}), (p:Product {name: 'PVDC food packaging materials'})
CREATE (j)-[:PRODUCES {capacity: 60000.0, unit: 'tonnes per year'}]->(p);
MATCH (p:Product {name: 'PVDC food packaging materials'}), (i:Industry {name: 'food packaging'}) CREATE (p)-[:APPLIED_IN]->(i);
CREATE (:Institute {name: 'Juhua Group fine chemical laboratory', aliases: ["the group's fine chemical laboratory"]});
MATCH (l:Institute {name: 'Juhua Group fine chemical laboratory'}), (q:Region {name: 'Quzhou'}) CREATE (l)-[:LOCATED_IN]->(q);

// People.
CREATE (:Person {name: 'Shou Jiangang', name_zh: '寿剑刚',
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
                description: 'a group of 9 from the provincial science and technology department inspected the alliance; forum with reports by Du Shiyuan and Wu Zhouan'});
MATCH (e:Event) WHERE e.name STARTS WITH 'Provincial inspection of the Quzhou fluorine'
MATCH (s:Person {name: 'Shou Jiangang'}), (m:Person {name: 'Mao Jianmin'}), (d:Person {name: 'Du Shiyuan'}),
      (w:Person {name: 'Wu Zhouan'}), (a:Alliance), (lab:Institute {name: 'Juhua Group fine chemical laboratory'}),
      (j:Enterprise {name: 'Juhua Group'}), (ag:Agency {name: 'Zhejiang Provincial Department of Science and Technology'})
CREATE (s)-[:LEADS]->(e), (m)-[:PARTICIPATED_IN {role: 'accompanied the team'}]->(e),
       (d)-[:PARTICIPATED_IN {role: 'introduced Juhua Group'}]->(e),
       (w)-[:PARTICIPATED_IN {role: 'reported on the alliance'}]->(e), (ag)-[:PARTICIPATED_IN {role: 'inspecting department'}]->(e),
       (e)-[:ABOUT]->(a), (e)-[:VISITED]->(lab), (e)-[:VISITED]->(j);

// Provenance.
MATCH (n) WHERE n.source IS NULL SET n.source = '001_3d0212d7308dfdf8.txt';
MATCH ()-[r]->() WHERE r.source IS NULL SET r.source = '001_3d0212d7308dfdf8.txt';
MATCH (n) WHERE n.source = '001_3d0212d7308dfdf8.txt' AND NOT '001_3d0212d7308dfdf8.txt' IN coalesce(n.sources, [])
SET n.sources = coalesce(n.sources, []) + '001_3d0212d7308dfdf8.txt';
MATCH (n)-[r]-() WHERE r.source = '001_3d0212d7308dfdf8.txt' WITH DISTINCT n WHERE NOT '001_3d0212d7308dfdf8.txt' IN coalesce(n.sources, [])
SET n.sources = coalesce(n.sources, []) + '001_3d0212d7308dfdf8.txt';

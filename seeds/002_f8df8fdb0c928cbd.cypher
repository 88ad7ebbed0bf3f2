// Shangyu (Shaoxing): rectifying and upgrading the chemical industry into a green
// high-end chemical industry cluster; district meeting reported 24 March 2016.
// Source: ../shared/seeds/002_f8df8fdb0c928cbd.txt. The district head appears as
// "Taoguanfeng" and "Tao Guanfeng".

CREATE (:Region {name: 'Shangyu District', name_zh: '上虞区', level: 'district', aliases: ['Shangyu', 'our district']});
MATCH (s:Region {name: 'Shangyu District'}), (z:Region {name: 'Zhejiang'}) CREATE (s)-[:PART_OF]->(z);
CREATE (:Zone {name: 'Hangzhou Bay Shangyu Economic and Technological Development Zone', name_zh: '杭州湾上虞经济技术开发区',
               aliases: ['Hangzhou Bay Shangyu economic and Technological Development Zone']});
CREATE (:Region {name: 'Daoxu Town', name_zh: '道墟镇', level: 'town', aliases: ['Daoxu']});
MATCH (zone:Zone {name: 'Hangzhou Bay Shangyu Economic and Technological Development Zone'}), (s:Region {name: 'Shangyu District'}),
      (d:Region {name: 'Daoxu Town'})
CREATE (zone)-[:PART_OF]->(s), (d)-[:PART_OF]->(s);

CREATE (:Cluster {name: 'Shangyu green high-end chemical industry cluster',
                  aliases: ['green high-end chemical industry cluster', 'green high-end chemical industry cluster area'],
                  description: 'goal: green, safety, science and technology, wisdom; upgrading through agglomeration, mergers and acquisitions, shutdown and elimination'});
CREATE (:Industry {name: 'chemical industry', aliases: ['chemical enterprises'],
                   description: 'a pillar industry of Shangyu District'});
MATCH (c:Cluster {name: 'Shangyu green high-end chemical industry cluster'}), (s:Region {name: 'Shangyu District'}),
      (i:Industry {name: 'chemical industry'}), (zone:Zone {name: 'Hangzhou Bay Shangyu Economic and Technological Development Zone'})
CREATE (c)-[:LOCATED_IN]->(s), (s)-[:HOSTS]->(c), (i)-[:PART_OF]->(c), (zone)-[:HOSTS]->(i), (s)-[:HOSTS]->(i);

// Targets set at the meeting.
CREATE (:Target {name: 'Shangyu chemical enterprises clean production by 2017', year: 2017,
                 metric: 'chemical enterprises basically realise cleaner production, intelligent equipment and informatised management',
                 description: 'through three ways: agglomeration and upgrading, merger and reorganisation, shutdown and elimination'});
CREATE (:Target {name: 'Shangyu chemical enterprise count controlled by 2020', year: 2020,
                 metric: 'total number of chemical enterprises kept under control; a new leap of the chemical industry'});
MATCH (c:Cluster {name: 'Shangyu green high-end chemical industry cluster'}), (t:Target) WHERE t.year IN [2017, 2020]
CREATE (c)-[:HAS_TARGET]->(t);

// The meeting on rectifying the chemical industry and its people and units.
CREATE (:Event {name: 'Shangyu meeting on chemical industry rectification, safety and environmental protection',
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

// Provenance.
MATCH (n) WHERE n.source IS NULL SET n.source = '002_f8df8fdb0c928cbd.txt';
MATCH ()-[r]->() WHERE r.source IS NULL SET r.source = '002_f8df8fdb0c928cbd.txt';
MATCH (n) WHERE n.source = '002_f8df8fdb0c928cbd.txt' AND NOT '002_f8df8fdb0c928cbd.txt' IN coalesce(n.sources, [])
SET n.sources = coalesce(n.sources, []) + '002_f8df8fdb0c928cbd.txt';
MATCH (n)-[r]-() WHERE r.source = '002_f8df8fdb0c928cbd.txt' WITH DISTINCT n WHERE NOT '002_f8df8fdb0c928cbd.txt' IN coalesce(n.sources, [])
SET n.sources = coalesce(n.sources, []) + '002_f8df8fdb0c928cbd.txt';

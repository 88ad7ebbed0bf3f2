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

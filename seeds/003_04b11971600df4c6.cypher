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

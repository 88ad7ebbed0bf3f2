// Shanxi's new material industry cluster in the Taixin (Taiyuan–Xinzhou) integrated
// economic zone: parks, chains (stainless steel, carbon fiber, synthetic biology) and the
// 2022 target. Reported 11 March, published 2022-04-25.
// Source: ../shared/seeds/003_04b11971600df4c6.txt. "too Xin" is 太忻 (Taixin); "the
// original economic and technological development zone" is Yuanping's (原平, 原 = original).

CREATE (:Region {name: 'Shanxi', name_zh: '山西', level: 'province', aliases: ['Shanxi Province', 'our province']});
CREATE (:Zone {name: 'Taixin Integrated Economic Zone', name_zh: '太忻一体化经济区',
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
MATCH (i:Industry), (c:Cluster {name: 'Taixin new material industry cluster'}), (z:Zone {name: 'Taixin Integrated Economic Zone'})
WHERE i.name IN ['advanced metallic materials', 'carbon new materials', 'new semiconductor materials', 'synthetic biomaterials']
CREATE (i)-[:PART_OF]->(c), (z)-[:HOSTS]->(i);
CREATE (:IndustrialPark {name: 'Yangqu Industrial Park', name_zh: '阳曲产业园区', aliases: ['YangQu industrial park']});
CREATE (:IndustrialPark {name: 'North Central High-tech Development Zone',
                         aliases: ['north high and new technology development zone', 'north-central High-tech Development Zone']});
CREATE (:IndustrialPark {name: 'Xinzhou Development Zone', name_zh: '忻州经济开发区', aliases: ['xinzhou development zone']});
CREATE (:IndustrialPark {name: 'Yuanping Economic and Technological Development Zone', name_zh: '原平经济技术开发区',
                         aliases: ['the original economic and technological development zone', 'original economic and technological development zone']});
MATCH (p:IndustrialPark), (z:Zone {name: 'Taixin Integrated Economic Zone'}), (s:Region {name: 'Shanxi'})
WHERE p.name IN ['Yangqu Industrial Park', 'North Central High-tech Development Zone', 'Xinzhou Development Zone',
                 'Yuanping Economic and Technological Development Zone']
CREATE (p)-[:PART_OF]->(z), (p)-[:LOCATED_IN]->(s);

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
CREATE (:Region {name: 'Taiyuan', name_zh: '太原', level: 'prefecture-level city'});
MATCH (t:Region {name: 'Taiyuan'}), (s:Region {name: 'Shanxi'}) CREATE (t)-[:PART_OF]->(s);
MATCH (e:Enterprise {name: 'Cathay (Taiyuan) Biotechnology Co., Ltd.'}), (t:Region {name: 'Taiyuan'}),
      (i:Industry {name: 'synthetic biomaterials'})
CREATE (e)-[:LOCATED_IN]->(t), (e)-[:LEADS {description: 'the core of the synthetic biology chains'}]->(i);
CHAIN (:Industry) 'corn processing' → (:Material) 'pentanediamine' → (:Material) 'bio-based polyamides'
  → { (:Product) 'industrial silk', (:Product) 'civilian silk' }
VIA FEEDS SOURCE '003_04b11971600df4c6.txt', LINE 5;
MATCH (m:Material {name: 'pentanediamine'}) SET m.aliases = ['glutaric Ann'], m.name_zh = '戊二胺';
CHAIN (:Material) 'alkane' → 'long chain dibasic acid' → 'long chain polyamide' → { (:Product) 'special nylon', (:Product) 'textile fiber' }
VIA FEEDS SOURCE '003_04b11971600df4c6.txt', LINE 5;
CHAIN (:Product) 'textile fiber' → 'clothing' VIA FEEDS SOURCE '003_04b11971600df4c6.txt', LINE 5;
MATCH (e:Enterprise {name: 'Cathay (Taiyuan) Biotechnology Co., Ltd.'}), (m:Material)
WHERE m.name IN ['pentanediamine', 'long chain dibasic acid']
CREATE (e)-[:LEADS]->(m);
MATCH (m:Material), (i:Industry {name: 'synthetic biomaterials'}) WHERE m.name IN ['bio-based polyamides', 'long chain polyamide']
CREATE (m)-[:APPLIED_IN]->(i);

// Goals.
CREATE (:Target {name: 'Shanxi new material output value 2022', metric: 'total industrial output value of the new material industry',
                 year: 2022, value: 200e9, unit: 'yuan', description: 'reach or break through 200 billion yuan by the end of the year'});
CREATE (:Target {name: 'Shanxi characteristic new material chains', metric: 'characteristic new material industrial chains with national comparative advantages',
                 value: 5.0, unit: 'chains', description: 'cultivate 3 to 5 chains'});
CREATE (:Target {name: 'Taixin synthetic biology cluster scale', metric: 'scale of the synthetic biology industry cluster',
                 unit: 'yuan', description: 'an industry cluster worth billions (百亿级) around the Cathay (Taiyuan) chains'});
MATCH (s:Region {name: 'Shanxi'}), (t:Target) WHERE t.name IN ['Shanxi new material output value 2022', 'Shanxi characteristic new material chains']
CREATE (s)-[:HAS_TARGET]->(t);
MATCH (i:Industry {name: 'synthetic biomaterials'}), (t:Target {name: 'Taixin synthetic biology cluster scale'}) CREATE (i)-[:HAS_TARGET]->(t);

// The announcement of 11 March 2022.
CREATE (:Event {name: 'Shanxi announcement of the Taixin new material cluster', date: date('2022-03-11'), year: 2022});
MATCH (e:Event {name: 'Shanxi announcement of the Taixin new material cluster'}),
      (a:Agency {name: 'Shanxi Provincial Department of Industry and Information Technology'}),
      (c:Cluster {name: 'Taixin new material industry cluster'}), (s:Region {name: 'Shanxi'})
CREATE (a)-[:PARTICIPATED_IN {role: 'announced'}]->(e), (e)-[:ABOUT]->(c), (e)-[:LOCATED_IN]->(s);

// Provenance.
MATCH (n) WHERE n.source IS NULL SET n.source = '003_04b11971600df4c6.txt';
MATCH ()-[r]->() WHERE r.source IS NULL SET r.source = '003_04b11971600df4c6.txt';
MATCH (n) WHERE n.source = '003_04b11971600df4c6.txt' AND NOT '003_04b11971600df4c6.txt' IN coalesce(n.sources, [])
SET n.sources = coalesce(n.sources, []) + '003_04b11971600df4c6.txt';
MATCH (n)-[r]-() WHERE r.source = '003_04b11971600df4c6.txt' WITH DISTINCT n WHERE NOT '003_04b11971600df4c6.txt' IN coalesce(n.sources, [])
SET n.sources = coalesce(n.sources, []) + '003_04b11971600df4c6.txt';

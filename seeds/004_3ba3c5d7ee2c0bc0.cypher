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

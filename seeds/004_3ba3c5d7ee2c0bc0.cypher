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

// Quzhou's characteristic industries.
UNWIND [['air power machinery', '空气动力机械'], ['high-grade special paper', '高档特种纸'],
        ['high-voltage power transmission and distribution', '高压输配电'], ['metal products', '金属制品'],
        ['new building materials', '新型建材'], ['equipment manufacturing', '装备制造业']] AS industry
CREATE (:Industry {name: industry[0], name_zh: industry[1], aliases: [industry[1]]});
MATCH (q:Region {name: 'Quzhou'}), (i:Industry)
WHERE i.name IN ['fluorosilicone new materials', 'air power machinery', 'high-grade special paper',
                 'high-voltage power transmission and distribution', 'metal products', 'new building materials', 'equipment manufacturing']
CREATE (q)-[:HOSTS]->(i);
CREATE (:Figure {name: 'Quzhou industrial growth, six years', name_zh: '工业总量连续6年保持36%以上增长',
                 metric: 'growth of total industrial output', growth_percent: 36.0,
                 description: 'above 36% a year for six consecutive years'});
MATCH (q:Region {name: 'Quzhou'}), (f:Figure {name: 'Quzhou industrial growth, six years'}) CREATE (q)-[:HAS_FIGURE]->(f);
CREATE (:Target {name: 'Quzhou equipment manufacturing 100-billion sector', name_zh: '装备制造业千亿产业板块',
                 metric: 'industry sector scale', value: 100e9, unit: 'yuan'});
CREATE (:Target {name: 'Quzhou fluorosilicone 100-billion sector', name_zh: '氟硅新材料千亿产业板块',
                 metric: 'industry sector scale', value: 100e9, unit: 'yuan'});
MATCH (q:Region {name: 'Quzhou'}), (t:Target) WHERE t.name IN ['Quzhou equipment manufacturing 100-billion sector', 'Quzhou fluorosilicone 100-billion sector']
CREATE (q)-[:HAS_TARGET]->(t);

// People.
CREATE (:Person {name: 'Sun Jianguo', name_zh: '孙建国', aliases: ['孙建国'], description: 'party secretary of Quzhou'});
MATCH (p:Person {name: 'Sun Jianguo'}), (q:Region {name: 'Quzhou'}) CREATE (p)-[:WORKS_FOR {title: 'party secretary'}]->(q);

// China General Technology Group and its founding enterprises.
CREATE (:Enterprise {name: 'China General Technology Group', name_zh: '中国通用技术集团', aliases: ['中国通用技术集团'],
                     description: "China's largest technology import service provider; plans a heavy equipment manufacturing base in East China"});
UNWIND [['China National Technical Import and Export Corporation', '中国技术进出口总公司'],
        ['China National Machinery Import and Export Corporation', '中国机械进出口(集团)有限公司'],
        ['China National Instruments Import and Export Corporation', '中国仪器进出口总公司'],
        ['CMC International Tendering', '中技国际招标公司'], ['General Consulting', '通用咨询公司']] AS company
CREATE (:Enterprise {name: company[0], name_zh: company[1], aliases: [company[1]]});
MATCH (g:Enterprise {name: 'China General Technology Group'}), (e:Enterprise)
WHERE e.name IN ['China National Technical Import and Export Corporation', 'China National Machinery Import and Export Corporation',
                 'China National Instruments Import and Export Corporation', 'CMC International Tendering', 'General Consulting']
CREATE (e)-[:PART_OF]->(g);
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

// The Beijing visit.
CREATE (:Event {name: 'Quzhou delegation meets central enterprises in Beijing', name_zh: '衢州主动对接央企',
                description: 'reported by Zhejiang Online on 18 September; morning with China General Technology Group, afternoon at the China Textile Academy'});
CREATE (:Region {name: 'Beijing', name_zh: '北京', level: 'municipality', aliases: ['北京', '京']});
MATCH (e:Event {name: 'Quzhou delegation meets central enterprises in Beijing'}), (s:Person {name: 'Sun Jianguo'}),
      (b:Region {name: 'Beijing'}), (g:Enterprise {name: 'China General Technology Group'}), (a:Institute {name: 'China Textile Academy'})
CREATE (s)-[:LEADS]->(e), (e)-[:LOCATED_IN]->(b), (e)-[:VISITED]->(g), (e)-[:VISITED]->(a);
MATCH (e:Event {name: 'Quzhou delegation meets central enterprises in Beijing'}), (p:Person)
WHERE p.name IN ['Song Ning', 'Liu Debing', 'Huang Meiyan', 'Zhao Qiang', 'Li Qingfeng', 'Zhuang Xiaoxiong']
CREATE (p)-[:PARTICIPATED_IN {role: 'host'}]->(e);

// Provenance (Quzhou and the fluorosilicone industry also appear here).
MATCH (n) WHERE n.source IS NULL SET n.source = '004_3ba3c5d7ee2c0bc0.txt';
MATCH ()-[r]->() WHERE r.source IS NULL SET r.source = '004_3ba3c5d7ee2c0bc0.txt';
MATCH (n) WHERE n.source = '004_3ba3c5d7ee2c0bc0.txt' AND NOT '004_3ba3c5d7ee2c0bc0.txt' IN coalesce(n.sources, [])
SET n.sources = coalesce(n.sources, []) + '004_3ba3c5d7ee2c0bc0.txt';
MATCH (n)-[r]-() WHERE r.source = '004_3ba3c5d7ee2c0bc0.txt' WITH DISTINCT n WHERE NOT '004_3ba3c5d7ee2c0bc0.txt' IN coalesce(n.sources, [])
SET n.sources = coalesce(n.sources, []) + '004_3ba3c5d7ee2c0bc0.txt';

MATCH (m:Material) RETURN m.name
MATCH (n) RETURN count(n) AS nodes
MATCH (m:Material {name: 'carbon fiber'}) RETURN m.tier
MATCH (m:Material {name: $name}) RETURN m.tier
MATCH (m:Material) WHERE m.name = 'carbon fiber' RETURN m.tier
MATCH (m:Material {unit: 't'}) RETURN m.name
MATCH (m:Material) WHERE m.tier = 2 RETURN m.name
MATCH (m:Material) WHERE m.tier > 2 RETURN m.name
MATCH (n) WHERE id(n) = 7 RETURN n
MATCH (a:Material)-[:FEEDS]->(b:Material {name: 'prepreg'}) RETURN a.name
MATCH (a:Material {name: 'acrylonitrile'})-[:FEEDS*1..5]->(b) RETURN DISTINCT b.name
MATCH (a:Material)-[:FEEDS*1..30]->(b:Material {name: 'prepreg'}) RETURN count(DISTINCT a.name) AS upstream
MATCH (a:Material {name: 'acrylonitrile'})-[:FEEDS*1..4]->(b) RETURN count(*) AS paths
MATCH (a:Material)-[:FEEDS*1..3]->(b) WHERE b.tier > 1 RETURN b.name AS name, count(*) AS n ORDER BY n DESC LIMIT 5
MATCH p = shortestPath((a:Material {name: 'acrylonitrile'})-[:FEEDS*]->(b:Material {name: 'prepreg'})) RETURN length(p)
MATCH (e:Enterprise)-[:PRODUCES]->(m:Material), (e)-[:LOCATED_IN]->(r:Region) RETURN e.name, m.name, r.name
MATCH (m:Material {name: 'prepreg'}) MATCH (e:Enterprise)-[:PRODUCES]->(m) RETURN e.name
MATCH (m:Material {name: 'prepreg'}) OPTIONAL MATCH (e:Enterprise)-[:PRODUCES]->(m) RETURN m.name, e.name
MATCH (m:Material) WITH m ORDER BY m.tier DESC LIMIT 3 MATCH (m)<-[:FEEDS]-(s) RETURN m.name, collect(s.name)
MATCH (m:Material) WITH m.unit AS unit, count(*) AS n WHERE n > 1 RETURN unit, n ORDER BY unit SKIP 1
UNWIND range(1, 10) AS i RETURN i * i AS square
UNWIND $names AS name MATCH (m:Material {name: name}) RETURN m.tier
MATCH (m:Material) RETURN m.name AS name UNION MATCH (e:Enterprise) RETURN e.name AS name
MATCH (m:Material) RETURN m.name AS name UNION ALL MATCH (r:Region) RETURN r.name AS name
CREATE (:Material {name: 'x', tier: 1})-[:FEEDS]->(:Material {name: 'y'})
MERGE (m:Material {name: 'x'}) ON CREATE SET m.tier = 0 RETURN m
MATCH (m:Material {name: 'x'}) SET m.tier = 3, m.unit = 'kg'
MATCH (m:Material {name: 'x'}) REMOVE m.unit
MATCH (m:Material {name: 'x'}) DETACH DELETE m
CALL downstream('acrylonitrile') YIELD node, depth RETURN node.name, depth
MATCH (m:Material {name: 'prepreg'}) CALL upstream(m) YIELD node RETURN count(node)
MATCH (a:Material)-[r:FEEDS]->(b) WHERE r.share > 0.5 RETURN a.name, b.name
MATCH (m:Material) WHERE m.unit STARTS WITH 'k' RETURN m.name
MATCH (m:Material) WHERE m.unit >= 'a' AND m.unit < 'm' RETURN m.name

MATCH (a:Material {name: 'acrylonitrile'})-[:FEEDS*1..5]->(b)
WHERE b.tier > 2 AND NOT b:Waste
RETURN b.name AS name, count(*) AS paths
ORDER BY paths DESC
LIMIT 10

OPTIONAL MATCH (e:Enterprise)-[:LEADS]->(c:Cluster)
WITH e, collect(c.name) AS clusters
WHERE size(clusters) > 1
RETURN e {.name, clusters: clusters}

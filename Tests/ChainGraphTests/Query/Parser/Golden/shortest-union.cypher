MATCH p = shortestPath((a:Material)-[:FEEDS*..6]-(b:Product))
RETURN nodes(p), length(p)
UNION ALL
MATCH (n) WHERE exists((n)-->()) RETURN n, 1

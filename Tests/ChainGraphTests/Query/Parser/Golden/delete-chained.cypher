MATCH (a)-[r]->(b) WHERE 1 < a.x <= 3 AND a.name STARTS WITH 'poly' AND a.name =~ 'p.*' DETACH DELETE a

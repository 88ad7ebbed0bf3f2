MERGE (m:Material {name: $name})
ON CREATE SET m.created = true
ON MATCH SET m.seen = m.seen + 1
RETURN m

// The industrial schema of the seed graph (strict mode). Every node has a canonical
// English `name` (the primary key), optional `name_zh`, the `aliases` seen in the
// articles, `source` (the article that introduced it) and `sources` (every article that
// mentions it). Every node and edge has `evidence`: one span of each article that states it,
// as 'file:line:start-end' (byte offsets in the file; see seeds/README.md, "Evidence").
// Every edge has `source`. See seeds/README.md.

CREATE NODE TYPE Material (name STRING PRIMARY KEY, name_zh STRING, aliases LIST<STRING>, source STRING, sources LIST<STRING>, evidence LIST<STRING>, description STRING);
CREATE NODE TYPE Product (name STRING PRIMARY KEY, name_zh STRING, aliases LIST<STRING>, source STRING, sources LIST<STRING>, evidence LIST<STRING>, description STRING);
CREATE NODE TYPE Industry (name STRING PRIMARY KEY, name_zh STRING, aliases LIST<STRING>, source STRING, sources LIST<STRING>, evidence LIST<STRING>, description STRING);
CREATE NODE TYPE Enterprise (name STRING PRIMARY KEY, name_zh STRING, aliases LIST<STRING>, source STRING, sources LIST<STRING>, evidence LIST<STRING>, description STRING,
  formed_from_enterprises INT64);
CREATE NODE TYPE Institute (name STRING PRIMARY KEY, name_zh STRING, aliases LIST<STRING>, source STRING, sources LIST<STRING>, evidence LIST<STRING>, description STRING);
CREATE NODE TYPE Alliance (name STRING PRIMARY KEY, name_zh STRING, aliases LIST<STRING>, source STRING, sources LIST<STRING>, evidence LIST<STRING>, description STRING);
CREATE NODE TYPE IndustrialPark (name STRING PRIMARY KEY, name_zh STRING, aliases LIST<STRING>, source STRING, sources LIST<STRING>, evidence LIST<STRING>, description STRING);
CREATE NODE TYPE Zone (name STRING PRIMARY KEY, name_zh STRING, aliases LIST<STRING>, source STRING, sources LIST<STRING>, evidence LIST<STRING>, description STRING);
CREATE NODE TYPE Region (name STRING PRIMARY KEY, name_zh STRING, aliases LIST<STRING>, source STRING, sources LIST<STRING>, evidence LIST<STRING>, description STRING, level STRING);
CREATE NODE TYPE Cluster (name STRING PRIMARY KEY, name_zh STRING, aliases LIST<STRING>, source STRING, sources LIST<STRING>, evidence LIST<STRING>, description STRING);
CREATE NODE TYPE Agency (name STRING PRIMARY KEY, name_zh STRING, aliases LIST<STRING>, source STRING, sources LIST<STRING>, evidence LIST<STRING>, description STRING);
CREATE NODE TYPE Person (name STRING PRIMARY KEY, name_zh STRING, aliases LIST<STRING>, source STRING, sources LIST<STRING>, evidence LIST<STRING>, description STRING);
CREATE NODE TYPE Event (name STRING PRIMARY KEY, name_zh STRING, aliases LIST<STRING>, source STRING, sources LIST<STRING>, evidence LIST<STRING>, description STRING, date DATE, year INT64,
  attendees INT64, approximate BOOL, consecutive_years INT64);
CREATE NODE TYPE Figure (name STRING PRIMARY KEY, name_zh STRING, aliases LIST<STRING>, source STRING, sources LIST<STRING>, evidence LIST<STRING>, description STRING, metric STRING, year INT64, value DOUBLE, unit STRING, growth_percent DOUBLE,
  minimum DOUBLE, maximum DOUBLE, approximate BOOL, consecutive_years INT64);
CREATE NODE TYPE Policy (name STRING PRIMARY KEY, name_zh STRING, aliases LIST<STRING>, source STRING, sources LIST<STRING>, evidence LIST<STRING>, description STRING);
CREATE NODE TYPE Article (name STRING PRIMARY KEY, name_zh STRING, aliases LIST<STRING>, source STRING, sources LIST<STRING>, evidence LIST<STRING>, description STRING,
  date DATE, language STRING, publisher STRING);
CREATE NODE TYPE Target (name STRING PRIMARY KEY, name_zh STRING, aliases LIST<STRING>, source STRING, sources LIST<STRING>, evidence LIST<STRING>, description STRING, metric STRING, year INT64, value DOUBLE, unit STRING,
  minimum DOUBLE, maximum DOUBLE, approximate BOOL);

// Supply: what becomes what, along a chain. SUPPLY FLOW: the path procedures (upstream,
// downstream, chains, …) follow these types when a call names none.
CREATE EDGE TYPE FEEDS (FROM Material TO Material, FROM Material TO Product, FROM Product TO Product,
  FROM Material TO Industry, FROM Industry TO Material, FROM Product TO Industry, FROM Industry TO Product,
  FROM Industry TO Industry, source STRING, evidence LIST<STRING>) SUPPLY FLOW;
CREATE EDGE TYPE PRODUCES (FROM Enterprise TO Material, FROM Enterprise TO Product, source STRING, evidence LIST<STRING>, capacity DOUBLE, unit STRING);
CREATE EDGE TYPE APPLIED_IN (FROM Material TO Industry, FROM Product TO Industry, source STRING, evidence LIST<STRING>) SUPPLY FLOW;
CREATE EDGE TYPE DEVELOPS (FROM Institute TO Material, FROM Institute TO Product, source STRING, evidence LIST<STRING>);

// Places and structure.
CREATE EDGE TYPE LOCATED_IN (FROM Enterprise TO Region, FROM Institute TO Region, FROM IndustrialPark TO Region,
  FROM Zone TO Region, FROM Cluster TO Region, FROM Agency TO Region, FROM Alliance TO Region, FROM Event TO Region,
  FROM Enterprise TO IndustrialPark, FROM Cluster TO Zone, FROM Cluster TO IndustrialPark, source STRING, evidence LIST<STRING>,
  role STRING);
CREATE EDGE TYPE PART_OF (FROM Region TO Region, FROM IndustrialPark TO Zone, FROM Industry TO Cluster,
  FROM Agency TO Agency, FROM Enterprise TO Enterprise, FROM Zone TO Region, source STRING, evidence LIST<STRING>, role STRING);
CREATE EDGE TYPE HOSTS (FROM IndustrialPark TO Material, FROM IndustrialPark TO Product, FROM IndustrialPark TO Industry,
  FROM Zone TO Industry, FROM Zone TO Cluster, FROM Region TO Industry, FROM Region TO Cluster, source STRING, evidence LIST<STRING>, role STRING);

// Organisations and people.
CREATE EDGE TYPE MEMBER_OF (FROM Enterprise TO Alliance, FROM Institute TO Alliance, source STRING, evidence LIST<STRING>);
CREATE EDGE TYPE LEADS (FROM Enterprise TO Alliance, FROM Enterprise TO Cluster, FROM Enterprise TO Industry,
  FROM Enterprise TO Material, FROM Person TO Event, FROM Region TO Cluster, source STRING, evidence LIST<STRING>, description STRING);
CREATE EDGE TYPE COOPERATES_WITH (FROM Region TO Enterprise, FROM Region TO Institute, FROM Enterprise TO Enterprise,
  FROM Institute TO Enterprise, FROM Enterprise TO Institute, source STRING, evidence LIST<STRING>, field STRING);
CREATE EDGE TYPE WORKS_FOR (FROM Person TO Agency, FROM Person TO Enterprise, FROM Person TO Institute, FROM Person TO Region,
  source STRING, evidence LIST<STRING>, title STRING);
CREATE EDGE TYPE PARTICIPATED_IN (FROM Person TO Event, FROM Agency TO Event, FROM Enterprise TO Event,
  FROM Institute TO Event, FROM Region TO Event, source STRING, evidence LIST<STRING>, role STRING);
CREATE EDGE TYPE VISITED (FROM Event TO Enterprise, FROM Event TO Institute, FROM Event TO Alliance, FROM Event TO Region,
  source STRING, evidence LIST<STRING>);
CREATE EDGE TYPE ABOUT (FROM Event TO Cluster, FROM Event TO Alliance, FROM Event TO Industry, FROM Event TO Zone,
  FROM Event TO Region, source STRING, evidence LIST<STRING>);

// Policies, and the articles themselves (their dates).
CREATE EDGE TYPE ISSUED (FROM Region TO Policy, source STRING, evidence LIST<STRING>);
CREATE EDGE TYPE REPORTED_IN (FROM Event TO Article, source STRING, evidence LIST<STRING>);

// Reported numbers and goals.
CREATE EDGE TYPE HAS_FIGURE (FROM Region TO Figure, FROM Cluster TO Figure, FROM Industry TO Figure, FROM Enterprise TO Figure,
  source STRING, evidence LIST<STRING>);
CREATE EDGE TYPE HAS_TARGET (FROM Region TO Target, FROM Cluster TO Target, FROM Zone TO Target, FROM Industry TO Target,
  source STRING, evidence LIST<STRING>);

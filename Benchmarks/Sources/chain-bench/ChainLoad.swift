import ChainGraph

/// Kuzu's schema in `run_anchors.py` (every node type keyed by its integer `id`), then the six CSV files through the bulk CSV importer (headers mapping the
/// generator's plain files), in one transaction — what `chaingraph import --csv-dir` does.
func loadChainGraph(into db: GraphDatabase, data: String) throws {
    try db.write { tx in
        try tx.createNodeType(NodeType("Material", properties: [
            PropertyDefinition("id", .int64, primaryKey: true), PropertyDefinition("name", .string),
            PropertyDefinition("tier", .int64), PropertyDefinition("unit", .string),
        ]))
        try tx.createNodeType(NodeType("Enterprise", properties: [
            PropertyDefinition("id", .int64, primaryKey: true), PropertyDefinition("name", .string),
        ]))
        try tx.createNodeType(NodeType("Region", properties: [
            PropertyDefinition("id", .int64, primaryKey: true), PropertyDefinition("name", .string),
            PropertyDefinition("country", .string),
        ]))
        try tx.createEdgeType(EdgeType("FEEDS", endpoints: [.init(from: "Material", to: "Material")],
                                       properties: [PropertyDefinition("qty", .double)]))
        try tx.createEdgeType(EdgeType("PRODUCES", endpoints: [.init(from: "Enterprise", to: "Material")],
                                       properties: [PropertyDefinition("capacity_tpy", .double)]))
        try tx.createEdgeType(EdgeType("LOCATED_IN", endpoints: [.init(from: "Enterprise", to: "Region")]))
    }
    let headers = [
        "materials.csv": "id:ID(Material),name,tier,unit", "enterprises.csv": "id:ID(Enterprise),name",
        "regions.csv": "id:ID(Region),name,country", "feeds.csv": ":START_ID(Material),:END_ID(Material),qty",
        "produces.csv": ":START_ID(Enterprise),:END_ID(Material),capacity_tpy", "located_in.csv": ":START_ID(Enterprise),:END_ID(Region)",
    ]
    try db.importCSV(
        nodes: [CSVSource(data + "/materials.csv", name: "Material"), CSVSource(data + "/enterprises.csv", name: "Enterprise"),
                CSVSource(data + "/regions.csv", name: "Region")],
        relationships: [CSVSource(data + "/feeds.csv", name: "FEEDS"), CSVSource(data + "/produces.csv", name: "PRODUCES"),
                        CSVSource(data + "/located_in.csv", name: "LOCATED_IN")],
        options: CSVImportOptions(headers: headers))
}

extension Parser {
    /// DDL: `CREATE NODE TYPE`, `CREATE EDGE TYPE`, `DROP [NODE|EDGE] TYPE`,
    /// `ALTER [NODE|EDGE] TYPE … ADD [PROPERTY] …`, `SHOW TYPES`, `SHOW PROCEDURES`, `SHOW FUNCTIONS`; nil when the statement is not DDL.
    mutating func schemaCommand() throws -> SchemaCommand? {
        if current.isKeyword("CREATE"), peek().isKeyword("NODE") || peek().isKeyword("EDGE"), peek(2).isKeyword("TYPE") {
            index += 1
            let isNode = advance().isKeyword("NODE")
            index += 1
            let ifNotExists = acceptKeywords("IF", "NOT", "EXISTS")
            let nameStart = current.start
            let name = try self.name("a type name")
            return isNode ? try nodeType(name, ifNotExists: ifNotExists, at: nameStart)
                          : try edgeType(name, ifNotExists: ifNotExists, at: nameStart)
        }
        if current.isKeyword("DROP"), peek().isKeyword("TYPE") || peek(2).isKeyword("TYPE") {
            index += 1
            if !acceptKeyword("TYPE") {
                index += 1
                try expectKeyword("TYPE")
            }
            let ifExists = acceptKeywords("IF", "EXISTS")
            return .dropType(try name("a type name"), ifExists: ifExists)
        }
        if current.isKeyword("ALTER"), peek().isKeyword("TYPE") || peek(2).isKeyword("TYPE") {
            index += 1
            if !acceptKeyword("TYPE") {
                index += 1
                try expectKeyword("TYPE")
            }
            let type = try name("a type name")
            try expectKeyword("ADD")
            _ = acceptKeyword("PROPERTY")
            let property = try propertyDefinition()
            return .addProperty(type: type, property)
        }
        if current.isKeyword("CREATE"), peek().isKeyword("INDEX") {
            index += 2
            return try createIndex()
        }
        if acceptKeywords("DROP", "INDEX") {
            let name = try self.name("an index name")
            return .dropIndex(name, ifExists: acceptKeywords("IF", "EXISTS"))
        }
        if acceptKeywords("SHOW", "INDEXES") || acceptKeywords("SHOW", "INDEX") { return .showIndexes }
        if acceptKeywords("SHOW", "TYPES") { return .showTypes }
        if acceptKeywords("SHOW", "PROCEDURES") { return .showProcedures }
        if acceptKeywords("SHOW", "FUNCTIONS") { return .showFunctions }
        return nil
    }

    /// After `CREATE INDEX`: `[name] [IF NOT EXISTS] FOR (n:Label) ON (n.property)`.
    private mutating func createIndex() throws -> SchemaCommand {
        var name: String?
        if !current.isKeyword("FOR") && !current.isKeyword("IF") { name = try self.name("an index name") }
        let ifNotExists = acceptKeywords("IF", "NOT", "EXISTS")
        try expectKeyword("FOR")
        try expect("(")
        let variableStart = current.start
        let variable = try self.name("a variable")
        try expect(":")
        let label = try self.name("a label")
        try expect(")")
        try expectKeyword("ON")
        try expect("(")
        let ownerStart = current.start
        let owner = try self.name("the variable")
        guard owner == variable else {
            throw error(.undefinedVariable, "the index is on '\(variable)' (at offset \(variableStart)), not '\(owner)'", at: ownerStart)
        }
        try expect(".")
        let property = try self.name("a property name")
        if current.text == "," {
            throw error(.invalidArgumentType, "an index covers one property; create one index per property", at: current.start)
        }
        try expect(")")
        return .createIndex(PropertyIndexDefinition(name: name, label: label, property: property), ifNotExists: ifNotExists)
    }

    private mutating func nodeType(_ name: String, ifNotExists: Bool, at start: Int) throws -> SchemaCommand {
        try expect("(")
        var properties: [PropertyDefinition] = []
        var primaryKey: (name: String, at: Int)?
        repeat {
            if acceptKeywords("PRIMARY", "KEY") {
                try expect("(")
                let keyStart = current.start
                primaryKey = (try self.name("the primary-key property"), keyStart)
                try expect(")")
            } else {
                properties.append(try propertyDefinition())
            }
        } while accept(",")
        try expect(")")
        if let primaryKey {
            guard let index = properties.firstIndex(where: { $0.name == primaryKey.name }) else {
                throw error(.unknownProperty, "PRIMARY KEY names '\(primaryKey.name)', which is not declared", at: primaryKey.at)
            }
            properties[index] = PropertyDefinition(properties[index].name, properties[index].type, primaryKey: true)
        }
        do {
            return .createNodeType(try NodeType(name, properties: properties), ifNotExists: ifNotExists)
        } catch var failure as ChainGraphError {
            failure.position = position(start)
            throw failure
        }
    }

    private mutating func edgeType(_ name: String, ifNotExists: Bool, at start: Int) throws -> SchemaCommand {
        try expect("(")
        var endpoints: [EdgeType.Endpoints] = []
        var properties: [PropertyDefinition] = []
        repeat {
            if acceptKeyword("FROM") {
                let from = try self.name("a node type after FROM")
                try expectKeyword("TO")
                endpoints.append(.init(from: from, to: try self.name("a node type after TO")))
            } else {
                properties.append(try propertyDefinition())
            }
        } while accept(",")
        try expect(")")
        let supplyFlow = acceptKeywords("SUPPLY", "FLOW")
        do {
            return .createEdgeType(try EdgeType(name, endpoints: endpoints, properties: properties, supplyFlow: supplyFlow),
                                   ifNotExists: ifNotExists)
        } catch var failure as ChainGraphError {
            failure.position = position(start)
            throw failure
        }
    }

    private mutating func propertyDefinition() throws -> PropertyDefinition {
        let name = try self.name("a property name")
        let typeStart = current.start
        var typeName = try self.name("a property type (STRING, INT64, DOUBLE, BOOL, DATE, LIST<…>)")
        if accept("<") {
            typeName += "<" + (try self.name("an element type")) + ">"
            try expect(">")
        } else if current.isSymbol("["), peek().isSymbol("]") {
            index += 2
            typeName += "[]"
        }
        guard let type = PropertyType(parsing: typeName) else {
            throw error(.unknownPropertyType, "unknown property type '\(typeName)'; use STRING, INT64, DOUBLE, BOOL, DATE or LIST<…>",
                        at: typeStart)
        }
        if acceptKeywords("PRIMARY", "KEY") { return PropertyDefinition(name, type, primaryKey: true) }
        if acceptKeywords("NOT", "NULL") { return PropertyDefinition(name, type, required: true) }
        return PropertyDefinition(name, type)
    }
}

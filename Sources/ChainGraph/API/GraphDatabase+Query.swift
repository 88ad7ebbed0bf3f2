extension GraphDatabase {
    /// Runs one statement of the query language and returns its result.
    ///
    /// Statements that read run on a snapshot; statements that write (and DDL) run in one
    /// write transaction: when any part fails, nothing of the statement is kept.
    ///
    /// A statement's text is parsed once and kept (a few hundred texts of up to 4 KiB), so
    /// a query run many times — with parameters for what changes — pays only for binding,
    /// planning and running.
    ///
    /// ```swift
    /// try db.execute("CREATE (:Material {name: $name})", parameters: ["name": "acrylonitrile"])
    /// let result = try db.execute("MATCH (m:Material) RETURN count(m) AS materials")
    /// result.scalar // 1
    /// ```
    ///
    /// - Throws: ``ChainGraphError`` with a line:column position — `SyntaxError` for malformed
    ///   or meaningless text (at compile time, before anything runs), `TypeError`,
    ///   `ArgumentError`, `ConstraintError`, `EntityNotFound` while running, and
    ///   `LimitExceeded` past the limits in `options`.
    @discardableResult
    public func execute(_ query: String, parameters: [String: Value] = [:],
                        options: QueryOptions = QueryOptions()) throws -> ResultSet {
        ResultSet(try runner.execute(query, parameters: parameters, options: options))
    }

    /// Runs every statement of a script, separated by `;`, each in its own transaction, in
    /// order, and returns the result of each. The first error stops the script (the
    /// statements before it stay committed) and is reported at its line and column in the
    /// script, with `file` as the file name.
    @discardableResult
    public func executeScript(_ script: String, file: String? = nil, parameters: [String: Value] = [:],
                              options: QueryOptions = QueryOptions()) throws -> [ResultSet] {
        try runner.executeScript(script, file: file, parameters: parameters, options: options).map(ResultSet.init)
    }
}

extension GraphDatabase {
    /// Runs one statement with parameters given as plain Swift values
    /// (`["name": name, "tiers": [1, 2]]`, see ``ValueConvertible``).
    @discardableResult
    public func execute(_ query: String, parameters: [String: any ValueConvertible],
                        options: QueryOptions = QueryOptions()) throws -> ResultSet {
        try execute(query, parameters: parameters.mapValues(\.graphValue), options: options)
    }

    /// Runs a script with parameters given as plain Swift values (see ``ValueConvertible``).
    @discardableResult
    public func executeScript(_ script: String, file: String? = nil, parameters: [String: any ValueConvertible],
                              options: QueryOptions = QueryOptions()) throws -> [ResultSet] {
        try executeScript(script, file: file, parameters: parameters.mapValues(\.graphValue), options: options)
    }
}

extension GraphDatabase {
    /// The names of the procedures `CALL` knows, for completion and help.
    public static var procedureNames: [String] { ProcedureRegistry.names.sorted() }

    /// Every procedure's signature, `name(parameter, [optional]) YIELD field, …`, by name.
    public static var procedureSignatures: [String] {
        ProcedureRegistry.all.sorted { $0.name < $1.name }.map(\.signature)
    }

    /// Every built-in function, `name/arity` (`substring/2..3`), aggregates marked, by name.
    public static var functionSignatures: [String] {
        FunctionRegistry.allNames.compactMap(FunctionRegistry.lookup).map { definition in
            let arity = definition.arity.lowerBound == definition.arity.upperBound ? "\(definition.arity.lowerBound)"
                : "\(definition.arity.lowerBound)..\(definition.arity.upperBound)"
            return "\(definition.name)/\(arity)" + (definition.isAggregate ? " (aggregate)" : "")
        }
    }
}

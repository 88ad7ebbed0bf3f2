/// Spark: the functions and aggregates of the Spark subset, as Spark SQL. `id()` is the
/// lake's node id (the ChainGraph id when the lake came from ChainGraph's export).
struct SparkFunctionTranslator {
    let expressions: SparkExpressionTranslator

    func translate(_ name: String, distinct: Bool, _ arguments: [Expression], _ scope: SparkScope,
                   _ whole: Expression) throws -> (sql: String, type: SparkType) {
        func argument(_ index: Int) throws -> (sql: String, type: SparkType) {
            guard index < arguments.count else { throw expressions.refuse(whole, "\(name)() needs \(index + 1) argument(s)") }
            return try expressions.translate(arguments[index], scope)
        }
        func element(_ index: Int) throws -> SparkElementSource {
            guard index < arguments.count, case .variable(let variable) = arguments[index].kind,
                  case .element(let element)? = scope.lookup(variable) else {
                throw expressions.refuse(whole, "\(name)() takes a node or relationship variable on Spark")
            }
            return element
        }
        let distinctWord = distinct ? "DISTINCT " : ""
        switch name.lowercased() {
        case "id": return (try element(0).id, .integer)
        case "labels":
            let node = try element(0)
            guard node.isNode else { throw expressions.refuse(whole, "labels() takes a node") }
            return (node.labels, .list)
        case "type":
            let relationship = try element(0)
            guard !relationship.isNode else { throw expressions.refuse(whole, "type() takes a relationship") }
            return (relationship.type, .string)
        case "length":
            guard arguments.count == 1, case .variable(let variable) = arguments[0].kind,
                  case .pathLength(let sql)? = scope.lookup(variable) else {
                throw expressions.refuse(whole, "length() is translated for a shortest path's variable only")
            }
            return (sql, .integer)
        case "coalesce":
            let parts = try arguments.map { try expressions.translate($0, scope) }
            return ("coalesce(" + parts.map(\.sql).joined(separator: ", ") + ")", parts.first?.type ?? .unknown)
        case "tolower": return ("lower(\(try argument(0).sql))", .string)
        case "toupper": return ("upper(\(try argument(0).sql))", .string)
        case "trim": return ("trim(\(try argument(0).sql))", .string)
        case "abs":
            let value = try argument(0)
            return ("abs(\(value.sql))", value.type)
        case "size":
            let value = try argument(0)
            return (value.type == .string ? "char_length(\(value.sql))" : "size(\(value.sql))", .integer)
        case "tostring": return ("CAST(\(try argument(0).sql) AS STRING)", .string)
        case "tointeger": return ("try_cast(\(try argument(0).sql) AS BIGINT)", .integer)
        case "tofloat": return ("try_cast(\(try argument(0).sql) AS DOUBLE)", .double)
        case "count":
            let value = try expressions.operand(arguments[0], scope)
            return ("count(\(distinctWord)\(value.sql))", .integer)
        case "sum":
            let value = try argument(0)
            return ("coalesce(sum(\(distinctWord)\(value.sql)), 0L)", value.type == .double ? .double : value.type)
        case "avg": return ("avg(\(distinctWord)\(try argument(0).sql))", .double)
        case "min", "max":
            let value = try argument(0)
            guard value.type != .node && value.type != .relationship else {
                throw expressions.refuse(whole, "\(name)() of nodes or relationships is not translated")
            }
            return ("\(name.lowercased())(\(value.sql))", value.type)
        case "collect":
            return ((distinct ? "collect_set(" : "collect_list(") + (try argument(0).sql) + ")", .list)
        default:
            throw expressions.refuse(whole, "function \(name)() is not in the Spark subset")
        }
    }
}

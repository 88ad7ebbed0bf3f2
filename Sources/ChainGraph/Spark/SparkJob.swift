import Foundation

/// Spark: what the runner (`spark/chaingraph_spark.py serve`) is asked to do for one
/// statement — steps that define views in order (Spark SQL, or an iterative operator such
/// as a breadth-first closure driven from the runner), then the SQL whose rows are the
/// result, with the statement's column names.
public struct SparkJob: Sendable {
    /// One step: its `op` (`sql`, `closure`, `shortest`, `pathcount`, `procedure`) and fields.
    struct Step: @unchecked Sendable {
        var fields: [String: Any]
    }

    var steps: [Step]
    /// The SQL of the rows the statement returns.
    public var resultSQL: String
    /// The statement's column names.
    public var columns: [String]
    /// The lake the job reads, when it is not the one the runner has open.
    var lake: String?

    /// The SQL of every step, in order, then the result's: what EXPLAIN shows.
    public var explained: [String] {
        steps.map { step in
            let op = step.fields["op"] as? String ?? "?"
            if op == "sql" { return "\(step.fields["view"] ?? "") := \(step.fields["sql"] ?? "")" }
            let details = step.fields.filter { $0.key != "op" && $0.key != "view" && $0.key != "fallback" }
                .sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
            return "\(step.fields["view"] ?? "") := \(op.uppercased()) \(details)"
        } + ["RESULT " + resultSQL]
    }

    /// The job as one line of JSON, as the runner reads it.
    func jsonLine() throws -> String {
        var object: [String: Any] = ["steps": steps.map(\.fields), "result": resultSQL, "columns": columns]
        if let lake { object["lake"] = lake }
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}

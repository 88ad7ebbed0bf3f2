/// AST: `CHAIN (:Material) 'a' → 'b' → { 'c', 'd' } VIA FEEDS SOURCE 'file.txt', LINE 3`.
struct ChainStatement: Sendable {
    /// One named step, with its own label and properties when given.
    struct Step: Sendable {
        var labels: [String]?
        var properties: Expression?
        var name: String
        var position: Int
    }

    /// Labels for steps that name none.
    var defaultLabels: [String]
    /// Properties for every step.
    var defaultProperties: Expression?
    /// The stages of the chain; a stage with several steps branches into alternatives.
    var stages: [[Step]]
    var edgeType: String
    var edgeProperties: Expression?
    var source: String?
    var line: Int64?
    var position: Int
}

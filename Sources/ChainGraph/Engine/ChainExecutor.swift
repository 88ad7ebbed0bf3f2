/// Chains: runs a CHAIN statement — merges every step (by label and name, or alias) and
/// every edge between consecutive stages, in the statement's one writer, with the
/// given provenance on what it creates.
struct ChainExecutor {
    let context: ExecutionContext

    /// Returns the number of nodes and edges created and the chain's nodes, stage by stage.
    func run(_ chain: ChainStatement) throws -> QueryResult {
        let writer = try context.writer(at: chain.position)
        let evaluator = Evaluator(context)
        let provenance = Provenance(source: chain.source, line: chain.line)
        var createdNodes = 0, createdEdges = 0
        var stageNodes: [[NodeID]] = []
        let defaults = try properties(chain.defaultProperties, evaluator)
        for stage in chain.stages {
            var ids: [NodeID] = []
            for step in stage {
                let labels = step.labels ?? chain.defaultLabels
                var extra = defaults
                extra.merge(try properties(step.properties, evaluator)) { $1 }
                let (id, created) = try mergeNode(step, labels: labels, properties: extra, provenance: provenance, writer)
                if created { createdNodes += 1 }
                ids.append(id)
            }
            stageNodes.append(ids)
        }
        let edgeProperties = try properties(chain.edgeProperties, evaluator)
        for (from, to) in zip(stageNodes, stageNodes.dropFirst()) {
            for source in from {
                for target in to where try mergeEdge(chain.edgeType, source, target, edgeProperties, provenance, writer,
                                                     at: chain.position) {
                    createdEdges += 1
                }
            }
        }
        let nodes = stageNodes.map { Value.list($0.map { context.materialize(context.nodeReference($0.rawValue)) }) }
        return QueryResult(columns: ["nodesCreated", "edgesCreated", "stages"],
                         rows: [[.int(Int64(createdNodes)), .int(Int64(createdEdges)), .list(nodes)]])
    }

    private func properties(_ expression: Expression?, _ evaluator: Evaluator) throws -> [String: Value] {
        guard let expression else { return [:] }
        guard case .map(let entries) = try evaluator.evaluate(expression, [:]) else {
            throw context.error(.typeError, .invalidArgumentType, "properties in CHAIN must be a map", at: expression.start)
        }
        return entries
    }

    /// The node named by the step: an existing one with the same labels whose `name` (or one
    /// of whose `aliases`) matches, else a new one.
    private func mergeNode(_ step: ChainStatement.Step, labels: [String], properties: [String: Value],
                           provenance: Provenance, _ writer: GraphWriter) throws -> (NodeID, Bool) {
        let graph = context.graph
        let existing = graph.nodes(named: step.name).filter { id in
            let nodeLabels = Set(graph.node(id)!.labels)
            return labels.allSatisfy(nodeLabels.contains)
        }
        do {
            if let id = existing.first {
                if !properties.isEmpty { try writer.setProperties(properties, on: id, merge: true) }
                context.refresh()
                return (id, false)
            }
            var all = properties
            all["name"] = .string(step.name)
            let id = try writer.createNode(labels: labels, properties: all, provenance: provenance)
            context.refresh()
            return (id, true)
        } catch var failure as ChainGraphError {
            if failure.position == nil { failure.position = context.source.position(step.position) }
            throw failure
        }
    }

    private func mergeEdge(_ type: String, _ from: NodeID, _ to: NodeID, _ properties: [String: Value],
                           _ provenance: Provenance, _ writer: GraphWriter, at offset: Int) throws -> Bool {
        let graph = context.graph
        if graph.edges(of: from, type: type, direction: .outgoing).contains(where: { $0.to == to }) { return false }
        do {
            try writer.createEdge(type, from: from, to: to, properties: properties, provenance: provenance)
        } catch var failure as ChainGraphError {
            if failure.position == nil { failure.position = context.source.position(offset) }
            throw failure
        }
        context.refresh()
        return true
    }
}

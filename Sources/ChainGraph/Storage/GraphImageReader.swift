import Foundation

/// Reads a ``GraphImage`` payload (laid out as ``GraphImageWriter`` describes) into a
/// ``GraphState`` whose node and edge pages are decoded when first read.
///
/// Open validates everything first: every chunk (one page of records) is read through
/// with the same checks the decoding makes — lengths, tags, UTF-8, symbols, ids — but
/// without keeping the records, in parallel; then the live counts, every edge's
/// endpoints and every adjacency entry are checked. A payload that passed its checksum
/// but fails any of this throws, and the caller loads from the tables instead. Only then
/// are the pages handed out, each decoding itself on first access (so a page's decoding
/// cannot fail later). Records of one shape share their label and property-key arrays.
struct GraphImageReader {
    let payload: [UInt8]

    /// What the header of the payload says, checked against the database's summary.
    struct Counters: Equatable {
        var nextNodeID: Int64
        var nextEdgeID: Int64
        var nodeCount: Int64
        var edgeCount: Int64
    }

    func decode(databaseID expectedID: String, counters expected: Counters) throws -> GraphState {
        try payload.withUnsafeBufferPointer { buffer in
            var reader = ValueCodec.Reader(bytes: buffer)
            guard try reader.readString() == expectedID else { throw Self.corrupt("it belongs to another database") }
            let counters = Counters(nextNodeID: try reader.readID(), nextEdgeID: try reader.readID(),
                                    nodeCount: try reader.readID(), edgeCount: try reader.readID())
            guard counters == expected else { throw Self.corrupt("its counters differ from the database's") }
            let chunkSize = try reader.readID()
            let pageSize = Int64(ChunkedTable<NodeChunk>.pageSize)
            guard chunkSize == pageSize else { throw Self.corrupt("its chunks are not pages of \(pageSize) records") }
            var state = GraphState()
            let schemaJSON = try reader.readString()
            if !schemaJSON.isEmpty { state.schema = try JSONDecoder().decode(GraphSchema.self, from: Data(schemaJSON.utf8)) }
            for table in [\GraphState.labels, \GraphState.edgeTypes, \GraphState.propertyKeys] {
                let count = try reader.readCount()
                for expectedSymbol in 0..<count {
                    guard state[keyPath: table].intern(try reader.readString()) == Int32(expectedSymbol) else {
                        throw Self.corrupt("a symbol table names one name twice")
                    }
                }
            }
            let nodeChunks = try reader.readChunks(), edgeChunks = try reader.readChunks()
            let decoded = try validateRecords(nodes: nodeChunks, edges: edgeChunks, chunkSize: chunkSize, state: state,
                                              counters: counters)
            let payload = self.payload, limits = SymbolLimits(state)
            let nodeCount = counters.nextNodeID, edgeCount = counters.nextEdgeID
            state.nodes = ChunkedTable(count: Int(nodeCount)) { page in
                Self.decodedPage(page) {
                    try RecordDecoder(payload: payload, range: nodeChunks[page], limits: limits)
                        .nodeChunk(count: min(chunkSize, nodeCount - Int64(page) * chunkSize))
                }
            }
            state.edges = ChunkedTable(count: Int(edgeCount)) { page in
                Self.decodedPage(page) {
                    try RecordDecoder(payload: payload, range: edgeChunks[page], limits: limits)
                        .edgeChunk(count: min(chunkSize, edgeCount - Int64(page) * chunkSize))
                }
            }
            state.nodeCount = Int(counters.nodeCount)
            state.edgeCount = Int(counters.edgeCount)

            let nodeCapacity = Int(counters.nextNodeID)
            guard try reader.readCount() == state.edgeTypes.count else { throw Self.corrupt("adjacency for another set of types") }
            for _ in 0..<state.edgeTypes.count {
                state.outgoing.append(try reader.readAdjacency(nodeCapacity: nodeCapacity, nextEdgeID: counters.nextEdgeID))
                state.incoming.append(try reader.readAdjacency(nodeCapacity: nodeCapacity, nextEdgeID: counters.nextEdgeID))
            }
            try Self.checkAdjacency(state, decoded.edges.shapes)
            if try reader.readByte() == 1 {
                let slots: [UInt32] = try reader.readRaw()
                guard let index = PrimaryKeyIndex(slots: slots, count: Int(try reader.readID()), nodeLimit: counters.nextNodeID) else {
                    throw Self.corrupt("its primary-key table is malformed")
                }
                state.primaryKeyBase = index
            } else {
                try state.buildPrimaryKeyBase()
            }
            try reader.expectEnd()
            return state
        }
    }

    /// A page's chunk; open validated the page with the same checks, so failing here is a
    /// bug, not damage.
    private static func decodedPage<Chunk>(_ page: Int, _ decode: () throws -> Chunk) -> Chunk {
        do {
            return try decode()
        } catch {
            fatalError("graph image page \(page) failed to decode after it was validated: \(error)")
        }
    }

    /// Reads every chunk of both sections in parallel without keeping records, then checks
    /// the live counts and every edge's endpoints; returns which nodes are present and
    /// each edge's type and endpoints.
    private func validateRecords(nodes: [Range<Int>], edges: [Range<Int>], chunkSize: Int64, state: GraphState,
                                 counters: Counters) throws -> (nodes: DecodedNodes, edges: DecodedEdges) {
        guard Int64(nodes.count) == (counters.nextNodeID + chunkSize - 1) / chunkSize,
              Int64(edges.count) == (counters.nextEdgeID + chunkSize - 1) / chunkSize else {
            throw Self.corrupt("its sections have the wrong number of chunks")
        }
        let nodeResults = ParallelSlots<Result<DecodedNodes, Error>>(count: nodes.count)
        let edgeResults = ParallelSlots<Result<DecodedEdges, Error>>(count: edges.count)
        let payload = self.payload, limits = SymbolLimits(state)
        DispatchQueue.concurrentPerform(iterations: nodes.count + edges.count) { item in
            if item < nodes.count {
                let count = min(chunkSize, counters.nextNodeID - Int64(item) * chunkSize)
                nodeResults[item] = Result {
                    try RecordDecoder(payload: payload, range: nodes[item], limits: limits).nodes(count: count)
                }
            } else {
                let chunk = item - nodes.count
                let count = min(chunkSize, counters.nextEdgeID - Int64(chunk) * chunkSize)
                edgeResults[chunk] = Result {
                    try RecordDecoder(payload: payload, range: edges[chunk], limits: limits).edges(count: count)
                }
            }
        }
        var decodedNodes = DecodedNodes(), decodedEdges = DecodedEdges()
        for result in nodeResults.values {
            guard let part = try result?.get() else { throw Self.corrupt("a chunk was not read") }
            decodedNodes.present.append(contentsOf: part.present)
            decodedNodes.live += part.live
        }
        for result in edgeResults.values {
            guard let part = try result?.get() else { throw Self.corrupt("a chunk was not read") }
            decodedEdges.shapes.append(contentsOf: part.shapes)
            decodedEdges.live += part.live
        }
        guard decodedNodes.live == counters.nodeCount, decodedEdges.live == counters.edgeCount else {
            throw Self.corrupt("it holds \(decodedNodes.live) nodes and \(decodedEdges.live) edges, not \(counters.nodeCount) and \(counters.edgeCount)")
        }
        let present = decodedNodes.present
        for (index, shape) in decodedEdges.shapes.enumerated() where shape.type >= 0 {
            guard Int(shape.from) < present.count, Int(shape.to) < present.count, present[Int(shape.from)], present[Int(shape.to)] else {
                throw Self.corrupt("edge \(index) joins a node that does not exist")
            }
        }
        return (decodedNodes, decodedEdges)
    }

    /// Every base entry must be a live edge of its list's type, at its source (outgoing) or
    /// target (incoming) with the other end as neighbour, and every live edge must be in
    /// both lists exactly once: a damaged image cannot leave an index that disagrees with
    /// the records. O(edges), with one bit per edge.
    private static func checkAdjacency(_ state: GraphState, _ shapes: [EdgeShape]) throws {
        let directions: [(Direction, [AdjacencyList])] = [(.outgoing, state.outgoing), (.incoming, state.incoming)]
        let problems = ParallelSlots<String>(count: directions.count)
        DispatchQueue.concurrentPerform(iterations: directions.count) { index in
            problems[index] = adjacencyProblem(directions[index].0, directions[index].1, shapes, edgeCount: state.edgeCount)
        }
        if let problem = problems.values.compactMap({ $0 }).first { throw corrupt(problem) }
    }

    /// What is wrong with the lists of one direction, or nil.
    private static func adjacencyProblem(_ direction: Direction, _ lists: [AdjacencyList], _ shapes: [EdgeShape],
                                         edgeCount: Int) -> String? {
        var seen = [UInt64](repeating: 0, count: (shapes.count + 63) / 64)
        var total = 0
        for (type, list) in lists.enumerated() {
            let offsets = list.offsets, entries = list.entries
            for node in 0..<offsets.count - 1 {
                for position in Int(offsets[node])..<Int(offsets[node + 1]) {
                    let entry = entries[position]
                    let shape = shapes[Int(entry.edge)]
                    let (near, far) = direction == .outgoing ? (shape.from, shape.to) : (shape.to, shape.from)
                    let (word, bit) = (Int(entry.edge) / 64, UInt64(1) << (UInt64(entry.edge) % 64))
                    guard Int(shape.type) == type, near == UInt32(node), far == entry.neighbor, seen[word] & bit == 0 else {
                        return "its adjacency disagrees with edge \(entry.edge)"
                    }
                    seen[word] |= bit
                    total += 1
                }
            }
        }
        return total == edgeCount ? nil : "its adjacency holds \(total) of \(edgeCount) edges"
    }

    static func corrupt(_ detail: String) -> ChainGraphError {
        .storage(.corruptImage, "the graph image cannot be used: \(detail)")
    }
}

/// Which ids of a node section are present (for the edge checks), and how many are.
private struct DecodedNodes {
    var present: [Bool] = []
    var live: Int64 = 0
}

/// Each edge's type and endpoints as plain numbers (for the checks).
private struct DecodedEdges {
    var shapes: [EdgeShape] = []
    var live: Int64 = 0
}

/// An edge's type (-1 when the id is free) and endpoints.
private struct EdgeShape {
    var type: Int32
    var from: UInt32
    var to: UInt32
}

/// How many labels, edge types and property keys the image's symbol tables hold.
private struct SymbolLimits: Sendable {
    var labels: Int
    var edgeTypes: Int
    var propertyKeys: Int

    init(_ state: GraphState) {
        labels = state.labels.count
        edgeTypes = state.edgeTypes.count
        propertyKeys = state.propertyKeys.count
    }
}

/// Reads the records of one chunk: to validate them at open, or into the chunk's columns
/// when its page is first read.
private struct RecordDecoder {
    let payload: [UInt8]
    let range: Range<Int>
    let limits: SymbolLimits

    func nodes(count: Int64) throws -> DecodedNodes {
        var decoded = DecodedNodes()
        decoded.present.reserveCapacity(Int(count))
        try forEachRecord(count: count) { reader, shapes, isPresent in
            decoded.present.append(isPresent)
            guard isPresent else { return }
            _ = try shapes.labels(&reader, limit: limits.labels)
            _ = try shapes.properties(&reader, keyLimit: limits.propertyKeys) { _, _ in }
            decoded.live += 1
        }
        return decoded
    }

    func edges(count: Int64) throws -> DecodedEdges {
        var decoded = DecodedEdges()
        decoded.shapes.reserveCapacity(Int(count))
        try forEachRecord(count: count) { reader, shapes, isPresent in
            guard isPresent else { return decoded.shapes.append(EdgeShape(type: -1, from: 0, to: 0)) }
            decoded.shapes.append(try edgeShape(&reader))
            _ = try shapes.properties(&reader, keyLimit: limits.propertyKeys) { _, _ in }
            decoded.live += 1
        }
        return decoded
    }

    /// An edge record's type and endpoints, checked against the symbol table and the id limit.
    private func edgeShape(_ reader: inout ValueCodec.Reader) throws -> EdgeShape {
        let type = try reader.readVarint(), from = try reader.readVarint(), to = try reader.readVarint()
        guard type < UInt64(limits.edgeTypes), from <= UInt64(GraphState.maximumID), to <= UInt64(GraphState.maximumID) else {
            throw GraphImageReader.corrupt("an edge has an unknown type or an impossible endpoint")
        }
        return EdgeShape(type: Int32(type), from: UInt32(from), to: UInt32(to))
    }

    /// The chunk's `count` nodes, decoded straight into columns (no record per node).
    func nodeChunk(count: Int64) throws -> NodeChunk {
        var chunk = NodeChunk()
        try forEachRecord(count: count) { reader, shapes, isPresent in
            guard isPresent else { return chunk.append(nil) }
            let slot = chunk.appendLive(labels: try shapes.labels(&reader, limit: limits.labels))
            let provenance = try shapes.properties(&reader, keyLimit: limits.propertyKeys) { key, value in
                chunk.setNewProperty(key, value, at: slot)
            }
            chunk.setProvenance(provenance, at: slot)
        }
        return chunk
    }

    /// The chunk's `count` edges, decoded straight into columns (no record per edge).
    func edgeChunk(count: Int64) throws -> EdgeChunk {
        var chunk = EdgeChunk()
        try forEachRecord(count: count) { reader, shapes, isPresent in
            guard isPresent else { return chunk.append(nil) }
            let shape = try edgeShape(&reader)
            let slot = chunk.appendLive(type: shape.type, from: shape.from, to: shape.to)
            let provenance = try shapes.properties(&reader, keyLimit: limits.propertyKeys) { key, value in
                chunk.setNewProperty(key, value, at: slot)
            }
            chunk.setProvenance(provenance, at: slot)
        }
        return chunk
    }

    /// Calls `body` for each of the chunk's `count` ids, with the reader positioned on the
    /// record and whether the id is present (a free id has no record); the chunk must end
    /// after the last one.
    private func forEachRecord(count: Int64, _ body: (inout ValueCodec.Reader, inout ShapeCache, Bool) throws -> Void) throws {
        try payload.withUnsafeBufferPointer { buffer in
            var reader = ValueCodec.Reader(bytes: UnsafeBufferPointer(rebasing: buffer[..<range.upperBound]),
                                           position: range.lowerBound)
            var shapes = ShapeCache()
            for _ in 0..<count {
                let isPresent = try reader.readByte() == 1
                try body(&reader, &shapes, isPresent)
            }
            try reader.expectEnd()
        }
    }
}

/// The last label list and provenance source decoded, reused by the next record when
/// equal: nodes of one type then share one label array, and a chunk's records one source.
private struct ShapeCache {
    var labels: [Int32] = []
    var source: String?
    var sourceBytes: [UInt8] = []
    var scratch: [Int32] = []

    /// Reads a node's labels: a count and that many strictly ascending symbols below `limit`.
    mutating func labels(_ reader: inout ValueCodec.Reader, limit: Int) throws -> [Int32] {
        let count = try reader.readCount()
        scratch.removeAll(keepingCapacity: true)
        for _ in 0..<count {
            let symbol = try reader.readVarint()
            guard symbol < UInt64(limit), scratch.last.map({ Int64($0) < Int64(symbol) }) ?? true else {
                throw GraphImageReader.corrupt("a record names an unknown symbol or repeats one")
            }
            scratch.append(Int32(symbol))
        }
        if labels != scratch { labels = scratch }
        return labels
    }

    /// Reads a record's properties, handing each to `body` with its key, and returns its
    /// provenance.
    mutating func properties(_ reader: inout ValueCodec.Reader, keyLimit: Int,
                             _ body: (Int32, Value) -> Void) throws -> Provenance {
        let count = try reader.readCount()
        scratch.removeAll(keepingCapacity: true)
        for _ in 0..<count {
            let key = try reader.readVarint()
            guard key < UInt64(keyLimit), scratch.last.map({ Int64($0) < Int64(key) }) ?? true else {
                throw GraphImageReader.corrupt("a record names an unknown property key or repeats one")
            }
            scratch.append(Int32(key))
            body(Int32(key), try reader.readValue(depth: 0))
        }
        var provenance = Provenance()
        if try reader.readByte() == 1 {
            // Compared as bytes first: most records repeat the previous record's source.
            let length = try reader.readCount()
            let bytes = UnsafeBufferPointer(rebasing: reader.bytes[reader.position..<reader.position + length])
            reader.position += length
            let same = source != nil && sourceBytes.count == length
                && (length == 0 || sourceBytes.withUnsafeBytes { memcmp($0.baseAddress!, bytes.baseAddress!, length) == 0 })
            if !same {
                guard let text = String(validating: bytes, as: UTF8.self) else {
                    throw GraphImageReader.corrupt("a provenance source is not UTF-8")
                }
                source = text
                sourceBytes = Array(bytes)
            }
            provenance.source = source
        }
        if try reader.readByte() == 1 { provenance.line = try reader.readSigned() }
        return provenance
    }
}

extension ValueCodec.Reader {
    /// A varint that must be a valid id or count (below 2⁶²).
    mutating func readID() throws -> Int64 {
        let value = try readVarint()
        guard value < 1 << 62 else { throw GraphImageReader.corrupt("a counter is out of range") }
        return Int64(value)
    }

    /// The byte ranges of a chunked section: a count, then per chunk a raw 64-bit length
    /// and that many bytes (skipped).
    mutating func readChunks() throws -> [Range<Int>] {
        let count = try readCount()
        var chunks: [Range<Int>] = []
        for _ in 0..<count {
            guard position + 8 <= bytes.count else { throw GraphImageReader.corrupt("it ends early") }
            let length = UInt64(littleEndian: UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: position, as: UInt64.self))
            position += 8
            guard length <= UInt64(bytes.count - position) else { throw GraphImageReader.corrupt("a chunk runs past the end") }
            chunks.append(position..<position + Int(length))
            position += Int(length)
        }
        return chunks
    }

    /// A count, then that many fixed-width elements copied out.
    mutating func readRaw<Element: BitwiseCopyable>() throws -> [Element] {
        let count = try readVarint()
        let size = MemoryLayout<Element>.stride
        guard count <= UInt64(bytes.count - position) / UInt64(size) else { throw GraphImageReader.corrupt("an array runs past the end") }
        let start = position
        position += Int(count) * size
        return [Element](unsafeUninitializedCapacity: Int(count)) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[start..<position]))
            initialized = Int(count)
        }
    }

    /// One adjacency list: raw offsets, raw entries, the base edge limit.
    mutating func readAdjacency(nodeCapacity: Int, nextEdgeID: Int64) throws -> AdjacencyList {
        let offsets: [UInt32] = try readRaw(), entries: [AdjacencyEntry] = try readRaw()
        let limit = try readID()
        guard limit <= nextEdgeID,
              let list = AdjacencyList(offsets: offsets, entries: entries, baseEdgeLimit: limit, nodeCapacity: nodeCapacity) else {
            throw GraphImageReader.corrupt("an adjacency list is malformed")
        }
        return list
    }
}

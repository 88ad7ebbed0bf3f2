import Foundation

/// Encodes a ``GraphState`` as a ``GraphImage`` payload.
///
/// Payload, in order (varints as in ``ValueCodec``; "raw" arrays are little-endian
/// fixed-width words):
/// 1. the database id (string); the counters `nextNodeID`, `nextEdgeID`, `nodeCount`,
///    `edgeCount`; the chunk size; the schema as JSON (string, empty when none);
/// 2. the label, edge-type and property-key symbol tables (count, then names in id order);
/// 3. the node section and the edge section, in chunks of one page of ids, each preceded
///    by its byte length (a raw 64-bit word), so that chunks are validated in parallel and
///    each page of the loaded graph decodes from its own chunk when first read: one entry
///    per id, a presence byte, then for a node its label symbols, its properties (key
///    symbol, value) and its provenance; for an edge its type symbol, endpoints,
///    properties and provenance;
/// 4. per edge type, the outgoing then the incoming CSR (raw offsets and raw
///    `(neighbor, edge)` pairs), with the delta and deletions merged in;
/// 5. the primary-key table (raw slots and key count), or a zero byte when there is none.
struct GraphImageWriter {
    let state: GraphState
    let databaseID: String
    /// Records per chunk (readers accept one page; tests write others to see them refused).
    var chunkSize = GraphImage.chunkSize

    func payload() throws -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(48 * state.nodes.count + 24 * state.edges.count + 1024)
        ValueCodec.writeString(databaseID, to: &bytes)
        for counter in [state.nextNodeID, state.nextEdgeID, Int64(state.nodeCount), Int64(state.edgeCount)] {
            ValueCodec.writeVarint(UInt64(counter), to: &bytes)
        }
        ValueCodec.writeVarint(UInt64(chunkSize), to: &bytes)
        let schemaJSON = !state.schema.isEmpty ? String(decoding: try JSONEncoder().encode(state.schema), as: UTF8.self) : ""
        ValueCodec.writeString(schemaJSON, to: &bytes)
        for table in [state.labels, state.edgeTypes, state.propertyKeys] {
            ValueCodec.writeVarint(UInt64(table.count), to: &bytes)
            for name in table.names { ValueCodec.writeString(name, to: &bytes) }
        }
        writeChunks(count: state.nodes.count, to: &bytes) { index, section in
            state.nodes.read(index) { record in
                guard let record else { return section.append(0) }
                section.append(1)
                ValueCodec.writeVarint(UInt64(record.labels.count), to: &section)
                for label in record.labels { ValueCodec.writeVarint(UInt64(label), to: &section) }
                writeProperties(record.properties, record.provenance, to: &section)
            }
        }
        writeChunks(count: state.edges.count, to: &bytes) { index, section in
            state.edges.read(index) { record in
                guard let record else { return section.append(0) }
                section.append(1)
                ValueCodec.writeVarint(UInt64(record.type), to: &section)
                ValueCodec.writeVarint(UInt64(record.from), to: &section)
                ValueCodec.writeVarint(UInt64(record.to), to: &section)
                writeProperties(record.properties, record.provenance, to: &section)
            }
        }
        let edges = state.edges
        let alive = { (edge: UInt32) in edges.isPresent(Int(edge)) }
        ValueCodec.writeVarint(UInt64(state.outgoing.count), to: &bytes)
        for list in zip(state.outgoing, state.incoming).flatMap({ [$0.0, $0.1] }) {
            let base = list.merged(isAlive: alive, nodeCapacity: state.nodes.count, nextEdgeID: state.nextEdgeID)
            writeRaw(base.offsets, to: &bytes)
            writeRaw(base.entries, to: &bytes)
            ValueCodec.writeVarint(UInt64(base.baseEdgeLimit), to: &bytes)
        }
        // Keys claimed or released since open sit in the overlay: the table is rebuilt.
        var keyed = state
        if keyed.primaryKeyBase == nil || !keyed.primaryKeys.isEmpty { try keyed.buildPrimaryKeyBase() }
        if let base = keyed.primaryKeyBase {
            bytes.append(1)
            writeRaw(base.slots, to: &bytes)
            ValueCodec.writeVarint(UInt64(base.count), to: &bytes)
        } else {
            bytes.append(0)
        }
        return bytes
    }

    /// Records `0..<count` in chunks of ``GraphImage/chunkSize`` ids: the number of chunks,
    /// then each chunk's byte length (a raw 64-bit word) and bytes.
    private func writeChunks(count: Int, to bytes: inout [UInt8], _ writeRecord: (Int, inout [UInt8]) -> Void) {
        precondition(chunkSize > 0 && chunkSize % ChunkedTable<NodeChunk>.pageSize == 0, "chunks are whole pages")
        let chunks = (count + chunkSize - 1) / chunkSize
        ValueCodec.writeVarint(UInt64(chunks), to: &bytes)
        for chunk in 0..<chunks {
            let start = bytes.count
            bytes.append(contentsOf: [UInt8](repeating: 0, count: 8))
            for index in chunk * chunkSize..<min(count, (chunk + 1) * chunkSize) {
                writeRecord(index, &bytes)
            }
            let length = UInt64(bytes.count - start - 8).littleEndian
            withUnsafeBytes(of: length) { raw in
                for index in 0..<8 { bytes[start + index] = raw[index] }
            }
        }
    }

    private func writeProperties(_ properties: PropertyMap, _ provenance: Provenance, to bytes: inout [UInt8]) {
        ValueCodec.writeVarint(UInt64(properties.keys.count), to: &bytes)
        for (key, value) in zip(properties.keys, properties.values) {
            ValueCodec.writeVarint(UInt64(key), to: &bytes)
            ValueCodec.write(value, to: &bytes)
        }
        if let source = provenance.source {
            bytes.append(1)
            ValueCodec.writeString(source, to: &bytes)
        } else {
            bytes.append(0)
        }
        if let line = provenance.line {
            bytes.append(1)
            ValueCodec.writeVarint(ValueCodec.zigzag(line), to: &bytes)
        } else {
            bytes.append(0)
        }
    }

    private func writeRaw<Element: BitwiseCopyable>(_ items: [Element], to bytes: inout [UInt8]) {
        ValueCodec.writeVarint(UInt64(items.count), to: &bytes)
        items.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }
}

import Foundation

/// Import: the `<data>` of nodes, edges and the graph.
extension GraphMLImporter {
    /// A key recently found at some place among an element kind's `<data>`.
    struct RecentKey {
        var id: String
        var cID: ContiguousArray<CChar>
        var key: GraphMLKeyTable.Key?
    }

    /// Reads a `<data>`: into the open node or edge, the top-level graph's summary, or a
    /// warning where GraphML puts none.
    func readData() throws {
        let position = reader.compactPosition
        let container = containers.last
        let owner = container == .node || container == .edge ? elements.last : nil
        let (keyID, key) = resolveKey(for: owner, container: container)
        if key?.isGraphics == true {
            let graphics = try readGraphics()
            guard let owner else { return }
            if owner.graphics == nil {
                owner.graphics = graphics
            } else {
                // A second graphics <data> (yFiles for HTML splits label, geometry and style).
                if owner.graphics!.label == nil { owner.graphics!.label = graphics.label }
                for (name, value) in graphics.properties where !owner.graphics!.properties.contains(where: { $0.name == name }) {
                    owner.graphics!.properties.append((name, value))
                }
            }
            if isStrict, !graphics.properties.isEmpty {
                warnOnce("yfiles graphics", "yFiles graphics (geometry, colours, shapes, fonts) are kept in open mode only; "
                         + "in strict mode an element's label text becomes its name when it has none")
            }
            return
        }
        if key?.isDerivedProvenance == true {
            _ = try readText()
            return
        }
        if let owner {
            let value = try key.map { try readValue(of: $0, at: position) } ?? .string(try readText())
            owner.data.append(DataValue(keyID: keyID, key: key, value: value))
            return
        }
        let text = try readText()
        if container == .graph && graphs.count == 1 {
            if let value = try GraphMLKeyTable.value(text, of: key, at: reader.position(position)) {
                summary.graphData[key?.name ?? keyID] = value
                graphEntries.append(ImportedGraphData.Entry(name: key?.name ?? keyID, type: key?.type ?? "string", text: text))
            }
        } else {
            let domain = container?.rawValue ?? "graphml"
            warnOnce("data in \(domain)", "<data> of \(container == .graph ? "nested graphs" : "<\(domain)>") is ignored")
        }
    }

    /// The key a `<data>` names, and its id. Elements of one kind mostly list the same keys in
    /// the same order, so the key seen at the same place in the previous element is tried
    /// first (the attribute compared in place instead of a string built and two hashed lookups).
    private func resolveKey(for owner: Element?, container: Container?) -> (String, GraphMLKeyTable.Key?) {
        let kind = owner.map { $0.kind == .node ? 0 : 1 }
        let slot = owner?.data.count ?? 0
        var isRecent = false
        var keyID = ""
        reader.forEachAttribute { name, value in
            guard strcmp(name, "key") == 0 else { return }
            if let kind, slot < recentKeys[kind].count,
               recentKeys[kind][slot].cID.withUnsafeBufferPointer({ strcmp($0.baseAddress!, value) == 0 }) {
                isRecent = true
            } else {
                keyID = String(cString: value)
            }
        }
        if isRecent, let kind { return (recentKeys[kind][slot].id, recentKeys[kind][slot].key) }
        let key = keys.key(keyID, for: container?.rawValue ?? "graphml")
        if let kind {
            let entry = RecentKey(id: keyID, cID: keyID.utf8CString, key: key)
            if slot < recentKeys[kind].count {
                recentKeys[kind][slot] = entry
            } else if slot == recentKeys[kind].count, slot < 64 {
                recentKeys[kind].append(entry)
            }
        }
        return (keyID, key)
    }

    /// The value of the current `<data>`, read as its key's type says. A number written
    /// plainly is read from the parser's bytes, without a string.
    private func readValue(of key: GraphMLKeyTable.Key, at position: CompactSourcePosition) throws -> Value? {
        if key.isNumeric, let number = reader.readSimpleContent({ GraphMLKeyTable.plainNumber($0, of: key) }) {
            return number
        }
        return try GraphMLKeyTable.value(try readText(), of: key, at: reader.position(position))
    }

    /// The keys with a default value that apply to elements of `kind`.
    func defaults(for kind: Element.Kind) -> [GraphMLKeyTable.Key] {
        if keysWithDefaults == nil { keysWithDefaults = [keys.keysWithDefaults(for: "node"), keys.keysWithDefaults(for: "edge")] }
        return keysWithDefaults![kind == .node ? 0 : 1]
    }
}

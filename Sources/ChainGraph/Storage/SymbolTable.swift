/// Interns names (labels, edge types, property keys) as small integers.
///
/// Symbols are only added, never removed, so an id stays valid in every snapshot.
struct SymbolTable: Sendable, Hashable {
    private(set) var names: [String] = []
    private var ids: [String: Int32] = [:]

    /// The id of `name`, if interned.
    func id(of name: String) -> Int32? { ids[name] }

    /// The name of `id`.
    func name(of id: Int32) -> String { names[Int(id)] }

    /// The id of `name`, interning it when new.
    mutating func intern(_ name: String) -> Int32 {
        if let id = ids[name] { return id }
        let id = Int32(names.count)
        names.append(name)
        ids[name] = id
        return id
    }

    var count: Int { names.count }
}

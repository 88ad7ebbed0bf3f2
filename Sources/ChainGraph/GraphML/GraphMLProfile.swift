/// GraphML: who the exported file is for.
///
/// Every profile writes the same graph — node labels in a `labels` key (`:Material`),
/// the edge type in a `label` key, one key per property — and adds what its viewer
/// needs to show it without remapping:
///
/// - ``plain``: nothing more. Valid against the GraphML 1.0 XSD; the profile for
///   NetworkX, igraph, Cytoscape, Neo4j APOC and for round trips through ChainGraph.
/// - ``yed``: yFiles graphics (`y:ShapeNode` with the node's name as its label, a fill
///   colour per node type, a layered position; `y:PolyLineEdge` with an arrow and the
///   edge type) and a legend of one coloured node per type, marked
///   `chaingraph.legend = true`. yEd only draws what it finds in these elements. Against
///   the plain GraphML XSD the file breaks only where yEd's own files do: the
///   `yfiles.type` attribute on two keys and `y:` elements inside `<data>` (valid under
///   yFiles' extended schema).
/// - ``tinkerpop``: Apache TinkerPop's `GraphMLWriter`/`GraphMLReader` convention — the
///   vertex label in a key with id and name `labelV` (several labels joined by `::`, as
///   neo4j-gremlin writes them), the edge label in `labelE`. XSD-valid.
/// - ``apoc``: Neo4j APOC's `apoc.export.graphml` convention — plain, plus the labels as a
///   `labels=":A:B"` attribute on each `<node>` and the type as a `label` attribute on each
///   `<edge>`, as APOC writes them (attributes the GraphML XSD does not declare, as in APOC's
///   own files); `apoc.import.graphml` with `readLabels: true` reads the labels back.
/// - ``gephi``: the attributes Gephi's importer maps to its visual variables — node
///   `label`, `r`/`g`/`b` (type colour), `size` (grows with degree), `x`/`y`, and edge
///   `weight` (the `weight` property, else 1.0). XSD-valid.
public enum GraphMLProfile: String, Sendable, CaseIterable {
    /// Data only.
    case plain
    /// Data plus yFiles graphics for yEd.
    case yed
    /// Data plus Gephi's visual attributes.
    case gephi
    /// TinkerPop's `labelV` / `labelE` keys.
    case tinkerpop
    /// Neo4j APOC's `labels` / `label` attributes.
    case apoc
}

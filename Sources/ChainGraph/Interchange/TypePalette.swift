/// Export: one fill colour per node type, so a picture tells types apart at a glance.
///
/// Colours come from a fixed palette of 20 light fills that keep black labels readable —
/// Paul Tol's "light" and "pale" schemes and the Okabe–Ito colours, chosen for readers with
/// colour-vision deficiencies — in the order of the sorted type names over the whole
/// database, so every export of one database agrees. More than 20 types repeat colours.
struct TypePalette {
    static let colours = ["#77AADD", "#EE8866", "#44BB99", "#EEDD88", "#FFAABB", "#99DDFF", "#BBCC33", "#E69F00",
                          "#CC79A7", "#56B4E9", "#F0E442", "#DDDDDD", "#AAAA00", "#BBCCEE", "#FFCCCC", "#CCDDAA",
                          "#009E73", "#EEEEBB", "#D55E00", "#CCEEFF"]

    private var colourByType: [String: String] = [:]
    /// The types in legend order.
    let types: [String]

    init(types: some Sequence<String>) {
        self.types = Array(Set(types)).sorted()
        for (index, type) in self.types.enumerated() {
            colourByType[type] = Self.colours[index % Self.colours.count]
        }
    }

    /// The colour of a node with these labels (its first label), grey without one.
    func colour(for labels: [String]) -> String {
        labels.first.flatMap { colourByType[$0] } ?? "#EEEEEE"
    }

    /// The red, green and blue components of a `#RRGGBB` colour.
    static func components(_ colour: String) -> (red: Int, green: Int, blue: Int) {
        let hex = Int(colour.dropFirst(), radix: 16) ?? 0
        return ((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF)
    }
}

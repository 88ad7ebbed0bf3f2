/// Export: one fill colour per node type, so a picture tells types apart at a glance.
///
/// Colours come from a fixed, colour-blind-friendly palette in the order of the sorted
/// type names, so the same graph always gets the same colours.
struct TypePalette {
    static let colours = ["#8DD3C7", "#FFFFB3", "#BEBADA", "#FB8072", "#80B1D3", "#FDB462",
                          "#B3DE69", "#FCCDE5", "#D9D9D9", "#BC80BD", "#CCEBC5", "#FFED6F"]

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

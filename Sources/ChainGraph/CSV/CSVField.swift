/// CSV: quoting one field (RFC 4180), shared by every CSV writer.
public enum CSVField {
    /// `text` as a CSV field: quoted when it holds a comma, quote or line break (quotes
    /// doubled), or when it starts with a space; an empty string is written `""` when
    /// `quoteEmpty` is set, so that readers can tell it from a missing value.
    public static func quoted(_ text: String, quoteEmpty: Bool = false) -> String {
        if text.isEmpty { return quoteEmpty ? "\"\"" : "" }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) || text.hasPrefix(" ") else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

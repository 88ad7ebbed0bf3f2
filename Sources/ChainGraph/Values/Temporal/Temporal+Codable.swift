/// The temporal types encode as their ISO 8601 text (`"2024-05-01"`, `"PT1H30M"`), so that they
/// can be fields of the caller's `Codable` types: `ResultSet.decode(_:)` fills them from the
/// temporal values themselves, and JSON coders read and write the text.
private protocol ISO8601Codable: Codable, CustomStringConvertible {
    init(iso8601 text: String) throws
}

extension ISO8601Codable {
    /// Encodes the ISO 8601 text.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Decodes from ISO 8601 text.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(iso8601: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "\(error)")
        }
    }
}

extension GraphDate: ISO8601Codable {}
extension GraphLocalTime: ISO8601Codable {}
extension GraphTime: ISO8601Codable {}
extension GraphLocalDateTime: ISO8601Codable {}
extension GraphDateTime: ISO8601Codable {}
extension GraphDuration: ISO8601Codable {}

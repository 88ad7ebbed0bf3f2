import CLibXML2
import Foundation

/// GraphML: validation of a file against an XML Schema (the GraphML XSD), on request.
///
/// Import never validates (real files from real tools rarely are valid); use this to
/// check what ChainGraph writes, or a file before sending it to a strict consumer.
/// The schema is read from local files only (no network).
public final class GraphMLSchemaValidator {
    private let schema: xmlSchemaPtr

    /// Loads a schema, such as `graphml.xsd` of GraphML 1.0 with its local imports.
    /// - Throws: `IOError (InvalidSchema)` when the schema cannot be read or compiled.
    public init(schemaPath: String) throws {
        guard let parser = xmlSchemaNewParserCtxt(schemaPath) else {
            throw ChainGraphError(.ioError, .invalidSchema, "cannot read the schema '\(schemaPath)'")
        }
        defer { xmlSchemaFreeParserCtxt(parser) }
        xmlSchemaSetParserStructuredErrors(parser, { _, _ in }, nil)
        guard let schema = xmlSchemaParse(parser) else {
            throw ChainGraphError(.ioError, .invalidSchema, "cannot compile the schema '\(schemaPath)'")
        }
        self.schema = schema
    }

    deinit { xmlSchemaFree(schema) }

    /// The schema violations in a file, each with its line (empty when valid).
    public func violations(inFile path: String) throws -> [ChainGraphError] {
        guard let context = xmlSchemaNewValidCtxt(schema) else {
            throw ChainGraphError(.ioError, .outOfMemory, "cannot create a validation context")
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        let collector = ViolationCollector(file: path)
        xmlSchemaSetValidStructuredErrors(context, { userData, error in
            guard let userData, let error else { return }
            let collector = Unmanaged<ViolationCollector>.fromOpaque(userData).takeUnretainedValue()
            let message = error.pointee.message.map { String(cString: $0) }?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? "invalid"
            collector.errors.append(ChainGraphError(.syntaxError, .schemaViolation, message,
                                                    at: SourcePosition(file: collector.file, line: max(Int(error.pointee.line), 1), column: 1)))
        }, Unmanaged.passUnretained(collector).toOpaque())
        let result = xmlSchemaValidateFile(context, path, Int32(XML_PARSE_NONET.rawValue))
        if result < 0 && collector.errors.isEmpty {
            throw ChainGraphError(.ioError, .cannotOpenFile, "cannot validate '\(path)'")
        }
        return collector.errors
    }
}

private final class ViolationCollector {
    let file: String
    var errors: [ChainGraphError] = []
    init(file: String) { self.file = file }
}

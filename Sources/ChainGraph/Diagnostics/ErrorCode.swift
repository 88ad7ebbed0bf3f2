/// Diagnostics: the precise problem an error names — the detail code of a
/// ``ChainGraphError``, rendered as its UpperCamelCase raw value
/// (`ConstraintError (DuplicatePrimaryKey) at 3:7: …`). The set is closed: a new kind of
/// problem gets a case here, with the error kinds it is raised under.
public enum ErrorCode: String, Hashable, Sendable, CaseIterable {
    /// Ambiguous aggregation expression (SyntaxError, found at compile time).
    case ambiguousAggregationExpression = "AmbiguousAggregationExpression"
    /// Ambiguous name (ArgumentError).
    case ambiguousName = "AmbiguousName"
    /// Cancelled (LimitExceeded).
    case cancelled = "Cancelled"
    /// Cannot lock (IOError).
    case cannotLock = "CannotLock"
    /// Cannot open (IOError).
    case cannotOpen = "CannotOpen"
    /// Cannot open file (IOError).
    case cannotOpenFile = "CannotOpenFile"
    /// Cannot read (StorageError).
    case cannotRead = "CannotRead"
    /// Capacity exceeded (StorageError).
    case capacityExceeded = "CapacityExceeded"
    /// Column name conflict (SyntaxError, found at compile time).
    case columnNameConflict = "ColumnNameConflict"
    /// Corrupt database (StorageError).
    case corruptDatabase = "CorruptDatabase"
    /// Corrupt image (StorageError).
    case corruptImage = "CorruptImage"
    /// Corrupt record (StorageError).
    case corruptRecord = "CorruptRecord"
    /// Creating var length (SyntaxError, found at compile time).
    case creatingVarLength = "CreatingVarLength"
    /// Database closed (StorageError).
    case databaseClosed = "DatabaseClosed"
    /// Database locked (StorageError).
    case databaseLocked = "DatabaseLocked"
    /// Delete connected node (ConstraintError).
    case deleteConnectedNode = "DeleteConnectedNode"
    /// Deleted entity access (EntityNotFound).
    case deletedEntityAccess = "DeletedEntityAccess"
    /// Different columns in union (SyntaxError, found at compile time).
    case differentColumnsInUnion = "DifferentColumnsInUnion"
    /// Disk full (IOError, StorageError).
    case diskFull = "DiskFull"
    /// Division by zero (ArgumentError).
    case divisionByZero = "DivisionByZero"
    /// Document type not allowed (SyntaxError).
    case documentTypeNotAllowed = "DocumentTypeNotAllowed"
    /// Duplicate ID (ConstraintError).
    case duplicateID = "DuplicateID"
    /// Duplicate node ID (SyntaxError).
    case duplicateNodeID = "DuplicateNodeID"
    /// Duplicate primary key (ConstraintError).
    case duplicatePrimaryKey = "DuplicatePrimaryKey"
    /// Duplicate property (SemanticError).
    case duplicateProperty = "DuplicateProperty"
    /// Edge not found (EntityNotFound).
    case edgeNotFound = "EdgeNotFound"
    /// File access denied (SecurityError).
    case fileAccessDenied = "FileAccessDenied"
    /// Floating point overflow (SyntaxError, found at compile time).
    case floatingPointOverflow = "FloatingPointOverflow"
    /// Foreign schema object (StorageError).
    case foreignSchemaObject = "ForeignSchemaObject"
    /// Hyperedge not supported (SyntaxError).
    case hyperedgeNotSupported = "HyperedgeNotSupported"
    /// Image not saved (StorageError).
    case imageNotSaved = "ImageNotSaved"
    /// Integer overflow (ArgumentError, SyntaxError).
    case integerOverflow = "IntegerOverflow"
    /// Invalid aggregation (SyntaxError).
    case invalidAggregation = "InvalidAggregation"
    /// Invalid argument type (ArgumentError, SyntaxError, TypeError).
    case invalidArgumentType = "InvalidArgumentType"
    /// Invalid argument value (TypeError).
    case invalidArgumentValue = "InvalidArgumentValue"
    /// Invalid CSV header (SyntaxError).
    case invalidCSVHeader = "InvalidCSVHeader"
    /// Invalid clause composition (SyntaxError, found at compile time).
    case invalidClauseComposition = "InvalidClauseComposition"
    /// Invalid date (ArgumentError).
    case invalidDate = "InvalidDate"
    /// Invalid delete (SyntaxError, found at compile time).
    case invalidDelete = "InvalidDelete"
    /// Invalid endpoints (ConstraintError).
    case invalidEndpoints = "InvalidEndpoints"
    /// Invalid lake: a lake's `lake.json` is missing, unreadable or of another layout (StorageError).
    case invalidLake = "InvalidLake"
    /// Invalid JSON (SyntaxError).
    case invalidJSON = "InvalidJSON"
    /// Invalid number literal (SyntaxError).
    case invalidNumberLiteral = "InvalidNumberLiteral"
    /// Invalid number of arguments (SyntaxError).
    case invalidNumberOfArguments = "InvalidNumberOfArguments"
    /// Invalid parameter use (SyntaxError, found at compile time).
    case invalidParameterUse = "InvalidParameterUse"
    /// Invalid property type (TypeError).
    case invalidPropertyType = "InvalidPropertyType"
    /// Invalid regex (ArgumentError).
    case invalidRegex = "InvalidRegex"
    /// Invalid relationship pattern (SyntaxError).
    case invalidRelationshipPattern = "InvalidRelationshipPattern"
    /// Invalid schema (IOError).
    case invalidSchema = "InvalidSchema"
    /// Invalid temporal value: a time, date-time or duration that does not exist or cannot be read
    /// (ArgumentError).
    case invalidTemporalValue = "InvalidTemporalValue"
    /// Invalid unicode literal (SyntaxError).
    case invalidUnicodeLiteral = "InvalidUnicodeLiteral"
    /// Invalid value (SyntaxError, TypeError).
    case invalidValue = "InvalidValue"
    /// List too large (LimitExceeded).
    case listTooLarge = "ListTooLarge"
    /// Malformed CSV (SyntaxError).
    case malformedCSV = "MalformedCSV"
    /// Malformed XML (SyntaxError).
    case malformedXML = "MalformedXML"
    /// Memory limit (LimitExceeded).
    case memoryLimit = "MemoryLimit"
    /// Merge read own writes (SemanticError).
    case mergeReadOwnWrites = "MergeReadOwnWrites"
    /// Missing attribute (SyntaxError).
    case missingAttribute = "MissingAttribute"
    /// Missing endpoints (SemanticError).
    case missingEndpoints = "MissingEndpoints"
    /// Missing required property (ConstraintError).
    case missingRequiredProperty = "MissingRequiredProperty"
    /// Missing type (SyntaxError).
    case missingType = "MissingType"
    /// Multiple primary keys (SemanticError).
    case multiplePrimaryKeys = "MultiplePrimaryKeys"
    /// Needs upgrade (StorageError).
    case needsUpgrade = "NeedsUpgrade"
    /// Negative integer argument (SyntaxError).
    case negativeIntegerArgument = "NegativeIntegerArgument"
    /// Negative weight (ArgumentError).
    case negativeWeight = "NegativeWeight"
    /// Nested aggregation (SyntaxError, found at compile time).
    case nestedAggregation = "NestedAggregation"
    /// Nesting too deep (SyntaxError).
    case nestingTooDeep = "NestingTooDeep"
    /// Newer format (StorageError).
    case newerFormat = "NewerFormat"
    /// No expression alias (SyntaxError, found at compile time).
    case noExpressionAlias = "NoExpressionAlias"
    /// No single relationship type (SyntaxError, found at compile time).
    case noSingleRelationshipType = "NoSingleRelationshipType"
    /// No variables in scope (SyntaxError, found at compile time).
    case noVariablesInScope = "NoVariablesInScope"
    /// No vertex cut (ArgumentError).
    case noVertexCut = "NoVertexCut"
    /// Node not found (EntityNotFound).
    case nodeNotFound = "NodeNotFound"
    /// Non constant expression (SyntaxError, found at compile time).
    case nonConstantExpression = "NonConstantExpression"
    /// Not supported on Spark: a construct outside the subset the Spark translator handles
    /// (SemanticError, found at compile time; docs/scale-out.md).
    case notSupportedOnSpark = "NotSupportedOnSpark"
    /// Not a chain graph database (StorageError).
    case notAChainGraphDatabase = "NotAChainGraphDatabase"
    /// Not a regular file (IOError).
    case notARegularFile = "NotARegularFile"
    /// Not graph ml (SyntaxError).
    case notGraphML = "NotGraphML"
    /// Number out of range (ArgumentError).
    case numberOutOfRange = "NumberOutOfRange"
    /// Out of memory (IOError).
    case outOfMemory = "OutOfMemory"
    /// Parameter missing (SemanticError).
    case parameterMissing = "ParameterMissing"
    /// Path too long (LimitExceeded).
    case pathTooLong = "PathTooLong"
    /// Primary key change (SemanticError).
    case primaryKeyChange = "PrimaryKeyChange"
    /// Primary key on edge (SemanticError).
    case primaryKeyOnEdge = "PrimaryKeyOnEdge"
    /// Procedure not found (SemanticError).
    case procedureNotFound = "ProcedureNotFound"
    /// Read failed (IOError).
    case readFailed = "ReadFailed"
    /// Spark failed: the Spark runner could not start, or a job failed there (IOError).
    case sparkFailed = "SparkFailed"
    /// Read only (StorageError).
    case readOnly = "ReadOnly"
    /// Read only query (SemanticError).
    case readOnlyQuery = "ReadOnlyQuery"
    /// Read only query expected (SemanticError).
    case readOnlyQueryExpected = "ReadOnlyQueryExpected"
    /// Record too long (LimitExceeded).
    case recordTooLong = "RecordTooLong"
    /// Regex too complex (LimitExceeded).
    case regexTooComplex = "RegexTooComplex"
    /// Relationship uniqueness violation (SyntaxError, found at compile time).
    case relationshipUniquenessViolation = "RelationshipUniquenessViolation"
    /// Required property added (SemanticError).
    case requiredPropertyAdded = "RequiredPropertyAdded"
    /// Requires directed relationship (SyntaxError, found at compile time).
    case requiresDirectedRelationship = "RequiresDirectedRelationship"
    /// Schema violation (SyntaxError).
    case schemaViolation = "SchemaViolation"
    /// Strict mode labels (ConstraintError).
    case strictModeLabels = "StrictModeLabels"
    /// Target is database (IOError).
    case targetIsDatabase = "TargetIsDatabase"
    /// Target protected (IOError).
    case targetProtected = "TargetProtected"
    /// Text too long (LimitExceeded).
    case textTooLong = "TextTooLong"
    /// Timeout (LimitExceeded).
    case timeout = "Timeout"
    /// Too many attributes (LimitExceeded).
    case tooManyAttributes = "TooManyAttributes"
    /// Too many bad rows (ConstraintError).
    case tooManyBadRows = "TooManyBadRows"
    /// Too many paths (LimitExceeded).
    case tooManyPaths = "TooManyPaths"
    /// Too many rows (LimitExceeded).
    case tooManyRows = "TooManyRows"
    /// Transaction ended (StorageError).
    case transactionEnded = "TransactionEnded"
    /// An index with that name, or on that label and property, already exists (SemanticError).
    case indexAlreadyExists = "IndexAlreadyExists"
    /// Type already exists (SemanticError).
    case typeAlreadyExists = "TypeAlreadyExists"
    /// Type in use (ConstraintError).
    case typeInUse = "TypeInUse"
    /// Undefined variable (SyntaxError).
    case undefinedVariable = "UndefinedVariable"
    /// Unexpected syntax (SyntaxError).
    case unexpectedSyntax = "UnexpectedSyntax"
    /// Unknown column: a result row read by a column name it does not have (ArgumentError).
    case unknownColumn = "UnknownColumn"
    /// Unknown edge type (SemanticError).
    case unknownEdgeType = "UnknownEdgeType"
    /// Unknown function (SyntaxError).
    case unknownFunction = "UnknownFunction"
    /// Unknown node (EntityNotFound, SyntaxError).
    case unknownNode = "UnknownNode"
    /// Unknown node type (SemanticError, SyntaxError).
    case unknownNodeType = "UnknownNodeType"
    /// Unknown profile (SyntaxError, found at compile time).
    case unknownProfile = "UnknownProfile"
    /// Unknown property (ConstraintError, SemanticError).
    case unknownProperty = "UnknownProperty"
    /// Unknown property type (SyntaxError).
    case unknownPropertyType = "UnknownPropertyType"
    /// No index has that name (SemanticError).
    case unknownIndex = "UnknownIndex"
    /// Unknown time zone: a zone name the system's time-zone database does not know (ArgumentError).
    case unknownTimeZone = "UnknownTimeZone"
    /// Unknown type (SemanticError).
    case unknownType = "UnknownType"
    /// Unknown yield (SemanticError).
    case unknownYield = "UnknownYield"
    /// Unrepresentable in XML (ArgumentError).
    case unrepresentableInXML = "UnrepresentableInXML"
    /// Variable already bound (SyntaxError, found at compile time).
    case variableAlreadyBound = "VariableAlreadyBound"
    /// Variable type conflict (SemanticError, TypeError).
    case variableTypeConflict = "VariableTypeConflict"
    /// Write failed (IOError, StorageError).
    case writeFailed = "WriteFailed"
    /// Wrong field count (SyntaxError).
    case wrongFieldCount = "WrongFieldCount"
}

import ChainGraph
import Foundation

/// The REPL's `:` commands.
enum MetaCommand {
    static let help: [(command: String, summary: String)] = [
        (":help [topic]", "this list, or help on a topic: queries, chain, procedures, functions, export, schema"),
        (":schema", "node and edge types with their properties and counts"),
        (":format table|vertical|csv|json|jsonl", "how results are printed (vertical: a line per column, nothing cut)"),
        (":timing on|off", "show how long each statement took"),
        (":rows N|all", "how many rows a table shows (200 at first); the rest are counted below it"),
        (":pager on|off", "page output longer than the screen through $PAGER (or less)"),
        (":timeout SECONDS|off", "stop a statement that runs longer (Ctrl-C stops one at any time)"),
        (":export FILE [plain|yed|gephi|tinkerpop|apoc]", "write the last result's nodes and edges (or the whole graph) as GraphML, or DOT for *.dot, SVG for *.svg"),
        (":read FILE", "run a script of statements"),
        (":why NAME", "where the facts about a node come from: each span's sentence in its article"),
        (":param NAME VALUE", "set a parameter ($NAME) to a Cypher literal"),
        (":params", "list the parameters"),
        (":quit", "leave (also :exit, Ctrl-D)"),
    ]

    static let topics: [String: String] = [
        "queries": """
            Cypher as in Neo4j: MATCH (m:Material {name: 'acrylonitrile'})-[:FEEDS*1..3]->(d) RETURN d.name;
            Parameters: :param name 'polysilicon' then MATCH (m {name: $name}) RETURN m;
            EXPLAIN / PROFILE before a query show the plan / rows and time per step. See docs/query-language.md.
            """,
        "chain": """
            CHAIN (:Material) 'industrial silicon' → 'polysilicon' → 'monocrystalline silicon' VIA FEEDS;
            merges every step and edge; { 'a', 'b' } branches; SOURCE 'file', LINE n records provenance.
            """,
        "procedures": (["Every procedure (CALL name(…) YIELD …; [ ] marks an optional argument):"]
            + GraphDatabase.procedureSignatures.map { "  " + $0 }
            + ["A node argument is a node or a name (matched as lookup() does). Arguments: nodes, then types, then an",
               "options map ({maxDepth: 3}). With no edge types, the procedures follow the schema's SUPPLY FLOW types",
               "(every type, with a notice, when none is declared). See docs/procedures.md."]).joined(separator: "\n"),
        "functions": (["Every function (name/number of arguments):"]
            + stride(from: 0, to: GraphDatabase.functionSignatures.count, by: 4).map { start in
                "  " + GraphDatabase.functionSignatures[start..<min(start + 4, GraphDatabase.functionSignatures.count)]
                    .map { $0.padding(toLength: 26, withPad: " ", startingAt: 0) }.joined()
            }).joined(separator: "\n"),
        "export": """
            EXPORT GRAPHML TO 'file.graphml' [PROFILE yed|gephi] [TYPES A, B] [FROM MATCH … RETURN …];
            EXPORT DOT TO 'file.dot' …;  EXPORT SVG TO 'file.svg' …;  IMPORT GRAPHML FROM 'file.graphml';  :export FILE [profile]
            """,
        "schema": """
            CREATE NODE TYPE Material (name STRING PRIMARY KEY, tier INT64);
            CREATE EDGE TYPE FEEDS (FROM Material TO Material, share DOUBLE);
            ALTER TYPE Material ADD PROPERTY unit STRING;  DROP TYPE Material;  SHOW TYPES;
            """,
    ]

    /// Whether `line` is a known `:` command (its first word, after white space), which is
    /// run as one even while a statement is unfinished, outside strings.
    static func isKnownCommand(_ line: String) -> Bool {
        let word = line.trimmingCharacters(in: .whitespaces).prefix { !$0.isWhitespace }
        return Completer.commands.contains(String(word)) || [":h", ":?", ":q"].contains(String(word))
    }

    /// Runs a `:` command and returns what to print.
    static func run(_ line: String, in session: REPLSession) -> String {
        let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
        let argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        switch parts[0] {
        case ":help", ":h", ":?":
            if argument.isEmpty {
                return help.map { "  " + $0.command.padding(toLength: 34, withPad: " ", startingAt: 0) + $0.summary }
                    .joined(separator: "\n") + "\n"
            }
            return (topics[argument.lowercased()] ?? "no help on '\(argument)'; topics: \(topics.keys.sorted().joined(separator: ", "))") + "\n"
        case ":schema": return schema(session)
        case ":format":
            guard let format = OutputFormat(rawValue: argument.lowercased()) else { return "usage: :format table|vertical|csv|json|jsonl\n" }
            session.format = format
            return "format: \(format.rawValue)\n"
        case ":rows":
            if argument == "all" {
                session.displayLimit = nil
                return "rows: all\n"
            }
            guard let limit = Int(argument), limit > 0 else { return "usage: :rows N|all\n" }
            session.displayLimit = limit
            return "rows: \(limit)\n"
        case ":pager":
            guard ["on", "off"].contains(argument) else { return "usage: :pager on|off\n" }
            session.usesPager = argument == "on"
            return "pager: \(argument)\n"
        case ":timing":
            guard ["on", "off"].contains(argument) else { return "usage: :timing on|off\n" }
            session.timing = argument == "on"
            return "timing: \(argument)\n"
        case ":timeout":
            if argument == "off" {
                session.timeout = nil
                return "timeout: off\n"
            }
            guard let limit = Double(argument).flatMap(timeLimit(seconds:)) else { return "usage: :timeout SECONDS|off\n" }
            session.timeout = limit
            return "timeout: \(argument) s\n"
        case ":export": return export(argument, session)
        case ":read":
            guard !argument.isEmpty, let script = try? String(contentsOfFile: argument, encoding: .utf8) else {
                return session.terminal.styled("IOError (CannotOpenFile): cannot read '\(argument)'", .red) + "\n"
            }
            return StatementSplitter.split(script + ";").statements.map { session.run($0.text) }.joined()
        case ":why": return WhyCommand.run(argument, in: session)
        case ":param":
            let pieces = argument.split(separator: " ", maxSplits: 1).map(String.init)
            guard pieces.count == 2 else { return "usage: :param NAME VALUE   (e.g. :param name 'polysilicon')\n" }
            let value: Value
            do { value = try ParameterParser.literal(pieces[1], name: pieces[0]) } catch {
                return "\(error)\n"
            }
            session.parameters[pieces[0]] = value
            return "$\(pieces[0]) = \(value)\n"
        case ":params":
            if session.parameters.isEmpty { return "no parameters; set one with :param NAME VALUE\n" }
            return session.parameters.sorted { $0.key < $1.key }.map { "$\($0.key) = \($0.value)" }.joined(separator: "\n") + "\n"
        case ":quit", ":exit", ":q":
            session.finish()
            return ""
        default:
            let suggestion = Completer.commands.min { editDistance($0, parts[0]) < editDistance($1, parts[0]) } ?? ":help"
            return "unknown command \(parts[0]) (did you mean \(suggestion)?); :help lists them\n"
        }
    }

    private static func schema(_ session: REPLSession) -> String {
        guard let snapshot = try? session.database.snapshot else { return "cannot read the database\n" }
        var output = ""
        let declared = snapshot.schema
        output += declared.isStrict ? "strict mode (declared schema)\n" : "open mode (no declared schema)\n"
        for label in snapshot.labelNames {
            let count = snapshot.nodeIDs(labeled: label).count
            let properties = declared.nodeType(named: label)?.properties.map(\.ddl).joined(separator: ", ") ?? ""
            output += "  (:\(label))  \(count) nodes" + (properties.isEmpty ? "" : "  {\(properties)}") + "\n"
        }
        let edgeCounts = Dictionary(grouping: snapshot.edgeIDs().compactMap { snapshot.edge($0)?.type }, by: { $0 }).mapValues(\.count)
        for type in snapshot.edgeTypeNames {
            let definition = declared.edgeType(named: type)
            let endpoints = definition?.endpoints.map { "\($0.from)→\($0.to)" }.joined(separator: ", ") ?? ""
            let properties = definition?.properties.map(\.ddl).joined(separator: ", ") ?? ""
            output += "  [:\(type)]  \(edgeCounts[type, default: 0]) edges" + (endpoints.isEmpty ? "" : "  \(endpoints)")
                + (properties.isEmpty ? "" : "  {\(properties)}") + (definition?.isSupplyFlow == true ? "  supply flow" : "") + "\n"
        }
        for index in declared.indexes {
            output += "  index \(index.name)  on (:\(index.label)).\(index.property)\n"
        }
        return output
    }

    private static func export(_ argument: String, _ session: REPLSession) -> String {
        let pieces = argument.split(separator: " ").map(String.init)
        guard let file = pieces.first else { return "usage: :export FILE [plain|yed|gephi|tinkerpop|apoc]\n" }
        guard let profile = GraphMLProfile(rawValue: pieces.count > 1 ? pieces[1] : "plain") else {
            return "unknown profile '\(pieces[1])': use plain, yed or gephi\n"
        }
        let scope: GraphSelection.Scope
        if let last = session.lastResult, (try? session.database.selection(.result(last)).nodeIDs.isEmpty) == false {
            scope = .result(last)
        } else {
            scope = .wholeGraph
        }
        do {
            let options = GraphExportOptions(profile: profile, scope: scope)
            let summary = file.hasSuffix(".dot") ? try session.database.exportDOT(to: file, options: options)
                : file.hasSuffix(".svg") ? try session.database.exportSVG(to: file, options: options)
                : try session.database.exportGraphML(to: file, options: options)
            let what = if case .wholeGraph = scope { "the whole graph" } else { "the last result" }
            return "wrote \(summary.nodes) nodes and \(summary.edges) edges (\(what)) to \(file)\n"
        } catch {
            return ErrorRenderer(terminal: session.terminal).render(error, statement: nil)
        }
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}

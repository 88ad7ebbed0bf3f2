import Foundation

/// A TCK feature file read into scenarios: the Gherkin subset the openCypher TCK uses
/// (Feature, Background, Scenario, Scenario Outline with one Examples table, doc strings,
/// data tables, tags).
/// A TCK feature file read into scenarios.
public struct GherkinFeature {
    struct Step {
        var text: String
        var docString: String?
        var table: [[String]]
    }

    struct Scenario {
        var name: String
        var tags: [String]
        var steps: [Step]
        var line: Int
    }

    var name: String
    var scenarios: [Scenario]

    init(text: String) {
        let lines = text.replacingOccurrences(of: "\r", with: "").components(separatedBy: "\n")
        var name = ""
        var scenarios: [Scenario] = []
        var background: [Step] = []
        var current: (name: String, tags: [String], steps: [Step], line: Int, isOutline: Bool, inBackground: Bool)?
        var examples: [[String]]?
        var pendingTags: [String] = []
        var index = 0

        func finish() {
            guard let scenario = current, !scenario.inBackground else {
                if let scenario = current, scenario.inBackground { background = scenario.steps }
                current = nil
                return
            }
            let steps = background + scenario.steps
            if scenario.isOutline, let table = examples, table.count > 1 {
                let header = table[0]
                for (number, row) in table.dropFirst().enumerated() {
                    func substitute(_ text: String) -> String {
                        var result = text
                        for (key, value) in zip(header, row) { result = result.replacingOccurrences(of: "<\(key)>", with: value) }
                        return result
                    }
                    let expanded = steps.map { step in
                        Step(text: substitute(step.text), docString: step.docString.map(substitute),
                             table: step.table.map { $0.map(substitute) })
                    }
                    scenarios.append(Scenario(name: "\(scenario.name) #\(number + 1)", tags: scenario.tags, steps: expanded,
                                              line: scenario.line))
                }
            } else if !scenario.isOutline {
                scenarios.append(Scenario(name: scenario.name, tags: scenario.tags, steps: steps, line: scenario.line))
            }
            current = nil
            examples = nil
        }

        while index < lines.count {
            let line = lines[index].trimmingCharacters(in: .whitespaces)
            index += 1
            if line.hasPrefix("#") || line.isEmpty { continue }
            if line.hasPrefix("@") {
                pendingTags += line.split(separator: " ").map(String.init)
            } else if line.hasPrefix("Feature:") {
                name = String(line.dropFirst("Feature:".count)).trimmingCharacters(in: .whitespaces)
            } else if line.hasPrefix("Background:") {
                finish()
                current = ("Background", [], [], index, false, true)
            } else if line.hasPrefix("Scenario Outline:") || line.hasPrefix("Scenario:") {
                finish()
                let isOutline = line.hasPrefix("Scenario Outline:")
                let title = line.drop { $0 != ":" }.dropFirst().trimmingCharacters(in: .whitespaces)
                current = (title, pendingTags, [], index, isOutline, false)
                pendingTags = []
            } else if line.hasPrefix("Examples:") {
                examples = []
            } else if line.hasPrefix("|") {
                let cells = GherkinFeature.cells(of: line)
                if examples != nil {
                    examples!.append(cells)
                } else if current != nil, !current!.steps.isEmpty {
                    current!.steps[current!.steps.count - 1].table.append(cells)
                }
            } else if line.hasPrefix("\"\"\"") {
                let indent = lines[index - 1].prefix { $0 == " " }.count
                var body: [String] = []
                while index < lines.count, !lines[index].trimmingCharacters(in: .whitespaces).hasPrefix("\"\"\"") {
                    let raw = lines[index]
                    body.append(raw.prefix(indent).allSatisfy { $0 == " " } ? String(raw.dropFirst(min(indent, raw.count))) : raw)
                    index += 1
                }
                index += 1
                if current != nil, !current!.steps.isEmpty {
                    current!.steps[current!.steps.count - 1].docString = body.joined(separator: "\n")
                }
            } else if let keyword = ["Given ", "When ", "Then ", "And ", "But "].first(where: line.hasPrefix) {
                current?.steps.append(Step(text: String(line.dropFirst(keyword.count)), docString: nil, table: []))
            }
        }
        finish()
        self.name = name
        self.scenarios = scenarios
    }

    /// The cells of a table row, trimmed; as Gherkin reads tables, `\|` is a literal bar and
    /// `\\` a literal backslash (other escapes are kept as written).
    static func cells(of line: String) -> [String] {
        var cells: [String] = []
        var cell = ""
        var escaped = false
        for character in line.dropFirst() {
            if escaped {
                cell.append(character == "|" || character == "\\" ? String(character) : "\\\(character)")
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                cells.append(cell.trimmingCharacters(in: .whitespaces))
                cell = ""
            } else {
                cell.append(character)
            }
        }
        return cells
    }
}

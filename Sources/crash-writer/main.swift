// crash-writer: a child process for the crash-safety tests. It opens a database file,
// commits numbered write transactions and prints `committed N` after each one returns,
// until it is killed or has done the number asked for. Exit code 3: the database could
// not be opened (its error on stderr).
import ChainGraph
import Foundation

let arguments = CommandLine.arguments
guard arguments.count >= 3, let transactions = Int(arguments[2]) else {
    FileHandle.standardError.write(Data("usage: crash-writer FILE TRANSACTIONS\n".utf8))
    exit(2)
}
let database: GraphDatabase
do {
    database = try GraphDatabase(path: arguments[1])
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(3)
}
do {
    let start = try database.read { $0.nodeCount } / 10
    for number in start..<(start + transactions) {
        try database.write { tx in
            // Ten nodes in a chain per transaction, each tagged with the transaction number.
            var previous: NodeID?
            for step in 0..<10 {
                let node = try tx.createNode(labels: ["Step"], properties: ["tx": .int(Int64(number)), "step": .int(Int64(step))])
                if let previous { try tx.createEdge("NEXT", from: previous, to: node) }
                previous = node
            }
        }
        FileHandle.standardOutput.write(Data("committed \(number)\n".utf8))
    }
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}

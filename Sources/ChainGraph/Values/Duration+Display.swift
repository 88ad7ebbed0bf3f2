import Foundation

extension Duration {
    /// The duration as a person reads it: `850 µs`, `12.3 ms`, `4.56 s` (never a raw
    /// `0.00010054 seconds`).
    public var displayText: String {
        let seconds = Double(components.seconds) + Double(components.attoseconds) / 1e18
        switch seconds {
        case ..<0.001: return "\(Int((seconds * 1e6).rounded())) µs"
        case ..<0.01: return String(format: "%.2f ms", seconds * 1e3)
        case ..<1: return String(format: "%.1f ms", seconds * 1e3)
        default: return String(format: "%.2f s", seconds)
        }
    }
}

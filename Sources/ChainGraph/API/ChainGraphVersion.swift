/// The version of the ChainGraph library and tools.
public enum ChainGraphVersion {
    /// The release version, `major.minor.patch`.
    public static let current = "0.1.0"
}

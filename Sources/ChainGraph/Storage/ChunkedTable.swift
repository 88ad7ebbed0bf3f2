/// The nodes or edges of the in-memory graph, indexed by dense id: pages of
/// ``pageSize`` consecutive ids, each page one chunk stored by column (``NodeChunk``,
/// ``EdgeChunk``), copied only when a mutation touches it.
///
/// Snapshots of the graph share pages: a write transaction that changes ten nodes of a
/// million copies the chunks of those ten (and, inside a chunk, only the columns it
/// changes, since the columns are copy-on-write arrays). Elements are written and read
/// as records (``NodeRecord``, ``EdgeRecord``); the hot paths — a label scan with property
/// equalities, one property of one element, a label test — read the columns in place
/// through ``subscript(chunkOf:)`` and ``forEachChunk(in:_:)`` without building a record.
///
/// - Complexity: reading a property is O(keys in the chunk); building a record is
///   O(keys in the chunk) and allocates it; the first write to a shared page copies the
///   chunk's column references.
struct ChunkedTable<Chunk: ElementChunk>: Sendable {
    typealias Page = LazyPage<Chunk>

    static var pageShift: Int { StoragePage.shift }
    /// Elements per page (and per chunk of the graph image).
    static var pageSize: Int { StoragePage.size }
    static var pageMask: Int { StoragePage.mask }

    private var pages: [Page] = []
    /// How many ids the table covers (live or not).
    private(set) var count = 0

    init() {}

    /// A table of `count` ids in lazy pages: page `i` holds what `decodePage(i)` returns
    /// (exactly the page's share of `count` slots) when it is first read.
    init(count: Int, decodePage: @escaping @Sendable (Int) -> Chunk) {
        self.count = count
        pages = (0..<(count + Self.pageSize - 1) / Self.pageSize).map { index in
            Page(placeholder: Chunk(), lazy: { decodePage(index) })
        }
    }

    /// The element at `index` as a record (nil when the slot is empty); setting it
    /// replaces the element.
    subscript(index: Int) -> Chunk.Record? {
        get { self[chunkOf: index].record(at: index & Self.pageMask) }
        set {
            precondition(index >= 0 && index < count, "ChunkedTable index \(index) out of range 0..<\(count)")
            let pageIndex = index >> Self.pageShift
            makeUnique(pageIndex)
            pages[pageIndex].content.set(index & Self.pageMask, newValue)
        }
    }

    /// Adds an element (an empty slot when nil) at id ``count``.
    mutating func append(_ record: Chunk.Record?) {
        if count & Self.pageMask == 0 { pages.append(Page(Chunk())) }
        let pageIndex = pages.count - 1
        makeUnique(pageIndex)
        pages[pageIndex].content.append(record)
        count += 1
    }

    /// Grows the table to at least `newCount` ids with empty slots.
    mutating func reserve(_ newCount: Int) {
        while count < newCount { append(nil) }
    }

    private mutating func makeUnique(_ pageIndex: Int) {
        if !isKnownUniquelyReferenced(&pages[pageIndex]) {
            pages[pageIndex] = Page(pages[pageIndex].content)
        }
    }

    /// The chunk holding the element at `index`, read in place (chain member reads on it:
    /// `table[chunkOf: i].properties.value(key, at: ChunkedTable.slot(of: i))` borrows
    /// every step, where handing the chunk to a closure copied it, retaining each array).
    subscript(chunkOf index: Int) -> Chunk {
        // An addressor: the page, which the table keeps alive, is read where it lies.
        unsafeAddress { pages[index >> Self.pageShift].contentAddress }
    }

    /// Property `key` of the element at `index`: nil when the slot is empty, `.some(nil)`
    /// when the element has no such property. Read in place; a value is only ever held by a
    /// live element (emptying a slot clears its columns), so the liveness bits are read only
    /// when there is none.
    @inline(__always)
    func property(_ index: Int, _ key: Int32) -> Value?? {
        let slot = Self.slot(of: index)
        if let value = self[chunkOf: index].properties.value(key, at: slot) { return .some(value) }
        return self[chunkOf: index].isPresent(slot) ? .some(nil) : nil
    }

    /// The slot of the element at `index` in its chunk.
    @inline(__always)
    static func slot(of index: Int) -> Int { index & pageMask }

    /// The result of `body` on the record at `index` (nil for an empty slot).
    func read<Result>(_ index: Int, _ body: (Chunk.Record?) -> Result) -> Result {
        body(self[index])
    }

    /// Calls `body` with each chunk overlapping `range`, in place: the id of the chunk's
    /// slot 0, the chunk, and the slots of it inside `range`. For scans.
    func forEachChunk(in range: Range<Int>, _ body: (_ base: Int, borrowing Chunk, _ slots: Range<Int>) throws -> Void) rethrows {
        var start = range.lowerBound
        while start < range.upperBound {
            let pageIndex = start >> Self.pageShift
            let base = pageIndex << Self.pageShift
            let end = Swift.min(range.upperBound, base + Self.pageSize)
            try body(base, pages[pageIndex].contentAddress.pointee, (start - base)..<(end - base))
            start = end
        }
    }

    /// Whether the slot at `index` holds a live element.
    @inline(__always)
    func isPresent(_ index: Int) -> Bool {
        self[chunkOf: index].isPresent(index & Self.pageMask)
    }
}

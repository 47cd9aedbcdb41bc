// What the collectors know about objects: a static table, one Layout per layout id,
// giving each object's size and which of its words hold Words to trace (§4.2.4: "the
// layout of every type is known in advance, the tables can be created at compile time").
//
// Every heap object is: a header word, then `fixedWords - 1` more words, then, for
// variable-sized layouts, `count` items of `itemBytes` each (count read from the raw word
// at `countWord`). Traced words are `tracedFrom ..< tracedFrom + tracedCount` of the fixed
// part, plus every item when `itemsTraced`. Everything else is raw data.

public struct Layout: Sendable {
    public var name: String
    public var fixedWords: Int
    public var tracedFrom: Int
    public var tracedCount: Int
    /// Index of the raw word holding the item count; -1 for fixed-size layouts.
    public var countWord: Int
    public var itemBytes: Int
    public var itemsTraced: Bool
    /// Traced words after the items (the attributes of a built-in type's subclass
    /// instance, whose fields must stay where the built-in type's code reads them).
    public var trailingWords: Int

    public init(name: String, fixedWords: Int, tracedFrom: Int = 1, tracedCount: Int,
                countWord: Int = -1, itemBytes: Int = 0, itemsTraced: Bool = false, trailingWords: Int = 0) {
        precondition(fixedWords >= 2, "every object has a header and a class word")
        precondition(!itemsTraced || itemBytes == 8, "traced items are Words")
        self.name = name
        self.fixedWords = fixedWords
        self.tracedFrom = tracedFrom
        self.tracedCount = tracedCount
        self.countWord = countWord
        self.itemBytes = itemBytes
        self.itemsTraced = itemsTraced
        self.trailingWords = trailingWords
    }

    /// The same layout with `words` traced words added after the items.
    public func withTrailingWords(_ words: Int, name: String) -> Layout {
        var l = self
        l.trailingWords = words
        l.name = name
        return l
    }

    public var isVarSized: Bool { countWord >= 0 }

    /// Bytes of an object with `count` items, rounded up to whole words.
    @inline(__always) public func size(count: Int) -> Int {
        (fixedWords + trailingWords) * 8 + (count * itemBytes + 7) & ~7
    }
}

/// The layouts of one program, indexed by layout id (id 0 is reserved for free memory).
/// Stored behind a pointer so the collectors read it without Swift array checks.
public final class LayoutTable {
    public private(set) var count = 1
    @usableFromInline let table: UnsafeMutablePointer<Layout>
    public static let capacity = 1 << 12

    public init() {
        table = .allocate(capacity: LayoutTable.capacity)
        table.initialize(to: Layout(name: "<free>", fixedWords: 2, tracedCount: 0))
    }

    /// Registers a layout and returns its id.
    public func add(_ layout: Layout) -> UInt16 {
        precondition(count < LayoutTable.capacity, "too many layouts")
        (table + count).initialize(to: layout)
        count += 1
        return UInt16(count - 1)
    }

    @inline(__always) public subscript(id: UInt16) -> Layout { table[Int(id)] }
    /// Where layout `id` is: the collectors read single fields through it (a copy of the
    /// whole Layout retains and releases its name).
    @inlinable @inline(__always) public func pointer(_ id: UInt16) -> UnsafeMutablePointer<Layout> { table + Int(id) }
}

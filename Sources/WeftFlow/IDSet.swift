// Sets of variables and blocks for the graph passes: bits indexed by the `id` the
// object got at creation, relative to the smallest id seen. The ids of one graph's
// variables (and blocks) come from one counter and lie in a narrow range, so the bits
// are dense; membership needs no hashing (Set<ObjectIdentifier> made the passes a
// large part of start-up).

struct IDSet {
    private var low = 0
    private var bits: [UInt64] = []

    init() {}

    func contains(_ id: Int) -> Bool {
        let k = id &- low
        guard k >= 0, k >> 6 < bits.count else { return false }
        return bits[k >> 6] & (1 << UInt64(k & 63)) != 0
    }

    /// Adds `id`; true if it was not there.
    @discardableResult
    mutating func insert(_ id: Int) -> Bool {
        var k = id &- low
        if k < 0 || k >> 6 >= bits.count {
            grow(to: id)
            k = id - low
        }
        let mask: UInt64 = 1 << UInt64(k & 63)
        if bits[k >> 6] & mask != 0 { return false }
        bits[k >> 6] |= mask
        return true
    }

    /// Makes room for `id`, keeping `low` a multiple of 64 below every member.
    private mutating func grow(to id: Int) {
        let word = id >= 0 ? id / 64 : (id - 63) / 64
        if bits.isEmpty {
            low = word * 64
            bits = [0]
        } else if id < low {
            let extra = low / 64 - word
            bits.insert(contentsOf: repeatElement(0, count: extra), at: 0)
            low = word * 64
        } else {
            bits.append(contentsOf: repeatElement(0, count: word - low / 64 - bits.count + 1))
        }
    }

    func contains(_ v: Variable) -> Bool { contains(v.id) }
    @discardableResult mutating func insert(_ v: Variable) -> Bool { insert(v.id) }
    func contains(_ b: Block) -> Bool { contains(b.id) }
    @discardableResult mutating func insert(_ b: Block) -> Bool { insert(b.id) }
}

/// A map from the variables of one graph to small non-negative numbers (registers),
/// indexed like IDSet by creation id: for maps consulted at every operand.
public struct VariableMap {
    private var low = 0
    /// The value plus one; 0: absent.
    private var slots: [Int32] = []

    public init() {}

    public subscript(_ v: Variable) -> Int? {
        get {
            let k = v.id &- low
            guard k >= 0, k < slots.count, slots[k] != 0 else { return nil }
            return Int(slots[k]) - 1
        }
        set {
            var k = v.id &- low
            if k < 0 || k >= slots.count {
                guard newValue != nil else { return }
                if slots.isEmpty {
                    low = v.id
                    slots = [0]
                } else if k < 0 {
                    slots.insert(contentsOf: repeatElement(0, count: -k), at: 0)
                    low = v.id
                } else {
                    slots.append(contentsOf: repeatElement(0, count: k - slots.count + 1))
                }
                k = v.id - low
            }
            slots[k] = newValue.map { Int32($0) + 1 } ?? 0
        }
    }
}

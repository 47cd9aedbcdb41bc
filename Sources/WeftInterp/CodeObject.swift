// A code object as the interpreter runs it: register code lowered from one flow graph,
// the constants its frame starts with, and what calls and tracebacks need to know.

import WeftMemory
import WeftFlow
import WeftSyntax

/// The part of a CodeObject that calls and returns read (Runtime.codeTable): a plain
/// struct in a raw array, so the interpreter loop reads it without retaining the object.
struct CodeEntry {
    var code: UnsafeMutablePointer<UInt64>
    /// plainArity for a lowered function that does not make a generator, else -1: a call
    /// with that many positional arguments makes and enters the frame in the loop.
    var fastArity: Int
    /// plainArity for a lowered function that makes a generator, else -1.
    var generatorArity: Int
    /// A generator expression (it has no `yield from`, and nothing but the expression
    /// sees its generator): list() and tuple() may run it in a collect mode.
    var isGeneratorExpression: Bool
    var registerCount: Int
    var constBase: Int
    var constantCount: Int
    var constantWords: UnsafeMutablePointer<Word>
    /// Instruction words, and CodeObject.deadTable once made (nil until then).
    var count: Int
    var deadStarts: UnsafeMutablePointer<Int32>? = nil
    var deadRegs: UnsafeMutablePointer<Int32>? = nil
    /// A frame of this code that returned without being captured, for the next call to
    /// reuse; it is garbage to the collector, so it holds only until the next collection
    /// (`spareCollection`, the collection count when it was kept).
    var spare: Word = .null
    var spareCollection = -1

    init(_ c: CodeObject) {
        code = c.code
        fastArity = c.isLowered && !c.makesGenerator ? c.plainArity : -1
        generatorArity = c.isLowered && c.makesGenerator ? c.plainArity : -1
        isGeneratorExpression = c.flow.kind == .comprehension && c.makesGenerator
        registerCount = c.registerCount
        constBase = c.constBase
        constantCount = c.constants.count
        constantWords = c.constantWords
        count = c.count
    }
}

final class CodeObject {
    let id: Int
    let flow: FunctionCode
    /// Whether the fields below hold the lowered code yet: code gets its id when its
    /// parent is lowered (make_function names it), and is lowered itself only when a
    /// frame is first made for it (`Runtime.newFrame`), so code never called costs nothing.
    private(set) var isLowered = false
    /// Instructions (see Opcodes.swift); never moved, never freed.
    private(set) var code: UnsafeMutablePointer<UInt64>
    private(set) var count = 0
    /// Registers: parameters and closure cells first, then `constants`, then the rest.
    private(set) var registerCount = 0
    private(set) var constBase = 0
    private(set) var constants: [Word] = []
    /// The same constants where a new frame copies them from (immortal Words).
    private(set) var constantWords = UnsafeMutablePointer<Word>.allocate(capacity: 1)
    /// The positional argument count when that is all the function takes (no *args,
    /// **kwargs or keyword-only parameters): calls passing exactly that many positional
    /// arguments bind them by copying. -1 otherwise (and until lowered).
    private(set) var plainArity = -1
    /// Calling it makes a generator or coroutine.
    private(set) var makesGenerator = false
    /// (end of a raising instruction, offset of its handler stub), sorted.
    private(set) var exceptionTable: [(end: Int32, handler: Int32)] = []
    /// Source position of the instruction ending at each offset (index into `locs`).
    private(set) var locAtEnd: [Int32] = []
    private(set) var locs: [Loc] = []
    /// Parameter names as constant strs, in frame order.
    private(set) var parameterNames: [Word] = []
    /// The interned (immortal) name, qualname and docstring (None if absent), made on first
    /// use by Runtime.codeNames.
    var nameWords: (name: Word, qualname: Word, doc: Word) = (.null, .null, .null)
    /// Live registers while the instruction ending at an offset runs (see Lower.swift).
    var liveAtEnd: [Int32: [UInt64]] = [:] { didSet { deadStart?.deallocate(); deadStart = nil } }
    /// The dead registers at each offset, made from liveAtEnd on first use (a switch clears
    /// them at every suspension: no hashing there): those at offset e are
    /// deadRegs[deadStart[e] ..< deadStart[e + 1]].
    private var deadStart: UnsafeMutablePointer<Int32>? = nil
    private var deadRegs = UnsafeMutablePointer<Int32>.allocate(capacity: 1)

    /// The dead-register table (see deadStart), made on first use.
    var deadTable: (starts: UnsafeMutablePointer<Int32>, regs: UnsafeMutablePointer<Int32>) {
        let starts = deadStart ?? makeDeadTable()
        return (starts, deadRegs)
    }

    private func makeDeadTable() -> UnsafeMutablePointer<Int32> {
        let starts = UnsafeMutablePointer<Int32>.allocate(capacity: count + 2)
        var dead: [Int32] = []
        for e in 0...count {
            starts[e] = Int32(dead.count)
            guard let bits = liveAtEnd[Int32(e)] else { continue }
            let isDead = { (r: Int) in bits.count > r / 64 && bits[r / 64] & (1 << UInt64(r % 64)) == 0 }
            for r in constBase + constants.count..<registerCount where isDead(r) { dead.append(Int32(r)) }
            for r in 0..<constBase where isDead(r) { dead.append(Int32(r)) }
        }
        starts[count + 1] = Int32(dead.count)
        deadRegs.deallocate()
        deadRegs = .allocate(capacity: max(dead.count, 1))
        deadRegs.initialize(from: dead, count: dead.count)
        deadStart = starts
        return starts
    }

    /// Code not lowered yet: an empty instruction array until `install`.
    init(id: Int, flow: FunctionCode) {
        self.id = id
        self.flow = flow
        self.code = .allocate(capacity: 1)
    }

    /// Fills in the lowered code (once).
    func install(code: [UInt64], registerCount: Int, constBase: Int, constants: [Word],
                 exceptionTable: [(end: Int32, handler: Int32)], locAtEnd: [Int32], locs: [Loc], parameterNames: [Word],
                 liveAtEnd: [Int32: [UInt64]]) {
        precondition(!isLowered, "code lowered twice")
        self.code.deallocate()
        self.count = code.count
        self.code = .allocate(capacity: max(code.count, 1))
        self.code.initialize(from: code, count: code.count)
        self.registerCount = registerCount
        self.constBase = constBase
        self.constants = constants
        self.constantWords.deallocate()
        self.constantWords = .allocate(capacity: max(constants.count, 1))
        self.constantWords.initialize(from: constants, count: constants.count)
        self.plainArity = flow.hasVarargs || flow.hasVarkw || flow.kwOnlyCount > 0 ? -1 : flow.argCount
        self.makesGenerator = flow.isGenerator || flow.isCoroutine
        self.exceptionTable = exceptionTable
        self.locAtEnd = locAtEnd
        self.locs = locs
        self.parameterNames = parameterNames
        self.liveAtEnd = liveAtEnd
        isLowered = true
    }

    /// The handler stub for an exception raised by the instruction ending at `end`.
    func handler(end: Int) -> Int? {
        var lo = 0, hi = exceptionTable.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let e = Int(exceptionTable[mid].end)
            if e == end { return Int(exceptionTable[mid].handler) }
            if e < end { lo = mid + 1 } else { hi = mid - 1 }
        }
        return nil
    }

    func loc(end: Int) -> Loc? {
        guard end >= 0, end < locAtEnd.count, locAtEnd[end] >= 0 else { return nil }
        return locs[Int(locAtEnd[end])]
    }
}

// The runtime: the heap and its collector, the built-in types, the value stack that
// holds every guest value Swift code keeps across an allocation, and the state of the
// running thread. Generic over the collector, so each collector gets its own
// specialized copy of the whole runtime (DESIGN.md: weaving at translation time).
//
// The one rule that keeps a moving collector correct: a Word read from the heap or the
// value stack is invalid after anything that can allocate. Code that needs a value
// across an allocation pushes it (`keep`) and reads it back (`kept`).

import Glibc
import WeftMemory
import WeftFlow
import WeftSyntax

#if canImport(Glibc)
import Glibc
#endif

public final class Runtime<GC: Collector>: RootProvider {
    let layouts = LayoutTable()
    let immortal = ImmortalArena()
    let gc: GC
    let options: RuntimeOptions

    // The value stack: roots for Swift code and the arguments of native calls.
    let vs: UnsafeMutablePointer<Word>
    var vsp = 0
    static var valueStackCapacity: Int { 1 << 20 }

    // Thread state.
    var currentFrame: Word = .null
    /// The exception being raised (set by `raise`, taken by the unwinder).
    var raising: Word = .null
    /// The exception being handled (sys.exc_info()).
    var handled: Word = .none
    /// Finalizers the collector queued and that have not run yet.
    var finalizerQueue = WordQueue()
    var runningFinalizers = false
    var collectionsSeen = 0
    var gcEnabled = true

    var types = BuiltinTypes()
    /// Immortal strings for identifiers and constants.
    /// (Sized for the names the built-ins and the prelude intern at start-up.)
    var interned = [ExactString: Word](minimumCapacity: 4096)
    /// The interned dunder names (Dunders.swift), immortal.
    let dunders = UnsafeMutablePointer<Word>.allocate(capacity: Dunder.allCases.count)
    var modules: Word = .null
    var builtinsDict: Word = .null
    var preludeGlobals: Word = .null
    var weftModuleDict: Word = .null
    /// The prelude's marker for "no such attribute" (an immortal object).
    var missing: Word = .null
    var natives: [NativeFunction<GC>] = []
    /// Constructors of built-in types, by type address.
    var constructors: [UInt: NativeFunction<GC>] = [:] {
        didSet { constructorCache = Runtime.emptyConstructorCache }
    }
    /// construct's direct-mapped cache of `constructors` (hashing the type's address
    /// cost more than many constructors do); emptied whenever `constructors` changes.
    var constructorCache = Runtime.emptyConstructorCache
    static var emptyConstructorCache: [(key: UInt, native: NativeFunction<GC>?)] { Array(repeating: (0, nil), count: 64) }
    var nativeNames: [String] = []
    var codes: [CodeObject] = []
    /// What calls and returns read of each code (by id), without ARC on the CodeObject.
    var codeTable = UnsafeMutablePointer<CodeEntry>.allocate(capacity: 64)
    var codeTableCapacity = 64
    var codeIndex: [ObjectIdentifier: Int] = [:]
    /// Guest code objects made so far, by code id (see CodeAttributes.swift).
    var codeObjects: [Int: Word] = [:]
    /// Sources of compiled files, for tracebacks.
    var sources: [String: SourceFile] = [:]
    var compileError: SyntaxError?
    /// Built-in modules made so far (index into rootSlots), and how to make the others.
    var builtinModules: [String: Int] = [:]
    var builtinModuleMakers: [String: (Runtime<GC>) -> Word?] = [:]
    /// Words Swift-side structures refer to that must stay alive (and be updated by a
    /// moving collector): module objects by name, the prelude's functions, caches.
    var rootSlots: [Word] = []
    /// The code id of the prelude's _run_finalizers once it has run (see clearDeadRegisters).
    var finalizersCode = -1
    var injectingFinalizers = false
    /// Runtime.prelude's cache: literal address → index in rootSlots.
    static var preludeCacheSize: Int { 512 }
    let preludeCache = UnsafeMutablePointer<(key: UInt, root: Int)>.allocate(capacity: Runtime.preludeCacheSize)
    var preludeRoots: [UInt: Int] = [:]
    /// Fields of immortal objects that hold heap objects (see builtinFunction).
    var immortalFieldRoots: [UnsafeMutablePointer<Word>] = []
    /// (built-in type, name) of the methods written in the prelude (list.__init__...):
    /// the heap functions sit in immortal type dicts, which no collector traces, so
    /// their value slots are roots.
    var preludeMethods: [(type: Word, name: Word)] = []
    var maps = MapTable()
    var nextIdentity: UInt32 = 0
    /// Bumped whenever a class's attributes change (invalidates attribute caches).
    var classVersion: UInt64 = 0
    /// Bumped whenever frames may be captured: a traceback entry, a continuation saving
    /// a chain. A frame made since the last bump can have been referenced by nothing but
    /// its callees' back links, so when it returns it may be reused (CodeEntry.spare;
    /// a frame's `extra` holds the count when it was made).
    var frameCaptures: UInt64 = 0
    /// The attribute caches of getattr/setattr sites (AttributeCache.swift): reserved
    /// address space, zero (empty) until used; entry 0 is never filled.
    let attributeCaches: UnsafeMutablePointer<AttributeCacheEntry> = {
        let bytes = Runtime.attributeCacheCapacity * MemoryLayout<AttributeCacheEntry>.stride
        return UnsafeMutableRawPointer(calloc(bytes, 1)!).bindMemory(to: AttributeCacheEntry.self, capacity: Runtime.attributeCacheCapacity)
    }()
    var attributeCacheCount = 1
    /// lookupInType's results (Types.swift), direct-mapped on (type, name) addresses;
    /// an entry holds while neither classVersion nor the collection count has changed.
    let typeLookups: UnsafeMutablePointer<TypeLookupEntry> = {
        let bytes = Runtime.typeLookupSize * MemoryLayout<TypeLookupEntry>.stride
        return UnsafeMutableRawPointer(calloc(bytes, 1)!).bindMemory(to: TypeLookupEntry.self, capacity: Runtime.typeLookupSize)
    }()
    static var typeLookupSize: Int { 2048 }
    /// The caches of loadGlobal sites (AttributeCache.swift), allocated the same way.
    let globalCaches: UnsafeMutablePointer<GlobalCacheEntry> = {
        let bytes = Runtime.attributeCacheCapacity * MemoryLayout<GlobalCacheEntry>.stride
        return UnsafeMutableRawPointer(calloc(bytes, 1)!).bindMemory(to: GlobalCacheEntry.self, capacity: Runtime.attributeCacheCapacity)
    }()
    var globalCacheCount = 1
    /// The last dict version handed out (DictField.version).
    var dictVersionCounter: UInt64 = 0
    @inline(__always) func nextDictVersion() -> UInt64 {
        dictVersionCounter &+= 1
        return dictVersionCounter
    }
    static var attributeCacheCapacity: Int { 1 << 20 }
    var recursionLimit: Int? = nil
    var depth = 0
    /// Immortal kwnames tuples for calls with **kwargs, by their names (see callEx).
    var keywordNamesCache: [String: Word] = [:]
    /// Nesting of native container comparisons (beyond a bound, the prelude compares).
    var nativeCompareDepth = 0
    /// Preallocated, so that running out of memory can still be reported.
    var memoryError: Word = .null
    var emptyTuple: Word = .null
    /// One-character strs for ASCII (immortal).
    var asciiChars: [Word] = []
    /// next() for native iterator types beyond the core ones, by type address.
    /// (nil: this item needs guest code; the type's __next__ then runs instead.)
    var extraIterators: [UInt: (Runtime<GC>, Word) -> Word?] = [:]
    /// A call a native asked the interpreter to make in its place (see `tailCall`).
    var tailCallee: Word = .null
    var tailArgs: [Word] = []
    var tailKwnames: Word = .null
    /// The tail call's result is not wanted (the instruction has none).
    var tailDiscard = false
    /// The exception was re-raised: its traceback already has the current frame.
    var skipTraceback = false
    var stdout = OutputBuffer(fd: 1)
    var stderr = OutputBuffer(fd: 2)

    public init(options: RuntimeOptions) {
        self.options = options
        preludeCache.initialize(repeating: (0, 0), count: Runtime.preludeCacheSize)
        registerLayouts(layouts)
        gc = GC(layouts: layouts, immortal: immortal, options: options.heap)
        // Zeroed memory is all `.null` (raw 0). calloc maps a block this large fresh, so
        // only the pages the stack reaches become resident (initializing the 8 MB touched
        // every page: it was most of an empty program's heap).
        guard let block = calloc(Runtime.valueStackCapacity, MemoryLayout<Word>.stride) else {
            fatalError("weft: cannot allocate the value stack")
        }
        vs = block.bindMemory(to: Word.self, capacity: Runtime.valueStackCapacity)
        gc.roots = self
        bootstrapTypes()
        registerBuiltins()
    }

    public func forEachRoot(_ visit: (UnsafeMutablePointer<Word>) -> Void) {
        clearDeadRegisters()
        var k = 0
        while k < vsp { visit(vs + k); k += 1 }
        withUnsafeMutablePointer(to: &currentFrame) { visit($0) }
        withUnsafeMutablePointer(to: &raising) { visit($0) }
        withUnsafeMutablePointer(to: &handled) { visit($0) }
        withUnsafeMutablePointer(to: &modules) { visit($0) }
        withUnsafeMutablePointer(to: &builtinsDict) { visit($0) }
        withUnsafeMutablePointer(to: &preludeGlobals) { visit($0) }
        withUnsafeMutablePointer(to: &weftModuleDict) { visit($0) }
        withUnsafeMutablePointer(to: &memoryError) { visit($0) }
        withUnsafeMutablePointer(to: &tailCallee) { visit($0) }
        withUnsafeMutablePointer(to: &tailKwnames) { visit($0) }
        for i in tailArgs.indices { withUnsafeMutablePointer(to: &tailArgs[i]) { visit($0) } }
        finalizerQueue.forEachSlot(visit)
        for i in rootSlots.indices { withUnsafeMutablePointer(to: &rootSlots[i]) { visit($0) } }
        for p in immortalFieldRoots { visit(p) }
        for (t, name) in preludeMethods {
            let d = TypeView(t).dict
            guard case .found(let e) = dictLookup(d, name, hash: StrView(name).hash) else { continue }
            visit((DictView(d).entries.base + (ArrayField.fixedWords + 3 * e + 2) * 8).assumingMemoryBound(to: Word.self))
        }
        forEachAttributeCacheWord(visit)
    }

    /// Before a collection: frames in the current chain forget their dead registers.
    /// Except a frame that finalizers interrupted: it stopped at the start of an
    /// instruction (which runs after them), not at the end of one, and the liveness
    /// recorded for that offset is the previous instruction's in the code's layout —
    /// after a jump or a `return`, not what the instruction needs when it begins a block
    /// (a handler's excPush found its exception cleared).
    func clearDeadRegisters() {
        var f = currentFrame
        var interrupted = injectingFinalizers   // (their frame is being made)
        while f.isPointer {
            let fr = ObjectRef(f)
            let code = Int(fr.raw(FrameField.code))
            if !interrupted { clearDeadRegisters(codeID: code, registers(f), end: Int(fr.raw(FrameField.pc))) }
            interrupted = code == finalizersCode
            f = fr[FrameField.back]
        }
    }

    // MARK: the value stack

    /// Pushes a value to keep it alive (and current) across allocations; returns its index.
    @inline(__always) @discardableResult
    func keep(_ w: Word) -> Int {
        vs[vsp] = w
        vsp &+= 1
        return vsp &- 1
    }

    @inline(__always) func kept(_ i: Int) -> Word { vs[i] }
    @inline(__always) func setKept(_ i: Int, _ w: Word) { vs[i] = w }
    @inline(__always) func release(to mark: Int) { vsp = mark }

    // MARK: allocation

    /// A new object; nil when memory is exhausted (MemoryError is then being raised).
    @inline(__always)
    /// `zeroed: false`: the words after the class are left as they were (the caller
    /// writes them all before anything else allocates).
    func allocate(_ layout: UInt16, bytes: Int, cls: Word, zeroed: Bool = true) -> ObjectRef? {
        let m = keep(cls)
        guard let p = zeroed ? gc.allocate(layout: layout, bytes: bytes) : gc.allocateUnzeroed(layout: layout, bytes: bytes) else {
            release(to: m)
            raiseMemoryError()
            return nil
        }
        let o = ObjectRef(p)
        o[1] = kept(m)
        release(to: m)
        if gc.stats.collections != collectionsSeen {
            collectionsSeen = gc.stats.collections
            takeFinalizers()
        }
        return o
    }

    /// Raises the preallocated MemoryError. A fresh raise forgets the traceback and
    /// chaining of its previous raise (they would keep dead frames' entries and the old
    /// exceptions alive); while it is already being raised (allocation failed during
    /// its unwinding) it keeps them.
    @inline(never)
    func raiseMemoryError() {
        if raising != memoryError {
            let e = ObjectRef(memoryError)
            e[ExceptionField.traceback] = .none
            e[ExceptionField.cause] = .none
            e[ExceptionField.context] = .none
            e.setRaw(ExceptionField.suppressContext, 0)
        }
        setRaising(memoryError)
    }

    /// An immortal object (constants, built-in types): never freed, never moved.
    func allocateImmortal(_ layout: UInt16, bytes: Int, cls: Word) -> ObjectRef {
        let o = ObjectRef(immortal.allocate(layout: layout, bytes: bytes))
        o[1] = cls
        return o
    }

    func isImmortal(_ w: Word) -> Bool { immortal.contains(w) }

    /// A fresh identity number (id(), default hash), stored in the object's header.
    func identity(_ w: Word) -> Int {
        if !w.isPointer { return Int(bitPattern: UInt(w.raw)) }
        let o = ObjectRef(w)
        if o.identity == 0 {
            nextIdentity &+= 1
            o.identity = nextIdentity
        }
        return Int(o.identity) &* 16 &+ 0x1000
    }
}

public struct RuntimeOptions: Sendable {
    public var heap: HeapOptions
    public var argv: [String]
    public var modulePath: [String]
    /// Print the collector's statistics to stderr at exit.
    public var printStats = false
    public init(heap: HeapOptions = HeapOptions(), argv: [String] = [], modulePath: [String] = []) {
        self.heap = heap
        self.argv = argv
        self.modulePath = modulePath
    }
}

/// A native (Swift) function: arguments are on the value stack at `args.base`.
typealias NativeFunction<GC: Collector> = (Runtime<GC>, Args) -> Word

struct Args {
    let base: Int
    let count: Int
    /// Names of the last keyword arguments (a tuple), or null.
    var kwnames: Word = .null
    /// The caller's register for the result (-1: discarded), for natives that resume
    /// generators or push frames themselves.
    var destination: Int = -1
}

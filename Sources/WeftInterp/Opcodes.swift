// The register code: the instruction set, specified once. An instruction is one 64-bit
// word — opcode (8 bits), then operands A, B, C of 16 bits each, then D (8 bits) — and
// sometimes extra words after it (listed per opcode as [..]). A, B, C name registers of
// the frame unless said otherwise. `T` is a code offset held in B|C (32 bits).
// The lowering (Lower.swift) is the only producer, the interpreter the only consumer.

enum Op: UInt8 {
    case nop                 // -
    case move                // R[A] := R[B]
    case jump                // pc := T
    case branchIfFalse       // if R[A] is False: pc := T   (R[A] is a bool)
    case branchIfTrue        // if R[A] is True: pc := T
    case ret                 // return R[A] to the caller

    // Arithmetic, comparison, truth: D selects the operator where one opcode serves several.
    case add, sub, mul       // R[A] := R[B] op R[C] (D = 1: op=), with small-int and float fast paths
    case binary              // R[A] := R[B] op R[C] for the operator D (BinaryKind)
    case inplace             // R[A] := R[B] op= R[C] for the operator D
    case unary               // R[A] := op R[B] for D (0 neg, 1 pos, 2 invert)
    case not                 // R[A] := not R[B]
    case truth               // R[A] := bool(R[B])
    case compare             // R[A] := R[B] op R[C] for D (CompareKind)
    case isSame              // R[A] := R[B] is R[C];  D = 1: is not
    case contains            // R[A] := R[C] in R[B];  D = 1: not in
    case excMatch            // R[A] := isinstance(R[B], R[C]) for an except clause

    // Locals, cells, globals, class namespaces. Names are registers holding constant strs.
    case checkBound          // R[A] := R[B]; UnboundLocalError naming R[C] if unbound
    case cellNew             // R[A] := cell(R[B])
    case cellGet             // R[A] := contents of cell R[B] (name R[C]; D = 1 if a free variable)
    case cellSet             // cell R[A] := R[B]
    case cellDelete          // empty cell R[A] (name R[B]; D = 1 if free)
    case loadGlobal          // R[A] := global or builtin R[B]   [cache]
    case storeGlobal         // globals[R[A]] := R[B]   [cache]
    case deleteGlobal        // del globals[R[A]]
    case loadName            // R[A] := R[B][R[C]], else global or builtin
    case storeName           // R[A][R[B]] := R[C]
    case deleteName          // del R[A][R[B]]
    case loadClassDeref      // R[A] := R[B][name] if present else cell R[C]   [name register]
    case setupAnnotations    // give namespace R[A] (or the globals if None) an __annotations__ dict

    // Attributes, items.
    case getattr             // R[A] := R[B].R[C]   [attribute cache]
    case setattr             // R[A].R[B] := R[C]   [attribute cache]
    case delattr             // del R[A].R[B]
    case getitem             // R[A] := R[B][R[C]]
    case setitem             // R[A][R[B]] := R[C]
    case delitem             // del R[A][R[B]]
    case newSlice            // R[A] := slice(R[B], R[C], R[x])   [x]
    case getSlice            // R[A] := R[B][R[C]:R[x]:R[y]]   [x | y << 16]
    case setSlice            // R[A][R[C]:R[x]:R[y]] := R[B]   [x | y << 16]

    // Calls. Argument registers follow, four 16-bit indexes per word.
    case call                // R[A] := R[B](args)          C = argument count   [args]
    case callKw              // R[A] := R[B](args, kw=...)  C = argument count   [names register][args]
    case callEx              // R[A] := R[B](*R[C], **R[x])   [x]

    // Building values.
    case newTuple, newList, newSet   // R[A] := (args)      C = count   [args]; newSet with B = 1: constants (newConstantSet)
    case newDict             // R[A] := {k: v, ...}       C = number of keys and values   [args]
    case listAppend          // R[A].append(R[B])
    case listExtend          // R[A].extend(R[B])
    case listToTuple         // R[A] := tuple(R[B])
    case setAdd              // R[A].add(R[B])
    case setUpdate           // R[A].update(R[B])
    case dictSetitem         // R[A][R[B]] := R[C]
    case dictUpdate          // R[A].update(R[B])
    case dictMerge           // R[A].update(R[B]), duplicate keys raise TypeError
    case formatValue         // R[A] := format(R[B] converted by D, spec R[C])
    case buildString         // R[A] := ''.join(args)     C = count   [args]
    case unpackSequence      // R[A] := tuple(R[B]) of exactly C items
    case unpackEx            // R[A] := unpacked R[B], C items before the star   [items after]
    case tupleGetitem        // R[A] := R[B][C]   (C an index, not a register)

    // Iteration and generators.
    case getIter             // R[A] := iter(R[B])
    case forIter             // R[A] := next(R[B]); exhausted: pc := x   [x]
    case next                // R[A] := next(R[B]), StopIteration raised as such
    case yieldValue          // suspend, yielding R[B]; R[A] := the value sent in
    case yieldFrom           // R[A] := the result of delegating to iterator R[B]
    case getYieldFromIter    // R[A] := iter(R[B]) (or R[B] for a coroutine)
    case getAwaitable        // R[A] := R[B].__await__()
    case getAiter            // R[A] := R[B].__aiter__()
    case getAnext            // R[A] := awaitable of R[B].__anext__()

    // Exceptions.
    case raise               // raise R[A] from R[B] (R[B] unbound: no from)
    case reraise             // raise R[A] again
    case raiseCurrent        // bare raise
    case landing             // handler entry: R[A] := type of the exception, R[B] := the exception (0xFFFF: unused)
    case branchIfNotInstance // unless the exception in R[A] is an instance of R[B]: pc := x   [x]
    case excPush             // R[A] := the handled exception; R[B] becomes it
    case excRestore          // the handled exception := R[A]
    case typeOf              // R[A] := type(R[B])
    case withMethod          // R[A] := special method R[C] of R[B], TypeError if missing

    // Functions, modules.
    case makeFunction        // R[A] := function(code C, defaults R[B])   [kwdefaults][annotations][closure]
    case importName          // R[A] := __import__(R[B], fromlist R[C], level D)
    case importFrom          // R[A] := R[B].R[C] or submodule
    case importStar          // import * from module R[A] into namespace R[B]

    // Pattern matching.
    case getLen              // R[A] := len(R[B])
    case matchClass          // R[A] := attributes of R[B] matching class R[C]   [positional count][kwnames register]
    case matchMapping        // R[A] := R[B] is a mapping
    case matchSequence       // R[A] := R[B] is a sequence
    case matchKeys           // R[A] := values of keys R[C] in R[B], or None
    case copyDictWithoutKeys // R[A] := dict(R[B]) without keys R[C]

    // Calls of methods: `callMethod` comes just before `getattr v, R[B], name` and
    // `call R[A] := v(args)`. When getattr's cache says R[B].name is a Python function
    // (or native method descriptor) of R[B]'s class, it calls that with R[B] and the
    // args, no bound method made, and goes on after the call; else it does nothing and
    // the two run as written.
    case callMethod          // prefix of getattr + call on R[B]
}

enum BinaryKind: UInt8 {
    case add, sub, mul, matmul, truediv, floordiv, mod, pow, lshift, rshift, and, or, xor
}

enum CompareKind: UInt8 {
    case lt, le, eq, ne, gt, ge
}

/// Instruction word packing.
enum Ins {
    @inline(__always) static func make(_ op: Op, _ a: Int = 0, _ b: Int = 0, _ c: Int = 0, _ d: Int = 0) -> UInt64 {
        UInt64(op.rawValue) | UInt64(a & 0xFFFF) << 8 | UInt64(b & 0xFFFF) << 24 | UInt64(c & 0xFFFF) << 40 | UInt64(d & 0xFF) << 56
    }
    @inline(__always) static func withTarget(_ op: Op, _ a: Int, _ target: Int) -> UInt64 {
        UInt64(op.rawValue) | UInt64(a & 0xFFFF) << 8 | UInt64(UInt32(target)) << 24
    }
    @inline(__always) static func op(_ w: UInt64) -> UInt8 { UInt8(truncatingIfNeeded: w) }
    @inline(__always) static func a(_ w: UInt64) -> Int { Int((w >> 8) & 0xFFFF) }
    @inline(__always) static func b(_ w: UInt64) -> Int { Int((w >> 24) & 0xFFFF) }
    @inline(__always) static func c(_ w: UInt64) -> Int { Int((w >> 40) & 0xFFFF) }
    @inline(__always) static func d(_ w: UInt64) -> Int { Int(w >> 56) }
    @inline(__always) static func target(_ w: UInt64) -> Int { Int(UInt32(truncatingIfNeeded: w >> 24)) }
    static let unused = 0xFFFF
}

/// Words an instruction takes, extra words included.
@inline(__always) func instructionLength(_ op: Op, _ ins: UInt64) -> Int {
    switch op {
    case .getattr, .setattr, .loadGlobal, .storeGlobal, .newSlice, .getSlice, .setSlice, .callEx, .loadClassDeref, .forIter, .unpackEx, .branchIfNotInstance:
        return 2
    case .call, .newTuple, .newList, .newSet, .newDict, .buildString:
        return 1 + (Ins.c(ins) + 3) / 4
    case .callKw:
        return 2 + (Ins.c(ins) + 3) / 4
    case .makeFunction, .matchClass:
        return 3
    default:
        return 1
    }
}

/// The register operands packed after an instruction (four per word).
@inline(__always) func packedRegister(_ extra: UnsafeMutablePointer<UInt64>, _ k: Int) -> Int {
    Int((extra[k >> 2] >> (UInt64(k & 3) * 16)) & 0xFFFF)
}

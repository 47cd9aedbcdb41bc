// Lowering: a flow graph becomes register code, once per code object.
//
// Registers. In a flow graph a variable is used only in the block that defines it, so
// allocation is local to each block: a block's inputs get registers at its start (the
// start block's are the parameters, fixed at 0...), each operation's result gets a free
// register, and a register frees up after the last use of its variable in the block.
// Constants live in registers filled when the frame is made. Links become parallel moves
// at the end of their block; hints (a block input takes the register its first incoming
// value had, a value flowing to an already allocated input takes that input's register)
// make most moves vanish.
//
// Exceptions. The last operation of a block with exception exits gets an entry in the
// exception table: its end offset maps to a stub that receives the exception (`landing`)
// and performs the exception link's moves. `next` with a StopIteration exit that ignores
// the exception becomes `forIter`, which jumps without raising.

import BigInt
import WeftMemory
import WeftFlow
import WeftSyntax

struct Lowering<GC: Collector> {
    let rt: Runtime<GC>
    let flow: FunctionCode
    let graph: Graph

    var code: [UInt64] = []
    var locAtEnd: [Int32] = [-1]
    var locs: [Loc] = []
    var exceptionTable: [(end: Int32, handler: Int32)] = []

    var register = VariableMap()
    var constants: [Constant] = []
    /// Index of each constant in `constants`.
    var constantIndex: [ConstantIdentity: Int] = [:]
    var constantWords: [Word] = []
    var constBase = 0
    var localBase = 0
    var highWater = 0
    /// Jumps to patch: (offset of the word holding the target, block) and stub fixups.
    var blockStart: [ObjectIdentifier: Int] = [:]
    var fixups: [(at: Int, target: Block)] = []
    var scratch = 0
    /// Registers holding values still needed after the operation ending at each offset
    /// (a frame stopped there — in that operation's slow path, or before the next one —
    /// needs no others): the collector clears the rest, so dead values are not kept.
    /// Slow paths keep their operands on the value stack, so operands dying in the
    /// operation need not stay.
    var liveAtEnd: [Int32: [UInt64]] = [:]

    init(rt: Runtime<GC>, flow: FunctionCode) {
        self.rt = rt
        self.flow = flow
        self.graph = flow.graph
    }

    // MARK: registers

    func reg(_ v: Value) -> Int {
        switch v {
        case .variable(let x): return register[x]!
        case .constant(let c): return constBase + constantIndex[c.identity]!
        }
    }

    mutating func collectConstants(_ blocks: [Block]) {
        constantIndex.reserveCapacity(blocks.reduce(0) { $0 + $1.operations.count })
        func see(_ v: Value) {
            guard case .constant(let c) = v else { return }
            let key = c.identity
            if constantIndex[key] == nil {
                constantIndex[key] = constants.count
                constants.append(c)
            }
        }
        for b in blocks {
            for op in b.operations { op.args.forEach(see) }
            if case .value(let v) = b.exitSwitch { see(v) }
            for l in b.exits {
                l.args.forEach(see)
                if l.isException, case .exception(let cls)? = l.exitCase, cls != "BaseException" { see(.constant(.builtin(cls))) }
            }
        }
    }

    /// Allocates registers block by block.
    mutating func allocate(_ blocks: [Block]) {
        var hint = VariableMap()
        for b in blocks {
            var inUse: [Bool] = []
            func isUsed(_ r: Int) -> Bool { r < inUse.count && inUse[r] }
            func use(_ r: Int) {
                if r >= inUse.count { inUse.append(contentsOf: repeatElement(false, count: r - inUse.count + 1)) }
                inUse[r] = true
            }
            func free(_ r: Int) { if r < inUse.count { inUse[r] = false } }
            func take(_ preferred: Int?) -> Int {
                if let p = preferred, p >= localBase, !isUsed(p) { use(p); return p }
                var r = localBase
                while isUsed(r) { r += 1 }
                use(r)
                highWater = max(highWater, r + 1)
                return r
            }
            // Last use of each variable in the block: operation index, or the count for exits.
            var lastUse: [ObjectIdentifier: Int] = [:]
            let n = b.operations.count
            for (k, op) in b.operations.enumerated() {
                for a in op.args { if let x = a.variable { lastUse[ObjectIdentifier(x)] = k } }
            }
            if case .value(.variable(let x)) = b.exitSwitch { lastUse[ObjectIdentifier(x)] = n }
            for l in b.exits { for a in l.args { if let x = a.variable { lastUse[ObjectIdentifier(x)] = n } } }
            // Where each value flows: the register of an allocated target input is a hint.
            var flowsTo: [ObjectIdentifier: Int] = [:]
            for l in b.exits {
                for (a, input) in zip(l.args, l.target.inputArgs) {
                    if let x = a.variable, let r = register[input] { flowsTo[ObjectIdentifier(x)] = r }
                }
            }
            if b === graph.startBlock {
                for (k, v) in b.inputArgs.enumerated() { register[v] = k }
            } else {
                for v in b.inputArgs {
                    let id = ObjectIdentifier(v)
                    let r = take(hint[v] ?? flowsTo[id])
                    register[v] = r
                    if lastUse[id] == nil { free(r) }
                }
            }
            for (k, op) in b.operations.enumerated() {
                // Operands dying here free their registers before the result takes one —
                // except for `yield from`, which re-runs with its iterator after writing
                // the value sent into its result register.
                func freeDying() {
                    for a in op.args {
                        if let x = a.variable, lastUse[ObjectIdentifier(x)] == k, let r = register[x] {
                            free(r)
                        }
                    }
                }
                let rerun = op.op == .yieldFrom
                if !rerun { freeDying() }
                let id = ObjectIdentifier(op.result)
                let r = take(flowsTo[id])
                register[op.result] = r
                if rerun { freeDying() }
                if lastUse[id] == nil { free(r) }
            }
            for l in b.exits {
                for (a, input) in zip(l.args, l.target.inputArgs) {
                    if register[input] == nil, hint[input] == nil, let x = a.variable, let r = register[x] {
                        hint[input] = r
                    }
                }
            }
        }
    }

    // MARK: emission helpers

    /// `locAtEnd` always has one entry per code offset, plus one for the end.
    mutating func emit(_ w: UInt64) { code.append(w); locAtEnd.append(-1) }

    /// Marks the instruction just emitted (ending here) with a source position.
    mutating func mark(_ l: Loc) {
        locs.append(l)
        locAtEnd[code.count] = Int32(locs.count - 1)
    }

    /// Packs register operands four to a word.
    mutating func emitRegisters(_ rs: [Int]) {
        var k = 0
        while k < rs.count {
            var w: UInt64 = 0
            for j in 0..<4 where k + j < rs.count { w |= UInt64(rs[k + j] & 0xFFFF) << (16 * UInt64(j)) }
            emit(w)
            k += 4
        }
    }

    mutating func jump(to b: Block) {
        emit(Ins.make(.jump))
        fixups.append((code.count - 1, b))
    }

    /// Parallel moves (source register to destination register), sequentialized: a
    /// destination is written only once no pending move still reads it; cycles go
    /// through the scratch register.
    mutating func moves(_ pairs: [(src: Int, dst: Int)]) {
        var pending = pairs.filter { $0.src != $0.dst }
        while !pending.isEmpty {
            if let k = pending.firstIndex(where: { m in !pending.contains { $0.src == m.dst } }) {
                let m = pending.remove(at: k)
                emit(Ins.make(.move, m.dst, m.src))
            } else {
                let m = pending[0]
                emit(Ins.make(.move, scratch, m.src))
                for j in pending.indices where pending[j].src == m.src { pending[j].src = scratch }
            }
        }
    }

    mutating func linkMoves(_ l: Link, extra: [ObjectIdentifier: Int] = [:]) -> [(src: Int, dst: Int)] {
        zip(l.args, l.target.inputArgs).map { a, input in
            let src: Int
            if let x = a.variable, let r = extra[ObjectIdentifier(x)] { src = r } else { src = reg(a) }
            return (src, register[input]!)
        }
    }

    /// Moves for `l`, then a jump to its target (or a return for the return block).
    mutating func follow(_ l: Link, next: Block?, extra: [ObjectIdentifier: Int] = [:]) {
        if l.target === graph.returnBlock {
            let v = l.args[0]
            let r: Int
            if let x = v.variable, let e = extra[ObjectIdentifier(x)] { r = e } else { r = reg(v) }
            emit(Ins.make(.ret, r))
            return
        }
        if l.target === graph.exceptBlock {
            // Reached only by exception links: the exception propagates.
            let v = l.args[1]
            let r: Int
            if let x = v.variable, let e = extra[ObjectIdentifier(x)] { r = e } else { r = reg(v) }
            emit(Ins.make(.reraise, r))
            return
        }
        moves(linkMoves(l, extra: extra))
        if l.target !== next { jump(to: l.target) }
    }

    // MARK: lowering

    /// Code placed after all blocks (cold edges and exception stubs): a link to follow,
    /// reached from the code word at `patch`.
    struct Stub {
        var patch: Int
        var links: [Link]
        var landing: Bool
    }

    /// Lowers the graph into `target` (code registered under its id, not lowered yet).
    mutating func lower(into target: CodeObject) {
        let blocks = graph.blocks.filter { $0 !== graph.returnBlock && $0 !== graph.exceptBlock }
        collectConstants(blocks)
        constBase = graph.startBlock.inputArgs.count
        localBase = constBase + constants.count
        highWater = localBase
        constantWords = constants.map { rt.constantWord($0) }
        allocate(blocks)
        scratch = highWater
        let scratchType = highWater + 1, scratchValue = highWater + 2
        highWater += 3
        // Zero-argument super() reads the first parameter and the __class__ cell from the
        // frame (Primitives.swift makeSuper), though the graph need not use them: they stay live.
        var pinned: [Int] = []
        if let k = flow.freevars.firstIndex(of: "__class__"), !flow.parameters.isEmpty {
            pinned = [0, flow.parameters.count + k]
        }
        var stubs: [Stub] = []
        for (bi, b) in blocks.enumerated() {
            blockStart[ObjectIdentifier(b)] = code.count
            let next = bi + 1 < blocks.count ? blocks[bi + 1] : nil
            var handlerLinks: [Link] = []
            if case .lastException = b.exitSwitch {
                handlerLinks = Array(b.exits.dropFirst(b.operations.last!.op.noReturn ? 0 : 1))
            }
            // Liveness inside the block: a variable lives from its definition to its last
            // use. One sweep over the block keeps `live`, the registers holding a variable
            // defined and not yet dead (`holders` counts them per register).
            var lastUse: [ObjectIdentifier: Int] = [:]
            for (k, op) in b.operations.enumerated() {
                for a in op.args { if let x = a.variable { lastUse[ObjectIdentifier(x)] = k } }
            }
            let n = b.operations.count
            if case .value(.variable(let x)) = b.exitSwitch { lastUse[ObjectIdentifier(x)] = n }
            for l in b.exits { for a in l.args { if let x = a.variable { lastUse[ObjectIdentifier(x)] = n } } }
            var live = [UInt64](repeating: 0, count: (highWater + 63) / 64)
            var holders = [Int](repeating: 0, count: highWater)
            /// Registers of the variables last used by each operation.
            var dying = [[Int]](repeating: [], count: n)
            func define(_ v: Variable) {
                let id = ObjectIdentifier(v)
                guard let u = lastUse[id], let r = register[v] else { return }
                holders[r] += 1
                live[r / 64] |= 1 << UInt64(r % 64)
                if u < n { dying[u].append(r) }
            }
            for v in b.inputArgs { define(v) }
            func recordLiveness(_ k: Int) {
                define(b.operations[k].result)
                for r in dying[k] {
                    holders[r] -= 1
                    if holders[r] == 0 { live[r / 64] &= ~(1 << UInt64(r % 64)) }
                }
                var bits = live
                // A frame suspended in `yield from` re-runs it: its iterator stays live.
                if b.operations[k].op == .yieldFrom { for r in dying[k] { bits[r / 64] |= 1 << UInt64(r % 64) } }
                for r in pinned { bits[r / 64] |= 1 << UInt64(r % 64) }
                liveAtEnd[Int32(code.count)] = bits
            }
            var fusedWithPrevious = false
            for (k, op) in b.operations.enumerated() {
                defer { recordLiveness(k) }
                if fusedWithPrevious { fusedWithPrevious = false; continue }
                if op.op == .newslice, k + 1 < b.operations.count, lastUse[ObjectIdentifier(op.result)] == k + 1 {
                    // x[a:b:c] and x[a:b:c] = v: one instruction with the bounds'
                    // registers, no slice object on the fast path. (The entry recorded
                    // for its end is the state after the getitem/setitem.)
                    let next = b.operations[k + 1]
                    let bounds = UInt64(reg(op.args[1])) | UInt64(reg(op.args[2])) << 16
                    if next.op == .getitem, next.args[1].variable === op.result, next.args[0].variable !== op.result {
                        emit(Ins.make(.getSlice, reg(.variable(next.result)), reg(next.args[0]), reg(op.args[0])))
                        emit(bounds)
                        mark(next.loc)
                        fusedWithPrevious = true
                        continue
                    }
                    if next.op == .setitem, next.args[1].variable === op.result, next.args[0].variable !== op.result,
                       next.args[2].variable !== op.result {
                        emit(Ins.make(.setSlice, reg(next.args[0]), reg(next.args[2]), reg(op.args[0])))
                        emit(bounds)
                        mark(next.loc)
                        fusedWithPrevious = true
                        continue
                    }
                }
                if k == b.operations.count - 1, op.op == .next, let stop = handlerLinks.first(where: { l in
                    if case .exception("StopIteration")? = l.exitCase {
                        return !l.args.contains { $0.variable === l.lastException || $0.variable === l.lastExcValue }
                    }
                    return false
                }) {
                    // for-loop iteration: exhaustion jumps, no StopIteration is made.
                    emit(Ins.make(.forIter, reg(.variable(op.result)), reg(op.args[0])))
                    emit(0)
                    stubs.append(Stub(patch: code.count - 1, links: [stop], landing: false))
                    handlerLinks.removeAll { $0 === stop }
                    mark(op.loc)
                } else {
                    if op.op == .getattr, k + 1 < b.operations.count, b.operations[k + 1].op == .simpleCall,
                       case .variable(let callee)? = b.operations[k + 1].args.first, callee === op.result,
                       lastUse[ObjectIdentifier(op.result)] == k + 1,
                       !b.operations[k + 1].args.dropFirst().contains(where: { $0.variable === op.result }) {
                        emit(Ins.make(.callMethod, reg(.variable(b.operations[k + 1].result)), reg(op.args[0])))
                    }
                    lowerOperation(op)
                }
            }
            switch b.exitSwitch {
            case .none:
                follow(b.exits[0], next: next)
            case .value(let v):
                emit(Ins.withTarget(.branchIfFalse, reg(v), 0))
                stubs.append(Stub(patch: code.count - 1, links: [b.exits[0]], landing: false))
                follow(b.exits[1], next: next)
            case .lastException:
                let propagatesOnly = handlerLinks.count == 1 && handlerLinks[0].target === graph.exceptBlock
                if !handlerLinks.isEmpty && !propagatesOnly {
                    exceptionTable.append((Int32(code.count), -1))
                    stubs.append(Stub(patch: -(exceptionTable.count), links: handlerLinks, landing: true))
                }
                if !b.operations.last!.op.noReturn { follow(b.exits[0], next: next) }
            }
        }
        // Cold code: the false sides of branches, loop exits, exception handler stubs.
        for stub in stubs {
            let start = code.count
            if stub.patch >= 0 {
                let w = code[stub.patch]
                if Op(rawValue: Ins.op(w)) == .branchIfFalse {
                    code[stub.patch] = Ins.withTarget(.branchIfFalse, Ins.a(w), start)
                } else {
                    code[stub.patch] = UInt64(start)
                }
            } else {
                exceptionTable[-stub.patch - 1].handler = Int32(start)
            }
            guard stub.landing else {
                follow(stub.links[0], next: nil)
                continue
            }
            emit(Ins.make(.landing, scratchType, scratchValue))
            var caught = false
            for l in stub.links {
                var extra: [ObjectIdentifier: Int] = [:]
                if let t = l.lastException { extra[ObjectIdentifier(t)] = scratchType }
                if let v = l.lastExcValue { extra[ObjectIdentifier(v)] = scratchValue }
                guard case .exception(let cls)? = l.exitCase, cls != "BaseException" else {
                    follow(l, next: nil, extra: extra)
                    caught = true
                    break
                }
                emit(Ins.make(.branchIfNotInstance, scratchValue, reg(.constant(.builtin(cls)))))
                emit(0)
                let skip = code.count - 1
                follow(l, next: nil, extra: extra)
                code[skip] = UInt64(code.count)
            }
            if !caught { emit(Ins.make(.reraise, scratchValue)) }
        }
        for (at, target) in fixups {
            let op = Op(rawValue: Ins.op(code[at]))!
            code[at] = Ins.withTarget(op, Ins.a(code[at]), blockStart[ObjectIdentifier(target)]!)
        }
        let params = flow.parameters.map { rt.intern($0) }
        target.install(code: code, registerCount: highWater, constBase: constBase,
                       constants: constantWords, exceptionTable: exceptionTable.sorted { $0.end < $1.end },
                       locAtEnd: locAtEnd, locs: locs, parameterNames: params, liveAtEnd: liveAtEnd)
    }


    mutating func lowerOperation(_ op: Operation) {
        // (A loop, not `map { reg($0) }`: the closure copied the whole Lowering per operand.)
        var a: [Int] = []
        a.reserveCapacity(op.args.count)
        for v in op.args { a.append(reg(v)) }
        let dst = reg(.variable(op.result))
        func kind(_ v: Value) -> Int {
            if case .constant(.int(let i)) = v { return Int(i) }
            return 0
        }
        switch op.op {
        case .checkBound: emit(Ins.make(.checkBound, dst, a[0], a[1]))
        case .cellNew: emit(Ins.make(.cellNew, dst, a[0]))
        case .cellGet:
            var free = 0
            if case .constant(.bool(true)) = op.args[2] { free = 1 }
            emit(Ins.make(.cellGet, dst, a[0], a[1], free))
        case .cellSet: emit(Ins.make(.cellSet, a[0], a[1]))
        case .cellDelete:
            var free = 0
            if case .constant(.bool(true)) = op.args[2] { free = 1 }
            emit(Ins.make(.cellDelete, a[0], a[1], 0, free))
        case .loadGlobal:
            emit(Ins.make(.loadGlobal, dst, a[0]))
            emit(UInt64(rt.newGlobalCache()))
        case .storeGlobal:
            emit(Ins.make(.storeGlobal, a[0], a[1]))
            emit(UInt64(rt.newGlobalCache()))
        case .deleteGlobal: emit(Ins.make(.deleteGlobal, a[0]))
        case .loadName: emit(Ins.make(.loadName, dst, a[0], a[1]))
        case .storeName: emit(Ins.make(.storeName, a[0], a[1], a[2]))
        case .deleteName: emit(Ins.make(.deleteName, a[0], a[1]))
        case .loadClassDeref:
            emit(Ins.make(.loadClassDeref, dst, a[0], a[1]))
            emit(UInt64(a[2]))
        case .setupAnnotations: emit(Ins.make(.setupAnnotations, a[0]))
        case .add: emit(Ins.make(.add, dst, a[0], a[1]))
        case .sub: emit(Ins.make(.sub, dst, a[0], a[1]))
        case .mul: emit(Ins.make(.mul, dst, a[0], a[1]))
        // x op= y: the same instruction, D = 1 (the general path looks for __iadd__...).
        case .inplaceAdd: emit(Ins.make(.add, dst, a[0], a[1], 1))
        case .inplaceSub: emit(Ins.make(.sub, dst, a[0], a[1], 1))
        case .inplaceMul: emit(Ins.make(.mul, dst, a[0], a[1], 1))
        case .matmul, .truediv, .floordiv, .mod, .pow, .lshift, .rshift, .and_, .or_, .xor:
            emit(Ins.make(.binary, dst, a[0], a[1], Int(binaryKind(op.op).rawValue)))
        case .inplaceMatmul, .inplaceTruediv, .inplaceFloordiv, .inplaceMod,
             .inplacePow, .inplaceLshift, .inplaceRshift, .inplaceAnd, .inplaceOr, .inplaceXor:
            emit(Ins.make(.inplace, dst, a[0], a[1], Int(binaryKind(op.op).rawValue)))
        case .neg: emit(Ins.make(.unary, dst, a[0], 0, 0))
        case .pos: emit(Ins.make(.unary, dst, a[0], 0, 1))
        case .invert: emit(Ins.make(.unary, dst, a[0], 0, 2))
        case .not_: emit(Ins.make(.not, dst, a[0]))
        case .bool: emit(Ins.make(.truth, dst, a[0]))
        case .lt: emit(Ins.make(.compare, dst, a[0], a[1], Int(CompareKind.lt.rawValue)))
        case .le: emit(Ins.make(.compare, dst, a[0], a[1], Int(CompareKind.le.rawValue)))
        case .eq: emit(Ins.make(.compare, dst, a[0], a[1], Int(CompareKind.eq.rawValue)))
        case .ne: emit(Ins.make(.compare, dst, a[0], a[1], Int(CompareKind.ne.rawValue)))
        case .gt: emit(Ins.make(.compare, dst, a[0], a[1], Int(CompareKind.gt.rawValue)))
        case .ge: emit(Ins.make(.compare, dst, a[0], a[1], Int(CompareKind.ge.rawValue)))
        case .is_: emit(Ins.make(.isSame, dst, a[0], a[1], 0))
        case .isNot: emit(Ins.make(.isSame, dst, a[0], a[1], 1))
        case .contains: emit(Ins.make(.contains, dst, a[0], a[1], 0))    // graph: contains(container, item)
        case .notContains: emit(Ins.make(.contains, dst, a[0], a[1], 1))
        case .excMatch: emit(Ins.make(.excMatch, dst, a[0], a[1]))
        case .getattr:
            emit(Ins.make(.getattr, dst, a[0], a[1]))
            emit(UInt64(rt.newAttributeCache()))
        case .setattr:
            emit(Ins.make(.setattr, a[0], a[1], a[2]))
            emit(UInt64(rt.newAttributeCache()))
        case .delattr: emit(Ins.make(.delattr, a[0], a[1]))
        case .getitem: emit(Ins.make(.getitem, dst, a[0], a[1]))
        case .setitem: emit(Ins.make(.setitem, a[0], a[1], a[2]))
        case .delitem: emit(Ins.make(.delitem, a[0], a[1]))
        case .newslice:
            emit(Ins.make(.newSlice, dst, a[0], a[1]))
            emit(UInt64(a[2]))
        case .simpleCall:
            emit(Ins.make(.call, dst, a[0], a.count - 1))
            emitRegisters(Array(a.dropFirst()))
        case .callKw:
            emit(Ins.make(.callKw, dst, a[0], a.count - 2))
            emit(UInt64(a[1]))
            emitRegisters(Array(a.dropFirst(2)))
        case .callEx:
            emit(Ins.make(.callEx, dst, a[0], a[1]))
            emit(UInt64(a[2]))
        case .newtuple, .newlist, .newset, .newConstSet:
            let o: Op = op.op == .newtuple ? .newTuple : op.op == .newlist ? .newList : .newSet
            emit(Ins.make(o, dst, op.op == .newConstSet ? 1 : 0, a.count))
            emitRegisters(a)
        case .newdict:
            emit(Ins.make(.newDict, dst, 0, a.count))
            emitRegisters(a)
        case .listAppend: emit(Ins.make(.listAppend, a[0], a[1]))
        case .listExtend: emit(Ins.make(.listExtend, a[0], a[1], a.count > 2 ? a[2] : Ins.unused))
        case .listToTuple: emit(Ins.make(.listToTuple, dst, a[0]))
        case .setAdd: emit(Ins.make(.setAdd, a[0], a[1]))
        case .setUpdate: emit(Ins.make(.setUpdate, a[0], a[1]))
        case .dictSetitem: emit(Ins.make(.dictSetitem, a[0], a[1], a[2]))
        case .dictUpdate: emit(Ins.make(.dictUpdate, a[0], a[1]))
        case .dictMerge: emit(Ins.make(.dictMerge, a[0], a[1], a[2]))
        case .formatValue:
            let conv = kind(op.args[1])
            emit(Ins.make(.formatValue, dst, a[0], a[2], conv < 0 ? 0 : conv))
        case .buildString:
            emit(Ins.make(.buildString, dst, 0, a.count))
            emitRegisters(a)
        case .unpackSequence: emit(Ins.make(.unpackSequence, dst, a[0], kind(op.args[1])))
        case .unpackEx:
            emit(Ins.make(.unpackEx, dst, a[0], kind(op.args[1])))
            emit(UInt64(kind(op.args[2])))
        case .tupleGetitem: emit(Ins.make(.tupleGetitem, dst, a[0], kind(op.args[1])))
        case .iter: emit(Ins.make(.getIter, dst, a[0]))
        case .next: emit(Ins.make(.next, dst, a[0]))
        case .yield_: emit(Ins.make(.yieldValue, dst, a[0]))
        case .yieldFrom: emit(Ins.make(.yieldFrom, dst, a[0]))
        case .getYieldFromIter: emit(Ins.make(.getYieldFromIter, dst, a[0]))
        case .getAwaitable: emit(Ins.make(.getAwaitable, dst, a[0]))
        case .getAiter: emit(Ins.make(.getAiter, dst, a[0]))
        case .getAnext: emit(Ins.make(.getAnext, dst, a[0]))
        case .raise_: emit(Ins.make(.raise, a[0], a[1]))
        case .reraise: emit(Ins.make(.reraise, a[0]))
        case .raiseCurrent: emit(Ins.make(.raiseCurrent))
        case .excPush: emit(Ins.make(.excPush, dst, a[0]))
        case .excRestore: emit(Ins.make(.excRestore, a[0]))
        case .type: emit(Ins.make(.typeOf, dst, a[0]))
        case .withMethod: emit(Ins.make(.withMethod, dst, a[0], a[1]))
        case .makeFunction:
            guard case .constant(.code(let child)) = op.args[0] else { fatalError("make_function without code") }
            emit(Ins.make(.makeFunction, dst, a[1]))
            emit(UInt64(rt.codeID(for: child)))
            emitRegisters([a[2], a[3], a[4]])
        case .importName: emit(Ins.make(.importName, dst, a[0], a[1], kind(op.args[2])))
        case .importFrom: emit(Ins.make(.importFrom, dst, a[0], a[1]))
        case .importStar: emit(Ins.make(.importStar, a[0], a[1]))
        case .getLen: emit(Ins.make(.getLen, dst, a[0]))
        case .matchClass:
            emit(Ins.make(.matchClass, dst, a[0], a[1]))
            emit(UInt64(kind(op.args[2])))
            emit(UInt64(a[3]))
        case .matchMapping: emit(Ins.make(.matchMapping, dst, a[0]))
        case .matchSequence: emit(Ins.make(.matchSequence, dst, a[0]))
        case .matchKeys: emit(Ins.make(.matchKeys, dst, a[0], a[1]))
        case .copyDictWithoutKeys: emit(Ins.make(.copyDictWithoutKeys, dst, a[0], a[1]))
        }
        mark(op.loc)
    }

    func binaryKind(_ op: OpCode) -> BinaryKind {
        switch op {
        case .add, .inplaceAdd: return .add
        case .sub, .inplaceSub: return .sub
        case .mul, .inplaceMul: return .mul
        case .matmul, .inplaceMatmul: return .matmul
        case .truediv, .inplaceTruediv: return .truediv
        case .floordiv, .inplaceFloordiv: return .floordiv
        case .mod, .inplaceMod: return .mod
        case .pow, .inplacePow: return .pow
        case .lshift, .inplaceLshift: return .lshift
        case .rshift, .inplaceRshift: return .rshift
        case .and_, .inplaceAnd: return .and
        case .or_, .inplaceOr: return .or
        default: return .xor
        }
    }
}

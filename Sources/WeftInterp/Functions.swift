// Function objects, cells, bound methods, and frames: the objects a call makes.

import WeftMemory
import WeftFlow

/// What the caller does with a frame's result (low 8 bits of FrameField.returnTo; the
/// destination register is above them).
enum ReturnMode: UInt64 {
    /// Store the result in the caller's register.
    case normal = 0
    /// Ignore it (finalizers, __set__ and __setattr__ calls).
    case discard = 1
    /// __init__ just ran: the result must be None; the caller gets `extra` (the instance).
    case initialize = 2
    /// Return the result to the Swift code that started this run of the interpreter.
    case toSwift = 3
    /// A generator frame resumed by next()/send(): see Generators.swift for the others.
    case generatorNext = 4
    case generatorForIter = 5
    case generatorYieldFrom = 6
    case generatorThrow = 7
    /// A module body: the caller gets `extra` (the module).
    case moduleBody = 8
    /// __next__ of a for loop's iterator: StopIteration out of it ends the loop.
    case forIterNext = 9
    /// The bottom frame of a continuation's chain (its back is null): it must leave by
    /// switching away (Continuations.swift), never by returning or raising.
    case continuationBottom = 10
    /// A frame made a chain of its own by yield_current_frame_to_caller(): its return
    /// value is the frame stack top to switch to.
    case frameTop = 11
    /// A generator expression run by list() or tuple(): each yield appends to the list in
    /// its frame's `extra` and the frame goes on; its return gives the caller the list,
    /// or a tuple of it.
    case collectList = 12
    case collectTuple = 13
    /// The same for set(): yields add to the set in `extra`; a key whose hash or
    /// equality is guest code, or an unhashable one, stops the generator at its yield as
    /// any resumer would, and set() goes on in the caller (raising there, or finishing in
    /// the prelude's _set_collect_rest).
    case collectSet = 14
}

extension Runtime {
    /// The interned name, qualname and docstring of a code object (immortal: no rooting).
    func codeNames(_ code: CodeObject) -> (name: Word, qualname: Word, doc: Word) {
        if code.nameWords.name.isNull {
            let flow = code.flow
            code.nameWords = (intern(flow.name), intern(flow.qualname), flow.docstring.map { intern($0) } ?? .none)
        }
        return code.nameWords
    }

    /// function(code, globals, defaults, kwdefaults, annotations, closure).
    func newFunction(code: CodeObject, globals: Word, defaults: Word, kwdefaults: Word, annotations: Word, closure: Word) -> Word? {
        let m = vsp
        let kg = keep(globals), kd = keep(defaults), kk = keep(kwdefaults), ka = keep(annotations), kc = keep(closure)
        defer { release(to: m) }
        guard let f = allocate(LayoutID.function, bytes: FunctionField.fixedWords * 8, cls: types.function) else { return nil }
        let names = codeNames(code)
        f[FunctionField.globals] = kept(kg)
        f[FunctionField.name] = names.name
        f[FunctionField.qualname] = names.qualname
        f[FunctionField.defaults] = kept(kd)
        f[FunctionField.kwdefaults] = kept(kk)
        f[FunctionField.closure] = kept(kc)
        f[FunctionField.dict] = .null
        f[FunctionField.doc] = names.doc
        let g = kept(kg)
        f[FunctionField.module] = g.isPointer && ObjectRef(g).layout == LayoutID.dict ? dictGetStr(g, dunder(.name)) : .none
        if f[FunctionField.module].isNull { f[FunctionField.module] = .none }
        f[FunctionField.annotations] = kept(ka)
        f.setRaw(FunctionField.code, UInt64(code.id))
        return f.word
    }

    func newCell(_ v: Word) -> Word? {
        let k = keep(v)
        defer { release(to: k) }
        guard let c = allocate(LayoutID.cell, bytes: CellField.fixedWords * 8, cls: types.cell) else { return nil }
        c[CellField.value] = kept(k)
        return c.word
    }

    func newMethod(_ function: Word, _ selfObject: Word) -> Word? {
        let m = vsp
        let kf = keep(function), ks = keep(selfObject)
        defer { release(to: m) }
        guard let o = allocate(LayoutID.method, bytes: MethodField.fixedWords * 8, cls: types.method) else { return nil }
        o[MethodField.function] = kept(kf)
        o[MethodField.selfObject] = kept(ks)
        return o.word
    }

    /// A frame for `code` with every register unbound except the constants; linked to
    /// nothing yet. `function` is kept (it may move).
    func newFrame(_ code: CodeObject, function: Word) -> Word? {
        ensureLowered(code)
        return newFrame(codeID: code.id, function: function)
    }

    /// Clears the registers of a frame of code `id` stopped after the instruction ending
    /// at `end` that hold no live value, so that the collector does not keep dead objects.
    func clearDeadRegisters(codeID id: Int, _ regs: UnsafeMutablePointer<Word>, end: Int) {
        let e = codeTable + id
        guard end >= 0 && end <= e.pointee.count else { return }
        if e.pointee.deadStarts == nil { (e.pointee.deadStarts, e.pointee.deadRegs) = codes[id].deadTable }
        let starts = e.pointee.deadStarts.unsafelyUnwrapped, d = e.pointee.deadRegs.unsafelyUnwrapped
        let from = Int(starts[end]), to = Int(starts[end + 1])
        var k = from
        while k < to { regs[Int(d[k])] = .null; k += 1 }
    }

    /// A frame for lowered code.
    @inline(__always) func newFrame(codeID: Int, function: Word) -> Word? {
        let e = codeTable + codeID
        let n = e.pointee.registerCount
        let fr: ObjectRef
        var fn = function
        if !e.pointee.spare.isNull && e.pointee.spareCollection == gc.stats.collections {
            // The frame the last call of this code left (see frameReturned).
            fr = ObjectRef(e.pointee.spare)
            e.pointee.spare = .null
        } else {
            let kf = keep(function)
            // Not zeroed: every word is written below.
            guard let f = allocate(LayoutID.frame, bytes: (FrameField.fixedWords + n) * 8, cls: types.frame, zeroed: false) else {
                release(to: kf)
                return nil
            }
            fr = f
            fn = kept(kf)
            release(to: kf)
        }
        let code = codeTable[codeID]    // (allocating may have run code that grew the table)
        fr[FrameField.back] = .null
        fr[FrameField.function] = fn
        fr[FrameField.globals] = fn.isPointer ? ObjectRef(fn)[FunctionField.globals] : .none
        fr[FrameField.generator] = .null
        fr[FrameField.extra] = captureMark
        fr.setRaw(FrameField.returnTo, 0)
        fr.setRaw(FrameField.pc, 0)
        fr.setRaw(FrameField.code, UInt64(codeID))
        fr.setRaw(FrameField.count, UInt64(n))
        let regs = (fr.base + FrameField.fixedWords * 8).assumingMemoryBound(to: Word.self)
        regs.initialize(repeating: .null, count: n)
        (regs + code.constBase).update(from: code.constantWords, count: code.constantCount)
        return fr.word
    }

    /// What a new frame's `extra` holds until a return mode needs it: the capture count
    /// when it was made.
    @inline(__always) var captureMark: Word { .smallInt(Int(truncatingIfNeeded: frameCaptures & 0x0FFF_FFFF_FFFF_FFFF)) }

    /// A frame returned normally: if nothing can have captured it (no capture since it
    /// was made; a frame whose `extra` holds anything else is never reused), its code
    /// keeps it for the next call.
    @inline(__always) func frameReturned(_ fr: ObjectRef) {
        if fr[FrameField.extra] == captureMark {
            let e = codeTable + Int(fr.raw(FrameField.code))
            e.pointee.spare = fr.word
            e.pointee.spareCollection = gc.stats.collections
        }
    }

    /// The registers of a frame.
    @inline(__always) func registers(_ frame: Word) -> UnsafeMutablePointer<Word> {
        (frame.pointer + FrameField.fixedWords * 8).assumingMemoryBound(to: Word.self)
    }

    /// The code id for a flow-graph code object, registered (not lowered) on first use.
    func codeID(for flow: FunctionCode) -> Int {
        if let id = codeIndex[ObjectIdentifier(flow)] { return id }
        let c = CodeObject(id: codes.count, flow: flow)
        codes.append(c)
        if codes.count > codeTableCapacity {
            let bigger = UnsafeMutablePointer<CodeEntry>.allocate(capacity: codeTableCapacity * 2)
            bigger.moveInitialize(from: codeTable, count: c.id)
            codeTable.deallocate()
            codeTable = bigger
            codeTableCapacity *= 2
        }
        (codeTable + c.id).initialize(to: CodeEntry(c))
        codeIndex[ObjectIdentifier(flow)] = c.id
        return c.id
    }

    /// Lowers `code` if that has not happened yet (see CodeObject.isLowered).
    @inline(__always) func ensureLowered(_ code: CodeObject) {
        if !code.isLowered { lower(code) }
    }

    @inline(never) func lower(_ code: CodeObject) {
        var lowering = Lowering(rt: self, flow: code.flow)
        lowering.lower(into: code)
        codeTable[code.id] = CodeEntry(code)
    }

    /// Whether frames of this code are hidden from tracebacks and f_back: the prelude's
    /// and frozen modules' code, which stands for CPython's C code.
    func isLibraryCode(_ id: Int) -> Bool { codes[id].flow.isLibrary }
}

// What Python sees of code, frames and tracebacks: function.__code__ and frame.f_code are
// `code` objects (immortal, one per code id, a wrapper layout holding the id as a small
// int); frames and tracebacks show their fields as f_*/tb_* attributes.

import WeftMemory

extension Runtime {
    /// The code object for code id `id` (made once, never moves).
    func codeObject(_ id: Int) -> Word {
        if let w = codeObjects[id] { return w }
        let o = allocateImmortal(LayoutID.wrapper, bytes: WrapperField.fixedWords * 8, cls: types.code)
        o[WrapperField.wrapped] = .smallInt(id)
        codeObjects[id] = o.word
        return o.word
    }

    func codeOf(_ codeObject: Word) -> CodeObject { codes[ObjectRef(codeObject)[WrapperField.wrapped].smallIntValue] }

    func codeAttribute(_ c: Word, _ name: String) -> Word? {
        let flow = codeOf(c).flow
        let strs: ([String]) -> Word? = { names in self.newTuple(names.map { self.intern($0) }) }
        switch name {
        case "co_name": return newStr(flow.name)
        case "co_qualname": return newStr(flow.qualname)
        case "co_filename": return newStr(flow.filename)
        case "co_firstlineno": return .smallInt(flow.firstLine)
        case "co_argcount": return .smallInt(flow.argCount)
        case "co_posonlyargcount": return .smallInt(flow.posOnlyCount)
        case "co_kwonlyargcount": return .smallInt(flow.kwOnlyCount)
        case "co_freevars": return strs(flow.freevars)
        case "co_cellvars": return strs(flow.cellvars)
        default: return nil
        }
    }

    func codeRepr(_ c: Word) -> String {
        let flow = codeOf(c).flow
        return "<code object \(flow.name) at \(hexAddress(c)), file \"\(flow.filename)\", line \(flow.firstLine)>"
    }

    func frameAttribute(_ f: Word, _ name: String) -> Word? {
        let fr = ObjectRef(f)
        let code = codes[Int(fr.raw(FrameField.code))]
        switch name {
        case "f_code": return codeObject(code.id)
        case "f_globals": return fr[FrameField.globals]
        case "f_builtins": return builtinsDict
        case "f_back":
            var b = fr[FrameField.back]
            while b.isPointer && isLibraryCode(Int(ObjectRef(b).raw(FrameField.code))) { b = ObjectRef(b)[FrameField.back] }
            return b.isPointer ? b : Word.none
        case "f_lineno": return .smallInt(code.loc(end: Int(fr.raw(FrameField.pc))).map { Int($0.line) } ?? code.flow.firstLine)
        default: return nil
        }
    }

    func tracebackAttribute(_ tb: Word, _ name: String) -> Word? {
        let t = ObjectRef(tb)
        switch name {
        case "tb_next":
            let n = t[TracebackField.next]
            return n.isPointer ? n : Word.none
        case "tb_frame": return t[TracebackField.frame]
        case "tb_lineno": return .smallInt(Int(t.raw(TracebackField.line)))
        case "tb_lasti": return .smallInt(Int(t.raw(TracebackField.instruction)) * 2)
        default: return nil
        }
    }
}

// Generator methods: send, throw, close (CPython's gen_send_ex, gen_throw, gen_close),
// and the attributes programs read.

import WeftMemory

extension Runtime {
    func registerGeneratorMethods() {
        for t in [types.generator, types.coroutine] {
            defineMethod(t, "send") { rt, a in
                guard rt.checkArgs(a, "send", min: 2, max: 2) else { return .null }
                return rt.resume(rt.arg(a, 0), sent: rt.arg(a, 1), thrown: .null,
                                 mode: a.destination < 0 ? .discard : .generatorNext, dst: a.destination)
            }
            defineMethod(t, "__next__") { rt, a in
                rt.resume(rt.arg(a, 0), sent: .none, thrown: .null, mode: a.destination < 0 ? .discard : .generatorNext, dst: a.destination)
            }
            defineMethod(t, "__iter__") { rt, a in rt.arg(a, 0) }
            defineMethod(t, "throw") { rt, a in
                guard rt.checkArgs(a, "throw", min: 2, max: 4) else { return .null }
                var exc = rt.arg(a, 1)
                if rt.kindOf(exc) == .type {
                    guard rt.isSubtype(exc, rt.types.baseException) else {
                        return rt.raise(rt.types.typeError, "exceptions must be classes or instances deriving from BaseException, not type")
                    }
                    let value = a.count > 2 ? rt.arg(a, 2) : Word.none
                    return rt.tailCall(rt.prelude("_gen_throw_class"), [rt.arg(a, 0), exc, value])
                }
                guard rt.kindOf(exc) == .exception else {
                    return rt.raise(rt.types.typeError, "exceptions must be classes or instances deriving from BaseException, not \(rt.typeName(exc))")
                }
                exc = rt.arg(a, 1)
                return rt.throwInto(rt.arg(a, 0), exc, dst: a.destination)
            }
            defineMethod(t, "close") { rt, a in
                let g = ObjectRef(rt.arg(a, 0))
                let state = GeneratorState(rawValue: g.raw(GeneratorField.state)) ?? .finished
                if state == .created || state == .finished {
                    g.setRaw(GeneratorField.state, GeneratorState.finished.rawValue)
                    return .none
                }
                return rt.tailCall(rt.prelude("_gen_close"), [rt.arg(a, 0)])
            }
        }
    }

    /// gen.throw(exc): raise exc at the generator's suspension point — in the generator
    /// it delegates to, if it is inside a `yield from`.
    func throwInto(_ g: Word, _ exc: Word, dst: Int) -> Word {
        let go = ObjectRef(g)
        let mode: ReturnMode = dst < 0 ? .discard : .generatorNext
        if go.raw(GeneratorField.state) == GeneratorState.suspended.rawValue,
           let inner = delegate(of: g), kindOf(inner) == .generator,
           ObjectRef(inner).raw(GeneratorField.state) == GeneratorState.suspended.rawValue {
            let m = vsp
            let ki = keep(inner), ke = keep(exc)
            defer { release(to: m) }
            // Resume the outer generator (after its yield from), then throw into the inner one.
            let sendReg = Int(go.raw(GeneratorField.sendRegister))
            go[GeneratorField.yieldFrom] = .null
            let r = resume(g, sent: .none, thrown: .null, mode: mode, dst: dst)
            guard r == .pushedFrame else { return r }
            return resume(kept(ki), sent: .null, thrown: kept(ke), mode: .generatorYieldFrom, dst: sendReg)
        }
        return resume(g, sent: .null, thrown: exc, mode: mode, dst: dst)
    }

    /// The iterator a suspended generator is delegating to with `yield from`, if any.
    func delegate(of g: Word) -> Word? {
        let d = ObjectRef(g)[GeneratorField.yieldFrom]
        return d.isNull ? nil : d
    }
}

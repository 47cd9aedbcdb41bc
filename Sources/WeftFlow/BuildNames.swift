// Reading, binding and deleting names: where the symbol table put a name decides the
// operations. Function locals live in slots (block arguments); captured names live in
// cells held in slots; class bodies use their namespace; modules use their globals.

import WeftSyntax

extension GraphBuilder {
    func str(_ s: String) -> Value { .constant(.string(s)) }

    func symbol(_ name: String) -> SymbolScope {
        scope.symbols[name] ?? .globalImplicit
    }

    var isFunctionLike: Bool {
        scope.kind == .function || scope.kind == .lambda || scope.kind == .comprehension
    }

    func namespace() -> Value { slots[namespaceSlot!] }

    /// Private name mangling: `__x` inside class C is `_C__x` (names ending in `__` are not).
    func mangle(_ name: String) -> String {
        guard let cls = privateName, name.hasPrefix("__"), !name.hasSuffix("__"), !name.contains(".") else { return name }
        let stripped = cls.drop(while: { $0 == "_" })
        if stripped.isEmpty { return name }
        return "_" + stripped + name
    }

    func loadName(_ name: String, _ at: Loc) -> Value {
        let sym = symbol(name)
        switch scope.kind {
        case .module:
            return emit(.loadGlobal, [str(name)], at, hint: name)
        case .classBody:
            switch sym {
            case .globalExplicit: return emit(.loadGlobal, [str(name)], at, hint: name)
            case .free: return emit(.loadClassDeref, [namespace(), slots[slotOf[name]!], str(name)], at, hint: name)
            default: return emit(.loadName, [namespace(), str(name)], at, hint: name)
            }
        default:
            switch sym {
            case .local:
                return readLocal(name, at)
            case .cell, .free:
                return emit(.cellGet, [slots[slotOf[name]!], str(name), .constant(.bool(sym == .free))], at, hint: name)
            case .globalExplicit, .globalImplicit:
                return emit(.loadGlobal, [str(name)], at, hint: name)
            }
        }
    }

    /// A fast local: its value, checked for being bound unless that is known.
    func readLocal(_ name: String, _ at: Loc) -> Value {
        let s = slotOf[name]!
        let v = slots[s]
        if let x = v.variable, defined.contains(ObjectIdentifier(x)) { return v }
        if case .constant(let c) = v, !c.same(as: .undefined) { return v }
        let r = emit(.checkBound, [v, str(name)], at, hint: name)
        slots[s] = r
        return r
    }

    func storeName(_ name: String, _ value: Value, _ at: Loc) {
        let sym = symbol(name)
        switch scope.kind {
        case .module:
            emit(.storeGlobal, [str(name), value], at)
        case .classBody:
            switch sym {
            case .globalExplicit: emit(.storeGlobal, [str(name), value], at)
            case .free: emit(.cellSet, [slots[slotOf[name]!], value], at)
            default: emit(.storeName, [namespace(), str(name), value], at)
            }
        default:
            switch sym {
            case .local:
                if let x = value.variable { defined.insert(ObjectIdentifier(x)) }
                slots[slotOf[name]!] = value
            case .cell, .free:
                emit(.cellSet, [slots[slotOf[name]!], value], at)
            case .globalExplicit, .globalImplicit:
                emit(.storeGlobal, [str(name), value], at)
            }
        }
    }

    func deleteName(_ name: String, _ at: Loc) {
        let sym = symbol(name)
        switch scope.kind {
        case .module:
            emit(.deleteGlobal, [str(name)], at)
        case .classBody:
            switch sym {
            case .globalExplicit: emit(.deleteGlobal, [str(name)], at)
            case .free: emit(.cellDelete, [slots[slotOf[name]!], str(name), .constant(.bool(true))], at)
            default: emit(.deleteName, [namespace(), str(name)], at)
            }
        default:
            switch sym {
            case .local:
                _ = readLocal(name, at)
                slots[slotOf[name]!] = .undefined
            case .cell, .free:
                emit(.cellDelete, [slots[slotOf[name]!], str(name), .constant(.bool(sym == .free))], at)
            case .globalExplicit, .globalImplicit:
                emit(.deleteGlobal, [str(name)], at)
            }
        }
    }

    /// The cell holding `name`, for building a nested function's closure.
    func cellFor(_ name: String) -> Value {
        if let s = slotOf[name] { return slots[s] }
        return .undefined
    }
}

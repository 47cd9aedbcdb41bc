// __repr__ of the built-in containers: natively when every item's repr is (Repr.swift),
// else through the prelude's _container_repr, which calls the items' __repr__ and keeps
// CPython's recursion markers ('[...]', '{...}') with its own list of objects being shown.

import WeftMemory

extension Runtime {
    func registerContainerRepr() {
        for t in [types.list, types.tuple, types.dict, types.set, types.frozenset, types.dictKeys, types.dictValues, types.dictItems, types.slice] {
            defineMethod(t, "__repr__") { rt, a in
                guard rt.methodArgs(a, TypeView(t).nameString, "__repr__", .slot, min: 0, max: 0) != nil else { return .null }
                let x = rt.arg(a, 0)
                if let s = rt.reprString(x) { return rt.newStr(s) ?? .null }
                return rt.tailCall(rt.prelude("_container_repr"), [x])
            }
        }
        define(weftModuleDict, "slice_parts") { rt, a in
            let s = ObjectRef(rt.arg(a, 0))
            return rt.newTuple([s[SliceField.start], s[SliceField.stop], s[SliceField.step]]) ?? .null
        }
    }
}

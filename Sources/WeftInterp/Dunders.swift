// The dunder names the runtime looks up, interned once at start-up: `dunder(.getitem)` is
// the immortal str "__getitem__", an array load instead of hashing a Swift String.

import WeftMemory

enum Dunder: Int, CaseIterable {
    case index, name, bool, len, iter, getitem, call, reversed, radd, rmul, getattr, get, module, doc, set, setattr, dict, next, hash, eq, await, aiter, anext, annotations, repr, file, str, class_getitem, setitem, delitem, contains, builtins, main, package, path, trunc, new, init_, qualname, slots, classcell, del, round, float, complex, debug, abs, getattribute, delete, delattr, dir, missing

    /// "__name__" (a trailing underscore only escapes a Swift keyword: init_ is "__init__").
    var text: String { "__" + Dunder.names[rawValue] + "__" }

    /// The cases' names in order, written out: String(describing:) of a case goes through
    /// reflection, ~70K instructions each at start-up. (Debug builds check the list.)
    private static let names = [
        "index", "name", "bool", "len", "iter", "getitem", "call", "reversed", "radd", "rmul", "getattr",
        "get", "module", "doc", "set", "setattr", "dict", "next", "hash", "eq", "await", "aiter", "anext",
        "annotations", "repr", "file", "str", "class_getitem", "setitem", "delitem", "contains", "builtins",
        "main", "package", "path", "trunc", "new", "init", "qualname", "slots", "classcell", "del", "round",
        "float", "complex", "debug", "abs", "getattribute", "delete", "delattr", "dir", "missing",
    ]

    static func checkNames() {
        for d in allCases {
            var s = String(describing: d)
            if s.hasSuffix("_") { s.removeLast() }
            precondition(names[d.rawValue] == s, "Dunder.names is out of step with the cases at \(s)")
        }
    }
}

extension Runtime {
    @inline(__always) func dunder(_ d: Dunder) -> Word { dunders[d.rawValue] }

    func internDunders() {
        #if DEBUG
        Dunder.checkNames()
        #endif
        for d in Dunder.allCases { (dunders + d.rawValue).initialize(to: intern(d.text)) }
    }
}

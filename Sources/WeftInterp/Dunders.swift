// The dunder names the runtime looks up, interned once at start-up: `dunder(.getitem)` is
// the immortal str "__getitem__", an array load instead of hashing a Swift String.

import WeftMemory

enum Dunder: Int, CaseIterable {
    case index, name, bool, len, iter, getitem, call, reversed, radd, rmul, getattr, get, module, doc, set, setattr, dict, next, hash, eq, await, aiter, anext, annotations, repr, file, str, class_getitem, setitem, delitem, contains, builtins, main, package, path, trunc, new, init_, qualname, slots, classcell, del, round, float, complex, debug, abs, getattribute, delete, delattr, dir, missing

    /// "__name__" (a trailing underscore only escapes a Swift keyword: init_ is "__init__").
    var text: String {
        var s = String(describing: self)
        if s.hasSuffix("_") { s.removeLast() }
        return "__" + s + "__"
    }
}

extension Runtime {
    @inline(__always) func dunder(_ d: Dunder) -> Word { dunders[d.rawValue] }

    func internDunders() {
        for d in Dunder.allCases { (dunders + d.rawValue).initialize(to: intern(d.text)) }
    }
}

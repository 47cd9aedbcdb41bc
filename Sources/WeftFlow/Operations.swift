// The operations of flow graphs: one table, each with its semantics in one line. They
// are Python's generic operations (as PyPy's flow space has `getattr`, `add`,
// `simple_call`...); typed and lower-level operations come from later passes.
// `canRaise`: the operation may raise (ends its block inside a `try`). `noReturn`: it
// always raises. `pure`: no side effects, no exceptions — removable when unused.

import WeftSyntax

public enum OpCode: String, CaseIterable, Sendable {
    // Locals, cells, globals and class namespaces.
    case checkBound = "check_bound"        // r = a0; raise UnboundLocalError(a1) if a0 is undefined
    case cellNew = "cell_new"              // r = new cell holding a0 (empty if a0 is undefined)
    case cellGet = "cell_get"              // r = contents of cell a0; raise if empty (a1 name, a2 True if free)
    case cellSet = "cell_set"              // cell a0 := a1
    case cellDelete = "cell_delete"        // empty cell a0; raise if already empty (a1 name, a2 free)
    case loadGlobal = "load_global"        // r = globals[a0] or builtins[a0]; NameError
    case storeGlobal = "store_global"      // globals[a0] = a1
    case deleteGlobal = "delete_global"    // del globals[a0]; NameError
    case loadName = "load_name"            // r = a0[a1] or globals[a1] or builtins[a1] (class bodies)
    case storeName = "store_name"          // a0[a1] = a2
    case deleteName = "delete_name"        // del a0[a1]; NameError
    case loadClassDeref = "load_classderef" // r = a0[a2] if present, else contents of cell a1
    case setupAnnotations = "setup_annotations" // namespace a0 (or globals if None) gets an __annotations__ dict

    // Arithmetic and comparison (Python's operator protocol, reflected operands included).
    case add, sub, mul, matmul, truediv, floordiv, mod, pow, lshift, rshift
    case and_ = "and_", or_ = "or_", xor
    case inplaceAdd = "inplace_add", inplaceSub = "inplace_sub", inplaceMul = "inplace_mul"
    case inplaceMatmul = "inplace_matmul", inplaceTruediv = "inplace_truediv"
    case inplaceFloordiv = "inplace_floordiv", inplaceMod = "inplace_mod", inplacePow = "inplace_pow"
    case inplaceLshift = "inplace_lshift", inplaceRshift = "inplace_rshift"
    case inplaceAnd = "inplace_and", inplaceOr = "inplace_or", inplaceXor = "inplace_xor"
    case neg, pos, invert                  // r = -a0, +a0, ~a0
    case not_ = "not_"                     // r = not a0 (a bool)
    case bool                              // r = bool(a0), the truth value used by exit switches
    case lt, le, eq, ne, gt, ge            // r = a0 <op> a1
    case is_ = "is_", isNot = "is_not"     // r = a0 is a1, a0 is not a1
    case contains, notContains = "not_contains" // r = a1 in a0, a1 not in a0 (container first)
    case excMatch = "exc_match"            // r = isinstance(a0, a1) for except clauses; TypeError if a1 is no exception class

    // Attributes, items, slices.
    case getattr, setattr, delattr         // a0.a1 / a0.a1 = a2 / del a0.a1
    case getitem, setitem, delitem         // a0[a1] / a0[a1] = a2 / del a0[a1]
    case newslice                          // r = slice(a0, a1, a2)

    // Calls.
    case simpleCall = "simple_call"        // r = a0(a1, ..., an)
    case callKw = "call_kw"                // r = a0(a2.., k1=v1..): a1 is the tuple of keyword names, their values last
    case callEx = "call_ex"                // r = a0(*a1, **a2); a1 a tuple, a2 a dict or None

    // Building values.
    case newtuple, newlist, newset         // r = (a0, ...), [a0, ...], {a0, ...}
    case newConstSet = "new_const_set"     // r = {a0, ...} of constants, made as CPython makes it (from a folded frozenset)
    case newdict                           // r = {a0: a1, a2: a3, ...}
    case listAppend = "list_append"        // a0.append(a1)
    case listExtend = "list_extend"        // a0.extend(a1); a2, if given: the callee a0 holds arguments of
    case listToTuple = "list_to_tuple"     // r = tuple(a0)
    case setAdd = "set_add"                // a0.add(a1)
    case setUpdate = "set_update"          // a0.update(a1)
    case dictSetitem = "dict_setitem"      // a0[a1] = a2 (a0 a dict)
    case dictUpdate = "dict_update"        // a0.update(a1) for {**a1}; TypeError if not a mapping
    case dictMerge = "dict_merge"          // like dict_update, but duplicate keys raise TypeError (a2(**a1))
    case formatValue = "format_value"      // r = format(conv(a0), a2) where a1 is the conversion code (-1, 's', 'r', 'a')
    case buildString = "build_string"      // r = a0 + a1 + ... (str parts of an f-string)
    case unpackSequence = "unpack_sequence" // r = tuple(a0) of exactly a1 items, else ValueError
    case unpackEx = "unpack_ex"            // r = a1 items, a list of the rest, a2 items (starred assignment)
    case tupleGetitem = "tuple_getitem"    // r = a0[a1] for a tuple a0 and an index known in range

    // Iteration and generators.
    case iter                              // r = iter(a0)
    case next                              // r = next(a0); raises StopIteration when exhausted
    case yield_ = "yield_"                 // suspend the generator yielding a0; r = the value sent in
    case yieldFrom = "yield_from"          // delegate to iterator a0 (send/throw/close pass through); r = its return value
    case getYieldFromIter = "get_yield_from_iter" // r = iter(a0), or a0 itself for a coroutine
    case getAwaitable = "get_awaitable"    // r = a0.__await__() (or a0 for a coroutine)
    case getAiter = "get_aiter"            // r = a0.__aiter__()
    case getAnext = "get_anext"            // r = awaitable of a0.__anext__()

    case withMethod = "with_method"        // r = a0's special method a1 (__enter__, __exit__...), TypeError if missing

    // Exceptions.
    case raise_ = "raise_"                 // raise a0 (a class or instance), from a1 unless a1 is undefined
    case reraise                           // raise a0 again, its traceback unchanged
    case raiseCurrent = "raise_current"    // bare `raise`: the exception being handled, or RuntimeError
    case excPush = "exc_push"              // r = the exception being handled; a0 becomes it
    case excRestore = "exc_restore"        // the exception being handled becomes a0 again
    case type                              // r = type(a0)

    // Functions, classes, modules.
    case makeFunction = "make_function"    // r = function(code a0, defaults a1, kwdefaults a2, annotations a3, closure a4)
    case importName = "import_name"        // r = __import__(a0, globals, None, a1 fromlist, a2 level)
    case importFrom = "import_from"        // r = a0.a1, or the submodule a0.a1; ImportError
    case importStar = "import_star"        // copy the public names of module a0 into the namespace a1 (or globals)

    // Structural pattern matching (PEP 634).
    case getLen = "get_len"                // r = len(a0)
    case matchClass = "match_class"        // r = tuple of attributes matching class a1 with a2 positional and a3 keyword names, or None
    case matchMapping = "match_mapping"    // r = a0 is a mapping
    case matchSequence = "match_sequence"  // r = a0 is a sequence (not str, bytes, bytearray)
    case matchKeys = "match_keys"          // r = tuple of a0[k] for k in a1, or None if a key is missing
    case copyDictWithoutKeys = "copy_dict_without_keys" // r = dict(a0) without the keys in tuple a1

    public var canRaise: Bool {
        switch self {
        case .cellSet, .is_, .isNot, .excPush, .excRestore, .type, .tupleGetitem:
            return false
        default:
            return true
        }
    }

    public var noReturn: Bool {
        self == .raise_ || self == .reraise || self == .raiseCurrent
    }

    /// No side effects, and unused results may be dropped (allocation-only operations
    /// count: their only possible failure is running out of memory).
    public var pure: Bool {
        switch self {
        case .is_, .isNot, .type, .tupleGetitem, .newtuple, .newlist, .newset, .newConstSet, .newslice, .cellNew, .makeFunction:
            return true
        default:
            return false
        }
    }

    public static func binary(_ op: BinaryOperator, inplace: Bool) -> OpCode {
        switch op {
        case .add: return inplace ? .inplaceAdd : .add
        case .sub: return inplace ? .inplaceSub : .sub
        case .mult: return inplace ? .inplaceMul : .mul
        case .matMult: return inplace ? .inplaceMatmul : .matmul
        case .div: return inplace ? .inplaceTruediv : .truediv
        case .floorDiv: return inplace ? .inplaceFloordiv : .floordiv
        case .mod: return inplace ? .inplaceMod : .mod
        case .pow: return inplace ? .inplacePow : .pow
        case .lShift: return inplace ? .inplaceLshift : .lshift
        case .rShift: return inplace ? .inplaceRshift : .rshift
        case .bitAnd: return inplace ? .inplaceAnd : .and_
        case .bitOr: return inplace ? .inplaceOr : .or_
        case .bitXor: return inplace ? .inplaceXor : .xor
        }
    }

    public static func compare(_ op: CmpOperator) -> OpCode {
        switch op {
        case .eq: return .eq
        case .notEq: return .ne
        case .lt: return .lt
        case .ltE: return .le
        case .gt: return .gt
        case .gtE: return .ge
        case .is: return .is_
        case .isNot: return .isNot
        case .in: return .contains
        case .notIn: return .notContains
        }
    }
}

// The layouts of Weft's built-in objects: field indexes (in words from the object's
// start) and the layout table entries the collectors trace by. Word 0 is the header,
// word 1 the object's class (a type object) in every layout.
//
// Traced words come first, raw words after them, then variable items; a layout's
// `Fields` enum is the only place its field order is written down.

import WeftMemory

/// Layout ids, in registration order (see `registerLayouts`).
enum LayoutID {
    static let type: UInt16 = 1
    static let instance: UInt16 = 2
    static let str: UInt16 = 3
    static let bytes: UInt16 = 4
    static let tuple: UInt16 = 5
    static let list: UInt16 = 6
    static let values: UInt16 = 7       // internal growable array of Words
    static let raw: UInt16 = 8          // internal raw bytes
    static let dict: UInt16 = 9
    static let bigint: UInt16 = 10
    static let float: UInt16 = 11
    static let function: UInt16 = 12
    static let frame: UInt16 = 13
    static let cell: UInt16 = 14
    static let method: UInt16 = 15      // bound method
    static let builtin: UInt16 = 16     // built-in function or method descriptor
    static let module: UInt16 = 17
    static let exception: UInt16 = 18
    static let generator: UInt16 = 19
    static let slice: UInt16 = 20
    static let range: UInt16 = 21
    static let iterator: UInt16 = 22    // generic built-in iterator: up to 3 Words + 2 raw
    static let traceback: UInt16 = 23
    static let set: UInt16 = 24
    static let property: UInt16 = 25
    static let wrapper: UInt16 = 26     // staticmethod, classmethod: one wrapped Word
    static let complex: UInt16 = 27
    static let superObject: UInt16 = 28
    static let member: UInt16 = 29      // a __slots__ entry's descriptor
    static let continuation: UInt16 = 30 // a suspended frame chain (Continuations.swift)
    static let bytearray: UInt16 = 31
    static let builtinCount: UInt16 = 32
    /// Instances of a class derived from a built-in type: the built-in's layout with one
    /// more traced word at the end, the instance's attribute dict (null until set).
    static let subclassable: [UInt16] = [str, bytes, tuple, list, dict, bigint, float, set, complex, bytearray]
    /// The subclass layout of built-in layout `base` (0 if it cannot be subclassed).
    static func subclassLayout(of base: UInt16) -> UInt16 {
        guard let k = subclassable.firstIndex(of: base) else { return 0 }
        return builtinCount + UInt16(k)
    }
    @inline(__always) static func isSubclassLayout(_ id: UInt16) -> Bool {
        id >= builtinCount && id < builtinCount + UInt16(subclassable.count)
    }
}

/// Type objects.
enum TypeField {
    static let name = 2, qualname = 3, bases = 4, mro = 5, dict = 6, module = 7, doc = 8
    static let flags = 9            // raw: TypeFlags
    static let kind = 10            // raw: Kind of the built-in type instances derive from
    static let rootMap = 11         // raw: map id of instances' attributes
    static let instanceSlots = 12   // raw: inline attribute slots given to new instances
    static let slotWords = 13       // raw: __slots__ words at the end of instances (bases' included)
    static let words = 14
    static let traced = 8           // words 1...8
}

/// User class instances: attributes by map (hidden class) with inline slots.
enum InstanceField {
    static let overflow = 2         // traced: Words array for attributes past the inline slots, or a dict
    static let map = 3              // raw: map id
    static let inlineCount = 4      // raw: words that follow: the inline slots of the map,
                                    // then the class's __slots__ (TypeField.slotWords)
    static let fixedWords = 5       // inline slots follow
}

/// Strings: latin-1 (1 byte per char), UCS-2 or UCS-4 code units, as PEP 393.
enum StrField {
    static let byteLength = 2       // raw: bytes of character data (characters × width): the
                                    // collectors size the object by it
    static let hash = 3             // raw: cached hash + 1 (0: not computed)
    static let kind = 4             // raw: bytes per char (1, 2, 4) | 0x100 if all ASCII
    static let fixedWords = 5
}

enum TupleField {
    static let length = 2
    static let fixedWords = 3
}

/// bytearray: its bytes in a raw array (capacity ≥ length), grown by doubling.
enum ByteArrayField {
    static let items = 2            // traced: raw array
    static let length = 3           // raw
    static let fixedWords = 4
}

enum ListField {
    static let items = 2            // traced: values array
    static let length = 3           // raw
    static let fixedWords = 4
}

/// Internal arrays: a capacity then that many Words (values) or bytes (raw).
enum ArrayField {
    static let capacity = 2
    static let fixedWords = 3
}

enum DictField {
    static let entries = 2          // traced: values array of (hash as small int, key, value) triples
    static let indices = 3          // traced: raw array of Int32 slots (-1 empty, -2 deleted)
    static let used = 4             // raw: live entries
    static let filled = 5           // raw: entries written, deleted included
    static let version = 6          // raw: a new number (unique among all dicts) at every
                                    // change of keys (Runtime.nextDictVersion)
    static let fixedWords = 7
}

enum FloatField { static let value = 2; static let fixedWords = 3 }
enum ComplexField { static let real = 2, imag = 3, fixedWords = 4 }

enum BigIntField {
    static let count = 2            // raw: limbs
    static let sign = 3             // raw: 1 if negative
    static let fixedWords = 4       // limbs (UInt64, little end first) follow
}

enum FunctionField {
    static let globals = 2, name = 3, qualname = 4, defaults = 5, kwdefaults = 6
    static let closure = 7, dict = 8, doc = 9, module = 10, annotations = 11
    static let code = 12            // raw: code id
    static let fixedWords = 13
    static let traced = 10          // words 2...11 plus the class word
}

enum FrameField {
    static let back = 2             // traced: the calling frame
    static let function = 3         // traced
    static let globals = 4          // traced
    static let generator = 5        // traced: the generator running this frame, if any
    static let extra = 6            // traced: what the return mode needs (the instance being initialized...);
                                    // else Runtime.frameCaptures when the frame was made (a small int)
    static let returnTo = 7         // raw: what the caller does with the result (ReturnMode | register << 8)
    static let pc = 8               // raw: offset of the next instruction
    static let code = 9             // raw: code id
    static let count = 10           // raw: registers
    static let fixedWords = 11      // registers follow
}

enum CellField { static let value = 2; static let fixedWords = 3 }
enum MethodField { static let function = 2, selfObject = 3, fixedWords = 4 }

enum BuiltinField {
    static let selfObject = 2       // traced: bound self, or the owner type for descriptors
    static let name = 3             // traced: str
    static let native = 4           // raw: native function id
    static let fixedWords = 5
}

enum ModuleField { static let dict = 2, name = 3, fixedWords = 4 }

/// BaseException and every subclass: the standard fields, then instance attributes.
enum ExceptionField {
    static let args = 2, traceback = 3, cause = 4, context = 5
    static let overflow = 6         // traced
    static let map = 7              // raw
    static let suppressContext = 8  // raw
    static let inlineCount = 9      // raw
    static let fixedWords = 10
}

enum GeneratorField {
    static let frame = 2, name = 3, qualname = 4, savedException = 5, yieldFrom = 6
    static let state = 7            // raw: GeneratorState
    static let sendRegister = 8     // raw: where the value sent in goes when resumed
    static let fixedWords = 9
}

enum SliceField { static let start = 2, stop = 3, step = 4, fixedWords = 5 }
enum RangeField { static let start = 2, stop = 3, step = 4, length = 5, fixedWords = 6 }

/// Built-in iterators of every kind: the class says which; a, b, c are Words, i and n raw.
enum IteratorField {
    static let a = 2, b = 3, c = 4
    static let i = 5, n = 6
    static let fixedWords = 7
}

enum TracebackField { static let next = 2, frame = 3, line = 4, code = 5, instruction = 6, fixedWords = 7 }
enum SetField {
    static let table = 2            // traced: values array of (hash as small int, key) pairs
    static let used = 3, fill = 4   // raw: live keys; live and deleted slots
    static let finger = 5           // raw: where pop() looks first
    static let hash = 6             // raw: a frozenset's cached hash; -1 until computed
    static let fixedWords = 7
}
/// A chain of frames that can be switched to: the stackless primitive under greenlets,
/// coroutines and tasklets (Continuations.swift).
enum ContinuationField {
    static let frame = 2            // traced: top of the suspended chain (null unless suspended)
    static let handled = 3          // traced: the chain's exception being handled
    static let owner = 4            // traced: the Python-level object it serves
    static let bottom = 5           // traced: the chain's bottom frame (null for a chain started elsewhere)
    static let state = 6            // raw: ContinuationState
    static let destination = 7      // raw: register of the top frame receiving the value, + 1 (0: none)
    static let depth = 8            // raw: the chain's call depth
    static let fixedWords = 9
}

enum PropertyField { static let fget = 2, fset = 3, fdel = 4, doc = 5, fixedWords = 6 }
enum WrapperField { static let wrapped = 2, fixedWords = 3 }
enum MemberField { static let name = 2, owner = 3, index = 4 /* raw: word among the owner's slot words */, fixedWords = 5 }
enum SuperField { static let type = 2, object = 3, objectType = 4, fixedWords = 5 }

/// Registers the layouts in LayoutID order.
func registerLayouts(_ t: LayoutTable) {
    func add(_ l: Layout, _ expected: UInt16) {
        let id = t.add(l)
        precondition(id == expected, "layout \(l.name) registered out of order")
    }
    add(Layout(name: "type", fixedWords: TypeField.words, tracedCount: TypeField.traced), LayoutID.type)
    add(Layout(name: "instance", fixedWords: InstanceField.fixedWords, tracedCount: 2, countWord: InstanceField.inlineCount,
               itemBytes: 8, itemsTraced: true), LayoutID.instance)
    add(Layout(name: "str", fixedWords: StrField.fixedWords, tracedCount: 1, countWord: StrField.byteLength, itemBytes: 1), LayoutID.str)
    add(Layout(name: "bytes", fixedWords: StrField.fixedWords, tracedCount: 1, countWord: StrField.byteLength, itemBytes: 1), LayoutID.bytes)
    add(Layout(name: "tuple", fixedWords: TupleField.fixedWords, tracedCount: 1, countWord: TupleField.length,
               itemBytes: 8, itemsTraced: true), LayoutID.tuple)
    add(Layout(name: "list", fixedWords: ListField.fixedWords, tracedCount: 2), LayoutID.list)
    add(Layout(name: "values", fixedWords: ArrayField.fixedWords, tracedCount: 1, countWord: ArrayField.capacity,
               itemBytes: 8, itemsTraced: true), LayoutID.values)
    add(Layout(name: "raw", fixedWords: ArrayField.fixedWords, tracedCount: 1, countWord: ArrayField.capacity, itemBytes: 1), LayoutID.raw)
    add(Layout(name: "dict", fixedWords: DictField.fixedWords, tracedCount: 3), LayoutID.dict)
    add(Layout(name: "int", fixedWords: BigIntField.fixedWords, tracedCount: 1, countWord: BigIntField.count, itemBytes: 8), LayoutID.bigint)
    add(Layout(name: "float", fixedWords: FloatField.fixedWords, tracedCount: 1), LayoutID.float)
    add(Layout(name: "function", fixedWords: FunctionField.fixedWords, tracedCount: FunctionField.traced + 1), LayoutID.function)
    add(Layout(name: "frame", fixedWords: FrameField.fixedWords, tracedCount: 6, countWord: FrameField.count,
               itemBytes: 8, itemsTraced: true), LayoutID.frame)
    add(Layout(name: "cell", fixedWords: CellField.fixedWords, tracedCount: 2), LayoutID.cell)
    add(Layout(name: "method", fixedWords: MethodField.fixedWords, tracedCount: 3), LayoutID.method)
    add(Layout(name: "builtin_function_or_method", fixedWords: BuiltinField.fixedWords, tracedCount: 3), LayoutID.builtin)
    add(Layout(name: "module", fixedWords: ModuleField.fixedWords, tracedCount: 3), LayoutID.module)
    add(Layout(name: "exception", fixedWords: ExceptionField.fixedWords, tracedCount: 6, countWord: ExceptionField.inlineCount,
               itemBytes: 8, itemsTraced: true), LayoutID.exception)
    add(Layout(name: "generator", fixedWords: GeneratorField.fixedWords, tracedCount: 6), LayoutID.generator)
    add(Layout(name: "slice", fixedWords: SliceField.fixedWords, tracedCount: 4), LayoutID.slice)
    add(Layout(name: "range", fixedWords: RangeField.fixedWords, tracedCount: 5), LayoutID.range)
    add(Layout(name: "iterator", fixedWords: IteratorField.fixedWords, tracedCount: 4), LayoutID.iterator)
    add(Layout(name: "traceback", fixedWords: TracebackField.fixedWords, tracedCount: 3), LayoutID.traceback)
    add(Layout(name: "set", fixedWords: SetField.fixedWords, tracedCount: 2), LayoutID.set)
    add(Layout(name: "property", fixedWords: PropertyField.fixedWords, tracedCount: 5), LayoutID.property)
    add(Layout(name: "wrapper", fixedWords: WrapperField.fixedWords, tracedCount: 2), LayoutID.wrapper)
    add(Layout(name: "complex", fixedWords: ComplexField.fixedWords, tracedCount: 1), LayoutID.complex)
    add(Layout(name: "super", fixedWords: SuperField.fixedWords, tracedCount: 4), LayoutID.superObject)
    add(Layout(name: "member_descriptor", fixedWords: MemberField.fixedWords, tracedCount: 3), LayoutID.member)
    add(Layout(name: "continuation", fixedWords: ContinuationField.fixedWords, tracedCount: 5), LayoutID.continuation)
    add(Layout(name: "bytearray", fixedWords: ByteArrayField.fixedWords, tracedCount: 2), LayoutID.bytearray)
    for base in LayoutID.subclassable {
        let l = t[base]
        add(l.withTrailingWords(1, name: l.name + " subclass"), LayoutID.subclassLayout(of: base))
    }
}

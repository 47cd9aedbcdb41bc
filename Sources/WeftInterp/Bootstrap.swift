// Start-up: the built-in type objects, in an order that breaks the circles (type is
// its own class; type objects have dicts of strs; strs are objects...), then the
// exception hierarchy of CPython 3.11.

import WeftMemory

extension Runtime {
    func bootstrapTypes() {
        // The five types everything else needs, made bare first.
        func bare(_ kind: Kind) -> Word {
            let t = allocateImmortal(LayoutID.type, bytes: TypeField.words * 8, cls: .null)
            t.setRaw(TypeField.kind, UInt64(kind.rawValue))
            t.setRaw(TypeField.flags, TypeFlags.baseType)
            t.setRaw(TypeField.instanceSlots, 4)
            t.setRaw(TypeField.slotWords, 0)
            return t.word
        }
        types.type = bare(.type)
        types.object = bare(.object)
        types.str = bare(.str)
        types.tuple = bare(.tuple)
        types.dict = bare(.dict)
        for t in [types.type, types.object, types.str, types.tuple, types.dict] { ObjectRef(t)[1] = types.type }
        func finish(_ t: Word, _ name: String, base: Word) {
            let o = ObjectRef(t)
            o[TypeField.name] = intern(name)
            o[TypeField.qualname] = intern(name)
            o[TypeField.module] = intern("builtins")
            o[TypeField.doc] = .none
            o[TypeField.dict] = newDict(immortal: true)!
            o.setRaw(TypeField.rootMap, UInt64(maps.newRoot()))
            o[TypeField.bases] = base.isNull ? immortalTuple([]) : immortalTuple([base])
            o[TypeField.mro] = base.isNull ? immortalTuple([t]) : immortalTuple([t, base])
        }
        finish(types.object, "object", base: .null)
        finish(types.type, "type", base: types.object)
        finish(types.str, "str", base: types.object)
        finish(types.tuple, "tuple", base: types.object)
        finish(types.dict, "dict", base: types.object)
        let o = types.object
        types.none = makeBuiltinType("NoneType", base: o, kind: .none, flags: 0)
        types.int = makeBuiltinType("int", base: o, kind: .int)
        types.bool = makeBuiltinType("bool", base: types.int, kind: .bool, flags: 0)
        types.float = makeBuiltinType("float", base: o, kind: .float)
        types.complex = makeBuiltinType("complex", base: o, kind: .complex)
        types.bytes = makeBuiltinType("bytes", base: o, kind: .bytes)
        types.bytearray = makeBuiltinType("bytearray", base: o, kind: .bytearray)
        types.list = makeBuiltinType("list", base: o, kind: .list)
        types.set = makeBuiltinType("set", base: o, kind: .set)
        types.frozenset = makeBuiltinType("frozenset", base: o, kind: .frozenset)
        types.function = makeBuiltinType("function", base: o, kind: .function, flags: 0)
        types.builtinFunction = makeBuiltinType("builtin_function_or_method", base: o, kind: .builtin, flags: 0)
        types.methodDescriptor = makeBuiltinType("method_descriptor", base: o, kind: .builtin, flags: 0)
        types.method = makeBuiltinType("method", base: o, kind: .method, flags: 0)
        types.module = makeBuiltinType("module", base: o, kind: .module)
        types.cell = makeBuiltinType("cell", base: o, kind: .cell, flags: 0)
        types.frame = makeBuiltinType("frame", base: o, kind: .frame, flags: 0)
        types.generator = makeBuiltinType("generator", base: o, kind: .generator, flags: 0)
        types.coroutine = makeBuiltinType("coroutine", base: o, kind: .generator, flags: 0)
        types.range = makeBuiltinType("range", base: o, kind: .range, flags: 0)
        types.slice = makeBuiltinType("slice", base: o, kind: .slice, flags: 0)
        types.property = makeBuiltinType("property", base: o, kind: .property)
        types.staticmethod = makeBuiltinType("staticmethod", base: o, kind: .staticmethod)
        types.classmethod = makeBuiltinType("classmethod", base: o, kind: .classmethod)
        types.superType = makeBuiltinType("super", base: o, kind: .superObject)
        types.traceback = makeBuiltinType("traceback", base: o, kind: .traceback, flags: 0)
        types.notImplemented = makeBuiltinType("NotImplementedType", base: o, kind: .notImplemented, flags: 0)
        types.ellipsis = makeBuiltinType("ellipsis", base: o, kind: .ellipsis, flags: 0)
        types.code = makeBuiltinType("code", base: o, kind: .code, flags: 0)
        types.memberDescriptor = makeBuiltinType("member_descriptor", base: o, kind: .member, flags: 0)
        types.continuation = makeBuiltinType("continuation", base: o, kind: .continuation, flags: 0, module: "_weft_switch")
        func iterType(_ name: String) -> Word { makeBuiltinType(name, base: o, kind: .iterator, flags: 0) }
        types.listIterator = iterType("list_iterator")
        types.tupleIterator = iterType("tuple_iterator")
        types.rangeIterator = iterType("range_iterator")
        types.strIterator = iterType("str_ascii_iterator")
        types.dictKeyIterator = iterType("dict_keyiterator")
        types.dictValueIterator = iterType("dict_valueiterator")
        types.dictItemIterator = iterType("dict_itemiterator")
        types.setIterator = iterType("set_iterator")
        types.callIterator = iterType("callable_iterator")
        types.seqIterator = iterType("iterator")
        types.enumerate = makeBuiltinType("enumerate", base: o, kind: .iterator)
        types.zip = makeBuiltinType("zip", base: o, kind: .iterator)
        types.reversed = makeBuiltinType("reversed", base: o, kind: .iterator)
        types.mapIterator = makeBuiltinType("map", base: o, kind: .iterator)
        types.filterIterator = makeBuiltinType("filter", base: o, kind: .iterator)
        types.dictKeys = makeBuiltinType("dict_keys", base: o, kind: .dictView, flags: 0)
        types.dictValues = makeBuiltinType("dict_values", base: o, kind: .dictView, flags: 0)
        types.dictItems = makeBuiltinType("dict_items", base: o, kind: .dictView, flags: 0)
        bootstrapExceptions()
    }

    /// CPython 3.11's built-in exception hierarchy (without the exception groups).
    func bootstrapExceptions() {
        let hierarchy: [(String, String)] = [
            ("BaseException", ""), ("SystemExit", "BaseException"), ("KeyboardInterrupt", "BaseException"),
            ("GeneratorExit", "BaseException"), ("Exception", "BaseException"),
            ("StopIteration", "Exception"), ("StopAsyncIteration", "Exception"),
            ("ArithmeticError", "Exception"), ("FloatingPointError", "ArithmeticError"),
            ("OverflowError", "ArithmeticError"), ("ZeroDivisionError", "ArithmeticError"),
            ("AssertionError", "Exception"), ("AttributeError", "Exception"), ("BufferError", "Exception"),
            ("EOFError", "Exception"), ("ImportError", "Exception"), ("ModuleNotFoundError", "ImportError"),
            ("LookupError", "Exception"), ("IndexError", "LookupError"), ("KeyError", "LookupError"),
            ("MemoryError", "Exception"), ("NameError", "Exception"), ("UnboundLocalError", "NameError"),
            ("OSError", "Exception"), ("BlockingIOError", "OSError"), ("ChildProcessError", "OSError"),
            ("ConnectionError", "OSError"), ("BrokenPipeError", "ConnectionError"),
            ("ConnectionAbortedError", "ConnectionError"), ("ConnectionRefusedError", "ConnectionError"),
            ("ConnectionResetError", "ConnectionError"), ("FileExistsError", "OSError"),
            ("FileNotFoundError", "OSError"), ("InterruptedError", "OSError"), ("IsADirectoryError", "OSError"),
            ("NotADirectoryError", "OSError"), ("PermissionError", "OSError"), ("ProcessLookupError", "OSError"),
            ("TimeoutError", "OSError"), ("ReferenceError", "Exception"), ("RuntimeError", "Exception"),
            ("NotImplementedError", "RuntimeError"), ("RecursionError", "RuntimeError"),
            ("SyntaxError", "Exception"), ("IndentationError", "SyntaxError"), ("TabError", "IndentationError"),
            ("SystemError", "Exception"), ("TypeError", "Exception"), ("ValueError", "Exception"),
            ("UnicodeError", "ValueError"), ("UnicodeDecodeError", "UnicodeError"),
            ("UnicodeEncodeError", "UnicodeError"), ("UnicodeTranslateError", "UnicodeError"),
            ("Warning", "Exception"), ("DeprecationWarning", "Warning"), ("PendingDeprecationWarning", "Warning"),
            ("RuntimeWarning", "Warning"), ("SyntaxWarning", "Warning"), ("UserWarning", "Warning"),
            ("FutureWarning", "Warning"), ("ImportWarning", "Warning"), ("UnicodeWarning", "Warning"),
            ("BytesWarning", "Warning"), ("ResourceWarning", "Warning"), ("EncodingWarning", "Warning"),
        ]
        for (name, base) in hierarchy {
            let b = base.isEmpty ? types.object : types.exceptions[base]!
            types.exceptions[name] = makeBuiltinType(name, base: b, kind: .exception)
        }
        let e = types.exceptions
        types.baseException = e["BaseException"]!
        types.exception = e["Exception"]!
        types.typeError = e["TypeError"]!
        types.valueError = e["ValueError"]!
        types.keyError = e["KeyError"]!
        types.indexError = e["IndexError"]!
        types.attributeError = e["AttributeError"]!
        types.nameError = e["NameError"]!
        types.unboundLocalError = e["UnboundLocalError"]!
        types.stopIteration = e["StopIteration"]!
        types.stopAsyncIteration = e["StopAsyncIteration"]!
        types.zeroDivisionError = e["ZeroDivisionError"]!
        types.overflowError = e["OverflowError"]!
        types.memoryError = e["MemoryError"]!
        types.recursionError = e["RecursionError"]!
        types.runtimeError = e["RuntimeError"]!
        types.notImplementedError = e["NotImplementedError"]!
        types.assertionError = e["AssertionError"]!
        types.importError = e["ImportError"]!
        types.moduleNotFoundError = e["ModuleNotFoundError"]!
        types.lookupError = e["LookupError"]!
        types.generatorExit = e["GeneratorExit"]!
        types.systemExit = e["SystemExit"]!
        types.keyboardInterrupt = e["KeyboardInterrupt"]!
        types.unicodeDecodeError = e["UnicodeDecodeError"]!
        types.unicodeEncodeError = e["UnicodeEncodeError"]!
        types.osError = e["OSError"]!
        types.eofError = e["EOFError"]!
        types.syntaxError = e["SyntaxError"]!
        types.arithmeticError = e["ArithmeticError"]!
    }
}

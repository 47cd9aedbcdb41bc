// Code objects: modules, functions, lambdas, comprehensions and class bodies. Each gets
// its own GraphBuilder; the parent evaluates defaults, annotations and the closure (a
// tuple of the cells the child's free variables name) and emits make_function.

import WeftSyntax

extension GraphBuilder {
    func child(_ scope: Scope, name: String, firstLine: Int, loc: Loc, privateName: String?) -> GraphBuilder {
        let b = GraphBuilder(ctx: ctx, scope: scope, name: name, firstLine: firstLine, loc: loc)
        b.privateName = privateName
        return b
    }

    /// The start block takes the parameters then the free variables' cells; locals start
    /// unbound; captured locals get their cells at once.
    func setUpFrame(parameters: [String]) {
        var inputs: [Variable] = []
        var paramVars: [String: Variable] = [:]
        for p in parameters {
            let v = Variable(p)
            inputs.append(v)
            paramVars[p] = v
            defined.insert(ObjectIdentifier(v))
        }
        var freeCells: [Variable] = []
        for f in scope.freevars {
            let v = Variable(f)
            inputs.append(v)
            freeCells.append(v)
            defined.insert(ObjectIdentifier(v))
        }
        graph.startBlock.inputArgs = inputs
        current = graph.startBlock
        for p in parameters where symbol(p) == .local {
            slotOf[p] = addSlot(p, .variable(paramVars[p]!))
        }
        var locals = scope.varnames.filter { slotOf[$0] == nil && symbol($0) == .local }
        let known = Set(locals)
        locals += scope.symbols.keys.filter { scope.symbols[$0] == .local && slotOf[$0] == nil && !known.contains($0) }.sorted()
        for n in locals where n != "$namespace" { slotOf[n] = addSlot(n, .undefined) }
        for c in scope.cellvars {
            let initial: Value = paramVars[c].map { .variable($0) } ?? .undefined
            slotOf[c] = addSlot(c, emit(.cellNew, [initial], hint: c))
        }
        for (k, f) in scope.freevars.enumerated() {
            slotOf[f] = addSlot(f, .variable(freeCells[k]))
        }
    }

    /// Ends the code: falling off the end returns `value`; then the graph is simplified.
    func finish(returning value: Value = .none) {
        if reachable {
            current.exits = [Link([value], graph.returnBlock)]
            current.exitSwitch = .none
            becomeUnreachable()
        }
        simplify(graph)
    }

    func docstring(_ body: [Stmt]) -> String? {
        if case .expr(let e)? = body.first?.kind, case .constant(.str(let s), _) = e.kind { return s.asString }
        return nil
    }

    func code(_ b: GraphBuilder, args: Arguments?, parameters: [String], docstring: String?) -> FunctionCode {
        let s = b.scope
        let c = FunctionCode(
            name: b.codeName, qualname: s.qualname, kind: s.kind, graph: b.graph, parameters: parameters,
            posOnlyCount: args?.posonlyargs.count ?? 0,
            argCount: args.map { $0.posonlyargs.count + $0.args.count } ?? parameters.count,
            kwOnlyCount: args?.kwonlyargs.count ?? 0, hasVarargs: args?.vararg != nil, hasVarkw: args?.kwarg != nil,
            freevars: s.freevars, cellvars: s.cellvars, isGenerator: s.isGenerator, isCoroutine: s.isCoroutine,
            filename: ctx.source.path, firstLine: b.firstLine, docstring: docstring, isLibrary: ctx.library)
        c.children = b.children
        children.append(c)
        return c
    }

    /// The code of a function or lambda whose body `build` compiles into `b`: at once, or
    /// for library code when the graph is first needed. The body is built on the
    /// caller's stack then (library code is not deeply nested).
    func functionCode(_ b: GraphBuilder, args: Arguments, parameters: [String], docstring: String?,
                      build: @escaping (GraphBuilder) throws(SyntaxError) -> Void) throws(SyntaxError) -> FunctionCode {
        guard ctx.library else {
            try build(b)
            return code(b, args: args, parameters: parameters, docstring: docstring)
        }
        let c = code(b, args: args, parameters: parameters, docstring: docstring)
        c.pendingBuild = { [unowned c] in
            do throws(SyntaxError) { try build(b) } catch {
                fatalError("Weft's library code does not compile: \(error.render())")
            }
            c.children = b.children
            #if DEBUG
            do { try checkCode(c) } catch { preconditionFailure("graph builder produced a broken graph: \(error)") }
            #endif
        }
        return c
    }

    func parameterNames(_ a: Arguments) -> [String] {
        var names = (a.posonlyargs + a.args).map { mangle($0.name) }
        if let v = a.vararg { names.append(mangle(v.name)) }
        names += a.kwonlyargs.map { mangle($0.name) }
        if let k = a.kwarg { names.append(mangle(k.name)) }
        return names
    }

    /// The closure tuple for a child code: our cells for its free variables.
    func closure(_ c: FunctionCode) -> Value {
        if c.freevars.isEmpty { return .none }
        return emit(.newtuple, c.freevars.map(cellFor))
    }

    // MARK: module

    func buildModule(_ m: Module) throws(SyntaxError) -> FunctionCode {
        setUpFrame(parameters: [])
        if let doc = docstring(m.body) { emit(.storeGlobal, [str("__doc__"), str(doc)]) }
        if hasAnnotations(m.body) { emit(.setupAnnotations, [.none]) }
        try stmts(m.body)
        finish()
        let c = FunctionCode(
            name: "<module>", qualname: "<module>", kind: .module, graph: graph, parameters: [], posOnlyCount: 0,
            argCount: 0, kwOnlyCount: 0, hasVarargs: false, hasVarkw: false, freevars: [], cellvars: [],
            isGenerator: false, isCoroutine: false, filename: ctx.source.path, firstLine: 1, docstring: docstring(m.body),
            isLibrary: ctx.library)
        c.children = children
        return c
    }

    /// CPython's find_ann: an annotated assignment anywhere outside nested definitions.
    func hasAnnotations(_ body: [Stmt]) -> Bool {
        body.contains { s in
            switch s.kind {
            case .annAssign: return true
            case .for(_, _, let b, let o, _), .while(_, let b, let o), .if(_, let b, let o):
                return hasAnnotations(b) || hasAnnotations(o)
            case .with(_, let b, _): return hasAnnotations(b)
            case .try(let b, let hs, let o, let f, _):
                return hasAnnotations(b) || hs.contains { hasAnnotations($0.body) } || hasAnnotations(o) || hasAnnotations(f)
            case .match(_, let cases): return cases.contains { hasAnnotations($0.body) }
            default: return false
            }
        }
    }

    // MARK: functions and lambdas

    /// An annotation of `*args`: `*Ts` stands for the single item Ts unpacks to.
    func parameterAnnotation(_ e: Expr) throws(SyntaxError) -> Value {
        guard case .starred(let inner, _) = e.kind else { return try annotationValue(e) }
        if ctx.futureAnnotations { return str("*" + sourceText(inner.loc)) }
        let t = emit(.unpackSequence, [try expr(inner), .constant(.int(1))], e.loc)
        return emit(.tupleGetitem, [t, .constant(.int(0))], e.loc)
    }

    /// Evaluates defaults, keyword-only defaults and annotations; leaves them on the stack.
    func pushFunctionParts(_ a: Arguments, returns: Expr?, annotations: Bool) throws(SyntaxError) {
        if a.defaults.isEmpty {
            push(.none)
        } else if let c = constantValue(Expr(.tuple(a.defaults, .load), loc)) {
            push(.constant(c))
        } else {
            push(emit(.newtuple, try evaluate(a.defaults)))
        }
        var kw: [Expr] = []
        for (arg, d) in zip(a.kwonlyargs, a.kwDefaults) {
            if let d = d { kw.append(Expr(.constant(.str(.text(mangle(arg.name))), kind: nil), d.loc)); kw.append(d) }
        }
        push(kw.isEmpty ? .none : emit(.newdict, try evaluate(kw)))
        var parts: [Value] = []
        if annotations {
            let base = stack.count
            var all: [Arg] = a.posonlyargs + a.args
            if let v = a.vararg { all.append(v) }
            all += a.kwonlyargs
            if let k = a.kwarg { all.append(k) }
            for arg in all {
                if let ann = arg.annotation {
                    push(str(mangle(arg.name)))
                    push(try parameterAnnotation(ann))
                }
            }
            if let r = returns {
                push(str("return"))
                push(try annotationValue(r))
            }
            parts = Array(stack[base...])
            stack.removeLast(parts.count)
        }
        push(parts.isEmpty ? .none : emit(.newdict, parts))
    }

    func defineFunction(_ f: FunctionDef) throws(SyntaxError) {
        for d in f.decorators { push(try expr(d)) }
        try pushFunctionParts(f.args, returns: f.returns, annotations: true)
        let firstLine = Int(f.decorators.first?.loc.line ?? f.loc.line)
        let b = child(f.scope!, name: f.name, firstLine: firstLine, loc: f.loc, privateName: privateName)
        let params = parameterNames(f.args)
        let c = try functionCode(b, args: f.args, parameters: params, docstring: docstring(f.body)) { b throws(SyntaxError) in
            b.setUpFrame(parameters: params)
            try b.stmts(f.body)
            b.finish()
        }
        var fn = makeFunction(c)
        for d in f.decorators.reversed() {
            let dec = pop()
            fn = emit(.simpleCall, [dec, fn], d.loc)
        }
        storeName(mangle(f.name), fn, f.loc)
    }

    /// make_function with the defaults, keyword defaults and annotations on the stack.
    func makeFunction(_ c: FunctionCode) -> Value {
        let cl = closure(c)
        let ann = pop(), kwd = pop(), defs = pop()
        return emit(.makeFunction, [.constant(.code(c)), defs, kwd, ann, cl], hint: c.name)
    }

    func makeLambda(_ l: Lambda, _ at: Loc) throws(SyntaxError) -> Value {
        try pushFunctionParts(l.args, returns: nil, annotations: false)
        let b = child(l.scope!, name: "<lambda>", firstLine: Int(at.line), loc: at, privateName: privateName)
        let params = parameterNames(l.args)
        let c = try functionCode(b, args: l.args, parameters: params, docstring: nil) { b throws(SyntaxError) in
            b.setUpFrame(parameters: params)
            let v = try b.expr(l.body)
            b.finish(returning: v)
        }
        return makeFunction(c)
    }

    // MARK: comprehensions

    func comprehension(_ c: Comprehension, _ e: Expr) throws(SyntaxError) -> Value {
        let name: String
        let element: OpCode?
        switch e.kind {
        case .listComp: name = "<listcomp>"; element = .newlist
        case .setComp: name = "<setcomp>"; element = .newset
        case .dictComp: name = "<dictcomp>"; element = .newdict
        default: name = "<genexpr>"; element = nil
        }
        let b = child(c.scope!, name: name, firstLine: Int(e.loc.line), loc: e.loc, privateName: privateName)
        b.setUpFrame(parameters: [".0"])
        let resultSlot = element.map { b.tempSlot("result", b.emit($0, [])) }
        try b.generator(c, 0, resultSlot: resultSlot, kind: element, at: e.loc)
        b.finish(returning: resultSlot.map { b.slots[$0] } ?? .none)
        let code = self.code(b, args: nil, parameters: [".0"], docstring: nil)
        push(.none); push(.none); push(.none)
        push(makeFunction(code))
        let first = c.generators[0]
        let source = try expr(first.iter)
        let it = emit(first.isAsync ? .getAiter : .iter, [source], first.iter.loc)
        var r = emit(.simpleCall, [pop(), it], e.loc)
        if code.isCoroutine && element != nil {
            r = emit(.yieldFrom, [emit(.getAwaitable, [r], e.loc)], e.loc)
        }
        return r
    }

    /// One `for` clause of a comprehension and everything inside it.
    /// `at` is the comprehension's position: CPython reports a failing iteration there.
    func generator(_ c: Comprehension, _ level: Int, resultSlot: Int?, kind: OpCode?, at: Loc) throws(SyntaxError) {
        let g = c.generators[level]
        let it: Value
        if level == 0 {
            it = slots[slotOf[".0"]!]
        } else {
            it = emit(g.isAsync ? .getAiter : .iter, [try expr(g.iter)], g.iter.loc)
        }
        let after = newJoin()
        let itSlot = tempSlot("iter", it)
        let header = newJoin()
        jump(header)
        enter(header)
        let item = nextItem(slots[itSlot], isAsync: g.isAsync, exhausted: after, at: at)
        try assign(g.target, item)
        for cond in g.ifs {
            let ok = newJoin()
            try condition(cond, ifTrue: ok, ifFalse: header)
            enter(ok)
        }
        if level + 1 < c.generators.count {
            try generator(c, level + 1, resultSlot: resultSlot, kind: kind, at: at)
        } else if let r = resultSlot {
            switch kind! {
            case .newlist:
                let v = try expr(c.elt)
                emit(.listAppend, [slots[r], v], c.elt.loc)
            case .newset:
                let v = try expr(c.elt)
                emit(.setAdd, [slots[r], v], c.elt.loc)
            default:
                let kv = try evaluate([c.elt, c.value!])
                emit(.dictSetitem, [slots[r]] + kv, c.elt.loc)
            }
        } else {
            emit(.yield_, [try expr(c.elt)], c.elt.loc)
        }
        jump(header)
        freeSlot(itSlot)
        enter(after)
    }

    // MARK: classes

    func defineClass(_ c: ClassDef) throws(SyntaxError) {
        for d in c.decorators { push(try expr(d)) }
        let firstLine = Int(c.decorators.first?.loc.line ?? c.loc.line)
        let b = child(c.scope!, name: c.name, firstLine: firstLine, loc: c.loc, privateName: c.name)
        let ns = Variable("namespace")
        b.graph.startBlock.inputArgs = [ns]
        b.defined.insert(ObjectIdentifier(ns))
        b.namespaceSlot = b.addSlot("$namespace", .variable(ns))
        var freeCells: [Variable] = []
        for f in b.scope.freevars {
            let v = Variable(f)
            freeCells.append(v)
            b.defined.insert(ObjectIdentifier(v))
        }
        b.graph.startBlock.inputArgs += freeCells
        for cell in b.scope.cellvars { b.slotOf[cell] = b.addSlot(cell, b.emit(.cellNew, [.undefined], hint: cell)) }
        for (k, f) in b.scope.freevars.enumerated() { b.slotOf[f] = b.addSlot(f, .variable(freeCells[k])) }
        let moduleName = b.emit(.loadName, [b.namespace(), b.str("__name__")])
        b.emit(.storeName, [b.namespace(), b.str("__module__"), moduleName])
        b.emit(.storeName, [b.namespace(), b.str("__qualname__"), b.str(b.scope.qualname)])
        if let doc = docstring(c.body) { b.emit(.storeName, [b.namespace(), b.str("__doc__"), b.str(doc)]) }
        if hasAnnotations(c.body) { b.emit(.setupAnnotations, [b.namespace()]) }
        try b.stmts(c.body)
        var result = Value.none
        if b.scope.needsClassClosure, let s = b.slotOf["__class__"], b.reachable {
            b.emit(.storeName, [b.namespace(), b.str("__classcell__"), b.slots[s]])
            result = b.slots[s]
        }
        b.finish(returning: result)
        let bodyCode = code(b, args: nil, parameters: ["$namespace"], docstring: docstring(c.body))
        push(.constant(.builtin("__build_class__")))
        push(.none); push(.none); push(.none)
        push(makeFunction(bodyCode))
        push(str(c.name))
        var cls = try callPushed(prefix: 2, c.bases, c.keywords, c.loc)
        for d in c.decorators.reversed() {
            let dec = pop()
            cls = emit(.simpleCall, [dec, cls], d.loc)
        }
        storeName(mangle(c.name), cls, c.loc)
    }
}

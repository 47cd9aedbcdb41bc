// Statements. Loops, try, with and the unwinding that return/break/continue do through
// them follow CPython 3.11's compiler: finally bodies are compiled once per way out,
// handlers run with the caught exception pushed as "being handled" and restore the
// previous one on every exit, `except E as e` unbinds e afterwards.

import WeftSyntax

extension GraphBuilder {
    func stmts(_ body: [Stmt]) throws(SyntaxError) {
        for s in body { try stmt(s) }
    }

    func stmt(_ s: Stmt) throws(SyntaxError) {
        loc = s.loc
        switch s.kind {
        case .expr(let e):
            if constantValue(e) == nil { _ = try expr(e) }
        case .assign(let targets, let value):
            push(try expr(value))
            for t in targets { try assign(t, stack.last!) }
            _ = pop()
        case .augAssign(let target, let op, let value):
            try augAssign(target, op, value)
        case .annAssign(let target, let annotation, let value, let simple):
            try annAssign(target, annotation, value, simple)
        case .delete(let targets):
            for t in targets { try delete(t) }
        case .pass, .global, .nonlocal:
            break
        case .return(let value):
            try returnStmt(value, s.loc)
        case .if(let test, let body, let orelse):
            let t = newJoin(), f = newJoin(), end = newJoin()
            try condition(test, ifTrue: t, ifFalse: f)
            enter(t)
            try stmts(body)
            jump(end)
            enter(f)
            try stmts(orelse)
            jump(end)
            enter(end)
        case .while(let test, let body, let orelse):
            let header = newJoin(), after = newJoin()
            jump(header)
            enter(header)
            let bodyStart = newJoin(), orelseStart = newJoin()
            try condition(test, ifTrue: bodyStart, ifFalse: orelseStart)
            enter(bodyStart)
            try loopBody(body, breakTo: after, continueTo: header)
            enter(orelseStart)
            try stmts(orelse)
            jump(after)
            enter(after)
        case .for(let target, let iter, let body, let orelse, let isAsync):
            try forStmt(target, iter, body, orelse, isAsync: isAsync, at: s.loc)
        case .break, .continue:
            try breakOrContinue(isBreak: { if case .break = s.kind { return true }; return false }(), s.loc)
        case .raise(let exc, let cause):
            if let e = exc {
                push(try expr(e))
                let c = try cause.map { x throws(SyntaxError) in try expr(x) } ?? .undefined
                let ev = pop()
                emit(.raise_, [ev, c], s.loc)
            } else {
                emit(.raiseCurrent, [], s.loc)
            }
        case .try(let body, let handlers, let orelse, let finalbody, let isStar):
            if isStar { throw ctx.unsupported("'except*'", at: s.loc) }
            if finalbody.isEmpty {
                try tryExcept(body, handlers, orelse)
            } else {
                try tryFinally(finalbody) { b throws(SyntaxError) in
                    if handlers.isEmpty { try b.stmts(body) } else { try b.tryExcept(body, handlers, orelse) }
                }
            }
        case .with(let items, let body, let isAsync):
            if isAsync && !scope.isCoroutine { throw error("'async with' outside async function", at: s.loc) }
            try withItem(items, 0, body, isAsync: isAsync, at: s.loc)
        case .assert(let test, let msg):
            let ok = newJoin(), fail = newJoin()
            try condition(test, ifTrue: ok, ifFalse: fail)
            enter(fail)
            var e = Value.constant(.builtin("AssertionError"))
            if let m = msg { e = emit(.simpleCall, [e, try expr(m)], s.loc) }
            emit(.raise_, [e, .undefined], test.loc)
            enter(ok)
        case .import(let names):
            for a in names {
                let m = emit(.importName, [str(a.name), .none, .constant(.int(0))], s.loc)
                if let asname = a.asname {
                    var v = m
                    for part in a.name.split(separator: ".").dropFirst() {
                        v = emit(.importFrom, [v, str(String(part))], s.loc)
                    }
                    storeName(mangle(asname), v, a.loc)
                } else {
                    storeName(mangle(String(a.name.split(separator: ".").first!)), m, a.loc)
                }
            }
        case .importFrom(let module, let names, let level):
            try importFrom(module, names, level, s.loc)
        case .functionDef(let f):
            try defineFunction(f)
        case .classDef(let c):
            try defineClass(c)
        case .match(let subject, let cases):
            try matchStmt(subject, cases, s.loc)
        }
    }

    // MARK: assignment

    func assign(_ target: Expr, _ value: Value) throws(SyntaxError) {
        switch target.kind {
        case .name(let n, _):
            storeName(mangle(n), value, target.loc)
        case .attribute(let obj, let attr, _):
            push(value)
            let o = try expr(obj)
            let v = pop()
            emit(.setattr, [o, str(mangle(attr)), v], target.loc)
        case .subscript(let obj, let index, _):
            push(value)
            push(try expr(obj))
            let i = try slice(index)
            let o = pop(), v = pop()
            emit(.setitem, [o, i, v], target.loc)
        case .tuple(let elts, _), .list(let elts, _):
            try unpack(elts, value, target.loc)
        case .starred:
            throw error("starred assignment target must be in a list or tuple", at: target.loc)
        default:
            throw error("cannot assign to \(exprName(target))", at: target.loc)
        }
    }

    func unpack(_ elts: [Expr], _ value: Value, _ at: Loc) throws(SyntaxError) {
        let stars = elts.indices.filter { isStarred(elts[$0]) }
        if stars.count > 1 { throw error("multiple starred expressions in assignment", at: at) }
        let t: Value
        if let s = stars.first {
            let after = elts.count - s - 1
            if s >= 256 || after >= (1 << 24) { throw error("too many expressions in star-unpacking assignment", at: at) }
            t = emit(.unpackEx, [value, .constant(.int(.init(s))), .constant(.int(.init(after)))], at)
        } else {
            t = emit(.unpackSequence, [value, .constant(.int(.init(elts.count)))], at)
        }
        push(t)
        for (k, e) in elts.enumerated() {
            let item = emit(.tupleGetitem, [stack.last!, .constant(.int(.init(k)))], e.loc)
            if case .starred(let inner, _) = e.kind {
                try assign(inner, item)
            } else {
                try assign(e, item)
            }
        }
        _ = pop()
    }

    func augAssign(_ target: Expr, _ op: BinaryOperator, _ value: Expr) throws(SyntaxError) {
        let opcode = OpCode.binary(op, inplace: true)
        let at = loc
        switch target.kind {
        case .name(let n, _):
            push(loadName(mangle(n), target.loc))
            let v = try expr(value)
            let r = emit(opcode, [pop(), v], at)
            storeName(mangle(n), r, target.loc)
        case .attribute(let obj, let attr, _):
            push(try expr(obj))
            push(emit(.getattr, [stack.last!, str(mangle(attr))], target.loc))
            let v = try expr(value)
            let cur = pop()
            let r = emit(opcode, [cur, v], at)
            emit(.setattr, [pop(), str(mangle(attr)), r], target.loc)
        case .subscript(let obj, let index, _):
            push(try expr(obj))
            push(try slice(index))
            push(emit(.getitem, [stack[stack.count - 2], stack[stack.count - 1]], target.loc))
            let v = try expr(value)
            let cur = pop()
            let r = emit(opcode, [cur, v], at)
            let i = pop(), o = pop()
            emit(.setitem, [o, i, r], target.loc)
        default:
            throw error("'\(exprName(target))' is an illegal expression for augmented assignment", at: target.loc)
        }
    }

    func annAssign(_ target: Expr, _ annotation: Expr, _ value: Expr?, _ simple: Bool) throws(SyntaxError) {
        let atModuleOrClass = scope.kind == .module || scope.kind == .classBody
        if let v = value {
            try assign(target, try expr(v))
        } else {
            switch target.kind {
            case .attribute(let obj, _, _):
                _ = try expr(obj)
            case .subscript(let obj, let index, _):
                push(try expr(obj))
                _ = try slice(index)
                _ = pop()
            default:
                break
            }
        }
        guard atModuleOrClass else { return }
        if case .name(let n, _) = target.kind, simple {
            push(try annotationValue(annotation))
            let anns = loadName("__annotations__", target.loc)
            emit(.setitem, [anns, str(mangle(n)), pop()], target.loc)
        } else if !ctx.futureAnnotations {
            _ = try expr(annotation)
        }
    }

    /// An annotation as stored in __annotations__: its value, or its source text under
    /// `from __future__ import annotations`.
    func annotationValue(_ e: Expr) throws(SyntaxError) -> Value {
        if ctx.futureAnnotations { return str(sourceText(e.loc)) }
        return try expr(e)
    }

    func sourceText(_ l: Loc) -> String {
        let src = ctx.source
        guard l.line >= 1, Int(l.endLine) <= src.lineStarts.count else { return "" }
        let start = src.lineStarts[Int(l.line) - 1] + Int(l.col)
        let end = src.lineStarts[Int(l.endLine) - 1] + Int(l.endCol)
        guard start <= end, end <= src.bytes.count else { return "" }
        return String(decoding: src.bytes[start..<end], as: UTF8.self)
    }

    func delete(_ target: Expr) throws(SyntaxError) {
        switch target.kind {
        case .name(let n, _):
            deleteName(mangle(n), target.loc)
        case .attribute(let obj, let attr, _):
            emit(.delattr, [try expr(obj), str(mangle(attr))], target.loc)
        case .subscript(let obj, let index, _):
            push(try expr(obj))
            let i = try slice(index)
            emit(.delitem, [pop(), i], target.loc)
        case .tuple(let elts, _), .list(let elts, _):
            for e in elts { try delete(e) }
        default:
            throw error("cannot delete \(exprName(target))", at: target.loc)
        }
    }

    // MARK: loops

    func loopBody(_ body: [Stmt], breakTo: JoinPoint, continueTo: JoinPoint) throws(SyntaxError) {
        fblocks.append(FBlock(kind: .loop(breakTo: breakTo, continueTo: continueTo), handlerDepth: handlers.count))
        try stmts(body)
        fblocks.removeLast()
        jump(continueTo)
    }

    func forStmt(_ target: Expr, _ iter: Expr, _ body: [Stmt], _ orelse: [Stmt], isAsync: Bool, at: Loc) throws(SyntaxError) {
        if isAsync && !scope.isCoroutine { throw error("'async for' outside async function", at: at) }
        let source = try expr(iter)
        let it = emit(isAsync ? .getAiter : .iter, [source], iter.loc)
        let after = newJoin()
        let itSlot = tempSlot("iter", it)
        let header = newJoin()
        jump(header)
        enter(header)
        let orelseStart = newJoin()
        // CPython reports a failing iteration at the whole statement (so, no carets).
        let item = nextItem(slots[itSlot], isAsync: isAsync, exhausted: orelseStart, at: at)
        try assign(target, item)
        try loopBody(body, breakTo: after, continueTo: header)
        enter(orelseStart)
        freeSlot(itSlot)
        try stmts(orelse)
        jump(after)
        enter(after)
    }

    /// `next(it)` (or, async, `await it.__anext__()`) ending the block: exhaustion jumps
    /// to `exhausted`, other exceptions go to the innermost handler.
    func nextItem(_ it: Value, isAsync: Bool, exhausted: JoinPoint, at: Loc) -> Value {
        let raising: Variable
        if isAsync {
            let awaitable = emit(.getAnext, [it], at)
            raising = Variable()
            current.operations.append(Operation(.yieldFrom, [awaitable], raising, loc: at))
        } else {
            raising = Variable()
            current.operations.append(Operation(.next, [it], raising, loc: at))
        }
        defined.insert(ObjectIdentifier(raising))
        let stop = Link(jumpArgs(exhausted), joinBlock(exhausted), exitCase: .exception(isAsync ? "StopAsyncIteration" : "StopIteration"))
        stop.lastException = Variable("etype")
        stop.lastExcValue = Variable("evalue")
        return splitAfterRaise(to: handlers.last, result: .variable(raising), extraExits: [stop])
    }

    func breakOrContinue(isBreak: Bool, _ at: Loc) throws(SyntaxError) {
        try unwind(toLoop: true, at: at) { b, target throws(SyntaxError) in
            guard case .loop(let breakTo, let continueTo)? = target?.kind else {
                throw b.error(isBreak ? "'break' outside loop" : "'continue' not properly in loop", at: at)
            }
            b.jump(isBreak ? breakTo : continueTo)
        }
    }

    func returnStmt(_ value: Expr?, _ at: Loc) throws(SyntaxError) {
        if !isFunctionLike || scope.kind == .comprehension { throw error("'return' outside function", at: at) }
        if value != nil && scope.isCoroutine && scope.isGenerator {
            throw error("'return' with value in async generator", at: at)
        }
        let v = try value.map { x throws(SyntaxError) in try expr(x) } ?? .none
        // The value waits in a slot while finally bodies run (they start with an empty stack).
        let valueSlot = tempSlot("return", v)
        try unwind(toLoop: false, at: at) { b, _ throws(SyntaxError) in
            guard b.reachable else { return }
            b.current.exits = [Link([b.slots[valueSlot]], b.graph.returnBlock)]
            b.current.exitSwitch = .none
            b.becomeUnreachable()
        }
        freeSlot(valueSlot)
    }

    /// Runs the cleanups of the fblocks being left (innermost first) then `finish`, which
    /// receives the loop reached (or nil). Cleanups compile with their own handler depth.
    func unwind(toLoop: Bool, at: Loc, _ finish: (GraphBuilder, FBlock?) throws(SyntaxError) -> Void) throws(SyntaxError) {
        let savedFBlocks = fblocks
        let savedHandlers = handlers
        var target: FBlock?
        while let top = fblocks.last {
            if toLoop, case .loop = top.kind {
                target = top
                break
            }
            fblocks.removeLast()
            handlers = Array(savedHandlers.prefix(top.handlerDepth))
            try cleanup(top, at: at)
        }
        handlers = Array(savedHandlers.prefix(target?.handlerDepth ?? handlers.count))
        try finish(self, target)
        fblocks = savedFBlocks
        handlers = savedHandlers
    }

    func cleanup(_ fb: FBlock, at: Loc) throws(SyntaxError) {
        switch fb.kind {
        case .loop, .tryExcept:
            break
        case .finallyTry(let body):
            try stmts(body)
        case .finallyEnd(let prevSlot):
            emit(.excRestore, [slots[prevSlot]], at)
        case .with(let exitSlot, let l, let isAsync):
            let r = emit(.simpleCall, [slots[exitSlot], .none, .none, .none], l)
            if isAsync { emit(.yieldFrom, [emit(.getAwaitable, [r], l)], l) }
        case .handlerCleanup(let prevSlot, let name):
            emit(.excRestore, [slots[prevSlot]], at)
            if let n = name { unbind(n, at) }
        }
    }

    /// `name = None; del name`, as at the end of `except E as name`.
    func unbind(_ name: String, _ at: Loc) {
        storeName(mangle(name), .none, at)
        deleteName(mangle(name), at)
    }

    // MARK: try

    func tryFinally(_ final: [Stmt], _ inner: (GraphBuilder) throws(SyntaxError) -> Void) throws(SyntaxError) {
        let end = newJoin()
        let h = Handler(slotCount: slots.count)
        handlers.append(h)
        fblocks.append(FBlock(kind: .finallyTry(final), handlerDepth: handlers.count - 1))
        try inner(self)
        fblocks.removeLast()
        handlers.removeLast()
        try stmts(final)
        jump(end)
        if h.block != nil {
            let (excSlot, prevSlot, cleanup) = beginHandling(h)
            fblocks.append(FBlock(kind: .finallyEnd(prevSlot: prevSlot), handlerDepth: handlers.count - 1))
            try stmts(final)
            fblocks.removeLast()
            if reachable {
                emit(.excRestore, [slots[prevSlot]])
                emit(.reraise, [slots[excSlot]])
            }
            endHandling(excSlot: excSlot, prevSlot: prevSlot, cleanup: cleanup)
        }
        enter(end)
    }

    /// Enters handler `h`'s landing: the exception goes to a slot and becomes the one
    /// being handled; exceptions raised from here on go to a cleanup region that
    /// restores the previous one. Pair with `endHandling`.
    func beginHandling(_ h: Handler) -> (excSlot: Int, prevSlot: Int, cleanup: Handler) {
        let e = enterLanding(h)
        let excSlot = tempSlot("exc", e)
        let prevSlot = tempSlot("prev", emit(.excPush, [e]))
        let cleanup = Handler(slotCount: slots.count)
        handlers.append(cleanup)
        return (excSlot, prevSlot, cleanup)
    }

    /// Closes what `beginHandling` opened: the cleanup region's landing restores the
    /// previously handled exception and lets the new one propagate.
    func endHandling(excSlot: Int, prevSlot: Int, cleanup: Handler) {
        handlers.removeLast()
        if cleanup.block != nil {
            let e = enterLanding(cleanup)
            emit(.excRestore, [slots[prevSlot]])
            emit(.reraise, [e])
        }
        freeSlot(prevSlot)
        freeSlot(excSlot)
    }

    func tryExcept(_ body: [Stmt], _ hs: [ExceptHandler], _ orelse: [Stmt]) throws(SyntaxError) {
        let end = newJoin()
        let h = Handler(slotCount: slots.count)
        handlers.append(h)
        fblocks.append(FBlock(kind: .tryExcept, handlerDepth: handlers.count - 1))
        try stmts(body)
        fblocks.removeLast()
        handlers.removeLast()
        try stmts(orelse)
        jump(end)
        for (k, handler) in hs.enumerated() where handler.type == nil && k != hs.count - 1 {
            throw error("default 'except:' must be last", at: handler.loc)
        }
        guard h.block != nil else {
            // Nothing in the body can raise: the handlers are dead code, compiled for errors.
            try deadHandlers(hs)
            enter(end)
            return
        }
        let (excSlot, prevSlot, cleanup) = beginHandling(h)
        for handler in hs {
            loc = handler.loc
            let next = newJoin()
            if let t = handler.type {
                let tv = try expr(t)
                let m = emit(.excMatch, [slots[excSlot], tv], t.loc)
                let matched = newJoin()
                branch(m, ifFalse: next, ifTrue: matched)
                enter(matched)
            }
            try handlerBody(handler, excSlot: excSlot, prevSlot: prevSlot, end: end)
            enter(next)
        }
        if reachable { emit(.reraise, [slots[excSlot]]) }
        endHandling(excSlot: excSlot, prevSlot: prevSlot, cleanup: cleanup)
        enter(end)
    }

    func handlerBody(_ handler: ExceptHandler, excSlot: Int, prevSlot: Int, end: JoinPoint) throws(SyntaxError) {
        fblocks.append(FBlock(kind: .handlerCleanup(prevSlot: prevSlot, name: handler.name), handlerDepth: handlers.count - 1))
        guard let name = handler.name else {
            try stmts(handler.body)
            fblocks.removeLast()
            if reachable {
                emit(.excRestore, [slots[prevSlot]])
                jump(end)
            }
            return
        }
        storeName(mangle(name), slots[excSlot], handler.loc)
        let unbinding = Handler(slotCount: slots.count)
        handlers.append(unbinding)
        try stmts(handler.body)
        handlers.removeLast()
        fblocks.removeLast()
        if reachable {
            unbind(name, handler.loc)
            emit(.excRestore, [slots[prevSlot]])
            jump(end)
        }
        if unbinding.block != nil {
            push(enterLanding(unbinding))
            unbind(name, handler.loc)
            emit(.reraise, [pop()])
        }
    }

    /// Handlers of a try whose body cannot raise: compiled into unreachable blocks.
    func deadHandlers(_ hs: [ExceptHandler]) throws(SyntaxError) {
        becomeUnreachable()
        let excSlot = tempSlot("exc", .none)
        let prevSlot = tempSlot("prev", .none)
        for handler in hs {
            if let t = handler.type { _ = try expr(t) }
            try handlerBody(handler, excSlot: excSlot, prevSlot: prevSlot, end: newJoin())
            becomeUnreachable()
        }
        freeSlot(prevSlot)
        freeSlot(excSlot)
    }

    // MARK: with

    func withItem(_ items: [WithItem], _ k: Int, _ body: [Stmt], isAsync: Bool, at: Loc) throws(SyntaxError) {
        let item = items[k]
        let l = item.contextExpr.loc
        push(try expr(item.contextExpr))
        push(emit(.withMethod, [stack.last!, str(isAsync ? "__aenter__" : "__enter__")], l))
        let exitFn = emit(.withMethod, [stack[stack.count - 2], str(isAsync ? "__aexit__" : "__exit__")], l)
        let enterFn = pop()
        _ = pop()
        let end = newJoin()
        let exitSlot = tempSlot("exit", exitFn)
        var result = emit(.simpleCall, [enterFn], l)
        if isAsync { result = emit(.yieldFrom, [emit(.getAwaitable, [result], l)], l) }
        let h = Handler(slotCount: slots.count)
        handlers.append(h)
        fblocks.append(FBlock(kind: .with(exitSlot: exitSlot, loc: l, isAsync: isAsync), handlerDepth: handlers.count - 1))
        if let target = item.optionalVars { try assign(target, result) }
        if k + 1 < items.count {
            try withItem(items, k + 1, body, isAsync: isAsync, at: at)
        } else {
            try stmts(body)
        }
        fblocks.removeLast()
        handlers.removeLast()
        if reachable {
            let r = emit(.simpleCall, [slots[exitSlot], .none, .none, .none], l)
            if isAsync { emit(.yieldFrom, [emit(.getAwaitable, [r], l)], l) }
            jump(end)
        }
        if h.block != nil {
            let (excSlot, prevSlot, cleanup) = beginHandling(h)
            push(emit(.type, [slots[excSlot]], l))
            let tb = emit(.getattr, [slots[excSlot], str("__traceback__")], l)
            let etype = pop()
            var r = emit(.simpleCall, [slots[exitSlot], etype, slots[excSlot], tb], l)
            if isAsync { r = emit(.yieldFrom, [emit(.getAwaitable, [r], l)], l) }
            let t = emit(.bool, [r], l)
            let suppress = newJoin(), propagate = newJoin()
            branch(t, ifFalse: propagate, ifTrue: suppress)
            enter(propagate)
            emit(.reraise, [slots[excSlot]], l)
            enter(suppress)
            emit(.excRestore, [slots[prevSlot]], l)
            jump(end)
            endHandling(excSlot: excSlot, prevSlot: prevSlot, cleanup: cleanup)
        }
        freeSlot(exitSlot)
        enter(end)
    }

    // MARK: imports

    func importFrom(_ module: String?, _ names: [Alias], _ level: Int, _ at: Loc) throws(SyntaxError) {
        let fromlist = Constant.tuple(names.map { .string($0.name) })
        let m = emit(.importName, [str(module ?? ""), .constant(fromlist), .constant(.int(.init(level)))], at)
        if names.count == 1 && names[0].name == "*" {
            if scope.kind != .module { throw error("import * only allowed at module level", at: at) }
            emit(.importStar, [m, .none], at)
            return
        }
        push(m)
        for a in names {
            let v = emit(.importFrom, [stack.last!, str(a.name)], at)
            storeName(mangle(a.asname ?? a.name), v, a.loc)
        }
        _ = pop()
    }
}

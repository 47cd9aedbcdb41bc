// Each invariant of checkGraph, broken on purpose: the checker must name the rule.

import Testing
@testable import WeftFlow
import WeftSyntax

private let here = Loc(line: 1, col: 0, endLine: 1, endCol: 1)

/// start(x) -> v = add(x, 1) -> return(v)
private func simpleGraph() -> (Graph, Variable, Variable) {
    let x = Variable("x")
    let start = Block([x])
    let g = Graph(name: "f", startBlock: start)
    let v = Variable()
    start.operations = [Operation(.add, [.variable(x), .constant(.int(1))], v, loc: here)]
    start.exits = [Link([.variable(v)], g.returnBlock)]
    return (g, x, v)
}

private func expectError(_ g: Graph, _ fragment: String) {
    do {
        try checkGraph(g)
        Issue.record("checker accepted a broken graph (expected: \(fragment))")
    } catch {
        #expect(error.message.contains(fragment), "got: \(error.message)")
    }
}

@Suite struct CheckerTests {
    @Test func acceptsWellFormedGraph() throws {
        let (g, _, _) = simpleGraph()
        try checkGraph(g)
    }

    @Test func variableDefinedTwice() {
        let (g, x, _) = simpleGraph()
        g.startBlock.operations.append(Operation(.neg, [.variable(x)], x, loc: here))
        expectError(g, "is defined more than once")
    }

    @Test func variableUsedOutsideItsBlock() {
        let (g, x, _) = simpleGraph()
        let next = Block([Variable()])
        next.exits = [Link([.variable(x)], g.returnBlock)]
        g.startBlock.exits = [Link([.constant(.none)], next)]
        expectError(g, "but not defined there")
    }

    @Test func variableUsedBeforeItsOperation() {
        let (g, x, v) = simpleGraph()
        let w = Variable()
        g.startBlock.operations.insert(Operation(.neg, [.variable(v)], w, loc: here), at: 0)
        _ = x
        expectError(g, "but not defined there")
    }

    @Test func linkArityMustMatchTargetInputs() {
        let (g, x, v) = simpleGraph()
        g.startBlock.exits = [Link([.variable(v), .variable(x)], g.returnBlock)]
        expectError(g, "passes 2 values for 1 inputs")
    }

    @Test func valueSwitchNeedsFalseThenTrue() {
        let (g, x, v) = simpleGraph()
        let b = Variable()
        g.startBlock.operations.append(Operation(.bool, [.variable(v)], b, loc: here))
        g.startBlock.exitSwitch = .value(.variable(b))
        g.startBlock.exits = [Link([.variable(x)], g.returnBlock, exitCase: .bool(true)),
                              Link([.variable(v)], g.returnBlock, exitCase: .bool(true))]
        expectError(g, "needs exits with cases False then True")
    }

    @Test func valueSwitchNeedsTwoExits() {
        let (g, _, v) = simpleGraph()
        g.startBlock.exitSwitch = .value(.variable(v))
        expectError(g, "switches on a value but has 1 exits")
    }

    @Test func exceptionExitsOnlyAfterRaisingOperation() {
        let (g, x, _) = simpleGraph()
        let r = Variable()
        g.startBlock.operations.append(Operation(.is_, [.variable(x), .constant(.none)], r, loc: here))
        g.startBlock.exitSwitch = .lastException
        let exc = Link([.variable(Variable()), .variable(Variable())], g.exceptBlock, exitCase: .exception("BaseException"))
        exc.lastException = exc.args[0].variable
        exc.lastExcValue = exc.args[1].variable
        g.startBlock.exits = [Link([.variable(r)], g.returnBlock), exc]
        expectError(g, "which cannot raise")
    }

    @Test func exceptionSwitchNeedsAnOperation() {
        let start = Block([])
        let g = Graph(name: "f", startBlock: start)
        start.exitSwitch = .lastException
        start.exits = [Link([.constant(.none)], g.returnBlock)]
        expectError(g, "has exception exits but no operations")
    }

    @Test func normalExitComesFirst() {
        let (g, _, v) = simpleGraph()
        g.startBlock.exitSwitch = .lastException
        let exc = Link([.variable(Variable()), .variable(Variable())], g.exceptBlock, exitCase: .exception("BaseException"))
        exc.lastException = exc.args[0].variable
        exc.lastExcValue = exc.args[1].variable
        g.startBlock.exits = [exc, Link([.variable(v)], g.returnBlock)]
        expectError(g, "must be the normal one")
    }

    @Test func exceptionCasesAreUnique() {
        let (g, _, v) = simpleGraph()
        g.startBlock.exitSwitch = .lastException
        var exits = [Link([.variable(v)], g.returnBlock)]
        for _ in 0..<2 {
            let exc = Link([.variable(Variable()), .variable(Variable())], g.exceptBlock, exitCase: .exception("ValueError"))
            exc.lastException = exc.args[0].variable
            exc.lastExcValue = exc.args[1].variable
            exits.append(exc)
        }
        g.startBlock.exits = exits
        expectError(g, "catches ValueError twice")
    }

    @Test func exceptionVariablesOnlyOnExceptionLinks() {
        let (g, _, _) = simpleGraph()
        g.startBlock.exits[0].lastException = Variable()
        expectError(g, "only exception links define exception variables")
    }

    @Test func exceptionLinkNeedsExceptionSwitch() {
        let (g, _, v) = simpleGraph()
        let exc = Link([.variable(v)], g.returnBlock)
        exc.lastException = Variable()
        exc.lastExcValue = Variable()
        g.startBlock.exits = [exc]
        expectError(g, "has an exception link but its last operation is not a raising one")
    }

    @Test func blocksNeedExits() {
        let (g, _, _) = simpleGraph()
        g.startBlock.exits = []
        expectError(g, "has no exits but is not the return or except block")
    }

    @Test func singleExitHasNoCase() {
        let (g, _, _) = simpleGraph()
        g.startBlock.exits[0].exitCase = .bool(true)
        expectError(g, "the single exit of a block must have no exit case")
    }

    @Test func returnBlockIsWellFormed() {
        let (g, _, _) = simpleGraph()
        g.returnBlock.inputArgs.append(Variable())
        expectError(g, "the return block must take one value")
    }

    @Test func exceptBlockIsWellFormed() {
        let (g, _, _) = simpleGraph()
        g.exceptBlock.operations = [Operation(.type, [.constant(.none)], Variable(), loc: here)]
        expectError(g, "the except block must take two values")
    }

    @Test func noUnreachableBlocksAfterCleanup() {
        let (g, _, _) = simpleGraph()
        g.cleanup()
        let orphan = Block([])
        orphan.exits = [Link([.constant(.none)], g.returnBlock)]
        g.registeredBlocks!.append(orphan)
        expectError(g, "is unreachable from the start block")
    }
}

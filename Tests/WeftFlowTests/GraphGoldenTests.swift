// Golden tests: each tests/flow/golden/NAME.py must build into exactly the graphs recorded in
// tests/flow/golden/NAME.graph, pass the checker, and (where Graphviz is installed) give dot
// output that `dot -Tsvg` accepts. After an intended change to graph building, review
// the new output and record it with:
//     for f in tests/flow/golden/*.py; do .build/debug/weft graph $f > ${f%.py}.graph; done

import Foundation
import Testing
@testable import WeftFlow
import WeftSyntax

let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func flowSnippets() -> [String] {
    let dir = packageRoot.appendingPathComponent("tests/flow/golden")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    return names.filter { $0.hasSuffix(".py") }.sorted().map { "tests/flow/golden/" + $0 }
}

func buildSnippet(_ relative: String) throws -> FunctionCode {
    let bytes = try [UInt8](Data(contentsOf: packageRoot.appendingPathComponent(relative)))
    let module = try Parser.parse(path: relative, bytes: bytes)
    return try buildProgram(module)
}

@Suite struct GraphGoldenTests {
    @Test(arguments: flowSnippets())
    func graphMatchesGolden(_ path: String) throws {
        let code = try buildSnippet(path)
        try checkCode(code)
        let text = code.allCodes.map(graphText).joined(separator: "\n")
        let golden = try String(contentsOf: packageRoot.appendingPathComponent(String(path.dropLast(3)) + ".graph"), encoding: .utf8)
        #expect(text == golden)
    }

    @Test(arguments: flowSnippets())
    func dotAcceptsGraph(_ path: String) throws {
        guard let dot = ["/usr/bin/dot", "/usr/local/bin/dot"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            return  // Graphviz is not installed here; CI installs it.
        }
        let code = try buildSnippet(path)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: dot)
        p.arguments = ["-Tsvg", "-o", "/dev/null"]
        let input = Pipe(), errors = Pipe()
        p.standardInput = input
        p.standardError = errors
        try p.run()
        input.fileHandleForWriting.write(Data(graphDot(code.allCodes).utf8))
        input.fileHandleForWriting.closeFile()
        p.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(p.terminationStatus == 0, "dot rejected \(path): \(message)")
    }
}

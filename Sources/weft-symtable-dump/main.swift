// weft-symtable-dump FILE...: the symbol table of each file as symtableDump prints it,
// after a line "== FILE", for tests/parser/symtable_compare.py. A file that CPython's
// compile() would reject prints "ERROR <line> <offset> <end line> <end offset>: <message>"
// instead, with the values of CPython's SyntaxError attributes (end offset None if none).

import WeftSyntax

#if canImport(Glibc)
import Glibc
#endif

func write(_ s: String) {
    var s = s
    s.withUTF8 { b in _ = fwrite(b.baseAddress, 1, b.count, stdout) }
}

for path in CommandLine.arguments.dropFirst() {
    write("== \(path)\n")
    guard let bytes = readFileBytes(path) else {
        write("ERROR 0 0: cannot read file\n")
        continue
    }
    do {
        let module = try Parser.parse(path: path, bytes: bytes)
        let top = try buildSymtable(module)
        try checkCompilerErrors(module)
        write(symtableDump(top))
    } catch {
        let end = error.endCol < 0 ? "None" : String(cpythonOffset(error, error.endCol))
        write("ERROR \(error.line) \(cpythonOffset(error, error.col)) \(error.endLine) \(end): \(error.message)\n")
    }
}
fflush(stdout)

/// A column as CPython's SyntaxError.offset gives it: 1-based, in bytes or characters.
func cpythonOffset(_ e: SyntaxError, _ col: Int) -> Int {
    guard let text = e.sourceLine, col >= 0, !e.byteOffsets else { return col + 1 }
    var bytes = 0, chars = 0
    for s in text.unicodeScalars {
        if bytes >= col { break }
        bytes += String(s).utf8.count
        chars += 1
    }
    return chars + max(0, col - bytes) + 1
}

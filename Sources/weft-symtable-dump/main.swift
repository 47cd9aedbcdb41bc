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

// weft-symtable-dump --nfkc FILE: for scripts/nfkc-check.py, each line of FILE (code points
// in hexadecimal, separated by spaces) normalized by WeftSyntax's nfkc, in the same form.
if CommandLine.arguments.count == 3, CommandLine.arguments[1] == "--nfkc" {
    guard let bytes = readFileBytes(CommandLine.arguments[2]) else {
        write("cannot read \(CommandLine.arguments[2])\n")
        exit(1)
    }
    var out = ""
    for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
        var s = String.UnicodeScalarView()
        for h in line.split(separator: " ") { s.append(Unicode.Scalar(UInt32(h, radix: 16)!)!) }
        out += String(nfkc(String(s)).unicodeScalars.map { String($0.value, radix: 16, uppercase: true) }.joined(separator: " "))
        out += "\n"
        if out.utf8.count > 1 << 16 { write(out); out = "" }
    }
    write(out)
    fflush(stdout)
    exit(0)
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

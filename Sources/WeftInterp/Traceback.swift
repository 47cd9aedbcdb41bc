// Printing an uncaught exception as CPython 3.11 does: chained causes and contexts
// first, then "Traceback (most recent call last):", a frame per entry with its source
// line and the caret line (with ~ and ^ anchors for binary operators and subscripts),
// repeated frames folded, and "Type: message".

import WeftMemory
import WeftSyntax

extension Runtime {
    func printUncaught() {
        let e = raising
        raising = .null
        stdout.flush()
        var seen = Set<UInt>()
        var out = ""
        formatExceptionChain(e, &seen, &out)
        stderr.write(out)
        stderr.flush()
    }

    func formatExceptionChain(_ e: Word, _ seen: inout Set<UInt>, _ out: inout String) {
        seen.insert(e.address)
        guard e.isPointer, ObjectRef(e).layout == LayoutID.exception else {
            out += "\(typeName(e))\n"
            return
        }
        let o = ObjectRef(e)
        let cause = o[ExceptionField.cause], context = o[ExceptionField.context]
        if cause != .none && cause.isPointer && !seen.contains(cause.address) {
            formatExceptionChain(cause, &seen, &out)
            out += "\nThe above exception was the direct cause of the following exception:\n\n"
        } else if o.raw(ExceptionField.suppressContext) == 0 && context != .none && context.isPointer && !seen.contains(context.address) {
            formatExceptionChain(context, &seen, &out)
            out += "\nDuring handling of the above exception, another exception occurred:\n\n"
        }
        formatTraceback(ObjectRef(e)[ExceptionField.traceback], &out)
        out += exceptionLine(e)
    }

    func exceptionLine(_ e: Word) -> String {
        let t = typeOf(e)
        let mod = typeModule(t)
        let qual = StrView(ObjectRef(t)[TypeField.qualname]).string
        let name = mod == "builtins" || mod == "__main__" ? qual : "\(mod).\(qual)"
        let msg = exceptionMessage(e) ?? guestString(e) ?? "<exception str() failed>"
        return msg.isEmpty ? "\(name)\n" : "\(name): \(msg)\n"
    }

    /// str(e) through guest code, at top level only (the interpreter is not running).
    func guestString(_ e: Word) -> String? {
        let f = prelude("_str")
        let k = keep(e)
        defer { release(to: k) }
        guard let code = codes.first(where: { $0.flow.name == "_str" && $0.flow.isLibrary }),
              let frame = newFrame(code, function: f) else { return nil }
        registers(frame)[0] = kept(k)
        let saved = raising
        raising = .null
        let r = runFrame(frame)
        raising = saved
        return r.isNull || kindOf(r) != .str ? nil : StrView(r).string
    }

    func formatTraceback(_ tb0: Word, _ out: inout String) {
        var entries: [(String, Int, String, Int, Int)] = []  // file, line, name, code id, end
        var tb = tb0
        while tb.isPointer && ObjectRef(tb).layout == LayoutID.traceback {
            let t = ObjectRef(tb)
            let code = codes[Int(t.raw(TracebackField.code))]
            if !code.flow.isLibrary {
                entries.append((code.flow.filename, Int(t.raw(TracebackField.line)), code.flow.name, code.id, Int(t.raw(TracebackField.instruction))))
            }
            tb = t[TracebackField.next]
        }
        guard !entries.isEmpty else { return }
        out += "Traceback (most recent call last):\n"
        var last: (String, Int, String)?
        var repeats = 0
        func flushRepeats() {
            if repeats > 3 {
                let n = repeats - 3
                out += "  [Previous line repeated \(n) more time\(n == 1 ? "" : "s")]\n"
            }
        }
        for (file, line, name, codeID, end) in entries {
            if let l = last, l.0 == file, l.1 == line, l.2 == name {
                repeats += 1
                if repeats > 3 { continue }
            } else {
                flushRepeats()
                repeats = 1
                last = (file, line, name)
            }
            out += "  File \"\(file)\", line \(line), in \(name)\n"
            out += sourceLines(file: file, loc: codes[codeID].loc(end: end))
        }
        flushRepeats()
    }

    /// The source line of a traceback entry and its caret line (CPython 3.11's rules).
    func sourceLines(file: String, loc: Loc?) -> String {
        guard let l = loc, let src = sources[file] ?? loadSource(file) else { return "" }
        let line = src.lineText(Int(l.line))
        let stripped = line.trimmingCharacters(in: " \t\u{0C}\n")
        guard !stripped.isEmpty else { return "" }
        var out = "    \(stripped)\n"
        let chars = Array(line.unicodeScalars)
        let leading = chars.prefix { $0 == " " || $0 == "\t" || $0 == "\u{0C}" }.count
        let start = charOffset(line, byteCol: Int(l.col))
        var end: Int
        var anchors: (Int, Int)?
        if l.line == l.endLine {
            end = charOffset(line, byteCol: Int(l.endCol))
            if start < end && end <= chars.count {
                anchors = caretAnchors(String(String.UnicodeScalarView(chars[start..<end])))
            }
        } else {
            end = leading + stripped.unicodeScalars.count
        }
        let hasSecondary = anchors.map { $0.1 - $0.0 > 0 } ?? false
        guard end - start < stripped.unicodeScalars.count || hasSecondary else { return out }
        out += "    " + String(repeating: " ", count: max(0, start - leading))
        if let (left, right) = anchors {
            out += String(repeating: "~", count: left)
            out += String(repeating: "^", count: right - left)
            out += String(repeating: "~", count: max(0, end - start - right))
        } else {
            out += String(repeating: "^", count: max(1, end - start))
        }
        return out + "\n"
    }

    func loadSource(_ file: String) -> SourceFile? {
        guard let bytes = readFileBytes(file), let s = try? SourceFile.decode(path: file, raw: bytes) else { return nil }
        sources[file] = s
        return s
    }

    /// _extract_caret_anchors_from_line_segment: (left end, right start) in characters.
    func caretAnchors(_ segment: String) -> (Int, Int)? {
        guard let module = try? Parser.parse(SourceFile(path: "<segment>", utf8: Array(segment.utf8))),
              module.body.count == 1, case .expr(let e) = module.body[0].kind else { return nil }
        let chars = Array(segment.unicodeScalars)
        func norm(_ byte: Int) -> Int { charOffset(segment, byteCol: byte) }
        func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\n" || c == "\u{0C}" || c == "\r" }
        switch e.kind {
        case .binOp(let left, _, let right):
            let opStart = norm(Int(left.loc.endCol)), opEnd = norm(Int(right.loc.col))
            guard opStart <= opEnd, opEnd <= chars.count else { return nil }
            let opStr = Array(chars[opStart..<opEnd])
            let opOffset = opStr.prefix(while: isSpace).count
            var leftAnchor = Int(left.loc.endCol) + opOffset
            var rightAnchor = leftAnchor + 1
            if opOffset + 1 < opStr.count && !isSpace(opStr[opOffset + 1]) { rightAnchor += 1 }
            while leftAnchor < chars.count && (isSpace(chars[leftAnchor]) || chars[leftAnchor] == ")" || chars[leftAnchor] == "#") {
                leftAnchor += 1
                rightAnchor += 1
            }
            return (norm(leftAnchor), norm(rightAnchor))
        case .subscript(let value, let slice, _):
            var leftAnchor = norm(Int(value.loc.endCol))
            var rightAnchor = norm(Int(slice.loc.endCol) + 1)
            while leftAnchor < chars.count && (isSpace(chars[leftAnchor]) || chars[leftAnchor] != "[") { leftAnchor += 1 }
            while rightAnchor < chars.count && (isSpace(chars[rightAnchor]) || chars[rightAnchor] != "]") { rightAnchor += 1 }
            if rightAnchor < chars.count { rightAnchor += 1 }
            return (leftAnchor, rightAnchor)
        default:
            return nil
        }
    }
}

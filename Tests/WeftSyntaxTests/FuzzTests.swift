// Fuzz smoke test: 1,000 inputs made deterministically (seeded PRNG) from a small corpus
// of Python — mutated, spliced, truncated — plus random bytes, token soup and deep
// nesting. Each must parse or raise a SyntaxError that renders; a crash would kill the
// test runner and a hang would trip the time limit. To find the input that crashed, run
// with WEFT_FUZZ_VERBOSE=1: each input's number and recipe are printed before it is parsed.
// tests/parser/fuzz.py does the same at scale against the `weft` binary.

import Testing
@testable import WeftSyntax

#if canImport(Glibc)
import Glibc
#endif

/// Snippets covering most of the grammar: the mutators below start from these.
private let fuzzCorpus: [String] = [
    """
    import os, sys as system
    from . import a
    from ..pkg.mod import (b as c, d,)

    def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:
        \"\"\"Docstring.\"\"\"
        global g
        x: list[int] = [i * 2 for i in range(10) if i % 2 if i > 3]
        return x[1:2:3], {k: v for k, v in kw.items()}, {*args}

    """,
    """
    class C(Base, metaclass=Meta):
        @property
        @decorator(arg, kw=1)
        def method(self, *, key=None):
            try:
                pass
            except (ValueError, TypeError) as e:
                raise RuntimeError("bad") from e
            else:
                return 1
            finally:
                del self.x

    """,
    """
    async def main():
        async with lock as l, other:
            async for item in aiter():
                await item
        result = [x async for x in gen() if await x]
        return (yield)

    """,
    """
    match command.split():
        case [action]:
            pass
        case [action, obj, *rest] if obj:
            pass
        case Point(x=0, y=0) | Point(x=1):
            pass
        case {"key": value, **others}:
            pass
        case -1 | 1.5 | 2j | -3 + 4j | "text" | b"bytes" | None | True:
            pass
        case (a, b) as pair:
            pass
        case _:
            pass

    """,
    """
    s = f"{name!r:>{width}} and {value=} {x:{y}.{z}f} {{literal}} {'nested' + f'{inner}'}"
    t = rb'\\d+' + b"\\x00\\xff" + u'\\N{BULLET} \\u2603 \\U0001F600 \\101 \\n'
    u = '''multi
    line''' \"\"\"another\"\"\" 'implicit' "concatenation"

    """,
    """
    x = 0x_FF + 0o17 + 0b1010 + 1_000_000 + 3.14e-10 + 1e+308j + .5 + 5. + 0
    y = a if b else c if d else e
    z = lambda a, *b, c=1, **d: (a, b, c, d)
    w = not a and b or c is not d in e not in f < g <= h != i
    v = -a ** ~b // +c @ d % e << f >> g & h | i ^ j

    """,
    """
    while (n := next(it)) is not None:
        if n:
            continue
        elif n < 0:
            break
        else:
            nonlocal_var = 1
    else:
        for i, (j, *k) in enumerate(pairs):
            print(i, j, k, sep='', end="\\n", *args, **kwargs)

    """,
    """
    with (
        open("a") as f,
        open("b") as g,
    ):
        assert f and g, "message"
        a = b = c = d[e] = f.g = (h, i) = [j, *k] = 1
        a += 1; b -= 2; c *= 3; d @= 4; e /= 5; f //= 6; g %= 7; h **= 8
        i &= 9; j |= 10; k ^= 11; l <<= 12; m >>= 13

    """,
    """
    try:
        pass
    except* ValueError as eg:
        pass
    except* (TypeError, KeyError):
        pass

    def g():
        yield from range(3)
        x = yield 1, 2
        return [*a, *b], {**c, 'd': 1}, print(*a, sep='')

    """,
    """
    if True:
    \tx = 1
    \tif x:
    \t\ty = [
    \t\t\t1,  # comment
    \t\t\t2,
    \t\t]
    \\
    z = 1 + \\
        2

    """,
    """
    @dataclass(frozen=True)
    class Point:
        x: int = 0
        y: "int" = field(default=0)

        def __post_init__(self) -> None:
            object.__setattr__(self, "x", abs(self.x))
            print(f"{self.x:08.3f}|{self.y!s:^{10}}|{self!a}")

    """,
    """
    é = 'unicode identifiers'
    日本 = "名前"
    Ω = {'κλειδί': [1, 2, 3]}[...]
    print(é, 日本, Ω, sep='\\t')

    """,
]

/// Tokens and fragments that stress the tokenizer when inserted anywhere.
private let fuzzFragments: [String] = [
    "(", ")", "[", "]", "{", "}", "\"\"\"", "'''", "'", "\"", "\\", "\\\n", "\t", "\r", "\r\n", "\n",
    "\n    ", "\n\t", "\u{0C}", " ", ":", ",", ";", "=", ":=", "==", "**", "*", "@", "->", "...", ".",
    "#", "f'", "f\"{", "rb'", "u'", "br\"", "{x!r:>{w}}", "{", "}}", "lambda", "lambda:", "match", "case",
    "if", "else", "elif", "for", "in", "async", "await", "yield", "not", "is", "def", "class", "return",
    "try:", "except", "with", "global", "del", "import", "from", "0x", "0o8", "1e", "1_", "0b2", "09",
    "1.2.3", "1j", "é", "\u{2028}", "\u{FEFF}", "\u{200B}", "$", "?", "!", "`", "\\N{", "\\N{BULLET}",
    "\\x", "\\u12", "\\777", "\0", "\u{7F}", "<>", "!=", "->", "**=", "//=", ">>=", "_", "__debug__",
]

/// One generated input and how it was made.
private struct FuzzInput {
    let recipe: String
    let bytes: [UInt8]
}

/// The inputs, the same on every run.
private func fuzzInputs(count: Int, seed: UInt64) -> [FuzzInput] {
    var rng = SplitMix64(seed: seed)
    let corpus = fuzzCorpus.map { Array($0.utf8) }
    var inputs: [FuzzInput] = []
    inputs.reserveCapacity(count)
    for k in 0..<count {
        switch k % 10 {
        case 0:
            let n = Int.random(in: 0...2000, using: &rng)
            inputs.append(FuzzInput(recipe: "random bytes (\(n))",
                                    bytes: (0..<n).map { _ in UInt8.random(in: 0...255, using: &rng) }))
        case 1:
            let n = Int.random(in: 1...200, using: &rng)
            var s = ""
            for _ in 0..<n { s += fuzzFragments.randomElement(using: &rng)! }
            inputs.append(FuzzInput(recipe: "token soup (\(n))", bytes: Array(s.utf8)))
        case 2:
            inputs.append(deepNesting(&rng))
        case 3:
            let a = corpus.randomElement(using: &rng)!, b = corpus.randomElement(using: &rng)!
            let cut1 = Int.random(in: 0...a.count, using: &rng), cut2 = Int.random(in: 0...b.count, using: &rng)
            inputs.append(FuzzInput(recipe: "splice", bytes: Array(a[..<cut1] + b[cut2...])))
        default:
            let base = Int.random(in: 0..<corpus.count, using: &rng)
            var bytes = corpus[base]
            var recipe = "corpus[\(base)]"
            for _ in 0..<Int.random(in: 1...4, using: &rng) {
                recipe += " " + mutate(&bytes, &rng)
            }
            inputs.append(FuzzInput(recipe: recipe, bytes: bytes))
        }
    }
    return inputs
}

/// Applies one random mutation to `b`; returns its name.
private func mutate(_ b: inout [UInt8], _ rng: inout SplitMix64) -> String {
    func at() -> Int { Int.random(in: 0...b.count, using: &rng) }
    switch Int.random(in: 0..<9, using: &rng) {
    case 0:
        guard !b.isEmpty else { return "flip(empty)" }
        for _ in 0..<Int.random(in: 1...8, using: &rng) {
            b[Int.random(in: 0..<b.count, using: &rng)] ^= UInt8(1 << Int.random(in: 0..<8, using: &rng))
        }
        return "flip"
    case 1:
        let i = at()
        b.insert(contentsOf: (0..<Int.random(in: 1...16, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }, at: i)
        return "insert-bytes@\(i)"
    case 2:
        let i = at(), j = min(b.count, i + Int.random(in: 1...64, using: &rng))
        b.removeSubrange(i..<j)
        return "delete@\(i)..<\(j)"
    case 3, 4:
        for _ in 0..<Int.random(in: 1...6, using: &rng) {
            b.insert(contentsOf: Array(fuzzFragments.randomElement(using: &rng)!.utf8), at: at())
        }
        return "insert-tokens"
    case 5:
        let i = at()
        b.removeSubrange(i...)
        return "truncate@\(i)"
    case 6:
        var lines = b.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        let i = Int.random(in: 0..<lines.count, using: &rng)
        let times = Int.random(in: 1...5, using: &rng)
        lines.insert(contentsOf: repeatElement(lines[i], count: times), at: i)
        b = Array(lines.joined(separator: [0x0A]))
        return "duplicate-line\(i)x\(times)"
    case 7:
        var lines = b.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        let i = Int.random(in: 0..<lines.count, using: &rng), j = Int.random(in: 0..<lines.count, using: &rng)
        lines.swapAt(i, j)
        b = Array(lines.joined(separator: [0x0A]))
        return "swap-lines\(i),\(j)"
    default:
        var lines = b.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        let i = Int.random(in: 0..<lines.count, using: &rng)
        let indent: [UInt8] = [[0x20], [0x09], [0x20, 0x20, 0x20, 0x20], [0x0C]].randomElement(using: &rng)!
        if Bool.random(using: &rng) || lines[i].isEmpty { lines[i] = indent + lines[i] } else { lines[i].removeFirst() }
        return "reindent-line\(i)"
    }
}

/// Nesting of random kinds and depth, valid or not: brackets, operators, lambdas,
/// conditionals, attribute chains, f-strings, blocks.
private func deepNesting(_ rng: inout SplitMix64) -> FuzzInput {
    let depth = Int.random(in: 50...3000, using: &rng)
    let openers = ["(", "[", "{", "-", "not ", "~", "lambda: ", "a if b else ", "await ", "*", "f(", "a[", "{a: ",
                   "(yield ", "[x for x in ", "a.", "**", "+", "f'{"]
    let closers = [")", "]", "}", "", "", "", "", "", "", "", ")", "]", "}", ")", "]", "", "", "", "}'"]
    var open = "", close = ""
    let mixed = Bool.random(using: &rng)
    let single = Int.random(in: 0..<openers.count, using: &rng)
    for _ in 0..<depth {
        let k = mixed ? Int.random(in: 0..<openers.count, using: &rng) : single
        open += openers[k]
        close = closers[k] + close
    }
    if Int.random(in: 0..<4, using: &rng) == 0 {
        // Blocks instead: one more level of indentation per line.
        var s = ""
        for i in 0..<min(depth, 300) { s += String(repeating: " ", count: i) + ["if a:", "for x in y:", "def f():", "class C:", "while 1:", "with a:", "try:"][i % 7] + "\n" }
        return FuzzInput(recipe: "deep blocks (\(min(depth, 300)))", bytes: Array((s + String(repeating: " ", count: min(depth, 300)) + "pass\n").utf8))
    }
    let body = open + "a" + (Bool.random(using: &rng) ? close : String(close.dropLast(Int.random(in: 0...5, using: &rng))))
    return FuzzInput(recipe: "deep nesting (\(depth), \(mixed ? "mixed" : openers[single]))", bytes: Array((body + "\n").utf8))
}

@Suite struct FuzzTests {
    @Test(.timeLimit(.minutes(1)))
    func thousandInputsParseOrFailCleanly() {
        let inputs = fuzzInputs(count: 1000, seed: 0x00C0_FFEE)
        let verbose = getenv("WEFT_FUZZ_VERBOSE") != nil
        var parsed = 0, rejected = 0
        for (k, input) in inputs.enumerated() {
            if verbose {
                fputs("fuzz input \(k): \(input.recipe)\n", stderr)
                fflush(stderr)
            }
            do {
                let file = try SourceFile.decode(path: "fuzz.py", raw: input.bytes)
                let module = try Parser.parse(file)
                #expect(astDump(module).hasPrefix("Module(body=["), "input \(k): \(input.recipe)")
                parsed += 1
            } catch {
                let text = error.render()
                #expect(text.hasSuffix("\(error.kind.rawValue): \(error.message)\n"), "input \(k): \(input.recipe)")
                #expect(error.line >= 0 && (error.line == 0 || text.hasPrefix("  File \"fuzz.py\", line \(error.line)\n")),
                        "input \(k): \(input.recipe)")
                rejected += 1
            }
        }
        if verbose { fputs("fuzz: \(parsed) parsed, \(rejected) rejected cleanly\n", stderr) }
        #expect(parsed + rejected == 1000)
        // Some of each: the generator must not degenerate into all-valid or all-invalid input.
        #expect(parsed > 20 && rejected > 500, "parsed \(parsed), rejected \(rejected)")
    }

    /// The corpus itself is valid Python (CPython 3.11 parses every snippet too).
    @Test(arguments: fuzzCorpus.indices)
    func corpusParses(index: Int) throws {
        let file = try SourceFile.decode(path: "corpus.py", raw: Array(fuzzCorpus[index].utf8))
        _ = try Parser.parse(file)
    }

    @Test func inputsAreDeterministic() {
        let a = fuzzInputs(count: 50, seed: 7), b = fuzzInputs(count: 50, seed: 7)
        #expect(a.map(\.bytes) == b.map(\.bytes))
    }
}

// NFKC normalization of identifiers (Normalization.swift): a few cases recorded from
// CPython 3.11.7 (Unicode 14.0.0) with
//     unicodedata.normalize('NFKC', s)
// The whole of Unicode is checked against CPython by scripts/nfkc-check.py.

import Testing
import WeftSyntax

let nfkcCases: [(String, String)] = [
    ("x", "x"),
    ("abc_123", "abc_123"),
    ("\u{FB01}", "fi"),
    ("\u{FF46}\u{FF4F}\u{FF4F}", "foo"),
    ("\u{210C}", "H"),
    ("cafe\u{301}", "caf\u{E9}"),
    ("caf\u{E9}", "caf\u{E9}"),
    ("\u{1100}\u{1161}\u{11A8}", "\u{AC01}"),
    ("\u{1112}\u{1161}\u{11AB}\u{1100}\u{1173}\u{11AF}", "\u{D55C}\u{AE00}"),
    ("\u{AC00}\u{11A8}", "\u{AC01}"),
    ("\u{1D431}", "x"),
    ("\u{2168}", "IX"),
    ("\u{AA}\u{BA}", "ao"),
    ("\u{17F}tate", "state"),
    ("a\u{323}\u{302}", "\u{1EAD}"),
    ("a\u{302}\u{323}", "\u{1EAD}"),
    ("\u{1E69}\u{323}", "\u{1E69}\u{323}"),
    ("\u{344}", "\u{308}\u{301}"),
    ("\u{958}", "\u{915}\u{93C}"),
    ("\u{FDFA}", "\u{635}\u{644}\u{649} \u{627}\u{644}\u{644}\u{647} \u{639}\u{644}\u{64A}\u{647} \u{648}\u{633}\u{644}\u{645}"),
    ("\u{3250}", "PTE"),
    ("\u{1C4}", "D\u{17D}"),
    ("\u{B47}\u{300}\u{B3E}", "\u{B47}\u{300}\u{B3E}"),
    ("\u{E33}", "\u{E4D}\u{E32}"),
    ("\u{1D15}e", "\u{1D15}e"),
    ("\u{1D15E}\u{301}", "\u{1D157}\u{1D165}\u{301}"),
    ("\u{301}a", "\u{301}a"),
    ("\u{C5}\u{30A}", "\u{C5}\u{30A}"),
]

@Suite struct NormalizationTests {
    @Test(arguments: nfkcCases)
    func nfkcMatchesCPython(source: String, expected: String) {
        #expect(Array(nfkc(source).unicodeScalars) == Array(expected.unicodeScalars))
    }
}

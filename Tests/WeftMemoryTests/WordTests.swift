// The value encoding: every kind of Word round-trips and is told apart from the others.

import Testing
@testable import WeftMemory

@Suite struct WordTests {
    @Test func smallInts() {
        for v in [0, 1, -1, 42, -42, Word.maxSmallInt, Word.minSmallInt, 1 << 40, -(1 << 40)] {
            #expect(Word.fitsSmallInt(v))
            let w = Word.smallInt(v)
            #expect(w.isSmallInt && !w.isPointer && !w.isFlonum && !w.isSpecial)
            #expect(w.smallIntValue == v)
        }
        #expect(!Word.fitsSmallInt(Word.maxSmallInt + 1))
        #expect(!Word.fitsSmallInt(Word.minSmallInt - 1))
    }

    @Test func flonumsRoundTrip() {
        let values: [Double] = [0.0, 1.0, -1.0, 0.1, 3.141592653589793, 1e70, -1e-70, 2.5e-70, 6.02e23, 1e-5]
        for d in values {
            guard let w = Word.flonum(d) else { Issue.record("\(d) should be a flonum"); continue }
            #expect(w.isFlonum && !w.isSmallInt && !w.isPointer && !w.isSpecial && !w.isNull)
            #expect(w.flonumValue.bitPattern == d.bitPattern)
        }
    }

    @Test func doublesOutsideTheRangeAreBoxed() {
        for d in [Double.infinity, -Double.infinity, Double.nan, -0.0, 1e100, 1e300, 1e-300, Double.leastNonzeroMagnitude] {
            #expect(Word.flonum(d) == nil, "\(d)")
        }
    }

    @Test func specialsArePairwiseDistinct() {
        let all: [Word] = [.null, .none, .false, .true, .notImplemented, .ellipsis]
        #expect(Set(all).count == all.count)
        for w in all.dropFirst() { #expect(w.isSpecial && !w.isPointer && !w.isSmallInt && !w.isFlonum) }
        #expect(Word.true.isBool && Word.false.isBool && !Word.none.isBool)
        #expect(Word.null.isNull && !Word.null.isPointer)
    }
}

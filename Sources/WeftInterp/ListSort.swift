// list.sort: CPython 3.11's timsort (Objects/listobject.c: count_run, binarysort,
// galloping merges, the powersort merge policy), so that the comparisons made — and so
// the results for inconsistent orders (NaN) and the pair named when two values cannot
// be ordered — are CPython's. The comparator works on Words without allocating, so
// nothing moves during a sort; when it meets values whose `<` is guest code it gives up
// and the prelude sorts instead (`_list_sort`).

import WeftMemory

/// Why a native sort stopped.
enum SortAbort: Error {
    case guest                      // a comparison needs guest code
    case unorderable(Word, Word)    // `a < b` raises TypeError (built-in types only)
}

struct TimSort {
    var keys: [Word]
    var values: [Word]?             // the items, when keys come from a key function
    let lessThan: (Word, Word) throws(SortAbort) -> Bool

    private var minGallop = 7
    private var pending: [(base: Int, len: Int, power: Int)] = []
    private var n = 0

    init(keys: [Word], values: [Word]?, lessThan: @escaping (Word, Word) throws(SortAbort) -> Bool) {
        self.keys = keys
        self.values = values
        self.lessThan = lessThan
    }

    @inline(__always) private func lt(_ a: Word, _ b: Word) throws(SortAbort) -> Bool { try lessThan(a, b) }

    private mutating func swapAt(_ i: Int, _ j: Int) {
        keys.swapAt(i, j)
        values?.swapAt(i, j)
    }

    private mutating func moveValue(_ from: Int, _ to: Int) {
        if values != nil {
            let v = values![from]
            values![to] = v
        }
    }

    private mutating func reverse(_ lo: Int, _ hi: Int) {
        var a = lo, b = hi - 1
        while a < b { swapAt(a, b); a += 1; b -= 1 }
    }

    /// binarysort: [lo, start) is sorted; insert the rest one by one.
    private mutating func binarySort(_ lo: Int, _ hi: Int, _ start0: Int) throws(SortAbort) {
        var start = start0
        if lo == start { start += 1 }
        while start < hi {
            var l = lo, r = start
            let pivot = keys[r]
            let pivotValue = values?[r]
            repeat {
                let p = l + ((r - l) >> 1)
                if try lt(pivot, keys[p]) { r = p } else { l = p + 1 }
            } while l < r
            var p = start
            while p > l { keys[p] = keys[p - 1]; p -= 1 }
            keys[l] = pivot
            if values != nil {
                p = start
                while p > l { values![p] = values![p - 1]; p -= 1 }
                values![l] = pivotValue!
            }
            start += 1
        }
    }

    /// count_run: the length of the run at lo, and whether it is strictly descending.
    private func countRun(_ lo0: Int, _ hi: Int) throws(SortAbort) -> (Int, Bool) {
        var lo = lo0 + 1
        if lo == hi { return (1, false) }
        var n = 2
        if try lt(keys[lo], keys[lo - 1]) {
            lo += 1
            while lo < hi {
                if try lt(keys[lo], keys[lo - 1]) { lo += 1; n += 1 } else { break }
            }
            return (n, true)
        }
        lo += 1
        while lo < hi {
            if try lt(keys[lo], keys[lo - 1]) { break }
            lo += 1
            n += 1
        }
        return (n, false)
    }

    /// gallop_left over keys[a ..< a+n] (as the C code's pointer a), from `hint`.
    private func gallopLeft(_ key: Word, _ a: Int, _ n: Int, _ hint: Int, in arr: [Word]) throws(SortAbort) -> Int {
        var lastofs = 0, ofs = 1
        let base = a + hint
        if try lt(arr[base], key) {
            let maxofs = n - hint
            while ofs < maxofs {
                if try lt(arr[base + ofs], key) {
                    lastofs = ofs
                    ofs = (ofs << 1) + 1
                } else { break }
            }
            if ofs > maxofs { ofs = maxofs }
            lastofs += hint
            ofs += hint
        } else {
            let maxofs = hint + 1
            while ofs < maxofs {
                if try lt(arr[base - ofs], key) { break }
                lastofs = ofs
                ofs = (ofs << 1) + 1
            }
            if ofs > maxofs { ofs = maxofs }
            let k = lastofs
            lastofs = hint - ofs
            ofs = hint - k
        }
        lastofs += 1
        while lastofs < ofs {
            let m = lastofs + ((ofs - lastofs) >> 1)
            if try lt(arr[a + m], key) { lastofs = m + 1 } else { ofs = m }
        }
        return ofs
    }

    private func gallopRight(_ key: Word, _ a: Int, _ n: Int, _ hint: Int, in arr: [Word]) throws(SortAbort) -> Int {
        var lastofs = 0, ofs = 1
        let base = a + hint
        if try lt(key, arr[base]) {
            let maxofs = hint + 1
            while ofs < maxofs {
                if try lt(key, arr[base - ofs]) {
                    lastofs = ofs
                    ofs = (ofs << 1) + 1
                } else { break }
            }
            if ofs > maxofs { ofs = maxofs }
            let k = lastofs
            lastofs = hint - ofs
            ofs = hint - k
        } else {
            let maxofs = n - hint
            while ofs < maxofs {
                if try lt(key, arr[base + ofs]) { break }
                lastofs = ofs
                ofs = (ofs << 1) + 1
            }
            if ofs > maxofs { ofs = maxofs }
            lastofs += hint
            ofs += hint
        }
        lastofs += 1
        while lastofs < ofs {
            let m = lastofs + ((ofs - lastofs) >> 1)
            if try lt(key, arr[a + m]) { ofs = m } else { lastofs = m + 1 }
        }
        return ofs
    }

    /// merge_lo: na <= nb; a's run is copied out, merged from the left.
    private mutating func mergeLo(_ pa0: Int, _ na0: Int, _ pb0: Int, _ nb0: Int) throws(SortAbort) {
        var na = na0, nb = nb0
        let tmpK = Array(keys[pa0 ..< pa0 + na])
        let tmpV = values.map { Array($0[pa0 ..< pa0 + na]) }
        var dest = pa0, pa = 0, pb = pb0
        var failure: SortAbort?
        func copyB() { keys[dest] = keys[pb]; moveValue(pb, dest); dest += 1; pb += 1 }
        func copyA() { keys[dest] = tmpK[pa]; values?[dest] = tmpV![pa]; dest += 1; pa += 1 }
        // On any exit, the rest of a goes after what was merged (CPython's Fail/Succeed).
        func finish() {
            for _ in 0..<na { keys[dest] = tmpK[pa]; values?[dest] = tmpV![pa]; dest += 1; pa += 1 }
        }
        copyB(); nb -= 1
        if nb == 0 { finish(); return }
        if na == 1 {
            // CopyB: the rest of b, then the last of a.
            for _ in 0..<nb { copyB() }
            copyA()
            return
        }
        var minGallop = self.minGallop
        outer: while true {
            var acount = 0, bcount = 0
            do {
                while true {
                    if try lt(keys[pb], tmpK[pa]) {
                        copyB(); bcount += 1; acount = 0; nb -= 1
                        if nb == 0 { break outer }
                        if bcount >= minGallop { break }
                    } else {
                        copyA(); acount += 1; bcount = 0; na -= 1
                        if na == 1 { for _ in 0..<nb { copyB() }; copyA(); return }
                        if acount >= minGallop { break }
                    }
                }
                minGallop += 1
                repeat {
                    minGallop -= minGallop > 1 ? 1 : 0
                    self.minGallop = minGallop
                    var k = try gallopRight(keys[pb], pa, na, 0, in: tmpK)
                    acount = k
                    if k > 0 {
                        for _ in 0..<k { copyA() }
                        na -= k
                        if na == 1 { for _ in 0..<nb { copyB() }; copyA(); return }
                        if na == 0 { break outer }
                    }
                    copyB(); nb -= 1
                    if nb == 0 { break outer }
                    k = try gallopLeft(tmpK[pa], pb, nb, 0, in: keys)
                    bcount = k
                    if k > 0 {
                        for _ in 0..<k { copyB() }
                        nb -= k
                        if nb == 0 { break outer }
                    }
                    copyA(); na -= 1
                    if na == 1 { for _ in 0..<nb { copyB() }; copyA(); return }
                } while acount >= 7 || bcount >= 7
                minGallop += 1
                self.minGallop = minGallop
            } catch {
                failure = error
                break outer
            }
        }
        finish()
        if let f = failure { throw f }
    }

    /// merge_hi: na >= nb; b's run is copied out, merged from the right.
    private mutating func mergeHi(_ pa0: Int, _ na0: Int, _ pb0: Int, _ nb0: Int) throws(SortAbort) {
        var na = na0, nb = nb0
        let tmpK = Array(keys[pb0 ..< pb0 + nb])
        let tmpV = values.map { Array($0[pb0 ..< pb0 + nb]) }
        var dest = pb0 + nb - 1
        var pa = pa0 + na - 1          // last of a (in keys)
        var pb = nb - 1                // last of b (in tmp)
        let basea = pa0
        var failure: SortAbort?
        func copyA() { keys[dest] = keys[pa]; moveValue(pa, dest); dest -= 1; pa -= 1 }
        func copyB() { keys[dest] = tmpK[pb]; values?[dest] = tmpV![pb]; dest -= 1; pb -= 1 }
        // Fail/Succeed: what is left of b goes just before dest+1.
        func finish() {
            if nb > 0 {
                let start = dest - (nb - 1)
                for j in 0..<nb { keys[start + j] = tmpK[j]; values?[start + j] = tmpV![j] }
            }
        }
        // CopyA: the rest of a moves right by one; the first of b goes in front.
        func copyRestA() {
            let startDest = dest - na + 1
            let startA = pa - na + 1
            var j = na - 1
            while j >= 0 { keys[startDest + j] = keys[startA + j]; moveValue(startA + j, startDest + j); j -= 1 }
            dest = startDest - 1
            keys[dest] = tmpK[pb]; values?[dest] = tmpV![pb]
        }
        copyA(); na -= 1
        if na == 0 { finish(); return }
        if nb == 1 { copyRestA(); return }
        var minGallop = self.minGallop
        outer: while true {
            var acount = 0, bcount = 0
            do {
                while true {
                    if try lt(tmpK[pb], keys[pa]) {
                        copyA(); acount += 1; bcount = 0; na -= 1
                        if na == 0 { break outer }
                        if acount >= minGallop { break }
                    } else {
                        copyB(); bcount += 1; acount = 0; nb -= 1
                        if nb == 1 { copyRestA(); return }
                        if bcount >= minGallop { break }
                    }
                }
                minGallop += 1
                repeat {
                    minGallop -= minGallop > 1 ? 1 : 0
                    self.minGallop = minGallop
                    var k = try gallopRight(tmpK[pb], basea, na, na - 1, in: keys)
                    k = na - k
                    acount = k
                    if k > 0 {
                        for _ in 0..<k { copyA() }
                        na -= k
                        if na == 0 { break outer }
                    }
                    copyB(); nb -= 1
                    if nb == 1 { copyRestA(); return }
                    k = try gallopLeft(keys[pa], 0, nb, nb - 1, in: tmpK)
                    k = nb - k
                    bcount = k
                    if k > 0 {
                        for _ in 0..<k { copyB() }
                        nb -= k
                        if nb == 1 { copyRestA(); return }
                        if nb == 0 { break outer }
                    }
                    copyA(); na -= 1
                    if na == 0 { break outer }
                } while acount >= 7 || bcount >= 7
                minGallop += 1
                self.minGallop = minGallop
            } catch {
                failure = error
                break outer
            }
        }
        finish()
        if let f = failure { throw f }
    }

    /// merge_at: merges runs i and i+1 of the pending stack.
    private mutating func mergeAt(_ i: Int) throws(SortAbort) {
        var pa = pending[i].base, na = pending[i].len
        let pb = pending[i + 1].base
        var nb = pending[i + 1].len
        pending[i].len = na + nb
        if i == pending.count - 3 { pending[i + 1] = pending[i + 2] }
        pending.removeLast()
        let k = try gallopRight(keys[pb], pa, na, 0, in: keys)
        pa += k
        na -= k
        if na == 0 { return }
        nb = try gallopLeft(keys[pa + na - 1], pb, nb, nb - 1, in: keys)
        if nb <= 0 { return }
        if na <= nb { try mergeLo(pa, na, pb, nb) } else { try mergeHi(pa, na, pb, nb) }
    }

    private static func powerloop(_ s1: Int, _ n1: Int, _ n2: Int, _ n: Int) -> Int {
        var result = 0
        var a = 2 * s1 + n1
        var b = a + n1 + n2
        while true {
            result += 1
            if a >= n { a -= n; b -= n } else if b >= n { break }
            a <<= 1
            b <<= 1
        }
        return result
    }

    private mutating func foundNewRun(_ n2: Int) throws(SortAbort) {
        guard let top = pending.last else { return }
        let power = TimSort.powerloop(top.base, top.len, n2, n)
        while pending.count > 1 && pending[pending.count - 2].power > power {
            try mergeAt(pending.count - 2)
        }
        pending[pending.count - 1].power = power
    }

    private mutating func forceCollapse() throws(SortAbort) {
        while pending.count > 1 {
            var i = pending.count - 2
            if i > 0 && pending[i - 1].len < pending[i + 1].len { i -= 1 }
            try mergeAt(i)
        }
    }

    private static func minrun(_ n0: Int) -> Int {
        var n = n0, r = 0
        while n >= 64 { r |= n & 1; n >>= 1 }
        return n + r
    }

    /// Sorts keys (and values along). On an abort, keys and values hold a permutation
    /// of the input, as CPython's list does after a failed sort.
    mutating func sort() throws(SortAbort) {
        n = keys.count
        var remaining = n
        if remaining < 2 { return }
        let minrun = TimSort.minrun(remaining)
        var lo = 0
        repeat {
            var (run, descending) = try countRun(lo, lo + remaining)
            if descending { reverse(lo, lo + run) }
            if run < minrun {
                let force = remaining <= minrun ? remaining : minrun
                try binarySort(lo, lo + force, lo + run)
                run = force
            }
            try foundNewRun(run)
            pending.append((lo, run, 0))
            lo += run
            remaining -= run
        } while remaining > 0
        try forceCollapse()
    }
}

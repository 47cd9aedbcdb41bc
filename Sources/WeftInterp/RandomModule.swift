// _weft_random: the native core of the random module (Library/Random.swift holds the
// Python part, after CPython's random.py). CPython's _random generator exactly: the
// Mersenne Twister MT19937 with init_by_array seeding from the 32-bit chunks of
// abs(seed), random() from two 32-bit outputs (53 bits), getrandbits(k) from 32-bit
// words least significant first; seeding from a str or bytes uses SHA-512 as
// random.seed(version=2) does. A generator's state is a list of 625 small ints
// (mt[0..623], then the index), mutated in place: no allocation while generating.

import BigInt
import WeftMemory

#if canImport(Glibc)
import Glibc
#endif

/// The state list of a generator, read and written in place.
struct MersenneTwister {
    static let n = 624, m = 397
    let items: ObjectRef        // the list's values array

    @inline(__always) subscript(i: Int) -> UInt32 {
        get { UInt32(truncatingIfNeeded: items[ArrayField.fixedWords + i].smallIntValue) }
        nonmutating set { items[ArrayField.fixedWords + i] = .smallInt(Int(newValue)) }
    }

    var index: Int {
        get { items[ArrayField.fixedWords + MersenneTwister.n].smallIntValue }
        nonmutating set { items[ArrayField.fixedWords + MersenneTwister.n] = .smallInt(newValue) }
    }

    func initGenrand(_ s: UInt32) {
        self[0] = s
        var prev = s
        for i in 1..<MersenneTwister.n {
            prev = 1812433253 &* (prev ^ (prev >> 30)) &+ UInt32(i)
            self[i] = prev
        }
        index = MersenneTwister.n
    }

    func initByArray(_ key: [UInt32]) {
        let n = MersenneTwister.n
        initGenrand(19650218)
        var i = 1, j = 0
        var k = max(n, key.count)
        while k > 0 {
            self[i] = (self[i] ^ ((self[i - 1] ^ (self[i - 1] >> 30)) &* 1664525)) &+ key[j] &+ UInt32(truncatingIfNeeded: j)
            i += 1; j += 1
            if i >= n { self[0] = self[n - 1]; i = 1 }
            if j >= key.count { j = 0 }
            k -= 1
        }
        k = n - 1
        while k > 0 {
            self[i] = (self[i] ^ ((self[i - 1] ^ (self[i - 1] >> 30)) &* 1566083941)) &- UInt32(i)
            i += 1
            if i >= n { self[0] = self[n - 1]; i = 1 }
            k -= 1
        }
        self[0] = 0x8000_0000
    }

    func next() -> UInt32 {
        let n = MersenneTwister.n, m = MersenneTwister.m
        if index >= n {
            func twist(_ kk: Int, _ other: Int) {
                let y = (self[kk] & 0x8000_0000) | (self[(kk + 1) % n] & 0x7fff_ffff)
                self[kk] = self[other] ^ (y >> 1) ^ (y & 1 == 1 ? 0x9908_b0df : 0)
            }
            for kk in 0..<(n - m) { twist(kk, kk + m) }
            for kk in (n - m)..<(n - 1) { twist(kk, kk + m - n) }
            twist(n - 1, m - 1)
            index = 0
        }
        var y = self[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c_5680
        y ^= (y << 15) & 0xefc6_0000
        y ^= y >> 18
        return y
    }
}

extension Runtime {
    func registerRandomModule() {
        builtinModuleMakers["_weft_random"] = { rt in rt.makeRandomCore() }
    }

    /// getrandbits(k): 32-bit outputs, least significant word first.
    func randomBits(_ mt: MersenneTwister, _ kw: Word) -> Word {
        guard let kb = exactIndex(kw) else {
            return raise(types.typeError, "'\(typeName(kw))' object cannot be interpreted as an integer")
        }
        if kb.sign == .minus { return raise(types.valueError, "number of bits must be non-negative") }
        guard var k = Int(exactly: kb), k <= Int(Int32.max) else {
            return raise(types.overflowError, "Python int too large to convert to C int")
        }
        if k == 0 { return .smallInt(0) }
        if k <= 32 { return .smallInt(Int(mt.next() >> UInt32(32 - k))) }
        var words: [UInt] = []
        var half: UInt32? = nil
        while k > 0 {
            var r = mt.next()
            if k < 32 { r >>= UInt32(32 - k) }
            if let lo = half { words.append(UInt(lo) | UInt(r) << 32); half = nil } else { half = r }
            k -= 32
        }
        if let lo = half { words.append(UInt(lo)) }
        return newInt(BigInt(BigUInt(words: words))) ?? .null
    }

    /// The generator state in `w`, if it is one (a list of 625 small ints).
    func mersenneTwister(_ w: Word) -> MersenneTwister? {
        guard kindOf(w) == .list, ListView(w).count == MersenneTwister.n + 1 else {
            raise(types.typeError, "invalid random generator state")
            return nil
        }
        return MersenneTwister(items: ListView(w).items)
    }

    func makeRandomCore() -> Word? {
        guard let mod = newModule("_weft_random", file: nil) else { return nil }
        let km = keep(mod)
        defer { release(to: km) }
        let d = { ObjectRef(self.kept(km))[ModuleField.dict] }
        define(d(), "new_state") { rt, a in
            let m = rt.vsp
            defer { rt.release(to: m) }
            for _ in 0..<MersenneTwister.n { rt.keep(.smallInt(0)) }
            rt.keep(.smallInt(MersenneTwister.n + 1))
            return rt.newList(fromStack: m, count: MersenneTwister.n + 1) ?? .null
        }
        // seed(state, a): a is None (system entropy) or an int (its absolute value).
        define(d(), "seed") { rt, a in
            guard let mt = rt.mersenneTwister(rt.arg(a, 0)) else { return .null }
            let s = rt.arg(a, 1)
            if s == .none {
                mt.initByArray(systemEntropyWords(MersenneTwister.n))
                return .none
            }
            guard rt.isIntLike(s) else { return rt.raise(rt.types.typeError, "seed must be an int") }
            mt.initByArray(uint32Chunks(rt.bigValue(s).magnitude))
            return .none
        }
        // seed_bytes(state, s): random.seed(s, version=2) for a str (as UTF-8) or bytes.
        define(d(), "seed_bytes") { rt, a in
            guard let mt = rt.mersenneTwister(rt.arg(a, 0)) else { return .null }
            let s = rt.arg(a, 1)
            var bytes: [UInt8]
            if rt.kindOf(s) == .str { bytes = Array(StrView(s).string.utf8) } else { bytes = rt.bytesOf(s) }
            bytes += sha512(bytes)
            var n = BigUInt(0)
            for b in bytes { n = (n << 8) | BigUInt(b) }
            mt.initByArray(uint32Chunks(n))
            return .none
        }
        define(d(), "random") { rt, a in
            guard let mt = rt.mersenneTwister(rt.arg(a, 0)) else { return .null }
            let x = Double(mt.next() >> 5), y = Double(mt.next() >> 6)
            return rt.newFloat((x * 67108864.0 + y) * (1.0 / 9007199254740992.0)) ?? .null
        }
        define(d(), "getrandbits") { rt, a in
            guard let mt = rt.mersenneTwister(rt.arg(a, 0)) else { return .null }
            return rt.randomBits(mt, rt.arg(a, 1))
        }
        // random() and getrandbits(k) as methods of _random.Random (descriptors that bind
        // self), reading the state from self._state: one native call per number.
        func method(_ name: String, _ fn: @escaping NativeFunction<GC>) {
            _ = dictSetStr(d(), intern(name + "_method"), builtinFunction(name, fn, owner: types.object, descriptor: true))
        }
        let stateName = intern("_state")
        method("random") { rt, a in
            guard rt.checkArgs(a, "random", min: 1, max: 1) else { return .null }
            guard let mt = rt.mersenneTwister(rt.instanceGet(rt.arg(a, 0), stateName)) else { return .null }
            let x = Double(mt.next() >> 5), y = Double(mt.next() >> 6)
            return rt.newFloat((x * 67108864.0 + y) * (1.0 / 9007199254740992.0)) ?? .null
        }
        method("getrandbits") { rt, a in
            guard rt.checkArgs(a, "getrandbits", min: 2, max: 2) else { return .null }
            guard let mt = rt.mersenneTwister(rt.instanceGet(rt.arg(a, 0), stateName)) else { return .null }
            return rt.randomBits(mt, rt.arg(a, 1))
        }
        // operator.index
        define(d(), "index") { rt, a in
            let x = rt.arg(a, 0)
            if rt.isIntLike(x) { return rt.intExact(x) }
            if rt.lookupInType(rt.typeOf(x), rt.dunder(.index)).isNull {
                return rt.raise(rt.types.typeError, "'\(rt.typeName(x))' object cannot be interpreted as an integer")
            }
            return rt.tailCall(rt.prelude("_num_index"), [x])
        }
        define(d(), "getstate") { rt, a in
            guard let mt = rt.mersenneTwister(rt.arg(a, 0)) else { return .null }
            let m = rt.vsp
            defer { rt.release(to: m) }
            for i in 0..<MersenneTwister.n { rt.keep(.smallInt(Int(mt[i]))) }
            rt.keep(.smallInt(mt.index))
            return rt.newTuple(fromStack: m, count: MersenneTwister.n + 1) ?? .null
        }
        define(d(), "setstate") { rt, a in
            guard let mt = rt.mersenneTwister(rt.arg(a, 0)) else { return .null }
            let t = rt.arg(a, 1)
            guard rt.kindOf(t) == .tuple else { return rt.raise(rt.types.typeError, "state vector must be a tuple") }
            let v = TupleView(t)
            guard v.count == MersenneTwister.n + 1 else { return rt.raise(rt.types.valueError, "state vector is the wrong size") }
            var words: [UInt32] = []
            for i in 0..<MersenneTwister.n {
                let w = v[i]
                guard let b = rt.exactIndex(w) else {
                    return rt.raise(rt.types.typeError, "'\(rt.typeName(w))' object cannot be interpreted as an integer")
                }
                if b.sign == .minus { return rt.raise(rt.types.overflowError, "can't convert negative int to unsigned") }
                guard let u = UInt64(exactly: b) else { return rt.raise(rt.types.overflowError, "Python int too large to convert to C unsigned long") }
                words.append(UInt32(truncatingIfNeeded: u))
            }
            guard let index = rt.exactIndex(v[MersenneTwister.n]), index >= 0 && index <= BigInt(MersenneTwister.n) else {
                return rt.raise(rt.types.valueError, "invalid state")
            }
            for i in 0..<MersenneTwister.n { mt[i] = words[i] }
            mt.index = Int(index)
            return .none
        }
        define(d(), "urandom") { rt, a in
            guard let n = rt.intValue(rt.arg(a, 0)), n >= 0 else { return rt.raise(rt.types.valueError, "negative argument not allowed") }
            return rt.newBytes(systemEntropyBytes(n)) ?? .null
        }
        return kept(km)
    }
}

/// The 32-bit chunks of n, least significant first (at least one).
func uint32Chunks(_ n: BigUInt) -> [UInt32] {
    var out: [UInt32] = []
    for w in n.words { out.append(UInt32(truncatingIfNeeded: w)); out.append(UInt32(truncatingIfNeeded: w >> 32)) }
    let used = n.isZero ? 1 : (n.bitWidth - 1) / 32 + 1
    if out.count < used { out.append(contentsOf: repeatElement(0, count: used - out.count)) }
    return Array(out.prefix(used))
}

/// Bytes from the system's entropy source (/dev/urandom; the time as a last resort).
func systemEntropyBytes(_ n: Int) -> [UInt8] {
    var out = [UInt8](repeating: 0, count: n)
    var filled = 0
    let fd = open("/dev/urandom", O_RDONLY)
    if fd >= 0 {
        while filled < n {
            let r = out.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, n - filled) }
            if r <= 0 { break }
            filled += r
        }
        close(fd)
    }
    if filled < n {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        var x = UInt64(bitPattern: Int64(ts.tv_nsec)) ^ UInt64(bitPattern: Int64(ts.tv_sec)) << 20 ^ UInt64(getpid())
        for i in filled..<n {
            x = x &* 6364136223846793005 &+ 1442695040888963407
            out[i] = UInt8(truncatingIfNeeded: x >> 56)
        }
    }
    return out
}

func systemEntropyWords(_ n: Int) -> [UInt32] {
    let b = systemEntropyBytes(4 * n)
    return (0..<n).map { (i: Int) -> UInt32 in
        let lo: UInt32 = UInt32(b[4 * i]) | UInt32(b[4 * i + 1]) << 8
        let hi: UInt32 = UInt32(b[4 * i + 2]) << 16 | UInt32(b[4 * i + 3]) << 24
        return lo | hi
    }
}

// MARK: SHA-512 (FIPS 180-4)

private let sha512K: [UInt64] = [
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc, 0x3956c25bf348b538,
    0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118, 0xd807aa98a3030242, 0x12835b0145706fbe,
    0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2, 0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235,
    0xc19bf174cf692694, 0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
    0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5, 0x983e5152ee66dfab,
    0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4, 0xc6e00bf33da88fc2, 0xd5a79147930aa725,
    0x06ca6351e003826f, 0x142929670a0e6e70, 0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed,
    0x53380d139d95b3df, 0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
    0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30, 0xd192e819d6ef5218,
    0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8, 0x19a4c116b8d2d0c8, 0x1e376c085141ab53,
    0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8, 0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373,
    0x682e6ff3d6b2b8a3, 0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
    0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b, 0xca273eceea26619c,
    0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178, 0x06f067aa72176fba, 0x0a637dc5a2c898a6,
    0x113f9804bef90dae, 0x1b710b35131c471b, 0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c, 0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
]

/// The SHA-512 digest of `message`.
func sha512(_ message: [UInt8]) -> [UInt8] {
    var h: [UInt64] = [0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
                       0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179]
    var data = message
    let bitLength = UInt64(message.count) &* 8
    data.append(0x80)
    while data.count % 128 != 112 { data.append(0) }
    data.append(contentsOf: repeatElement(0, count: 8))  // high 64 bits of the 128-bit length
    for s in stride(from: 56, through: 0, by: -8) { data.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(s))) }
    @inline(__always) func rotr(_ x: UInt64, _ n: UInt64) -> UInt64 { (x >> n) | (x << (64 - n)) }
    var w = [UInt64](repeating: 0, count: 80)
    for chunk in stride(from: 0, to: data.count, by: 128) {
        for t in 0..<16 {
            var v: UInt64 = 0
            for b in 0..<8 { v = v << 8 | UInt64(data[chunk + 8 * t + b]) }
            w[t] = v
        }
        for t in 16..<80 {
            let s0 = rotr(w[t - 15], 1) ^ rotr(w[t - 15], 8) ^ (w[t - 15] >> 7)
            let s1 = rotr(w[t - 2], 19) ^ rotr(w[t - 2], 61) ^ (w[t - 2] >> 6)
            w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
        }
        var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7]
        for t in 0..<80 {
            let s1 = rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41)
            let ch = (e & f) ^ (~e & g)
            let t1 = hh &+ s1 &+ ch &+ sha512K[t] &+ w[t]
            let s0 = rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39)
            let maj = (a & b) ^ (a & c) ^ (b & c)
            let t2 = s0 &+ maj
            hh = g; g = f; f = e; e = d &+ t1; d = c; c = b; b = a; a = t1 &+ t2
        }
        h[0] = h[0] &+ a; h[1] = h[1] &+ b; h[2] = h[2] &+ c; h[3] = h[3] &+ d
        h[4] = h[4] &+ e; h[5] = h[5] &+ f; h[6] = h[6] &+ g; h[7] = h[7] &+ hh
    }
    var out: [UInt8] = []
    for v in h { for s in stride(from: 56, through: 0, by: -8) { out.append(UInt8(truncatingIfNeeded: v >> UInt64(s))) } }
    return out
}

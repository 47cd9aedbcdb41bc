// File descriptors for the `io` module (Library/Io.swift), as CPython's `os.open`,
// `os.read`, `os.write`, `os.lseek` and `os.close`: each returns its result, or minus
// errno on failure, and the Python side raises the OSError subclass for that errno.

#if canImport(Glibc)
import Glibc
#endif
import WeftMemory

extension Runtime {
    func registerFilePrimitives() {
        func prim(_ name: String, _ fn: @escaping NativeFunction<GC>) { define(weftModuleDict, name, fn) }

        prim("os_open") { rt, a in  // (path: str, flags, mode)
            guard rt.kindOf(rt.arg(a, 0)) == .str, let flags = rt.intValue(rt.arg(a, 1)), let mode = rt.intValue(rt.arg(a, 2)) else {
                return rt.raise(rt.types.typeError, "os_open(path, flags, mode)")
            }
            let path = StrView(rt.arg(a, 0)).string
            if path.utf8.contains(0) { return rt.raise(rt.types.valueError, "embedded null byte") }
            let fd = Glibc.open(path, Int32(truncatingIfNeeded: flags) | O_CLOEXEC, mode_t(truncatingIfNeeded: mode))
            return .smallInt(fd >= 0 ? Int(fd) : -Int(errno))
        }
        prim("os_read") { rt, a in  // (fd, n): bytes, at most n (n < 0: to the end)
            guard let fd = rt.intValue(rt.arg(a, 0)), let n = rt.intValue(rt.arg(a, 1)) else {
                return rt.raise(rt.types.typeError, "os_read(fd, n)")
            }
            var out: [UInt8] = []
            let chunk = n < 0 ? 1 << 16 : min(n, 1 << 24)
            var buffer = [UInt8](repeating: 0, count: chunk)
            while n < 0 || out.isEmpty {
                let want = n < 0 ? chunk : n - out.count
                if want == 0 { break }
                let got = buffer.withUnsafeMutableBytes { Glibc.read(Int32(truncatingIfNeeded: fd), $0.baseAddress, want) }
                if got < 0 {
                    if errno == EINTR { continue }
                    return .smallInt(-Int(errno))
                }
                if got == 0 { break }
                out.append(contentsOf: buffer[0..<got])
            }
            return rt.newBytes(out) ?? .null
        }
        prim("os_write") { rt, a in  // (fd, bytes): writes all of them
            guard let fd = rt.intValue(rt.arg(a, 0)), rt.kindOf(rt.arg(a, 1)) == .bytes else {
                return rt.raise(rt.types.typeError, "os_write(fd, bytes)")
            }
            let data = rt.bytesOf(rt.arg(a, 1))
            var offset = 0
            while offset < data.count {
                let n = data[offset...].withUnsafeBytes { Glibc.write(Int32(truncatingIfNeeded: fd), $0.baseAddress, $0.count) }
                if n < 0 {
                    if errno == EINTR { continue }
                    return .smallInt(-Int(errno))
                }
                offset += n
            }
            return .smallInt(offset)
        }
        prim("os_lseek") { rt, a in  // (fd, offset, whence)
            guard let fd = rt.intValue(rt.arg(a, 0)), let off = rt.intValue(rt.arg(a, 1)), let whence = rt.intValue(rt.arg(a, 2)) else {
                return rt.raise(rt.types.typeError, "os_lseek(fd, offset, whence)")
            }
            let r = Glibc.lseek(Int32(truncatingIfNeeded: fd), off_t(off), Int32(truncatingIfNeeded: whence))
            return .smallInt(r >= 0 ? Int(r) : -Int(errno))
        }
        prim("os_close") { rt, a in
            guard let fd = rt.intValue(rt.arg(a, 0)) else { return rt.raise(rt.types.typeError, "os_close(fd)") }
            if fd == 1 || fd == 2 { rt.stdout.flush(); rt.stderr.flush() }
            return .smallInt(Glibc.close(Int32(truncatingIfNeeded: fd)) == 0 ? 0 : -Int(errno))
        }
        prim("os_isdir") { rt, a in  // (fd): whether it is a directory
            var st = stat()
            guard let fd = rt.intValue(rt.arg(a, 0)), fstat(Int32(truncatingIfNeeded: fd), &st) == 0 else { return .false }
            return .bool((st.st_mode & S_IFMT) == S_IFDIR)
        }
        prim("strerror") { rt, a in
            guard let n = rt.intValue(rt.arg(a, 0)) else { return rt.raise(rt.types.typeError, "strerror(n)") }
            return rt.newStr(String(cString: Glibc.strerror(Int32(truncatingIfNeeded: n)))) ?? .null
        }
    }
}

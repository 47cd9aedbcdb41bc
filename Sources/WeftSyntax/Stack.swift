// A stack deep enough for the parser and the dumper. Both recurse once per nesting level
// (bounded by maxDepth), but one level of brackets takes about 10 KB of stack in a
// release build and 60 KB in a debug build: 200 nested brackets, valid Python, need 2 MB
// and 12 MB. That overflows the 512 KB threads of Swift concurrency, and in a debug build
// even an 8 MB main thread. So the public entry points run on a thread of their own.

#if os(Linux)
import Glibc
#endif

/// Reserved, not committed: pages are touched only as deep as the recursion goes.
let largeStackSize = 256 << 20

private final class StackJob {
    let body: () -> Void
    init(_ body: @escaping () -> Void) { self.body = body }
}

/// Whether this code runs on a thread withLargeStack made. Only one thread runs at a
/// time here (the caller waits for the thread it made), so a plain global does.
nonisolated(unsafe) private var onLargeStack = false

/// Runs `body` on a new thread with a stack of `largeStackSize` bytes and waits for it;
/// runs it in place where no such thread can be made, or on such a thread already (the
/// interpreter, which runs on one, compiles every module it imports: a thread per
/// compilation phase took a tenth of the start-up time).
public func withLargeStack<T>(_ body: () -> T) -> T {
    #if os(Linux)
    if onLargeStack { return body() }
    return withoutActuallyEscaping(body) { body -> T in
        var result: T?
        let job = Unmanaged.passRetained(StackJob {
            onLargeStack = true
            result = body()
            onLargeStack = false
        })
        var attr = pthread_attr_t()
        pthread_attr_init(&attr)
        defer { pthread_attr_destroy(&attr) }
        var thread = pthread_t()
        guard pthread_attr_setstacksize(&attr, largeStackSize) == 0,
              pthread_create(&thread, &attr, { arg in
                  Unmanaged<StackJob>.fromOpaque(arg!).takeRetainedValue().body()
                  return nil
              }, job.toOpaque()) == 0 else {
            job.release()
            return body()
        }
        pthread_join(thread, nil)  // orders the thread's write of `result` before our read
        return result!
    }
    #else
    return body()
    #endif
}

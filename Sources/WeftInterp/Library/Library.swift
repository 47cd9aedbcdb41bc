// Standard library modules written in Python ("frozen" modules, as CPython calls the
// modules compiled into its binary). They are compiled by the same pipeline as the
// user's program the first time they are imported. One file per module, its source in
// a raw string literal; the name here is what `import` finds.

/// Frozen stand-ins for third-party packages: a module of that name on sys.path wins.
let frozenFallbacks: Set<String> = ["pyperf"]

let frozenModules: [String: String] = [
    "random": randomModuleSource,
    "_random": randomCoreModuleSource,
    "itertools": libItertools,
    "functools": libFunctools,
    "operator": libOperator,
    "collections": libCollections,
    "collections.abc": libCollectionsAbc,
    "pyperf": libPyperf,
    "io": libIo,
    "greenlet": libGreenlet,
    "stackless": libStackless,
    "_weft_selftest": """
    def answer():
        return 42
    """,
]

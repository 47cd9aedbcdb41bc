// Standard library modules written in Python ("frozen" modules, as CPython calls the
// modules compiled into its binary). They are compiled by the same pipeline as the
// user's program the first time they are imported. One file per module, its source in
// a raw string literal; the name here is what `import` finds.

let frozenModules: [String: String] = [
    "random": randomModuleSource,
    "_random": randomCoreModuleSource,
    "itertools": libItertools,
    "functools": libFunctools,
    "operator": libOperator,
    "collections": libCollections,
    "collections.abc": libCollectionsAbc,
    "greenlet": libGreenlet,
    "stackless": libStackless,
    "_weft_selftest": """
    def answer():
        return 42
    """,
]

// swift-tools-version:6.0
// Weft: a translation toolchain and runtime for a large subset of Python 3.
// Modules follow the pipeline (see DESIGN.md): Syntax → Flow → ... → Interp.
import PackageDescription

let package = Package(
    name: "Weft",
    products: [
        .executable(name: "weft", targets: ["weft"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Vendored without Foundation: see Vendor/BigInt/Package.swift.
        .package(path: "Vendor/BigInt"),
    ],
    targets: [
        // Exclusivity is checked in debug builds; in release its runtime checks were ~4% of
        // start-up (compiling the prelude).
        .target(name: "WeftSyntax", dependencies: [.product(name: "BigInt", package: "BigInt")],
                swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]),
        .target(name: "WeftFlow", dependencies: ["WeftSyntax"],
                swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]),
        .target(name: "WeftMemory", swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]),
        // LLVM's function merging folds the runtime's two specializations (one per
        // collector) into one function that takes what differs as extra arguments: the
        // slow-instruction path then took ~20 stack arguments per call (~170
        // instructions of overhead each). Off for the interpreter.
        .target(
            name: "WeftInterp",
            dependencies: ["WeftSyntax", "WeftFlow", "WeftMemory", .product(name: "BigInt", package: "BigInt")],
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked", "-Xfrontend", "-disable-llvm-merge-functions-pass"],
                                         .when(configuration: .release))]),
        .executableTarget(
            name: "weft",
            dependencies: [
                "WeftSyntax", "WeftFlow", "WeftInterp",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The Swift runtime linked in: resolving its symbols at load time was ~13% of an
            // empty program's start-up. FoundationEssentials (imported by ArgumentParser)
            // needs its C shims and collections named; Foundation itself is not linked.
            // Not position-independent: a PIE's relocations dirtied ~1 MB of data pages at
            // load (peak RSS of every run; issue 5 asks for at most 2× CPython's).
            linkerSettings: [.unsafeFlags(["-static-stdlib", "-l_FoundationCShims", "-l_FoundationCollections", "-lswiftSynchronization",
                                           "-Xclang-linker", "-no-pie"],
                                          .when(configuration: .release))]),
        // Prints symbol tables for tests/parser/symtable_compare.py.
        .executableTarget(name: "weft-symtable-dump", dependencies: ["WeftSyntax"]),
        .testTarget(name: "WeftSyntaxTests", dependencies: ["WeftSyntax"]),
        .testTarget(name: "WeftFlowTests", dependencies: ["WeftFlow", "WeftSyntax"]),
        .testTarget(name: "WeftMemoryTests", dependencies: ["WeftMemory"]),
        // The differential programs of tests/programs, run through the built `weft` binary.
        .testTarget(name: "WeftInterpTests", dependencies: ["WeftInterp"]),
    ],
    swiftLanguageModes: [.v5]
)

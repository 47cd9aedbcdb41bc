// swift-tools-version:6.0
// attaswift/BigInt 6.0.1 (a94b3ed5125a9ebb2db9d57d8592fc1f65506780, MIT, see LICENSE.md),
// vendored so that it does not import Foundation: its sources test canImport(Foundation)
// (for Data and Decimal conversions and Foundation's ComparisonResult), and that import
// linked all of Foundation and ICU into weft (~4 MB of resident memory at start-up,
// half the binary).
// The only change: every `canImport(Foundation)` replaced by `false`.
import PackageDescription

let package = Package(
    name: "BigInt",
    products: [
        .library(name: "BigInt", targets: ["BigInt"])
    ],
    targets: [
        .target(name: "BigInt", path: "Sources"),
    ]
)

// swift-tools-version:6.1
import PackageDescription

/// libFuzzer targets for Hotline, kept out of the main package so its normal build is unaffected.
///
/// `Sources/HotlineHTTP`, `Sources/HotlineExtract`, `Sources/EmbedDataTool` and `Plugins/EmbedData`
/// are symbolic links to the main package's folders: the fuzzers build the very same code.
/// Build and run with `scripts/fuzz.sh` (`swift build -c release`). `-sanitize=fuzzer` is set per
/// target here rather than with `-Xswiftc`: a global flag would also link libFuzzer's `main` into
/// the build-time `EmbedDataTool`, which then fails to link.
let strict: [SwiftSetting] = [.swiftLanguageMode(.v6)]
let fuzzed: [SwiftSetting] = strict + [.unsafeFlags(["-sanitize=fuzzer"])]
let fuzzerMain: [SwiftSetting] = fuzzed + [.unsafeFlags(["-parse-as-library"])]
let fuzzerLink: [LinkerSetting] = [.unsafeFlags(["-sanitize=fuzzer"])]

let package = Package(
    name: "hotline-fuzz",
    targets: [
        .executableTarget(name: "EmbedDataTool", path: "Sources/EmbedDataTool", swiftSettings: strict),
        .plugin(name: "EmbedData", capability: .buildTool(), dependencies: ["EmbedDataTool"]),
        // `-enable-testing` lets the parser fuzzer reach the internal `RequestParser`.
        .target(name: "HotlineHTTP", swiftSettings: fuzzed + [.unsafeFlags(["-enable-testing"])]),
        .target(name: "HotlineExtract", exclude: ["Resources"], swiftSettings: fuzzed, plugins: ["EmbedData"]),
        .target(name: "FuzzSupport", swiftSettings: strict),
        .executableTarget(name: "FuzzHTTPParser", dependencies: ["HotlineHTTP", "FuzzSupport"],
                          swiftSettings: fuzzerMain, linkerSettings: fuzzerLink),
        .executableTarget(name: "FuzzExtractor", dependencies: ["HotlineExtract", "FuzzSupport"],
                          swiftSettings: fuzzerMain, linkerSettings: fuzzerLink),
    ]
)

// swift-tools-version:6.1
import PackageDescription

/// Hotline: a service that turns news articles into a queryable record of diplomatic calls.
///
/// Modules, one job each:
/// - `CSQLite`: the system libsqlite3 (Debian `libsqlite3-dev`).
/// - `HotlineHTTP`: HTTP/1.1 server on POSIX sockets (parsing, limits, routing, responses).
/// - `HotlineStore`: SQLite connection, statements, schema, repositories.
/// - `HotlineExtract`: pure extraction of call events from article text (no I/O).
/// - `HotlineService`: API handlers wiring HTTP, extraction and the store.
/// - `hotline`: the command-line executable (serve, extract, ingest, ...).
/// - `hotline-bench`: the benchmark (`swift run -c release hotline-bench`).
/// - `EmbedData` plugin + `EmbedDataTool`: compiles data files (schema.sql, lexicons,
///   knowledge base, the OpenAPI description) into the binary, so it needs no file beside it at run time.
let strict: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "hotline",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "hotline", targets: ["hotline"]),
        .executable(name: "hotline-bench", targets: ["hotline-bench"]),
    ],
    targets: [
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        .executableTarget(name: "EmbedDataTool", path: "Sources/EmbedDataTool", swiftSettings: strict),
        .plugin(name: "EmbedData", capability: .buildTool(), dependencies: ["EmbedDataTool"]),
        .target(name: "HotlineHTTP", swiftSettings: strict),
        .target(name: "HotlineStore", dependencies: ["CSQLite"], swiftSettings: strict,
                plugins: ["EmbedData"]),
        .target(name: "HotlineExtract", exclude: ["Resources"], swiftSettings: strict,
                plugins: ["EmbedData"]),
        .target(name: "HotlineService", dependencies: ["HotlineHTTP", "HotlineStore", "HotlineExtract"],
                exclude: ["Resources"], swiftSettings: strict, plugins: ["EmbedData"]),
        .executableTarget(name: "hotline", dependencies: ["HotlineService", "HotlineHTTP", "HotlineStore", "HotlineExtract"],
                          swiftSettings: strict),
        // The benchmark (README "Benchmarks"); depends on `hotline` so that one `swift run` builds the
        // server it spawns. Its Resources/ holds the corpus templates.
        .executableTarget(name: "hotline-bench", dependencies: ["hotline", "HotlineStore", "HotlineExtract"],
                          exclude: ["Resources"], swiftSettings: strict, plugins: ["EmbedData"]),
        .testTarget(name: "HotlineHTTPTests", dependencies: ["HotlineHTTP"], swiftSettings: strict),
        .testTarget(name: "HotlineStoreTests", dependencies: ["HotlineStore"], swiftSettings: strict),
        .testTarget(name: "HotlineExtractTests", dependencies: ["HotlineExtract"], swiftSettings: strict),
        .testTarget(name: "hotlineTests", dependencies: ["hotline", "HotlineHTTP", "HotlineStore"], swiftSettings: strict),
        .testTarget(name: "HotlineServiceTests", dependencies: ["HotlineService", "HotlineHTTP", "HotlineStore", "HotlineExtract"],
                    swiftSettings: strict),
    ]
)

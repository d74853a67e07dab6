import Foundation

/// Finds the `hotline` executable the benchmark serves: `--hotline PATH`, else the one built
/// beside `hotline-bench` (the same build folder and configuration, which `swift run` builds
/// because the bench depends on the `hotline` target).
enum HotlineBinary {
    static func locate(explicit: String?) throws -> URL {
        if let explicit {
            guard FileManager.default.isExecutableFile(atPath: explicit) else { throw BenchError("--hotline \(explicit) is not executable") }
            return URL(fileURLWithPath: explicit)
        }
        let own = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let beside = own.deletingLastPathComponent().appendingPathComponent("hotline")
        guard FileManager.default.isExecutableFile(atPath: beside.path) else {
            throw BenchError("no hotline executable beside \(own.path); build it (swift build -c release) or pass --hotline PATH")
        }
        return beside
    }
}

import Foundation
import Testing

/// Runs the built `hotline` binary as a user would.
@Suite(.serialized) struct CommandTests {
    /// The `hotline` executable next to the test bundle in the build folder.
    static var binary: URL {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.isExecutableFile(atPath: dir.appendingPathComponent("hotline").path), dir.path != "/" {
            dir.deleteLastPathComponent()
        }
        return dir.appendingPathComponent("hotline")
    }

    static func run(_ args: [String], stdin: String? = nil) throws -> (status: Int32, out: String, err: String) {
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    static let article = """
    Leaders talk

    German Chancellor Olaf Scholz spoke by phone with French President Emmanuel Macron on Monday about energy prices.
    """

    @Test func versionAndHelp() throws {
        let v = try Self.run(["--version"])
        #expect(v.status == 0 && v.out.hasPrefix("hotline "))
        let h = try Self.run(["--help"])
        #expect(h.status == 0 && h.out.contains("hotline serve"))
        let bad = try Self.run(["frobnicate"])
        #expect(bad.status == 2 && bad.err.contains("unknown command"))
    }

    @Test func extractPrintsEventsWithEvidence() throws {
        let r = try Self.run(["extract", "-", "--published-at", "2022-09-07"], stdin: Self.article)
        #expect(r.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any]
        let events = json?["events"] as? [[String: Any]] ?? []
        #expect(events.count == 1)
        #expect(events.first?["date"] as? String == "2022-09-05")
        let names = Set((events.first?["participants"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String })
        #expect(names == ["Olaf Scholz", "Emmanuel Macron"])
        #expect((events.first?["evidence"] as? [String])?.first?.contains("spoke by phone") == true)
    }

    @Test func ingestLoadsADirectoryOnceAndReportsProgress() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hotline-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.article.write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let json = #"{"text": "Nothing happened today.", "published_at": "2024-01-02"}"#
        try json.write(to: dir.appendingPathComponent("b.json"), atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("x.db").path
        let first = try Self.run(["ingest", dir.path, "--db", db])
        #expect(first.status == 0)
        #expect(first.err.contains("[1/2]") && first.err.contains("[2/2]"))
        #expect(first.err.contains("2 stored, 0 already stored, 0 failed"))
        let second = try Self.run(["ingest", dir.path, "--db", db])
        #expect(second.err.contains("0 stored, 2 already stored"))
    }

    @Test func serveStopsCleanlyOnSIGTERM() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hotline-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let p = Process()
        p.executableURL = Self.binary
        p.arguments = ["serve", "--port", "0", "--db", dir.appendingPathComponent("s.db").path]
        let err = Pipe()
        p.standardError = err
        try p.run()
        // Wait for the "listening" line, which carries the bound port.
        var text = ""
        let deadline = Date().addingTimeInterval(10)
        while !text.contains("listening"), Date() < deadline {
            text += String(decoding: err.fileHandleForReading.availableData, as: UTF8.self)
        }
        #expect(text.contains("listening on http://127.0.0.1:"))
        let port = text.split(separator: ":").last.flatMap { Int($0.prefix(while: \.isNumber)) } ?? 0
        let health = try Self.run(["healthcheck", "--port", String(port)])
        #expect(health.status == 0)
        p.terminate()  // SIGTERM
        p.waitUntilExit()
        #expect(p.terminationReason == .exit && p.terminationStatus == 0)
        #expect(try Self.run(["healthcheck", "--port", String(port)]).status == 1)
    }
}

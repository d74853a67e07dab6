@testable import hotline
import Testing

struct OptionsTests {
    @Test func flagsInBothFormsAndPositionals() throws {
        let o = try Options(["a.txt", "--db", "x.db", "--port=9000", "--html", "b.txt"], valued: ["db", "port"], boolean: ["html"])
        #expect(o.positional == ["a.txt", "b.txt"])
        #expect(o.value("db") == "x.db")
        #expect(try o.int("port", default: 1, in: 0...65535) == 9000)
        #expect(o.has("html"))
    }

    @Test func sizesAcceptSuffixes() throws {
        #expect(try Options(["--max-body", "8M"], valued: ["max-body"]).bytes("max-body", default: 1) == 8 << 20)
        #expect(try Options(["--max-body=512k"], valued: ["max-body"]).bytes("max-body", default: 1) == 512 << 10)
        #expect(try Options(["--max-body=1000"], valued: ["max-body"]).bytes("max-body", default: 1) == 1000)
        #expect(throws: CLIError.self) { try Options(["--max-body=lots"], valued: ["max-body"]).bytes("max-body", default: 1) }
    }

    @Test func aZeroSizeIsAcceptedOnlyWhereItMeansOff() throws {
        #expect(try Options(["--reader-map", "0"], valued: ["reader-map"]).bytes("reader-map", default: 1, allowZero: true) == 0)
        #expect(try Options(["--reader-map", "64M"], valued: ["reader-map"]).bytes("reader-map", default: 1, allowZero: true) == 64 << 20)
        #expect(throws: CLIError.self) { try Options(["--max-body", "0"], valued: ["max-body"]).bytes("max-body", default: 1) }
    }

    @Test func unknownOrIncompleteFlagsAreUsageErrors() {
        #expect(throws: CLIError.self) { try Options(["--nope"], valued: ["db"]) }
        #expect(throws: CLIError.self) { try Options(["--db"], valued: ["db"]) }
        #expect(throws: CLIError.self) { try Options(["--html=1"], valued: [], boolean: ["html"]) }
        #expect(throws: CLIError.self) { try Options(["--port", "70000"], valued: ["port"]).int("port", default: 1, in: 0...65535) }
    }

    @Test func absentFlagsKeepDefaults() throws {
        let o = try Options([], valued: ["idle-timeout"])
        #expect(try o.seconds("idle-timeout", default: 60) == 60)
    }
}

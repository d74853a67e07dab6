import Foundation
import Testing
@testable import HotlineExtract

@Test func linesEndAtEveryKindOfLineBreak() {
    #expect(LineText.lines("a\r\nb\rc\n\nd\u{301}\n").map(String.init) == ["a", "b", "c", "", "d\u{301}", ""])
    #expect(LineText.lines("").map(String.init) == [""])
}

@Test func trimmingMatchesFoundationWhitespaces() {
    for value in UInt32(0)..<0x3100 {
        guard let scalar = Unicode.Scalar(value) else { continue }
        let c = String(Character(scalar))
        for s in [c + "x" + c, " " + c + "x y" + c + "\t", c + c] {
            #expect(LineText.trimmed(s) == s.trimmingCharacters(in: .whitespaces), "U+\(String(value, radix: 16))")
        }
    }
}

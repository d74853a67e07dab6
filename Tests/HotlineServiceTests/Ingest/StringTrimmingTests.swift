import Foundation
import Testing
@testable import HotlineService

@Test func trimmingMatchesFoundationAtEveryBlank() {
    for value in UInt32(0)..<0x3100 {
        guard let scalar = Unicode.Scalar(value) else { continue }
        let c = String(Character(scalar))
        for s in [c + "text" + c, "text" + c, c + "text", c, "a" + c + "b"] {
            #expect(s.trimmedOfWhitespaceAndNewlines() == s.trimmingCharacters(in: .whitespacesAndNewlines), "U+\(String(value, radix: 16))")
        }
    }
}

@Test func lineEndsBecomeUnix() {
    #expect("a\r\nb\rc\n".withUnixLineEnds() == "a\nb\rc\n")
    #expect("plain text\n".withUnixLineEnds() == "plain text\n")
}

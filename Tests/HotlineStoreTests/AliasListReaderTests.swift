import Foundation
import Testing
@testable import HotlineStore

@Suite("Alias list reader")
struct AliasListReaderTests {
    /// Texts the reader must read exactly as `JSONDecoder` does.
    static let arrays = [
        #"[]"#, #" [ ] "#, #"["Élodie Marchand"]"#, #"["a","b"]"#, #"[ "x" , "y z" ]"#,
        #"["quote \" backslash \\ slash \/"]"#, #"["tab\tline\nreturn\rff\fbs\b"]"#,
        #"["\u00e9t\u00C9", "\ud83d\ude00 smile", "\u0645\u062d\u0645\u062f"]"#, #"["محمد", "北京"]"#, #"[""]"#,
    ]

    @Test(arguments: arrays) func readsLikeTheDecoder(json: String) throws {
        let decoded = try JSONDecoder().decode([String].self, from: Data(json.utf8))
        #expect(AliasListReader.strings(json) == decoded)
    }

    @Test(arguments: [#"["a",]"#, #"["a""b"]"#, #"{"a":1}"#, #"["a"] x"#, #"[1]"#, #"["\x"]"#, #"["\ud83d"]"#, "[\"a\u{1}\"]", #"["open"#, ""])
    func refusesWhatIsNotAnArrayOfStrings(json: String) {
        #expect(AliasListReader.strings(json) == nil)
    }

    @Test func decodeFallsBackToTheDecoder() {
        #expect(ActorAliases.decode("not json") == [])
        #expect(ActorAliases.decode(#"["a",]"#) == (try? JSONDecoder().decode([String].self, from: Data(#"["a",]"#.utf8))) ?? [])
        #expect(ActorAliases.decode(#"["Nasser Bourita","Bourita"]"#) == ["Nasser Bourita", "Bourita"])
    }
}

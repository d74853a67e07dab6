import Foundation
import HotlineService
import Testing

struct JSONWriterTests {
    @Test func nestedStructureIsValidJSONWithEscapes() throws {
        var w = JSONWriter()
        w.object { w in
            w.member("name", "Quote \" backslash \\ newline \n tab \t bell \u{07} é")
            w.member("none", nil as String?)
            w.member("n", Int64(-42))
            w.member("x", 0.12345)
            w.member("ok", true)
            w.key("list")
            w.array { w in
                w.string("a")
                w.object { w in w.member("k", "v") }
                w.array { _ in }
            }
            w.key("empty")
            w.object { _ in }
        }
        let parsed = try JSONSerialization.jsonObject(with: Data(w.bytes)) as? [String: Any]
        #expect(parsed?["name"] as? String == "Quote \" backslash \\ newline \n tab \t bell \u{07} é")
        #expect(parsed?["none"] is NSNull)
        #expect(parsed?["n"] as? Int == -42)
        #expect(parsed?["x"] as? Double == 0.123)
        #expect(parsed?["ok"] as? Bool == true)
        let list = parsed?["list"] as? [Any]
        #expect(list?.count == 3)
        #expect((list?[1] as? [String: Any])?["k"] as? String == "v")
        #expect((parsed?["empty"] as? [String: Any])?.isEmpty == true)
    }
}

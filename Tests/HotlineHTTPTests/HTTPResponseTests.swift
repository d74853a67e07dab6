import Foundation
import Testing
@testable import HotlineHTTP

@Suite struct HTTPResponseTests {
    private struct Teapot: APIError {
        var status: Int { 418 }
        var code: String { "teapot" }
        var message: String { "short and stout" }
    }

    @Test func errorBodyIsJSONWithCodeAndMessage() throws {
        let message = "quote \" backslash \\ newline \n tab \t bell \u{07} accent é"
        let response = HTTPResponse.error(422, code: "in\"valid", message: message, headers: [("Retry-After", "1")])
        #expect(response.status == 422)
        #expect(response.header("Content-Type") == "application/json; charset=utf-8")
        #expect(response.header("Retry-After") == "1")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
        let error = try #require(object["error"] as? [String: String])
        #expect(error == ["code": "in\"valid", "message": message])
    }

    @Test func errorFromAnAPIError() throws {
        let response = HTTPResponse.error(Teapot())
        #expect(response.status == 418)
        #expect(String(decoding: response.body, as: UTF8.self) == #"{"error":{"code":"teapot","message":"short and stout"}}"#)
    }

    @Test func jsonStringEscapesWhatJSONRequires() {
        #expect(JSONString.quoted("plain") == #""plain""#)
        #expect(JSONString.quoted("a\"b\\c") == #""a\"b\\c""#)
        #expect(JSONString.quoted("\n\r\t\u{08}\u{0C}") == #""\n\r\t\b\f""#)
        #expect(JSONString.quoted("\u{00}\u{1F}") == #""\u0000\u001f""#)
        #expect(JSONString.quoted("日本 👋") == "\"日本 👋\"")
    }

    @Test func jsonBuildsAJSONResponse() {
        let response = HTTPResponse.json(201, Array("{}".utf8))
        #expect(response.status == 201)
        #expect(response.body == Array("{}".utf8))
        #expect(response.header("content-type")?.hasPrefix("application/json") == true)
    }
}

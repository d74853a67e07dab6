import HotlineExtract
@testable import HotlineService
import Testing

struct ArticleSubmissionTests {
    @Test func jsonBodyWithTimestampKeepsTheDay() throws {
        let body = Array(#"{"text":"Hello world.","url":"https://example.org/a","title":" T ","published_at":"2023-06-29T08:00:00Z","language":"EN"}"#.utf8)
        let s = try ArticleSubmission.decode(body: body, contentType: "application/json; charset=utf-8", parameters: [:])
        #expect(s.text == "Hello world.")
        #expect(s.url == "https://example.org/a")
        #expect(s.title == "T")
        #expect(s.publishedAt == EventDate(year: 2023, month: 6, day: 29))
        #expect(s.language == "en")
    }

    @Test func nullsAreAbsent() throws {
        let body = Array(#"{"text":"x","url":null,"title":null,"published_at":null,"language":null}"#.utf8)
        let s = try ArticleSubmission.decode(body: body, contentType: nil, parameters: [:])
        #expect(s.url == nil && s.title == nil && s.publishedAt == nil && s.language == nil)
    }

    @Test(arguments: [
        #"[1,2]"#, #"{"text": 5}"#, #"{"title": "no text"}"#, #"{"text": "   "}"#, #"{"text":"x","published_at":"2023-02-30"}"#,
        #"{"text":"x","published_at":"2023-06"}"#, #"{"text":"x","url":"not a url"}"#, #"{"text":"x","language":"english"}"#,
        #"{"text":"x","format":"pdf"}"#, "not json", "",
    ])
    func invalidBodiesAreClientErrors(body: String) {
        #expect(throws: ServiceError.self) {
            try ArticleSubmission.decode(body: Array(body.utf8), contentType: "application/json", parameters: [:])
        }
    }

    @Test func sameTextHashesTheSameAfterTrimmingAndLineEndings() throws {
        let a = try ArticleSubmission(text: "  One.\r\nTwo.\n", url: nil, title: nil, publishedAt: nil, language: nil)
        let b = try ArticleSubmission(text: "One.\nTwo.", url: nil, title: nil, publishedAt: nil, language: nil)
        #expect(a.textHash == b.textHash)
        let c = try ArticleSubmission(text: "One.\nThree.", url: nil, title: nil, publishedAt: nil, language: nil)
        #expect(a.textHash != c.textHash)
    }

    @Test func unsupportedMediaTypeIs415() {
        #expect(throws: ServiceError.unsupportedMediaType("text/csv")) {
            try ArticleSubmission.decode(body: Array("a,b".utf8), contentType: "text/csv", parameters: [:])
        }
    }
}

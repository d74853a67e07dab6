/// The hostile HTTP corpus: smuggling shapes, limits, methods, targets, encodings and NUL bytes.
/// Routes of the server under test: `GET /fine` and `POST /echo` (see `HostileRequestTests`).
enum HostileCorpus {
    static let post = "POST /echo HTTP/1.1\r\nHost: t\r\n"
    static let chunked = post + "Transfer-Encoding: chunked\r\n\r\n"

    static let smuggling: [HostileCase] = [
        .init("CL then TE", post + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400, closes: true),
        .init("TE then CL", post + "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n", 400, closes: true),
        .init("duplicate CL, same value", post + "Content-Length: 5\r\nContent-Length: 5\r\n\r\nhello", 400, closes: true),
        .init("duplicate CL, different values", post + "Content-Length: 5\r\nContent-Length: 6\r\n\r\nhello!", 400, closes: true),
        .init("CL list", post + "Content-Length: 5, 5\r\n\r\nhello", 400, closes: true),
        .init("CL with plus sign", post + "Content-Length: +5\r\n\r\nhello", 400, closes: true),
        .init("CL in hex", post + "Content-Length: 0x5\r\n\r\nhello", 400, closes: true),
        .init("CL beyond Int", post + "Content-Length: 999999999999999999999999\r\n\r\n", 413, closes: true),
        .init("TE in HTTP/1.0", "POST /echo HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400, closes: true),
        .init("TE chunked twice", post + "Transfer-Encoding: chunked, chunked\r\n\r\n0\r\n\r\n", 400, closes: true),
        .init("TE chunked not last", post + "Transfer-Encoding: chunked, identity\r\n\r\n0\r\n\r\n", 400, closes: true),
        .init("TE unknown coding before chunked", post + "Transfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n", 501, closes: true),
        .init("TE obs-folded", post + "Transfer-Encoding:\r\n chunked\r\n\r\n0\r\n\r\n", 400, closes: true),
        .init("TE with space before colon", post + "Transfer-Encoding : chunked\r\n\r\n0\r\n\r\n", 400, closes: true),
        .init("obs-fold", "GET /fine HTTP/1.1\r\nHost: t\r\nX-A: one\r\n two\r\n\r\n", 400, closes: true),
        .init("white space before first header", "GET /fine HTTP/1.1\r\nHost: t\r\n X-A: one\r\n\r\n", 400, closes: true),
        .init("bare CR in head", "GET /fine HTTP/1.1\r\nHost: t\r\nX-A: a\rX-B: b\r\n\r\n", 400, closes: true),
        .init("bare CR after chunk data", chunked + "5\r\nhello\r0\r\n\r\n", 400, closes: true),
        // RFC 9112 §2.2 allows a recipient to take a bare LF as a line terminator: accepted.
        .init("bare LF line endings", "GET /fine HTTP/1.1\nHost: t\nX-A: a\n\n", 200, closes: false),
        .init("bare LF in chunked body", post + "Transfer-Encoding: chunked\n\n5\nhello\n0\n\n", 200, closes: false),
        .init("chunk size not hex", chunked + "xyz\r\nhello\r\n0\r\n\r\n", 400, closes: true),
        .init("chunk size with 0x", chunked + "0x5\r\nhello\r\n0\r\n\r\n", 400, closes: true),
        .init("negative chunk size", chunked + "-5\r\nhello\r\n0\r\n\r\n", 400, closes: true),
        .init("chunk size overflowing Int", chunked + "fffffffffffffffff\r\n", 400, closes: true),
        .init("chunk size over the body limit", chunked + "ffffffffffffff\r\n", 413, closes: true),
        .init("empty chunk size", chunked + "\r\nhello\r\n0\r\n\r\n", 400, closes: true),
        .init("chunk data longer than its size", chunked + "3\r\nhello\r\n0\r\n\r\n", 400, closes: true),
        .init("oversized chunk extension", chunked + "5;e=" + String(repeating: "x", count: 5000) + "\r\nhello\r\n0\r\n\r\n",
              400, closes: true),
        .init("chunk extension within bounds", chunked + "5;name=\"value\"\r\nhello\r\n0\r\n\r\n", 200, closes: false),
        .init("second request hidden in a body", post + "Content-Length: 5\r\n\r\nhelloGET /fine HTTP/1.1\r\nHost: t\r\n\r\n",
              200, closes: false),
    ]

    static let limits: [HostileCase] = [
        .init("101 header fields", "GET /fine HTTP/1.1\r\nHost: t\r\n" + String(repeating: "X-A: b\r\n", count: 101) + "\r\n",
              431, closes: true),
        .init("4,000 header fields", "GET /fine HTTP/1.1\r\nHost: t\r\n" + String(repeating: "A:\r\n", count: 4000) + "\r\n",
              431, closes: true),
        .init("17 KiB header field", "GET /fine HTTP/1.1\r\nHost: t\r\nX-A: " + String(repeating: "a", count: 17 * 1024) + "\r\n\r\n",
              431, closes: true),
        .init("20 KiB method", String(repeating: "G", count: 20 * 1024) + " /fine HTTP/1.1\r\nHost: t\r\n\r\n", 431, closes: true),
        .init("20 KiB target", "GET /" + String(repeating: "a", count: 20 * 1024) + " HTTP/1.1\r\nHost: t\r\n\r\n", 431, closes: true),
    ]

    static let requestLines: [HostileCase] = [
        .init("method with @", "G@T /fine HTTP/1.1\r\nHost: t\r\n\r\n", 400, closes: true),
        .init("empty method", " /fine HTTP/1.1\r\nHost: t\r\n\r\n", 400, closes: true),
        // Methods are case-sensitive tokens: an unknown one is answered like any method the path lacks.
        .init("lowercase method", "get /fine HTTP/1.1\r\nHost: t\r\n\r\n", 405, closes: false),
        .init("unknown method", "BREW /fine HTTP/1.1\r\nHost: t\r\n\r\n", 405, closes: false),
        .init("known method, not routed", "PUT /fine HTTP/1.1\r\nHost: t\r\nContent-Length: 0\r\n\r\n", 405, closes: false),
        .init("absolute-form", "GET http://example.com/fine HTTP/1.1\r\nHost: example.com\r\n\r\n", 200, closes: false),
        .init("absolute-form, upper-case scheme", "GET HTTPS://EXAMPLE.COM/fine HTTP/1.1\r\nHost: t\r\n\r\n", 200, closes: false),
        .init("absolute-form, other scheme", "GET ftp://example.com/fine HTTP/1.1\r\nHost: t\r\n\r\n", 400, closes: true),
        .init("authority-form", "CONNECT example.com:443 HTTP/1.1\r\nHost: t\r\n\r\n", 400, closes: true),
        .init("asterisk-form", "OPTIONS * HTTP/1.1\r\nHost: t\r\n\r\n", 400, closes: true),
        .init("target without slash", "GET fine HTTP/1.1\r\nHost: t\r\n\r\n", 400, closes: true),
        .init("HTTP/2.0", "GET /fine HTTP/2.0\r\n\r\n", 505, closes: true),
        .init("HTTP/1.2 served as 1.1", "GET /fine HTTP/1.2\r\nHost: t\r\n\r\n", 200, closes: false),
        .init("HTTP/1.1 without Host", "GET /fine HTTP/1.1\r\nX-A: a\r\n\r\n", 400, closes: true),
        .init("lowercase protocol", "GET /fine http/1.1\r\n\r\n", 400, closes: true),
        .init("two Host fields", "GET /fine HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400, closes: true),
    ]

    static let encodings: [HostileCase] = [
        .init("invalid escape", "GET /fi%zz HTTP/1.1\r\nHost: t\r\n\r\n", 400, closes: true),
        .init("truncated escape", "GET /fine%2 HTTP/1.1\r\nHost: t\r\n\r\n", 400, closes: true),
        .init("lone percent", "GET /fine% HTTP/1.1\r\nHost: t\r\n\r\n", 400, closes: true),
        .init("invalid escape in query", "GET /fine?q=%G1 HTTP/1.1\r\nHost: t\r\n\r\n", 400, closes: true),
        .init("escaped invalid UTF-8", "GET /fine?q=%C3%28 HTTP/1.1\r\nHost: t\r\n\r\n", 400, closes: true),
        .init("escaped overlong UTF-8", "GET /%C0%AFfine HTTP/1.1\r\nHost: t\r\n\r\n", 400, closes: true),
        // An escaped NUL is valid UTF-8: no route has it in its path, and a query value may hold it.
        .init("escaped NUL in the path", "GET /fine%00 HTTP/1.1\r\nHost: t\r\n\r\n", 404, closes: false),
        .init("escaped NUL in the query", "GET /fine?q=a%00b HTTP/1.1\r\nHost: t\r\n\r\n", 200, closes: false),
        .init("escaped letters", "GET /fi%6Ee HTTP/1.1\r\nHost: t\r\n\r\n", 200, closes: false),
        .init("raw NUL in target", [UInt8]("GET /fi".utf8) + [0] + Array("ne HTTP/1.1\r\nHost: t\r\n\r\n".utf8), 400, closes: true),
        .init("raw NUL in method", [UInt8]("GE".utf8) + [0] + Array("T /fine HTTP/1.1\r\nHost: t\r\n\r\n".utf8), 400, closes: true),
        .init("raw NUL in header name", [UInt8]("GET /fine HTTP/1.1\r\nHost: t\r\nX-".utf8) + [0] + Array("A: b\r\n\r\n".utf8),
              400, closes: true),
        .init("raw NUL in header value", [UInt8]("GET /fine HTTP/1.1\r\nHost: t\r\nX-A: ".utf8) + [0] + Array("b\r\n\r\n".utf8),
              400, closes: true),
        .init("raw byte 0xFF in target", [UInt8]("GET /fine".utf8) + [0xFF] + Array(" HTTP/1.1\r\nHost: t\r\n\r\n".utf8), 400, closes: true),
        // The HTTP layer carries bodies as opaque bytes; the API decides what they mean.
        .init("NUL and invalid UTF-8 in a body", [UInt8](post.utf8) + Array("Content-Length: 4\r\n\r\n".utf8) + [0, 0xFF, 0xFE, 0],
              200, closes: false),
    ]

    static let all = smuggling + limits + requestLines + encodings
}

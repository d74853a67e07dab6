import Testing

/// One adversarial request of the hostile corpus and what RFC 9110/9112 require of the answer.
struct HostileCase: Sendable, CustomTestStringConvertible {
    let name: String
    let bytes: [UInt8]
    /// The status the server must answer.
    let status: Int
    /// True when the request is a framing error after which the connection must close (RFC 9112
    /// §9.6 and §11.2: the rest of the stream cannot be trusted); false when it stays usable.
    let closes: Bool

    init(_ name: String, _ raw: String, _ status: Int, closes: Bool) {
        self.init(name, Array(raw.utf8), status, closes: closes)
    }

    init(_ name: String, _ bytes: [UInt8], _ status: Int, closes: Bool) {
        self.name = name; self.bytes = bytes; self.status = status; self.closes = closes
    }

    var testDescription: String { name }
}

/// A bearer token held in memory: compared in constant time and never printed (its
/// `description` is a placeholder, so it cannot leak into a log line or an error message).
public struct BearerSecret: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible {
    private let bytes: [UInt8]

    /// Nil for an empty token.
    public init?(_ text: String) {
        guard !text.isEmpty else { return nil }
        bytes = Array(text.utf8)
    }

    /// True when `candidate` is exactly the token. The time taken depends on the candidate's
    /// length only, never on how many leading bytes of the secret it got right.
    public func matches(_ candidate: some Collection<UInt8>) -> Bool {
        var difference = UInt64(bytes.count ^ candidate.count)
        for (index, byte) in candidate.enumerated() {
            difference |= UInt64(bytes[index % bytes.count] ^ byte)
        }
        return difference == 0
    }

    public var description: String { "<redacted>" }
    public var debugDescription: String { "<redacted>" }

    /// The token of an `Authorization: Bearer <token>` value (scheme case-insensitive), or nil.
    public static func token(inAuthorization value: String) -> Substring? {
        let trimmed = value[...].trimmingSpaces
        guard let space = trimmed.firstIndex(where: { $0 == " " || $0 == "\t" }) else { return nil }
        guard String(trimmed[..<space]).caseInsensitiveEquals("Bearer") else { return nil }
        let token = trimmed[space...].trimmingSpaces
        return token.isEmpty ? nil : token
    }
}

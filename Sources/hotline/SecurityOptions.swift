import Glibc
import HotlineHTTP

/// The access-control and rate-limit settings of `hotline serve`, read from its flags and
/// environment, and the rule that an open API is served on loopback only unless asked.
struct SecurityOptions {
    static let valued: Set<String> = ["api-token", "read-token", "write-rate", "write-burst"]
    static let boolean: Set<String> = ["insecure-open"]
    /// Shortest token accepted: a short token can be guessed.
    static let minimumTokenLength = 16

    let policy: AccessPolicy
    let rateLimit: RateLimit?
    let insecureOpen: Bool

    init(_ o: Options) throws {
        let write = try Self.token(o, "api-token")
        let read = try Self.token(o, "read-token")
        if read != nil && write == nil {
            throw CLIError("--read-token needs --api-token too (reads would be closed while writes stay open)")
        }
        policy = AccessPolicy(writeToken: write, readToken: read)
        rateLimit = try Self.rate(o)
        insecureOpen = o.enabled("insecure-open")
    }

    /// The guard for the server (no rate limiter when the rate is off).
    var requestGuard: RequestGuard {
        RequestGuard(policy: policy, limiter: rateLimit.map { RateLimiter(limit: $0) })
    }

    /// Throws when an API without a write token would listen beyond loopback without
    /// `--insecure-open`; returns a warning to print when it does so on purpose.
    func checkBinding(host: String) throws -> String? {
        guard policy.writeToken == nil, !Self.isLoopback(host) else { return nil }
        guard insecureOpen else {
            throw CLIError("refusing to listen on \(host) without a write token: anyone who can reach it could write. "
                + "Set HOTLINE_API_TOKEN (or --api-token), bind 127.0.0.1, or pass --insecure-open "
                + "(HOTLINE_INSECURE_OPEN=1) to serve an open API on purpose")
        }
        return "warning: --insecure-open: writes need no token on \(host); anyone who can reach the port can write"
    }

    /// One line for the log: what is required, never the tokens themselves.
    var summary: String {
        let writes = policy.writeToken == nil ? "writes open" : "writes need the API token"
        let reads = policy.readToken == nil ? "reads open" : "reads need the read or API token"
        let rate = rateLimit.map { "writes limited to \(Self.format($0.perSecond))/s (burst \(Self.format($0.burst))) per client" }
            ?? "no write rate limit"
        return "access: \(writes), \(reads), \(rate)"
    }

    /// 127.0.0.0/8, ::1 and "localhost"; anything else (0.0.0.0, ::, a name) may be reachable.
    static func isLoopback(_ host: String) -> Bool {
        let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        if bare.lowercased() == "localhost" { return true }
        var v4 = in_addr()
        if inet_pton(AF_INET, bare, &v4) == 1 { return UInt32(bigEndian: v4.s_addr) >> 24 == 127 }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, bare, &v6) == 1 {
            return withUnsafeBytes(of: &v6) { Array($0) } == Array(repeating: 0, count: 15) + [1]
        }
        return false
    }

    private static func token(_ o: Options, _ name: String) throws -> BearerSecret? {
        guard let text = o.value(name) else { return nil }
        guard text.utf8.count >= minimumTokenLength, text.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else {
            // The message describes the rule, never the value.
            throw CLIError("--\(name): a token must be at least \(minimumTokenLength) printable ASCII characters without spaces")
        }
        return BearerSecret(text)
    }

    /// `--write-rate N` or `N/s` (0 or absent: off) and `--write-burst B` (default 2×N).
    private static func rate(_ o: Options) throws -> RateLimit? {
        guard var raw = o.value("write-rate") else {
            if o.value("write-burst") != nil { throw CLIError("--write-burst needs --write-rate") }
            return nil
        }
        if raw.hasSuffix("/s") { raw.removeLast(2) }
        guard let perSecond = Double(raw), perSecond >= 0, perSecond <= 1_000_000 else {
            throw CLIError("--write-rate: expected requests per second, like 50 or 50/s (0 turns it off)")
        }
        guard perSecond > 0 else { return nil }
        var burst: Double?
        if let b = o.value("write-burst") {
            guard let v = Double(b), v >= 1, v <= 1_000_000 else { throw CLIError("--write-burst: expected a count of at least 1") }
            burst = v
        }
        return RateLimit(perSecond: perSecond, burst: burst)
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}

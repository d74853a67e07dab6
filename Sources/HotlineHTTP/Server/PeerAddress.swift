import Glibc

/// The text form of a connected peer's IP address (port left out).
enum PeerAddress {
    /// "203.0.113.7" or "2001:db8::1"; an IPv4-mapped IPv6 address ("::ffff:203.0.113.7") is
    /// given in its IPv4 form so one client has one key. Empty for another address family.
    static func text(of address: sockaddr_storage) -> String {
        var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN) + 1)
        var storage = address
        let converted: UnsafePointer<CChar>? = withUnsafePointer(to: &storage) { pointer in
            switch Int32(address.ss_family) {
            case AF_INET:
                return pointer.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { v4 in
                    var raw = v4.pointee.sin_addr
                    return inet_ntop(AF_INET, &raw, &buffer, socklen_t(buffer.count))
                }
            case AF_INET6:
                return pointer.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { v6 in
                    var raw = v6.pointee.sin6_addr
                    return inet_ntop(AF_INET6, &raw, &buffer, socklen_t(buffer.count))
                }
            default:
                return nil
            }
        }
        guard converted != nil else { return "" }
        let text = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let mapped = "::ffff:"
        if text.hasPrefix(mapped), text.contains(".") { return String(text.dropFirst(mapped.count)) }
        return text
    }
}

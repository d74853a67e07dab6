import Glibc
import Testing
@testable import HotlineHTTP

struct PeerAddressTests {
    static func storage(v6 text: String) -> sockaddr_storage {
        var address = sockaddr_storage()
        withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { v6 in
                v6.pointee.sin6_family = sa_family_t(AF_INET6)
                _ = inet_pton(AF_INET6, text, &v6.pointee.sin6_addr)
            }
        }
        return address
    }

    @Test func textForms() {
        var v4 = sockaddr_storage()
        withUnsafeMutablePointer(to: &v4) { pointer in
            pointer.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { address in
                address.pointee.sin_family = sa_family_t(AF_INET)
                address.pointee.sin_addr.s_addr = inet_addr("203.0.113.9")
            }
        }
        #expect(PeerAddress.text(of: v4) == "203.0.113.9")
        #expect(PeerAddress.text(of: Self.storage(v6: "2001:db8::7")) == "2001:db8::7")
        // One client, one key: an IPv4-mapped IPv6 peer is given in its IPv4 form.
        #expect(PeerAddress.text(of: Self.storage(v6: "::ffff:203.0.113.9")) == "203.0.113.9")
        #expect(PeerAddress.text(of: sockaddr_storage()) == "")
    }
}

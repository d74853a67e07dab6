import Foundation

/// Keyset position of the last event of a page: its sort key and id. Clients see it as an
/// opaque base64url token (no padding) of `"<id>:<sort key>"`.
struct EventCursor: Equatable {
    let sortKey: String
    let id: Int64

    var token: String {
        Data("\(id):\(sortKey)".utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Decodes a token; throws `StoreError.invalidCursor` for anything this type did not make.
    init(token: String) throws {
        guard !token.isEmpty, token.count <= 64,
              token.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
            throw StoreError.invalidCursor
        }
        var base64 = token.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let text = String(data: data, encoding: .utf8),
              let colon = text.firstIndex(of: ":"),
              let id = Int64(text[..<colon]), id > 0 else {
            throw StoreError.invalidCursor
        }
        let sortKey = String(text[text.index(after: colon)...])
        guard sortKey.isEmpty || DatePrefix.precision(of: sortKey) != nil else { throw StoreError.invalidCursor }
        self.init(sortKey: sortKey, id: id)
    }

    init(sortKey: String, id: Int64) {
        self.sortKey = sortKey
        self.id = id
    }
}

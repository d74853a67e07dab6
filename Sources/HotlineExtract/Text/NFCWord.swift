import Foundation

/// A word hashed and compared by the UTF-8 bytes of its NFC form: the equality of `String ==`
/// (canonical equivalence, which compares NFC forms) without the normalisation check that hashing
/// a non-ASCII `String` runs every time. Words known to be in NFC (`WordShape.isPlainNFC`, the
/// folded words of news text) are taken as they are.
struct NFCWord: Hashable, Sendable {
    let nfc: String

    init(_ word: String) {
        nfc = WordShape.isPlainNFC(word) ? word : word.precomposedStringWithCanonicalMapping
    }

    /// A word the caller knows to be plain NFC (a token with a `shape`).
    init(plain word: String) {
        nfc = word
    }

    static func == (a: NFCWord, b: NFCWord) -> Bool {
        a.nfc.utf8.count == b.nfc.utf8.count && a.nfc.utf8.elementsEqual(b.nfc.utf8)
    }

    func hash(into hasher: inout Hasher) {
        if nfc.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
            Array(nfc.utf8).withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }
}

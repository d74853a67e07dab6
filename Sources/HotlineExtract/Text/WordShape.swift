import Foundation

/// A cheap, exact "can these words be equal?" test: the first UTF-8 byte and UTF-8 length of
/// a word's NFC form. `String ==` is canonical equivalence, which compares NFC forms, so two
/// equal words have the same shape; a word is known to be in NFC, without normalising it, when
/// every scalar is a starter that nothing composes with (`isPlainNFC`).
struct WordShape: Equatable, Sendable {
    let lead: UInt8
    let length: Int

    /// The shape of `word` when it is known to be in NFC; nil when finding it would take
    /// normalisation (the caller then cannot rule the word out).
    init?(ofPlain word: String) {
        guard let lead = word.utf8.first, Self.isPlainNFC(word) else { return nil }
        self.lead = lead
        length = word.utf8.count
    }

    /// The shape of any word (normalising it when needed; for building tables).
    init?(of word: String) {
        let nfc = Self.isPlainNFC(word) ? word : word.precomposedStringWithCanonicalMapping
        guard let lead = nfc.utf8.first else { return nil }
        self.lead = lead
        length = nfc.utf8.count
    }

    /// Only scalars of NFC quick-check "yes", combining class 0 and never the second of a
    /// canonical composition (checked against the Unicode data for these ranges): Latin below
    /// U+0300, Arabic letters and digits without their combining marks.
    static func isPlainNFC(_ word: String) -> Bool {
        // Read from the UTF-8 bytes: scalars below U+0300 have lead bytes up to CB, Arabic
        // ones D8 to DB.
        if let plain = word.utf8.withContiguousStorageIfAvailable(isPlainNFC) { return plain }
        return isPlainNFC(Array(word.utf8))
    }

    private static func isPlainNFC<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
        var utf8 = bytes.makeIterator()
        while let byte = utf8.next() {
            if byte < 0x80 { continue }
            guard let next = utf8.next() else { return false }
            switch byte {
            case 0xC2...0xCB: continue
            case 0xD8...0xDB:
                let v = UInt32(byte & 0x1F) << 6 | UInt32(next & 0x3F)
                guard (0x620...0x64A).contains(v) || (0x660...0x66F).contains(v) || (0x671...0x6D5).contains(v) else { return false }
            default: return false
            }
        }
        return true
    }
}

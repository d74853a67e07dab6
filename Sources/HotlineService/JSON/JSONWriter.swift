/// A small, fast JSON writer that appends UTF-8 straight into a byte buffer.
///
/// Hot paths (event lists) use it instead of `JSONEncoder`; callers are responsible for
/// writing well-formed structure (`object { }` / `array { }` keep commas right).
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    private var needsComma: [Bool] = [false]

    public init(capacity: Int = 1024) {
        bytes.reserveCapacity(capacity)
    }

    private mutating func separate() {
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
    }

    /// Writes `{ ... }`; `body` writes the members with `key(_:)` followed by a value.
    public mutating func object(_ body: (inout JSONWriter) -> Void) {
        beginValue()
        bytes.append(UInt8(ascii: "{"))
        needsComma.append(false)
        body(&self)
        needsComma.removeLast()
        bytes.append(UInt8(ascii: "}"))
    }

    /// Writes `[ ... ]`; `body` writes the elements.
    public mutating func array(_ body: (inout JSONWriter) -> Void) {
        beginValue()
        bytes.append(UInt8(ascii: "["))
        needsComma.append(false)
        body(&self)
        needsComma.removeLast()
        bytes.append(UInt8(ascii: "]"))
    }

    /// Writes a member name; the next value written belongs to it.
    public mutating func key(_ name: String) {
        separate()
        appendQuoted(name)
        bytes.append(UInt8(ascii: ":"))
        needsComma[needsComma.count - 1] = false
        pendingKey = true
    }

    private var pendingKey = false

    private mutating func beginValue() {
        if pendingKey {
            pendingKey = false
            needsComma[needsComma.count - 1] = true
        } else {
            separate()
        }
    }

    public mutating func string(_ value: String?) {
        beginValue()
        if let value { appendQuoted(value) } else { bytes.append(contentsOf: Self.null) }
    }

    public mutating func int(_ value: Int64) {
        beginValue()
        bytes.append(contentsOf: Array(String(value).utf8))
    }

    public mutating func double(_ value: Double) {
        beginValue()
        let rounded = (value * 1000).rounded() / 1000
        bytes.append(contentsOf: Array((rounded.isFinite ? String(rounded) : "0").utf8))
    }

    public mutating func bool(_ value: Bool) {
        beginValue()
        bytes.append(contentsOf: value ? Array("true".utf8) : Array("false".utf8))
    }

    public mutating func null() {
        beginValue()
        bytes.append(contentsOf: Self.null)
    }

    /// Convenience members.
    public mutating func member(_ name: String, _ value: String?) { key(name); string(value) }
    public mutating func member(_ name: String, _ value: Int64) { key(name); int(value) }
    public mutating func member(_ name: String, _ value: Double) { key(name); double(value) }
    public mutating func member(_ name: String, _ value: Bool) { key(name); bool(value) }

    private static let null: [UInt8] = Array("null".utf8)
    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func appendQuoted(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        // Most strings need no escape: copy them whole.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            bytes.append(contentsOf: s.utf8)
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\\")); bytes.append(b)
            case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\")); bytes.append(b)
            case 0x0A: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "t"))
            case 0..<0x20:
                bytes.append(contentsOf: Array("\\u00".utf8))
                bytes.append(Self.hex[Int(b >> 4)])
                bytes.append(Self.hex[Int(b & 0xF)])
            default: bytes.append(b)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

/// Line splitting and blank trimming over Unicode scalars, without bridging to `NSString`.
enum LineText {
    /// The lines of `text`: "\r\n", "\r" and "\n" each end one; empty lines are kept.
    static func lines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var i = start
        while i < scalars.endIndex {
            let v = scalars[i].value
            if v == 0x0A || v == 0x0D {
                lines.append(Substring(scalars[start..<i]))
                var next = scalars.index(after: i)
                if v == 0x0D, next < scalars.endIndex, scalars[next].value == 0x0A { next = scalars.index(after: next) }
                start = next
                i = next
            } else {
                i = scalars.index(after: i)
            }
        }
        lines.append(Substring(scalars[start..<scalars.endIndex]))
        return lines
    }

    /// `s` without leading and trailing tabs and space separators (as `trimmingCharacters(in: .whitespaces)`).
    static func trimmed(_ s: String) -> String {
        trimmed(s[...])
    }

    /// `s` trimmed as `trimmed(_: String)`.
    static func trimmed(_ s: Substring) -> String {
        let scalars = s.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isBlank($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isBlank($0) })!
        return String(Substring(scalars[first...last]))
    }

    /// Tab, a space separator (general category Zs) or the zero-width space, as Foundation counts them.
    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value == 0x20 || scalar.value == 0x09 }
        return scalar.value == 0x200B || scalar.properties.generalCategory == .spaceSeparator
    }
}

import Foundation

extension String {
    /// `trimmingCharacters(in: .whitespacesAndNewlines)`, without the bridge to `NSString` (a copy
    /// of the whole article) when neither end of the text is white space.
    func trimmedOfWhitespaceAndNewlines() -> String {
        let blanks = CharacterSet.whitespacesAndNewlines
        guard let first = unicodeScalars.first, let last = unicodeScalars.last,
              !blanks.contains(first), !blanks.contains(last) else {
            return trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return self
    }

    /// The text with "\r\n" line ends as "\n" (unchanged, without a copy, when it has no "\r").
    func withUnixLineEnds() -> String {
        utf8.contains(0x0D) ? replacingOccurrences(of: "\r\n", with: "\n") : self
    }
}

import Foundation

extension String {
    /// The text without surrounding whitespace, or nil when nothing is left: blank filters and
    /// blank actor facts count as absent.
    var nonBlank: String? {
        let trimmed = trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}

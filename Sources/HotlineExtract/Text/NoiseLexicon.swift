import Foundation

/// Page-noise patterns from `lexicons/noise.json` (see Resources/LEXICONS.md).
struct NoiseLexicon: Sendable, Decodable {
    /// Folded line prefixes that end the story block they appear in (related posts, comments...).
    let storyEndMarkers: [String]
    /// Folded line prefixes of short lines that are dropped (paywall, share buttons...).
    let dropLinePrefixes: [String]
    /// Lines longer than this many words are never treated as noise.
    let maxNoiseLineWords: Int
}

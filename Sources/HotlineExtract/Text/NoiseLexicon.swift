import Foundation

/// Page-noise patterns from `lexicons/noise.json` (see Resources/LEXICONS.md).
struct NoiseLexicon: Sendable, Decodable {
    /// Folded line prefixes that end the story block they appear in (related posts, comments...).
    let storyEndMarkers: [String]
    /// Folded line prefixes of short lines that are dropped (paywall, share buttons...).
    let dropLinePrefixes: [String]
    /// Folded lines that, alone on their line, head a block of links ("Lire aussi", "Más leídas"):
    /// the lines after it up to the next blank line are skipped.
    let linkBlockHeaders: [String]?
    /// Folded lines that, alone on their line, open another story on the page ("خبر آخر",
    /// "In other news"): the current story ends there and the next one starts after it.
    let storySeparators: [String]?
    /// First words (`storySeparatorPrefixes`: "More in", "Autres articles") or last word
    /// (`storySeparatorSuffixes`: "محليات أخرى", other local news) of a short heading line
    /// (`separatorHeadingWords` words at most, no final stop) that opens the page's other stories,
    /// as `storySeparators` do.
    let storySeparatorPrefixes: [String]?
    let storySeparatorSuffixes: [String]?
    /// Folded first words of photo captions ("[Photo: ...]", "Légende : ..."): a caption the page
    /// repeats is never the headline of a new story, and a call's topic context passes over
    /// caption lines (`TopicContext`).
    let captionPrefixes: [String]?
    /// Lines longer than this many words are never treated as noise.
    let maxNoiseLineWords: Int

    /// Most words of a heading line that `storySeparatorPrefixes`/`Suffixes` may match.
    static let separatorHeadingWords = 5
}

import Foundation

/// Turns a page into stories: drops repeated lines (captions, repeated headlines) and noise
/// lines, cuts related-post / comment blocks, and splits stories at gaps of two or more blank
/// lines.
struct PageCleaner: Sendable {
    let noise: NoiseLexicon

    func stories(of text: String) -> [[String]] {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        var stories: [[String]] = []
        var current: [String] = []
        var seen: Set<String> = []
        var blankRun = 0
        var skipping = false
        func close() {
            if !current.isEmpty { stories.append(current) }
            current = []
        }
        for line in lines {
            if line.isEmpty {
                blankRun += 1
                if blankRun >= 2 { close(); skipping = false }
                continue
            }
            blankRun = 0
            let folded = TextFolding.words(line).joined(separator: " ")
            let words = folded.split(separator: " ").count
            if words <= noise.maxNoiseLineWords, noise.storyEndMarkers.contains(where: { folded == $0 || folded.hasPrefix($0 + " ") }) {
                close()
                skipping = true
                continue
            }
            if skipping { continue }
            if words <= noise.maxNoiseLineWords, noise.dropLinePrefixes.contains(where: { Self.starts(folded, with: $0) }) { continue }
            if words == 0 || (words <= 2 && line.count <= 4) { continue }   // "TT", "20", bullets
            if seen.contains(folded) { continue }
            seen.insert(folded)
            current.append(line)
        }
        close()
        return stories
    }

    /// `line` starts with the words of `prefix`; a one-word prefix must be the whole line.
    static func starts(_ line: String, with prefix: String) -> Bool {
        prefix.contains(" ") ? (line == prefix || line.hasPrefix(prefix + " ")) : line == prefix
    }
}

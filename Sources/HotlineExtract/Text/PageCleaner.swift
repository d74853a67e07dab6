import Foundation

/// Turns a page into stories: drops repeated lines (captions, repeated headlines) and noise
/// lines, cuts related-post / comment blocks and link lists under a header ("Lire aussi"), and splits stories at gaps of two or more blank
/// lines, or where a headline-like line (short, no final period) that the page repeats a few
/// lines later opens a new story.
struct PageCleaner: Sendable {
    let noise: NoiseLexicon

    func stories(of text: String) -> [[String]] {
        let lines = LineText.lines(text).map(LineText.trimmed)
        var stories: [[String]] = []
        var current: [String] = []
        var seen: Set<String> = []
        var blankRun = 0
        var skipping = false
        var skippingLinks = false   // under a link-block header, up to the next blank line
        let separators = Set((noise.storySeparators ?? []).map(TextFolding.foldedLine))
        let separatorPrefixes = (noise.storySeparatorPrefixes ?? []).map(TextFolding.foldedLine)
        let separatorSuffixes = (noise.storySeparatorSuffixes ?? []).map { " " + TextFolding.foldedLine($0) }
        // ("More in Politics", "محليات أخرى": a short heading of the page's other stories)
        let separatesStories = { (folded: String, words: Int, line: String) in
            separators.contains(folded)
                || (words <= NoiseLexicon.separatorHeadingWords && !".!?؟:".contains(line.last ?? ".")
                    && (separatorPrefixes.contains { Self.starts(folded, with: $0) } || separatorSuffixes.contains(where: folded.hasSuffix)))
        }
        let headers = Set((noise.linkBlockHeaders ?? []).map(TextFolding.foldedLine))
        let captions = (noise.captionPrefixes ?? []).map { TextFolding.foldedLine($0) + " " }
        func close() {
            if !current.isEmpty { stories.append(current) }
            current = []
        }
        let folds = lines.map(TextFolding.foldedLine)
        for (n, line) in lines.enumerated() {
            if line.isEmpty {
                skippingLinks = false
                blankRun += 1
                if blankRun >= 2 { close(); skipping = false }
                continue
            }
            blankRun = 0
            let folded = folds[n]
            let words = folded.split(separator: " ").count
            if words <= noise.maxNoiseLineWords, noise.storyEndMarkers.contains(where: { folded == $0 || folded.hasPrefix($0 + " ") }) {
                close()
                skipping = true
                continue
            }
            if skipping || skippingLinks { continue }
            if separatesStories(folded, words, line) || Self.isRule(line) {
                close()
                continue
            }
            if headers.contains(folded) {
                skippingLinks = true
                continue
            }
            if words <= noise.maxNoiseLineWords, noise.dropLinePrefixes.contains(where: { Self.starts(folded, with: $0) }) { continue }
            if words == 0 || (words <= 2 && line.count <= 4) { continue }   // "TT", "20", bullets
            if words <= 30, Self.isDatedLink(line), !Self.titlesItem(line, before: n + 1 < lines.count ? lines[n + 1] : "") { continue }
            if Self.isMenu(line) { continue }
            if seen.contains(folded) { continue }
            // (not a line the page repeats over and over, a label of its entries: "Ottawa (Ontario)"
            // under each day of a minister's itinerary; nor a photo caption shown twice)
            // (nor a lead-in that ends with a colon: "The following is attributable to ...:")
            if current.count >= 3, words <= 20, !".!?؟\"”»:".contains(line.last ?? "."),
               folds[min(folds.count, n + 2)..<min(folds.count, n + 10)].contains(folded),
               folds[(n + 1)...].lazy.filter({ $0 == folded }).prefix(Self.labelRepeats - 1).count < Self.labelRepeats - 1,
               !captions.contains(where: folded.hasPrefix) {
                // (a label each item repeats, "READOUT" under "1) Secretary X's Call with Y", opens
                // the story at the item's title right above it, not after it)
                let title = current.count >= 2 && current.last.map(Self.isTitleLike) == true ? current.removeLast() : nil
                close()
                if let title { current.append(title) }
            }
            seen.insert(folded)
            current.append(line)
        }
        close()
        return stories
    }

    /// A short line without a sentence's final punctuation: a title, kicker or label.
    static func isTitleLike(_ line: String) -> Bool {
        line.split(separator: " ").count <= 20 && !".!?؟\"”»:;,".contains(line.last ?? ".")
    }

    /// Times a short line must occur on a page to be a recurring label rather than a headline
    /// repeated (a headline shows up twice: above its story and in a caption or a title bar).
    static let labelRepeats = 3

    /// A horizontal rule between stories: two or more of "-", "*", "_", "=", "—" and nothing
    /// else but spaces ("--", "---", "* * *").
    static func isRule(_ line: String) -> Bool {
        // (most lines start with a letter: checked before any scan)
        guard let first = line.unicodeScalars.first, ruleMarks.contains(first) else { return false }
        var marks = 0
        for s in line.unicodeScalars where s != " " {
            guard ruleMarks.contains(s) else { return false }
            marks += 1
        }
        return marks >= 2
    }
    static let ruleMarks: Set<Unicode.Scalar> = ["-", "*", "_", "=", "—", "–"]

    /// Least items, and most words per item, of a navigation line.
    static let menuItems = 3
    static let menuItemWords = 4

    /// A navigation line: at least three short items between "|" or bullets ("Le Président |
    /// Actualités | Discours | Dossiers"): its capitalised words name no one. One whose last item
    /// is a date is an item's label instead.
    static func isMenu(_ line: String) -> Bool {
        // (most lines have no separator: one byte scan, "•" and "·" start with 0xE2 and 0xC2)
        guard line.utf8.contains(where: { $0 == 0x7C || $0 == 0xE2 || $0 == 0xC2 }) else { return false }
        let items = line.split { $0 == "|" || $0 == "•" || $0 == "·" }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        // (not a release's label line that ends with its date: "SUMMARY | PRESS DESK | OCTOBER
        // 22, 2021" dates the item under it)
        return items.count >= menuItems && items.allSatisfy { $0.split(separator: " ").count <= menuItemWords }
            && !(items.last.map { isDate(Substring($0)) } ?? false)
    }

    /// A related-post link: a title that ends with its own date in brackets or after a dash
    /// ("Minister X meets Y (12/01/2024)", "... — 04 أكتوبر 2023"). A sentence ending in
    /// "(2015)." keeps its period and is not one.
    static func isDatedLink(_ line: String) -> Bool {
        let tail: Substring
        if line.hasSuffix(")"), let open = line.lastIndex(of: "(") {
            tail = line[line.index(after: open)..<line.index(before: line.endIndex)]
        } else if line.unicodeScalars.contains(where: { $0 == "—" || $0 == "–" }),
                  let dash = line.range(of: " — ", options: .backwards) ?? line.range(of: " – ", options: .backwards) {
            tail = line[dash.upperBound...]
        } else {
            return false
        }
        return isDate(tail)
    }

    /// A day's date and nothing else ("12/01/2024", "Jan. 27, 2025", " 04 أكتوبر 2023").
    static func isDate(_ text: Substring) -> Bool {
        let tail = text.drop { $0 == " " }
        // ("(Jan. 27, 2025)": a comma after the day belongs to the date)
        let parts = tail.split { $0 == " " || $0 == "/" || $0 == "." || $0 == "-" }.map { $0.hasSuffix(",") ? $0.dropLast() : $0 }
        guard (2...4).contains(parts.count), let year = parts.last.flatMap({ Int($0) }), (1900...2100).contains(year) else { return false }
        // the other parts: a day number and a month (word or number)
        return parts.dropLast().allSatisfy { p in p.count <= 12 && !p.contains(where: { ",;:".contains($0) }) }
            && parts.dropLast().contains { Int($0) != nil }
    }

    /// Least words of the body line under a dated item title (`titlesItem`).
    static let itemBodyWords = 12

    /// A dated title that heads the item below it rather than linking to another page ("Entretien
    /// de M. X avec M. Y (22 janvier 2025)" over the account of that talk, in a ministry's list
    /// of the month's talks): it opens with a letter, not a bullet, and the next line is a
    /// sentence of its own, not another dated title.
    static func titlesItem(_ line: String, before next: String) -> Bool {
        guard line.first?.isLetter == true, next.last == ".", !isDatedLink(next) else { return false }
        return next.split(separator: " ").count >= itemBodyWords
    }

    /// `line` starts with the words of `prefix`; a one-word prefix must be the whole line.
    static func starts(_ line: String, with prefix: String) -> Bool {
        prefix.contains(" ") ? (line == prefix || line.hasPrefix(prefix + " ")) : line == prefix
    }
}

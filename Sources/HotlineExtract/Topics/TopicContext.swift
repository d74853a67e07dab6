/// Chooses the sentences that form a call's topic context: the sentences reporting the call,
/// the lines before it that name a party and report talk (a headline naming a party counts),
/// the paragraphs up to its last report that continue it, and the paragraphs after that go on
/// reporting it, naming a party or referring back to the parties or the call ("The two
/// leaders", "Ambos", "الجانبان", "the discussion"). After the last report, one paragraph that
/// does not is bridged when the next one does; the context ends at a second one, or at a
/// paragraph opening another subject ("Background", "Par ailleurs", "At a press conference").
/// Photo captions are skipped.
struct TopicContext: Sendable {
    let discussion: PhraseMatcher<Bool>
    let anchors: PhraseMatcher<Bool>
    let titles: PhraseMatcher<Bool>
    let stops: PhraseMatcher<Bool>
    /// First words of photo captions (noise.json `captionPrefixes`): caption lines are passed over.
    let captions: PhraseMatcher<Bool>
    let otherEvents: PhraseMatcher<Bool>
    /// The knowledge base's country names and demonyms: a nationality adjective ("chileno",
    /// "chilien") may stand between a title and a name.
    let countryNames: PhraseMatcher<String>
    /// Folded name particles (titles.json `nameParticles`): one may stand inside a name ("Eduardo
    /// del Castillo").
    let particles: Set<String>
    /// Words from a sentence's start within which a stop or caption phrase must begin.
    static let stopReach = 2
    /// Words from a sentence's start within which a phrase naming another event must begin.
    static let otherEventReach = 6

    init(cues: TopicCatalogue.ContextCues?, captions: [String]? = nil, countryNames: PhraseMatcher<String> = PhraseMatcher(),
         particles: Set<String> = []) {
        self.countryNames = countryNames
        self.particles = particles
        self.captions = PhraseMatcher(phrases: captions)
        discussion = PhraseMatcher(phrases: cues?.discussion)
        anchors = PhraseMatcher(phrases: cues?.anchors)
        titles = PhraseMatcher(phrases: cues?.titles)
        stops = PhraseMatcher(phrases: cues?.stops)
        otherEvents = PhraseMatcher(phrases: cues?.otherEvents)
    }

    /// The context of the call reported by the `evidence` sentences, whose parties' names end
    /// with `partyWords` (folded), within `part` of a story. Without cues, the whole part.
    func sentences(evidence: [String], partyWords: Set<String>, in part: ArraySlice<Story.Sentence>) -> [Story.Sentence] {
        let reports = part.indices.filter { evidence.contains(part[$0].text) }
        guard !anchors.isEmpty, let first = reports.first, let last = reports.last else { return Array(part) }
        var chosen: [Story.Sentence] = part[..<first].enumerated().filter { k, s in
            namesParty(s, partyWords) && (k == 0 && s.paragraph == 0 || discussion.occurs(in: s.tokens))
        }.map(\.element)
        chosen += part[first...].prefix { $0.paragraph == part[first].paragraph }
        var pending: [Story.Sentence] = []
        var skipped: [[Story.Sentence]] = []   // paragraphs up to the last report that do not continue it
        for paragraph in Self.paragraphs(part[first...].drop { $0.paragraph == part[first].paragraph }) {
            guard let opening = paragraph.first else { continue }
            // up to the last report: the reports and the lines that continue them (and one line
            // between two that do: "Según explicó, México reforzará ...")
            if opening.paragraph <= part[last].paragraph {
                if paragraph.contains(where: { evidence.contains($0.text) || continuesReport($0, partyWords) }) {
                    if skipped.count == 1 { chosen += skipped[0] }
                    chosen += paragraph
                    skipped = []
                } else if !opens(opening, with: captions, within: Self.stopReach) {
                    skipped.append(paragraph)
                }
                continue
            }
            guard !opens(opening, with: stops, within: Self.stopReach),
                  !opens(opening, with: otherEvents, within: Self.otherEventReach) else { break }
            if opens(opening, with: captions, within: Self.stopReach) { continue }
            // (a short lead-in to a list, "Key points:", "Lo esencial:": the list's lines are judged)
            if paragraph.count == 1, opening.text.trimmingCharacters(in: .whitespaces).hasSuffix(":"),
               opening.tokens.lazy.filter(\.isWord).count <= Self.listLeadWords { continue }
            // (a line of a date or a time under a readout's headline: "May 11, 2025", "16:45"; not
            // a section heading, "Vuelos suspendidos", which may open another matter)
            // (the digit first: a paragraph without one is no date line, and its words go uncounted)
            if paragraph.contains(where: { $0.text.contains(where: \.isNumber) }),
               paragraph.reduce(0, { $0 + $1.tokens.lazy.filter(\.isWord).count }) <= Self.dateLineWords { continue }
            if paragraph.contains(where: { continuesReport($0, partyWords) }) {
                chosen += pending + paragraph
                pending = []
            } else if pending.isEmpty {
                pending = paragraph
            } else {
                break
            }
        }
        return chosen
    }

    /// The sentence is a photo caption (a caption phrase opens it).
    func isCaption(_ tokens: [Token]) -> Bool {
        opens(tokens, with: captions, within: Self.stopReach)
    }

    /// Most words of a line ending in a colon skipped as the lead-in to a list.
    static let listLeadWords = 4
    /// Most words of a paragraph skipped as a line of date or time.
    static let dateLineWords = 3

    static func paragraphs(_ sentences: ArraySlice<Story.Sentence>) -> [[Story.Sentence]] {
        var out: [[Story.Sentence]] = []
        for s in sentences {
            if let last = out.last?.last, last.paragraph == s.paragraph { out[out.count - 1].append(s) } else { out.append([s]) }
        }
        return out
    }

    func namesParty(_ s: Story.Sentence, _ partyWords: Set<String>) -> Bool {
        s.tokens.contains { $0.isWord && partyWords.contains($0.folded) }
    }

    /// A sentence naming a party, or with words referring back to the parties or the call.
    func continuesReport(_ s: Story.Sentence, _ partyWords: Set<String>) -> Bool {
        namesParty(s, partyWords) || anchors.occurs(in: s.tokens)
            || s.tokens.indices.contains { i in titles.match(s.tokens, at: i).map { !namesOther(after: $0.end, s.tokens, partyWords) } ?? false }
    }

    /// Tokens after a title within which a comma may introduce a name in apposition.
    static let titleReach = 8

    /// True when a name other than a party's stands right after a title, or after the first
    /// comma following it ("the President Ana Ruiz", "the minister of Foreign Affairs, José
    /// Albares"): a new actor, not a party referred back to.
    func namesOther(after end: Int, _ tokens: [Token], _ partyWords: Set<String>) -> Bool {
        let comma = tokens[end..<min(tokens.count, end + Self.titleReach)].firstIndex { $0.folded == "," }
        // (or after a nationality adjective: "el presidente chileno Gabriel Boric")
        let adjective = end < tokens.count ? countryNames.match(tokens, at: end)?.end : nil
        return [end, adjective, comma.map { $0 + 1 }].compactMap { $0 }.contains { start in
            guard start + 1 < tokens.count else { return false }
            // (a name particle may stand between the two words: "Eduardo del Castillo")
            let second = start + 2 < tokens.count && !tokens[start + 1].isCapitalized && particles.contains(tokens[start + 1].folded)
                ? start + 2 : start + 1
            let (a, b) = (tokens[start], tokens[second])
            return a.isCapitalized && b.isCapitalized && a.isWord && b.isWord
                && !partyWords.contains(a.folded) && !partyWords.contains(b.folded)
        }
    }


    /// True when one of `phrases` begins within the first `reach` words of `s`.
    func opens(_ s: Story.Sentence, with phrases: PhraseMatcher<Bool>, within reach: Int) -> Bool {
        opens(s.tokens, with: phrases, within: reach)
    }

    private func opens(_ tokens: [Token], with phrases: PhraseMatcher<Bool>, within reach: Int) -> Bool {
        tokens.indices.filter { tokens[$0].isWord }.prefix(reach).contains { phrases.match(tokens, at: $0) != nil }
    }
}

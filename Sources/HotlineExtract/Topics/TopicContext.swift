/// Chooses the sentences that form a call's topic context: the sentences reporting the call,
/// the lines before it that name a party and report talk (a headline naming a party counts),
/// and the paragraphs after it that go on reporting it, naming a party or referring back to the
/// parties or the call ("The two leaders", "Ambos", "الجانبان", "the discussion"). One paragraph
/// that does not is bridged when the next one does; the context ends at a second one, or at a
/// paragraph opening another subject ("Background", "Par ailleurs"). Photo captions are skipped.
struct TopicContext: Sendable {
    let discussion: PhraseMatcher<Bool>
    let anchors: PhraseMatcher<Bool>
    let stops: PhraseMatcher<Bool>
    let skips: PhraseMatcher<Bool>
    /// Tokens from a sentence's start within which a stop or skip phrase must begin.
    static let openingReach = 6

    init(cues: TopicCatalogue.ContextCues?) {
        discussion = Self.matcher(cues?.discussion)
        anchors = Self.matcher(cues?.anchors)
        stops = Self.matcher(cues?.stops)
        skips = Self.matcher(cues?.skips)
    }

    static func matcher(_ phrases: [String]?) -> PhraseMatcher<Bool> {
        var m = PhraseMatcher<Bool>()
        for p in phrases ?? [] { m.add(p, true) }
        return m
    }

    /// The context of the call reported by the `evidence` sentences, whose parties' names end
    /// with `partyWords` (folded), within `part` of a story. Without cues, the whole part.
    func sentences(evidence: [String], partyWords: Set<String>, in part: ArraySlice<Story.Sentence>) -> [Story.Sentence] {
        guard !anchors.isEmpty, let first = part.indices.first(where: { evidence.contains(part[$0].text) }) else {
            return Array(part)
        }
        var chosen: [Story.Sentence] = part[..<first].enumerated().filter { k, s in
            namesParty(s, partyWords) && (k == 0 && s.paragraph == 0 || discussion.occurs(in: s.tokens))
        }.map(\.element)
        let rest = part[first...]
        chosen += rest.prefix { $0.paragraph == part[first].paragraph }
        var pending: [Story.Sentence] = []
        for paragraph in Self.paragraphs(rest.drop { $0.paragraph == part[first].paragraph }) {
            guard let opening = paragraph.first, !opens(opening, with: stops) else { break }
            if opens(opening, with: skips) { continue }
            if paragraph.contains(where: { evidence.contains($0.text) || continuesReport($0, partyWords) }) {
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
    }

    func opens(_ s: Story.Sentence, with phrases: PhraseMatcher<Bool>) -> Bool {
        s.tokens.prefix(Self.openingReach).indices.contains { phrases.match(s.tokens, at: $0) != nil }
    }
}

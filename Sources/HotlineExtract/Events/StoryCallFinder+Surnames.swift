/// Later mentions by surname alone of a person the story has named in full ("Lebanese President
/// Joseph Aoun ... Aoun told his French counterpart"), for people the knowledge base gives no
/// one-word short form (an ambiguous surname: "Aoun", "Cho") or does not know at all.
extension StoryCallFinder {
    /// The offices whose holders a bare surname may name on the day (`addingSurnames(holdersOn:)`).
    static let callerKinds = ["head-of-state", "head-of-government", "foreign-minister", "defence-minister"]
    /// Letters a surname needs to be read alone.
    static let minimumSurnameLength = 3
    /// Clitics an Arabic surname may be written with ("بعون": with Aoun), longest first.
    static let arabicClitics = ["وب", "ول", "فب", "ب", "ل", "و", "ف"]

    /// The parties whose surname an Arabic word is once a clitic is taken off ("بعون": with Aoun).
    private func cliticFree(_ t: Token, in bySurname: [String: [Participant]]) -> [Participant]? {
        guard !bySurname.isEmpty, t.isArabic else { return nil }
        for c in Self.arabicClitics where t.folded.hasPrefix(c) && t.folded.count - c.count >= Self.minimumSurnameLength {
            if let found = bySurname[String(t.folded.dropFirst(c.count))] { return found }
        }
        return nil
    }

    /// `mentions` with an honorific and a given name the knowledge base knows as one official's
    /// ("Sheikh Mohamed", the UAE president) read as the one party the story named with that
    /// given name, when it has another ("Sheikh Mohamed bin Abdulrahman Al Thani ... Sheikh
    /// Mohamed").
    func givingStoryGivenNames(_ mentions: [Mention], tokens: [Token], memory: [ResolvedParty]) -> [Mention] {
        guard !memory.isEmpty, mentions.contains(where: { $0.end - $0.start == 2 && resources.indexes.givenNameHonorifics.contains(tokens[$0.start].folded) })
        else { return mentions }
        let byGivenName = givenNames(of: memory)
        return mentions.map { m in
            guard m.end - m.start == 2, !m.officials.isEmpty, resources.indexes.givenNameHonorifics.contains(tokens[m.start].folded),
                  let candidates = byGivenName[tokens[m.start + 1].folded], Set(candidates.map(\.identityKey)).count == 1,
                  let i = candidates[0].officialID.flatMap({ resources.knowledge.indexByID[$0] }), !m.officials.contains(i) else { return m }
            var story = m
            story.officials = [i]
            return story
        }
    }

    /// `mentions` plus a mention for each word, not inside another mention nor next to another
    /// capitalised word, that is the surname of exactly one party the story has named so far.
    /// With `holdersOn`, a surname no party of the story has is the one head of state or
    /// government, foreign or defence minister in office that day with that surname ("Arce y
    /// Lula conversaron por teléfono": Luis Arce, whom the knowledge base gives no bare "Arce").
    func addingSurnames(to found: [Mention], tokens: [Token], memory: [ResolvedParty], holdersOn day: EventDate? = nil) -> [Mention] {
        guard !memory.isEmpty || day != nil else { return found }
        let mentions = givingStoryGivenNames(found, tokens: tokens, memory: memory)
        var covered = [Bool](repeating: false, count: tokens.count)
        for m in mentions { for k in m.start..<min(m.end, tokens.count) { covered[k] = true } }
        // (the surname a title takes, "الرئيس عون", is read with the title)
        for m in mentions where m.surname != nil && m.end < tokens.count { covered[m.end] = true }
        let capitalisedWord = { (k: Int) in k >= 0 && k < tokens.count && tokens[k].isWord && tokens[k].isCapitalized }
        // ("Mr Albanese", "M. Akhannouch": an honorific before the surname is no other name word)
        let honorific = { (k: Int) in k >= 0 && resources.indexes.isHonorific(tokens[k]) && !capitalisedWord(k - 1) }
        // (an Arabic word with the article is a noun or an ordinal: "السادس", the sixth)
        let words = tokens.indices.filter { k in
            let t = tokens[k]
            return !covered[k] && t.isWord && t.folded.count >= Self.minimumSurnameLength
                && (t.isCapitalized || (t.isArabic && !t.folded.hasPrefix("ال"))) && (!capitalisedWord(k - 1) || honorific(k - 1)) && !capitalisedWord(k + 1)
        }
        // ("وكان السوداني قد تلقى": an Arabic word with the article that no title or noun comes
        // before, the last name word of exactly one party the story named, is that party, though
        // it also reads as a demonym)
        let articleWords = tokens.indices.filter { k in
            let t = tokens[k]
            return !covered[k] && t.isWord && t.isArabic && t.folded.hasPrefix("ال") && t.folded.count > Self.minimumSurnameLength
                && (k == 0 || (!covered[k - 1] && !tokens[k - 1].folded.hasPrefix("ال")))
        }
        guard !words.isEmpty || !articleWords.isEmpty else { return mentions }
        let knowledge = resources.knowledge
        let bySurname = Self.index(memory) { p in
            p.officialID.flatMap { knowledge.indexByID[$0] }.map { knowledge.lateSurnames[$0] } ?? Array(Set(PartyResolver.surnames(of: p)))
        }
        // ("Sheikh Mohamed received a call": after such an honorific a word is a given name, of
        // the one party the story named with it, and no surname)
        let givenNamed = Set(words.filter { k in k > 0 && resources.indexes.givenNameHonorifics.contains(tokens[k - 1].folded) })
        let byGivenName = givenNamed.isEmpty ? [:] : givenNames(of: memory)
        var found = words.compactMap { k -> (Int, Participant)? in
            if givenNamed.contains(k) {
                guard let candidates = byGivenName[tokens[k].folded], Set(candidates.map(\.identityKey)).count == 1 else { return nil }
                return (k, candidates[0])
            }
            guard let candidates = bySurname[tokens[k].folded] ?? cliticFree(tokens[k], in: bySurname),
                  Set(candidates.map(\.identityKey)).count == 1 else { return nil }
            return (k, candidates[0])
        }
        if !articleWords.isEmpty {
            var byArabicLastWord: [String: Set<String>] = [:]
            var parties: [String: Participant] = [:]
            for party in memory where party.participant.name != nil {
                let p = party.participant
                parties[p.identityKey] = p
                for a in p.aliases where a.unicodeScalars.first.map(TextFolding.isArabic) == true {
                    if let last = TextFolding.words(a).last { byArabicLastWord[last, default: []].insert(p.identityKey) }
                }
            }
            let named = Set(found.map(\.0))
            for k in articleWords where !named.contains(k) {
                guard let keys = byArabicLastWord[tokens[k].folded], keys.count == 1, let p = keys.first.flatMap({ parties[$0] }) else { continue }
                found.append((k, p))
            }
        }
        if let day {
            // (the last word of the canonical name, standing alone: not "Ahmad" of "Ahmad el-Chareh")
            let joined = { (k: Int) in
                k + 1 < tokens.count && (tokens[k + 1].hyphenBefore
                    || (resources.indexes.particles.contains(tokens[k + 1].folded) && !MentionFinder.andWords.contains(tokens[k + 1].folded)))
            }
            // (nor an honorific opening a sentence: "Son homologue" is no "Bùi Thanh Sơn"; nor a
            // weekday or month: "earlier Friday" is no Godwin Friday)
            for k in words where bySurname[tokens[k].folded] == nil && tokens[k].isCapitalized && !joined(k) && !givenNamed.contains(k)
                    && !resources.indexes.isHonorific(tokens[k]) && !resources.indexes.calendarNames.contains(tokens[k].folded) {
                guard let i = knowledge.holder(kinds: Self.callerKinds, surname: tokens[k].folded, on: day),
                      TextFolding.words(knowledge.officials[i].name).last == tokens[k].folded else { continue }
                let o = knowledge.officials[i]
                found.append((k, Participant(name: o.name, country: o.office(on: day, preferring: Self.callerKinds)?.country, role: nil, officialID: o.id)))
            }
        }
        guard !found.isEmpty else { return mentions }
        // (a country's name is no surname: "Mohammed VI of Morocco")
        var country = [Bool](repeating: false, count: tokens.count)
        for c in knowledge.countryNames.matches(in: tokens) { for k in c.start..<c.end { country[k] = true } }
        var out = mentions
        let articleWordSet = Set(articleWords)
        for (k, p) in found where !country[k] || articleWordSet.contains(k) {
            var m = Mention(start: k, end: k + 1)
            if let i = p.officialID.flatMap({ knowledge.indexByID[$0] }) {
                m.officials = [i]
            } else {
                m.name = p.name
            }
            m.country = p.country
            out.append(m)
        }
        return out.sorted { $0.start < $1.start }
    }

    /// The parties of `memory` by the first word of their canonical name and of each alias,
    /// honorifics skipped ("Sheikh Mohamed bin Zayed", "محمد بن زايد": Mohamed).
    private func givenNames(of memory: [ResolvedParty]) -> [String: [Participant]] {
        let knowledge = resources.knowledge
        return Self.index(memory) { p in
            let official = p.officialID.flatMap { knowledge.indexByID[$0] }.map { knowledge.officials[$0] }
            let names = official.map { [$0.name] + ($0.aliases ?? []) } ?? ([p.name].compactMap { $0 } + p.aliases)
            return Array(Set(names.compactMap { n in TextFolding.words(n).first { !resources.indexes.honorifics.contains($0) } }))
        }
    }

    /// Each named party of `memory` once, under each of its `words` long enough to be read alone.
    private static func index(_ memory: [ResolvedParty], by words: (Participant) -> [String]) -> [String: [Participant]] {
        var out: [String: [Participant]] = [:]
        var seen = Set<String>()
        for party in memory where party.participant.name != nil && seen.insert(party.participant.identityKey).inserted {
            for w in words(party.participant) where w.count >= minimumSurnameLength { out[w, default: []].append(party.participant) }
        }
        return out
    }
}

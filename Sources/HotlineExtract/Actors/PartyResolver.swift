/// Resolves mentions to participants: known officials with their office on the call's day,
/// offices to their holder ("the Secretary of State" on 2023-01-31 -> Blinken), counterparts
/// to the holder of the other party's office in the named country, and title-only mentions
/// without a country to the last party of the story holding such an office.
struct PartyResolver: Sendable {
    let knowledge: KnowledgeBase
    /// The state of the outlet the article comes from (`KnowledgeBase.outletCountry`): a title
    /// with no country that names no party of the story is that state's office. Set only for the
    /// subject of a readout's call sentence (StoryCallFinder decides).
    var outlet: String? = nil
    /// The one organisation the story names, when it names one: a bare title no party holds
    /// and no outlet resolves is that organisation's office ("the Secretary-General" on a page
    /// about the United Nations).
    var storyOrganisation: String? = nil
    /// The state of the outlet, for a title its press gives its own head (`Mention.home`) with
    /// no country: the party of that state the story named in the office, else the holder that
    /// day ("Le Souverain a eu un entretien téléphonique avec ..." on a Moroccan site; "صاحب
    /// السمو رئيس الدولة" on an Emirati one after a foreign president). Unlike `outlet`, it
    /// applies to no other title.
    var homeState: String? = nil
    /// Kinds of office a state has many holders of (`TitleLexicon.manyHolderKinds`).
    var manyHolderKinds: Set<String> = []
    /// Kinds of a minister's office (`TitleLexicon.ministerKinds`): "the Spanish minister" is the
    /// one minister of Spain the story named, whatever the portfolio.
    var ministerKinds: Set<String> = []

    func resolve(_ mentions: [Mention], on date: EventDate?, memory: [ResolvedParty]) -> [ResolvedParty] {
        var out: [ResolvedParty] = []
        for m in mentions where m.isNamed {
            if let r = resolveOne(m, on: date, memory: memory) { out.append(r) }
        }
        // a bare title is not a party named beside it ("The Prime Minister spoke to Prime Minister X")
        let namedHere = Set(out.map(\.participant.identityKey))
        let others = memory.filter { !namedHere.contains($0.participant.identityKey) }
        // (offices with a country first: a bare title is not the holder of one named beside it,
        // "le secrétaire d'État avait eu une conversation avec le ministre marocain")
        let offices = mentions.filter { !$0.isCounterpart && !$0.isNamed }
        for m in offices.filter({ $0.country != nil }) + offices.filter({ $0.country == nil }) {
            let candidates = m.country != nil ? others : others.filter { o in
                !out.contains { $0.participant.identityKey == o.participant.identityKey || ($0.participant.country != nil && $0.participant.country == o.participant.country) }
            }
            if m.isNextHolder, let country = m.country {
                // the one the story named of that country, not the office's holder that day
                let holder = date.flatMap { knowledge.holder(kinds: m.kinds, country: country, on: $0, role: m.role) }.map { knowledge.officials[$0].id }
                if var named = candidates.first(where: { $0.participant.name != nil && $0.participant.country == country && $0.participant.officialID.map { $0 != holder } ?? true }) {
                    named.position = m.start
                    out.append(named)
                } else {
                    Self.addOffice(m, of: country, to: &out)
                }
                continue
            }
            if m.isNextHolder, m.country == nil, let date,
               var next = candidates.first(where: { c in
                   recordedOffices(of: c).contains { o in m.kinds.contains(o.kind) && o.start.map { DateMath.isBefore(date, $0) } == true }
               }) {
                // ("El presidente electo conversó...": the story's party whose term in that office
                // is still to come, not the president the story named last)
                next.position = m.start
                out.append(next)
                continue
            }
            if m.isFormer {
                // ("l'ancien premier ministre, devenu président, ...": the story's party whose term
                // in that office ended before the day, or no one)
                if let date, var former = candidates.first(where: { c in
                    c.participant.name != nil && (m.country == nil || c.participant.country == m.country)
                        && recordedOffices(of: c).contains { o in m.kinds.contains(o.kind) && o.end.map { DateMath.isBefore($0, date) } == true }
                }) {
                    former.position = m.start
                    out.append(former)
                }
                continue
            }
            if m.isGeneric {
                // an office, not its holder
                if let country = m.country { Self.addOffice(m, of: country, to: &out) }
                continue
            }
            if let r = resolveOne(m, on: date, memory: candidates) { out.append(r) }
        }
        for m in mentions where m.isCounterpart && !m.isNamed {
            // the counterpart of the nearest party before it (else of the first one)
            let candidates = out.filter { $0.pluralGroup == nil && !$0.kinds.isEmpty }
            let other = candidates.last { $0.position < m.start } ?? candidates.first
            var cm = m
            cm.kinds = other?.kinds ?? []
            cm.role = other?.participant.role
            if let r = resolveOne(cm, on: date, memory: []) { out.append(r) }
        }
        sameOfficeAsCounterpart(&out, mentions: mentions, on: date)
        return out.sorted { $0.position < $1.position }
    }

    /// "The Moroccan minister spoke with his Omani counterpart, X": a nameless minister of a
    /// country is that country's holder of the office of the counterpart the sentence names (one
    /// that is not itself a many-holder office), when the knowledge base knows one that day.
    private func sameOfficeAsCounterpart(_ out: inout [ResolvedParty], mentions: [Mention], on date: EventDate?) {
        guard let date, let counterpart = mentions.first(where: { $0.isCounterpart && $0.isNamed }),
              let named = out.first(where: { $0.position == counterpart.start && $0.participant.name != nil }),
              !named.kinds.isEmpty, !Set(named.kinds).isSubset(of: manyHolderKinds) else { return }
        for k in out.indices where out[k].participant.name == nil {
            guard let country = out[k].participant.country, country != named.participant.country,
                  !out[k].kinds.isEmpty, Set(out[k].kinds).isSubset(of: manyHolderKinds),
                  !Set(out[k].kinds).isDisjoint(with: ministerKinds),
                  let holder = knowledge.holder(kinds: named.kinds, country: country, on: date, role: nil) else { continue }
            var r = participant(official: holder, on: date, kinds: named.kinds, fallbackCountry: country)
            r.position = out[k].position
            r.pluralGroup = out[k].pluralGroup
            out[k] = r
        }
    }

    /// An office without its holder: a nameless party of `country`, nothing when a named party
    /// has that country already.
    private static func addOffice(_ m: Mention, of country: String, to out: inout [ResolvedParty]) {
        guard !out.contains(where: { $0.participant.name != nil && $0.participant.country == country }) else { return }
        out.append(ResolvedParty(participant: Participant(name: nil, country: country, role: m.role), kinds: m.kinds, position: m.start))
    }

    func participant(official i: Int, on date: EventDate?, kinds: [String], fallbackCountry: String?) -> ResolvedParty {
        let o = knowledge.officials[i]
        let office = o.office(on: date, preferring: kinds)
        let p = Participant(name: o.name, country: office?.country ?? fallbackCountry, role: office?.role,
                            aliases: (o.aliases ?? []), officialID: o.id)
        return ResolvedParty(participant: p, kinds: office.map { [$0.kind] } ?? kinds, position: 0)
    }

    /// `name` is another transliteration of `official`'s name, in its own script. An Arabic-script
    /// name: the first word of one of the aliases, or last words at most one letter apart
    /// ("بيدرو سانشيث", "بيدرو سانشيز"). A Latin-script one: one word of the name or a Latin alias
    /// the same and the other at most one letter apart once "ou" is read "u" ("Badr Albousaïdi"
    /// for "Badr Albusaidi").
    static func otherSpelling(_ name: String, of official: Official) -> Bool {
        let arabic = Self.isArabicScript(name)
        let ends = { (s: String) -> (first: String, last: String)? in
            let words = TextFolding.words(s).map { arabic ? $0 : Self.latinSkeleton($0) }
            guard let f = words.first, let l = words.last, words.count >= 2 else { return nil }
            return (f, l)
        }
        guard let (first, last) = ends(name) else { return false }
        if arabic {
            return (official.aliases ?? []).contains { alias in
                guard let (f, l) = ends(alias) else { return false }
                return f == first || Self.oneEditApart(Array(l), Array(last))
            }
        }
        return ([official.name] + (official.aliases ?? [])).contains { form in
            guard !Self.isArabicScript(form), let (f, l) = ends(form) else { return false }
            return (f == first && Self.oneEditApart(Array(l), Array(last))) || (l == last && Self.oneEditApart(Array(f), Array(first)))
        }
    }

    /// Whether `s` has a letter of Arabic script.
    static func isArabicScript(_ s: String) -> Bool {
        s.unicodeScalars.contains(where: TextFolding.isArabic)
    }

    /// A folded Latin word with French "ou" read as "u" ("albousaidi" -> "albusaidi").
    static func latinSkeleton(_ word: String) -> String {
        var out = ""
        var previous: Character?
        for c in word {
            if c == "u", previous == "o" { out.removeLast() }
            out.append(c)
            previous = c
        }
        return out
    }

    /// At most one letter inserted, removed or replaced between `a` and `b`.
    static func oneEditApart(_ a: [Character], _ b: [Character]) -> Bool {
        if a == b { return true }
        guard abs(a.count - b.count) <= 1 else { return false }
        var i = 0
        while i < min(a.count, b.count), a[i] == b[i] { i += 1 }
        if a.count == b.count { return a[(i + 1)...] == b[(i + 1)...] }
        return a.count > b.count ? a[(i + 1)...] == b[i...] : a[i...] == b[(i + 1)...]
    }

    /// `name` has the words of `official`'s name or of an alias, in any order.
    static func sameWords(_ name: String, as official: Official) -> Bool {
        let words = Set(TextFolding.words(name))
        return ([official.name] + (official.aliases ?? [])).contains { Set(TextFolding.words($0)) == words }
    }

    private func resolveOne(_ m: Mention, on date: EventDate?, memory: [ResolvedParty]) -> ResolvedParty? {
        var r: ResolvedParty?
        if let i = knowledge.pick(m.officials, on: date) {
            r = participant(official: i, on: date, kinds: m.kinds, fallbackCountry: m.country)
        } else if let name = m.name {
            // ("Mr. KAMIKAWA Yoko, Japan's Foreign Minister": the holder of the
            // office that day, when the name has the words of one of theirs in another order)
            // (or an Arabic transliteration the knowledge base spells otherwise: "بيدرو سانشيث"; or
            // a Latin one: "Badr Albousaïdi")
            if let country = m.country, let date, !Set(m.kinds).isSubset(of: manyHolderKinds),
               let holder = knowledge.holder(kinds: m.kinds, country: country, on: date, role: m.role),
               Self.sameWords(name, as: knowledge.officials[holder]) || Self.otherSpelling(name, of: knowledge.officials[holder]) {
                r = participant(official: holder, on: date, kinds: m.kinds, fallbackCountry: country)
            } else {
                r = ResolvedParty(participant: Participant(name: name, country: m.country, role: m.role), kinds: m.kinds, position: 0)
            }
        } else if let country = m.country {
            let holder = date.flatMap { d in
                Set(m.kinds).isSubset(of: manyHolderKinds) ? nil : knowledge.holder(kinds: m.kinds, country: country, on: d, role: m.role)
            }
            // the one the story named in that office whom the knowledge base does not know (the
            // text knows of a reshuffle it does not), then the holder on record for the day, then
            // the one the story named in that office (not one it knows out of office: "un
            // secrétaire d'État sortant, Antony Blinken")
            if let offRecord = Self.named(m, of: country, in: memory.filter { $0.participant.officialID == nil }) {
                r = offRecord
            } else if let holder {
                r = participant(official: holder, on: date, kinds: m.kinds, fallbackCountry: country)
            } else if let named = Self.named(m, of: country, in: memory) {
                r = named
            } else if Set(m.kinds).isSubset(of: manyHolderKinds), !Set(m.kinds).isDisjoint(with: ministerKinds),
                      let minister = Self.only(memory.filter { p in
                          p.participant.name != nil && p.participant.country == country && !Set(p.kinds).isDisjoint(with: ministerKinds)
                      }) {
                // ("llamó al ministro español" after naming José Manuel Albares)
                r = minister
            } else {
                r = ResolvedParty(participant: Participant(name: nil, country: country, role: m.role), kinds: m.kinds, position: 0)
            }
        } else if !m.kinds.isEmpty {
            let word = m.role?.lowercased() ?? ""
            // "الرئيس عون": the party of the story whose name ends so
            // (of another office when one party alone has that surname: "le général Aoun", then president)
            // ("the Crown Prince and Prime Minister": the party of the story who holds both offices)
            let holdsAll = { (p: ResolvedParty) -> Bool in
                // (a party the knowledge base does not know holds none: its kinds are not empty here)
                guard m.holdsEveryKind else { return false }
                let held = Set(recordedOffices(of: p).filter { o in date.map(o.covers) ?? true }.map(\.kind))
                return Set(m.kinds).isSubset(of: held)
            }
            // (a title of the state's own head, on its own site: "رئيس الدولة" is not the foreign
            // president named last)
            let home = homeState.flatMap { m.home != nil && reigns(m, in: $0) ? $0 : nil }
            r = memory.first(where: holdsAll) ?? (m.isNew ? newest(m, on: date, in: memory) : nil)
                ?? home.flatMap { Self.named(m, of: $0, in: memory) } ?? m.surname.flatMap { s in
                memory.first { Self.holdsKind($0, of: m) && Self.hasSurname(s, $0.participant) }
                    ?? Self.only(memory.filter { $0.participant.name != nil && Self.hasSurname(s, $0.participant) })
            }
                // (on a state's own outlet, the party of that state the story named in the office:
                // "The foreign minister also spoke to ..." on dawn.com after "Mr Wang said ...")
                ?? outlet.flatMap { reigns(m, in: $0) ? Self.named(m, of: $0, in: memory) : nil }
                // (the role the title begins: "Secretary-General" is not the "Spokesperson for the Secretary-General")
                // (a title of two offices at once, "رئيس مجلس الوزراء وزير الخارجية", is no party
                // holding only one of them)
                ?? (m.holdsEveryKind ? nil : memory.first { !word.isEmpty && ($0.participant.role ?? "").lowercased().hasPrefix(word) }
                    ?? memory.first { Self.holdsKind($0, of: m) && $0.participant.name != nil })
            // (no party of the story has that surname: the one holder of the office on the day who does)
            if r == nil, let surname = m.surname, let date, let i = knowledge.holder(kinds: m.kinds, surname: surname, on: date) {
                r = participant(official: i, on: date, kinds: m.kinds, fallbackCountry: nil)
            }
            // (the story's organisation only for an office no state has: not "the spokesperson")
            let organisation = storyOrganisation.flatMap { Set(m.kinds).isDisjoint(with: knowledge.stateKinds) ? $0 : nil }
            if r == nil, !m.isCounterpart, let seat = outlet ?? organisation ?? home, reigns(m, in: seat), let date,
               let i = knowledge.holder(kinds: m.kinds, country: seat, on: date, role: m.role) {
                r = participant(official: i, on: date, kinds: m.kinds, fallbackCountry: seat)
            }
        }
        r?.position = m.start
        r?.pluralGroup = m.pluralGroup
        return r
    }

    /// A monarch's title (`HomeTitle.monarch`) names no one of a state that is not a monarchy:
    /// "Le Souverain" on a French site is not the President of France.
    private func reigns(_ m: Mention, in state: String) -> Bool {
        m.home != .monarch || knowledge.countries[state]?.monarchy == true
    }

    /// The named party of `memory` in an office of the mention's kinds whose term began last by
    /// the knowledge base (one it does not know counts as the newest); nil when none.
    private func newest(_ m: Mention, on date: EventDate?, in memory: [ResolvedParty]) -> ResolvedParty? {
        let began = { (p: ResolvedParty) -> String in
            guard p.participant.officialID.flatMap({ knowledge.indexByID[$0] }) != nil else { return "9999" }
            return recordedOffices(of: p).filter { o in m.kinds.contains(o.kind) && (date.map(o.covers) ?? true) }.compactMap(\.from).max() ?? ""
        }
        let holders = memory.filter { $0.participant.name != nil && Self.holdsKind($0, of: m) }
        return holders.max { began($0) < began($1) }
    }

    /// The offices the knowledge base records for the party (none for one it does not know).
    private func recordedOffices(of p: ResolvedParty) -> [Official.Office] {
        knowledge.recordedOffices(of: p.participant)
    }

    /// The party holds an office of a kind the mention's title names.
    static func holdsKind(_ p: ResolvedParty, of m: Mention) -> Bool {
        !Set(p.kinds).isDisjoint(with: m.kinds)
    }

    /// The first party of `memory` the story named, of `country`, in an office the mention's
    /// title names.
    static func named(_ m: Mention, of country: String, in memory: [ResolvedParty]) -> ResolvedParty? {
        memory.first { $0.participant.name != nil && $0.participant.country == country && holdsKind($0, of: m) }
    }

    /// The one party of `parties` (however many times listed), else nil.
    static func only(_ parties: [ResolvedParty]) -> ResolvedParty? {
        guard let first = parties.first, parties.allSatisfy({ $0.participant.identityKey == first.participant.identityKey }) else { return nil }
        return first
    }

    /// True when one of the participant's name forms ends with the folded word `surname`.
    static func hasSurname(_ surname: String, _ p: Participant) -> Bool {
        surnames(of: p).contains(surname)
    }

    /// The last folded word of each of the participant's name forms (name and aliases).
    static func surnames(of p: Participant) -> [String] {
        ([p.name].compactMap { $0 } + p.aliases).compactMap { TextFolding.words($0).last }
    }
}

/// "X spoke with A on Saturday and with B on Sunday": one sentence, two calls on two days.
extension StoryCallFinder {
    /// The parties after the trigger, when each has a date cue of its own (between it and the
    /// next party when the cues follow them, between the previous party and it when they
    /// precede them: "el sábado con A y el domingo con B") and the dates differ: one call each
    /// with the single party before the trigger. Nil otherwise.
    func splitByOwnDates(_ parties: [ResolvedParty], group: Group, cues: [DateCue],
                         resolve: (DateCue) -> EventDate?) -> [(parties: [ResolvedParty], date: EventDate)]? {
        var hubs = parties.filter { $0.position < group.start }
        var objects = parties.filter { $0.position >= group.start }
        // (a verb-first subject: "تحدث X يوم الاثنين مع A ويوم الثلاثاء مع B"; or all the
        // parties before a closing phone word: "... مع B هاتفيا")
        if hubs.isEmpty, objects.count >= 3, objects[0].position <= group.end + 1 {
            hubs = [objects.removeFirst()]
        } else if objects.isEmpty, hubs.count >= 3 {
            objects = Array(hubs.dropFirst())
            hubs = [hubs[0]]
        }
        guard hubs.count == 1, objects.count >= 2, cues.count >= objects.count,
              let firstCue = cues.map(\.start).min() else { return nil }
        let preceding = firstCue < objects[0].position
        var out: [(parties: [ResolvedParty], date: EventDate)] = []
        for (i, p) in objects.enumerated() {
            let lo = preceding ? (i == 0 ? hubs[0].position : objects[i - 1].position) : p.position
            let hi = preceding ? p.position : (i + 1 < objects.count ? objects[i + 1].position : Int.max)
            let own = cues.filter { $0.start > lo && $0.start < hi }
            guard own.count == 1, let date = resolve(own[0]) else { return nil }
            out.append(([hubs[0], p], date))
        }
        guard Set(out.map(\.date.iso)).count == out.count else { return nil }
        return out
    }

    /// "X spoke with Y on May 2 and again on May 8": two dates after the call's words, the second
    /// right after an `again` phrase: one call on each day. Nil otherwise.
    func repeatedDates(group: Group, cues: [DateCue], tokens: [Token], grammar: LexiconIndexes.Grammar,
                       resolve: (DateCue) -> EventDate?) -> [EventDate]? {
        let after = cues.filter { $0.start >= group.end }.sorted { $0.start < $1.start }
        guard after.count == 2, (max(after[0].end, after[1].start - 3)..<after[1].start).contains(where: { grammar.again.match(tokens, at: $0) != nil }),
              let first = resolve(after[0]), let second = resolve(after[1]), first != second else { return nil }
        return [first, second]
    }
}

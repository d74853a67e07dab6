/// Merges repeated reports of one call within an article: same participants, or one party set
/// inside the other, with compatible dates.
struct CallMerger: Sendable {
    func mergeWithinArticle(_ events: [CallEvent]) -> [CallEvent] {
        var out: [CallEvent] = []
        for e in splitSummaries(events) {
            let keys = Set(e.participants.map(\.identityKey))
            if let i = out.firstIndex(where: { o in
                let ok = Set(o.participants.map(\.identityKey))
                if ok == keys, let a = o.date, let b = e.date, let d = DateMath.days(from: a, to: b), abs(d) <= 1 { return true }
                return (ok.isSubset(of: keys) || keys.isSubset(of: ok) || Self.sameOnceNamed(o, e)) && Self.compatible(o.date, e.date)
            }) {
                out[i] = merge(out[i], e)
            } else {
                out.append(e)
            }
        }
        return out
    }

    /// "X telephoned A and B" followed by reports of each call ("X first spoke to A", "later, X
    /// called B"): the party set was a summary of calls made one by one, not one call of all of
    /// them. Such a summary is dropped for its pairs, which take its initiator and evidence.
    /// (Without a caller, only when a report of each pair is there: "X au téléphone avec A et B"
    /// over "X a téléphoné samedi à A" and "la veille, il avait eu un entretien avec B".)
    func splitSummaries(_ events: [CallEvent]) -> [CallEvent] {
        var events = events
        var k = 0
        while k < events.count {
            let e = events[k]
            let keys = e.participants.map(\.identityKey)
            // (only a caller's summary, "X telephoned A and B": "A, B and C held a video call" is one call)
            guard keys.count >= 3 else { k += 1; continue }
            let pairOf = { (a: String, b: String) in
                events.indices.first { i in
                    i != k && Set(events[i].participants.map(\.identityKey)) == [a, b] && Self.compatible(events[i].date, e.date)
                        && !events[i].evidence.contains { e.evidence.contains($0) }
                }
            }
            let reportedWith = { (hub: String) in keys.allSatisfy { $0 == hub || pairOf(hub, $0) != nil } }
            // (without a caller, the pairs' calls must fall on different days: reports of each
            // party of one video call are still that call)
            let onOwnDays = { (hub: String) -> Bool in
                let days = keys.filter { $0 != hub }.compactMap { pairOf(hub, $0).flatMap { events[$0].date } }
                return days.count == keys.count - 1 && Set(days).count == days.count
            }
            guard let hub = e.initiator.map({ keys[$0] }) ?? keys.first(where: { reportedWith($0) && onOwnDays($0) }), reportedWith(hub)
            else { k += 1; continue }
            for p in keys where p != hub {
                guard let i = pairOf(hub, p) else { continue }
                if events[i].initiator == nil {
                    events[i].initiator = events[i].participants.firstIndex { $0.identityKey == hub }
                }
                if events[i].date == nil { events[i].date = e.date }
                events[i].evidence = e.evidence + events[i].evidence.filter { !e.evidence.contains($0) }
            }
            events.remove(at: k)
        }
        return events
    }

    /// The same parties once an office named without its holder in one report is read as the
    /// holder of that country the other report names ("the Vietnamese foreign minister" and "Bùi
    /// Thanh Sơn"): as many parties, and each unmatched one an office of a country the other has.
    static func sameOnceNamed(_ a: CallEvent, _ b: CallEvent) -> Bool {
        guard a.participants.count == b.participants.count else { return false }
        let ak = Set(a.participants.map(\.identityKey)), bk = Set(b.participants.map(\.identityKey))
        let onlyA = a.participants.filter { !bk.contains($0.identityKey) }, onlyB = b.participants.filter { !ak.contains($0.identityKey) }
        guard !onlyA.isEmpty, onlyA.count == onlyB.count else { return false }
        let pairs = zip(onlyA.sorted { ($0.country ?? "") < ($1.country ?? "") }, onlyB.sorted { ($0.country ?? "") < ($1.country ?? "") })
        return pairs.allSatisfy { p, q in
            (p.name == nil) != (q.name == nil) && p.country != nil && p.country == q.country
        }
    }

    static func compatible(_ a: EventDate?, _ b: EventDate?) -> Bool {
        guard let a, let b else { return true }
        return !DateMath.isBefore(a, b) && !DateMath.isBefore(b, a)
    }

    /// `a` enriched by `b`: the larger party set, the first known date (most precise, and a day
    /// the call's own words give before the day of a statement about it), initiator, evidence.
    func merge(_ a: CallEvent, _ b: CallEvent) -> CallEvent {
        var base = a.participants.count >= b.participants.count ? a : b
        let other = a.participants.count >= b.participants.count ? b : a
        let dated = [a, b].filter { $0.date != nil }
        let days = dated.filter { $0.date?.precision == .day }
        let chosen = days.first { !$0.datedByStatement } ?? days.first ?? dated.first
        base.date = chosen?.date
        if base.initiator == nil, let oi = other.initiator {
            let caller = other.participants[oi]
            // (a caller the other report names only by office is the one party of its country:
            // "fue el ministro ruso quien llamó a Gil")
            let ofCountry = base.participants.indices.filter { caller.country != nil && base.participants[$0].country == caller.country }
            base.initiator = base.participants.firstIndex { $0.identityKey == caller.identityKey }
                ?? (caller.name == nil && ofCountry.count == 1 ? ofCountry[0] : nil)
        }
        // unnamed parties take the name found in the other report
        base.nameOffices(from: other)
        base.evidence = a.evidence + b.evidence.filter { !a.evidence.contains($0) }
        base.confidence = max(a.confidence, b.confidence)
        base.vaguelyDated = a.vaguelyDated || b.vaguelyDated
        base.datedByStatement = chosen?.datedByStatement ?? false
        let seen = Set(base.topics)
        base.topics += other.topics.filter { !seen.contains($0) }
        return base
    }
}

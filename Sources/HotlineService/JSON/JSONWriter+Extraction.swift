import HotlineExtract

/// JSON for extraction results (`hotline extract`), with evidence and confidence so a user can
/// see why an event was found.
extension JSONWriter {
    public mutating func extraction(_ x: Extraction) {
        object { w in
            w.member("language", x.language)
            w.key("events")
            w.array { w in for e in x.events { w.callEvent(e) } }
        }
    }

    public mutating func callEvent(_ e: CallEvent) {
        object { w in
            w.member("type", e.type)
            w.member("date", e.date?.iso)
            w.key("participants")
            w.array { w in for p in e.participants { w.participant(p) } }
            w.key("initiator")
            if let i = e.initiator, e.participants.indices.contains(i) { w.participant(e.participants[i]) } else { w.null() }
            w.key("topics")
            w.array { w in
                for t in e.topics { w.object { w in w.member("id", t.id); w.member("label", t.label) } }
            }
            w.key("evidence")
            w.array { w in for s in e.evidence { w.string(s) } }
            w.member("confidence", e.confidence)
        }
    }

    mutating func participant(_ p: Participant) {
        object { w in
            w.member("name", p.name)
            w.member("country", p.country)
            w.member("role", p.role)
            w.key("aliases")
            w.array { w in for a in p.aliases { w.string(a) } }
        }
    }
}

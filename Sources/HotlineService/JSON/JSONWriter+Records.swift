import HotlineStore

/// The API's JSON shapes (CONTRACT.md): Event, Actor, Article.
extension JSONWriter {
    mutating func actor(_ a: ActorRecord) {
        object { w in
            w.member("id", String(a.id))
            w.member("name", a.name)
            w.member("country", a.country)
            w.member("role", a.role)
            w.key("aliases")
            w.array { w in for alias in a.aliases { w.string(alias) } }
        }
    }

    mutating func event(_ e: EventRecord) {
        object { w in
            w.member("id", String(e.id))
            w.member("type", e.type)
            w.member("date", e.date)
            w.member("date_precision", e.date.map { $0.count == 10 ? "day" : $0.count == 7 ? "month" : "year" })
            w.key("participants")
            w.array { w in for p in e.participants { w.actor(p) } }
            w.key("initiator")
            if let initiator = e.initiator { w.actor(initiator) } else { w.null() }
            w.key("topics")
            w.array { w in
                for t in e.topics { w.object { w in w.member("id", t.id); w.member("label", t.label) } }
            }
            w.key("sources")
            w.array { w in
                for s in e.sources {
                    w.object { w in
                        w.member("article_id", String(s.articleID))
                        w.member("url", s.url)
                        w.member("published_at", s.publishedAt)
                        w.member("evidence", s.evidence)
                    }
                }
            }
            w.member("confidence", e.confidence)
        }
    }

    mutating func events(_ list: [EventRecord]) {
        array { w in for e in list { w.event(e) } }
    }

    mutating func article(_ a: ArticleRecord) {
        object { w in
            w.member("id", String(a.id))
            w.member("url", a.url)
            w.member("title", a.title)
            w.member("published_at", a.publishedAt)
            w.member("language", a.language)
            w.member("text_hash", a.textHash)
            w.member("created_at", a.createdAt)
        }
    }
}

/// A person of the knowledge base (`officials.json`, format in Resources/README.md).
public struct Official: Sendable, Codable, Equatable {
    /// An office held over a period; `from`/`to` may be day, month or year precise; `to` nil while in office.
    public struct Office: Sendable, Codable, Equatable {
        public let kind: String
        public let role: String
        public let country: String
        public let from: String?
        public let to: String?

        var start: EventDate? { from.flatMap(EventDate.init(iso:)) }
        var end: EventDate? { to.flatMap(EventDate.init(iso:)) }

        /// True when the office was held on `date` (comparison at the coarser precision).
        func covers(_ date: EventDate) -> Bool {
            if let start, DateMath.isBefore(date, start) { return false }
            if let end, DateMath.isBefore(end, date) { return false }
            return true
        }
    }

    public let id: String
    public let name: String
    public let aliases: [String]?
    public let short: [String]?
    public let gender: String?
    public let offices: [Office]

    /// The office held on `date` (the latest office when the date is unknown or none covers it).
    func office(on date: EventDate?, preferring kinds: [String] = []) -> Office? {
        let pool = date.map { d in offices.filter { $0.covers(d) } } ?? []
        let candidates = pool.isEmpty ? offices : pool
        if let k = candidates.first(where: { kinds.contains($0.kind) }) { return k }
        return candidates.max { ($0.start ?? EventDate(year: 1)!) < ($1.start ?? EventDate(year: 1)!) }
    }
}

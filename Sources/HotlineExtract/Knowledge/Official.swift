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
    /// True for a person whose Latin spelling varies by outlet with no settled form ("Ould
    /// Merzoug", "Ould Merzouk"): events name them as the article spells them (`Extractor`).
    public var asWritten: Bool? = nil

    /// The office held on `date`: the latest office when the date is unknown, the one nearest
    /// in time when none covers it (before a first office, the first: "David Lammy" in June 2024
    /// is not yet the deputy prime minister he became later).
    func office(on date: EventDate?, preferring kinds: [String] = []) -> Office? {
        let pool = date.map { d in offices.filter { $0.covers(d) } } ?? []
        let candidates = pool.isEmpty ? offices : pool
        if let k = candidates.first(where: { kinds.contains($0.kind) }) { return k }
        if pool.isEmpty, let date, let nearest = offices.min(by: { Self.gap($0, date) < Self.gap($1, date) }) { return nearest }
        return candidates.max { ($0.start ?? EventDate(year: 1)!) < ($1.start ?? EventDate(year: 1)!) }
    }

    /// Days from `date` to the office's term (0 inside it; unknown bounds count as far).
    static func gap(_ office: Office, _ date: EventDate) -> Int {
        if let start = office.start, DateMath.isBefore(date, start) { return DateMath.days(from: date, to: start) ?? Int.max / 2 }
        if let end = office.end, DateMath.isBefore(end, date) { return DateMath.days(from: end, to: date) ?? Int.max / 2 }
        return 0
    }
}

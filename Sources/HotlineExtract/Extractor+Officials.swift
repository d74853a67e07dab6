extension Extractor {
    /// An extractor whose knowledge base is the bundled one extended by `additionalOfficials`:
    /// an entry whose id is a bundled id replaces that entry (a correction), others are added.
    /// Builds a new name index, so create it once per change of the list, not per article.
    public init(additionalOfficials: [Official]) {
        self.init(resources: ExtractionResources(base: .shared, officials: additionalOfficials))
    }

    /// The knowledge-base entry with this id (bundled or added), if any.
    public func official(id: String) -> Official? {
        resources.knowledge.officials.first { $0.id == id }
    }
}

extension Extractor {
    /// True when `code` is a country or organisation code of countries.json ("MA", "EU").
    public func knowsCountry(_ code: String) -> Bool {
        resources.knowledge.countries[code] != nil
    }
}

extension Extractor {
    /// Ids of the other officials (not `official.id`) that have the official's name or one of
    /// its aliases among their own name forms (name, aliases, short forms), compared as folded
    /// words; used to refuse an added official that duplicates a known one.
    public func officialIDs(sharingNamesWith official: Official) -> [String] {
        let wanted = Set(([official.name] + (official.aliases ?? [])).map(TextFolding.words).filter { !$0.isEmpty })
        return resources.knowledge.officials.filter { other in
            other.id != official.id
                && ([other.name] + (other.aliases ?? []) + (other.short ?? [])).contains { wanted.contains(TextFolding.words($0)) }
        }.map(\.id)
    }
}

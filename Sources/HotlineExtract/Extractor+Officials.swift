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

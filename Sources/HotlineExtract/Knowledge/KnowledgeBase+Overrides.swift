extension KnowledgeBase {
    /// `base` with `overrides` merged in by id: an override replaces the entry with the same id
    /// (keeping its place), the others are appended in order. Countries are shared with `base`;
    /// only the name index is rebuilt.
    init(base: KnowledgeBase, overrides: [Official]) {
        var merged = base.officials
        var indexByID: [String: Int] = [:]
        for (i, o) in merged.enumerated() where indexByID[o.id] == nil { indexByID[o.id] = i }
        for o in overrides {
            if let i = indexByID[o.id] {
                merged[i] = o
            } else {
                indexByID[o.id] = merged.count
                merged.append(o)
            }
        }
        let names = KnowledgeBase(officials: merged, countries: [], spellingVariants: base.spellingVariants).names
        self.spellingVariants = base.spellingVariants
        self.officials = merged
        self.countries = base.countries
        self.names = names
        self.countryNames = base.countryNames
        self.capitals = base.capitals
        self.domains = base.domains
        let indexes = Self.indexes(of: merged, countries: base.countries)
        self.indexByID = indexes.byID
        self.lateSurnames = indexes.lateSurnames
        self.byLateSurname = indexes.byLateSurname
        self.byLastWord = indexes.byLastWord
        self.stateKinds = Self.stateKinds(of: merged, countries: base.countries)
    }
}

/// Read-only listings of the data embedded in the module, for tools that need realistic names
/// (the benchmark's corpus generator): no extraction logic depends on them.
public enum BundledKnowledge {
    /// Every official of `officials.json` that has an office, in file order, with the country
    /// and role of the office that started last.
    public static var officials: [BundledOfficial] {
        ExtractionResources.shared.knowledge.officials.compactMap { official in
            guard let office = official.office(on: nil) else { return nil }
            return BundledOfficial(id: official.id, name: official.name, aliases: official.aliases ?? [], country: office.country, role: office.role)
        }
    }

    /// Every topic of `topics.json`, in file order, with its cue phrases.
    public static var topics: [BundledTopic] {
        ExtractionResources.shared.topics.topics.map { BundledTopic(id: $0.id, label: $0.label, cues: $0.cues) }
    }
}

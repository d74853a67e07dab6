import Foundation

/// The `actors.aliases` column: a JSON array of strings.
enum ActorAliases {
    static func encode(_ aliases: [String]) -> String {
        guard let data = try? JSONEncoder().encode(aliases) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The aliases; [] for anything that is not a JSON array of strings.
    static func decode(_ json: String) -> [String] {
        if json == "[]" { return [] }
        if let strings = AliasListReader.strings(json) { return strings }
        return (try? JSONDecoder().decode([String].self, from: Data(json.utf8))) ?? []
    }

    /// `existing` followed by the new aliases not already there (compared folded), blanks dropped.
    static func union(_ existing: [String], _ new: [String]) -> [String] {
        // Fast path (the common re-ingest of a known actor): every new alias is already stored
        // verbatim, so folding (costly Unicode work) could not add anything.
        let verbatim = Set(existing)
        if new.allSatisfy({ alias in
            verbatim.contains(alias) || {
                let trimmed = alias.trimmingCharacters(in: .whitespacesAndNewlines)
                return trimmed.isEmpty || verbatim.contains(trimmed)
            }()
        }) {
            return existing
        }
        var seen = Set(existing.map(NameFolding.fold))
        var result = existing
        for alias in new {
            let trimmed = alias.trimmingCharacters(in: .whitespacesAndNewlines)
            let folded = NameFolding.fold(trimmed)
            guard !folded.isEmpty, seen.insert(folded).inserted else { continue }
            result.append(trimmed)
        }
        return result
    }
}

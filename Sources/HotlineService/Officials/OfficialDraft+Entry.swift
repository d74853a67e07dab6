import HotlineExtract
import HotlineStore

extension OfficialDraft {
    /// The knowledge-base entry `id`: `base` (the entry being corrected, if any) with the
    /// draft's fields applied. A changed name keeps the old one as an alias, so texts that use
    /// it still resolve. Without `offices`, a given role or country corrects the latest office,
    /// or becomes an office of kind "other" (always held) when there is none and the country
    /// is known.
    func entry(id: String, base: Official?) -> Official {
        let name = self.name ?? base?.name ?? ""
        var aliases = self.aliases ?? base?.aliases ?? []
        if let old = base?.name, NameFolding.fold(old) != NameFolding.fold(name),
           !aliases.contains(where: { NameFolding.fold($0) == NameFolding.fold(old) }) {
            aliases.append(old)
        }
        aliases.removeAll { NameFolding.fold($0) == NameFolding.fold(name) }
        var offices = self.offices ?? base?.offices ?? []
        if self.offices == nil, role != nil || country != nil {
            if let latest = Official.entry(id: id, name: name, offices: offices).latestOffice,
               let i = offices.firstIndex(of: latest) {
                offices[i] = .term(kind: latest.kind, role: role ?? latest.role, country: country ?? latest.country,
                                   from: latest.from, to: latest.to)
            } else if let country {
                offices = [.term(kind: "other", role: role ?? "", country: country)]
            }
        }
        let gender: String? = self.gender ?? base?.gender
        let short = self.short ?? base?.short
        return .entry(id: id, name: name, aliases: aliases.isEmpty ? nil : aliases,
                      short: (short ?? []).isEmpty ? nil : short, gender: gender, offices: offices)
    }

    /// The actor row for `entry`: its name and aliases, the draft's role and country or else
    /// those of the latest office, or else `fallback`'s.
    func correction(for entry: Official, fallback: ActorRecord?) -> ActorCorrection {
        let latest = entry.latestOffice
        let officeRole = latest.flatMap { $0.role.isEmpty ? nil : $0.role }
        return ActorCorrection(key: "kb:" + entry.id, name: entry.name,
                               country: country ?? latest?.country ?? fallback?.country,
                               role: role ?? officeRole ?? fallback?.role,
                               aliases: entry.aliases ?? [])
    }

    /// Every name form of the entry (name, aliases, short forms).
    static func nameForms(of official: Official) -> [String] {
        [official.name] + (official.aliases ?? []) + (official.short ?? [])
    }
}

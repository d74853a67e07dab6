/// Public construction of knowledge-base entries, so a client (the service) can add or correct
/// officials at run time in the `officials.json` format (Resources/README.md).
extension Official {
    /// The office kinds of the `officials.json` vocabulary (Resources/README.md).
    public static let officeKinds: Set<String> = [
        "head-of-state", "head-of-government", "foreign-minister", "defence-minister", "vice-president",
        "deputy-prime-minister", "crown-prince", "national-security-adviser", "interior-minister",
        "finance-minister", "spokesperson", "military-chief", "intelligence-chief", "secretary-general",
        "commission-president", "council-president", "high-representative", "envoy", "minister", "ambassador",
        "legislator", "speaker", "upper-house-speaker", "other",
    ]

    /// A new entry (the memberwise initialiser stays internal; this is its public form).
    public static func entry(id: String, name: String, aliases: [String]? = nil, short: [String]? = nil,
                             gender: String? = nil, offices: [Office] = []) -> Official {
        Official(id: id, name: name, aliases: aliases, short: short, gender: gender, offices: offices)
    }

    /// The office shown when no date is given: the one starting last (undated starts count as oldest).
    public var latestOffice: Office? { office(on: nil) }
}

extension Official.Office {
    /// One term of office (public form of the memberwise initialiser).
    public static func term(kind: String, role: String, country: String, from: String? = nil, to: String? = nil) -> Official.Office {
        Official.Office(kind: kind, role: role, country: country, from: from, to: to)
    }
}

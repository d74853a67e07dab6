import HotlineStore

/// Ids of user officials: "user-" and the name as a slug ("Nasser Bourita" -> "user-nasser-bourita").
enum OfficialID {
    /// A name with no ASCII letter or digit (Arabic script only) gets "user-" and a hash prefix.
    static func derived(fromName name: String) -> String {
        let folded = NameFolding.fold(name)
        var slug = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        if slug.isEmpty { slug = String(SHA256.hex(SHA256.digest(Array(folded.utf8))).prefix(12)) }
        return "user-" + slug
    }

    /// The `officials.json` id format: lowercase ASCII letters, digits and "-", at most 100.
    static func isValid(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 100 && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}

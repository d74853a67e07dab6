extension String {
    /// ASCII case-insensitive equality, enough for header names and tokens (no allocation).
    func caseInsensitiveEquals(_ other: String) -> Bool {
        let a = utf8, b = other.utf8
        guard a.count == b.count else { return false }
        return zip(a, b).allSatisfy { ASCII.lowercased($0) == ASCII.lowercased($1) }
    }
}

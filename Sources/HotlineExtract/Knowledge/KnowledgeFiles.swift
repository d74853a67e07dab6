/// The top-level shapes of the two knowledge files.
struct OfficialsFile: Sendable, Decodable {
    let version: Int?
    let officials: [Official]
}

/// See `OfficialsFile`.
struct CountriesFile: Sendable, Decodable {
    let version: Int?
    let countries: [Country]
}

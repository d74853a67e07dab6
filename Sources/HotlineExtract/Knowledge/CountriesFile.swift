/// The top-level shape of `countries.json`.
struct CountriesFile: Sendable, Decodable {
    let version: Int?
    let countries: [Country]
}

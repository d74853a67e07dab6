/// The top-level shape of `officials.json`.
struct OfficialsFile: Sendable, Decodable {
    let version: Int?
    let officials: [Official]
}

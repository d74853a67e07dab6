import Foundation

/// The one JSON object the benchmark prints: figures by name (keys sorted), numbers rounded.
struct BenchReport {
    private(set) var values: [String: Any] = [:]

    subscript(key: String) -> Any? {
        get { values[key] }
        set { values[key] = newValue }
    }

    /// Sets `values[key][sub] = value`, creating the inner object.
    mutating func set(_ key: String, _ sub: String, _ value: Any) {
        var inner = values[key] as? [String: Any] ?? [:]
        inner[sub] = value
        values[key] = inner
    }

    /// `value` rounded to `digits` decimals (JSON numbers stay readable).
    static func round(_ value: Double, _ digits: Int = 1) -> Double {
        let scale = pow(10, Double(digits))
        return (value * scale).rounded() / scale
    }

    func json() throws -> String {
        let data = try JSONSerialization.data(withJSONObject: values, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }
}

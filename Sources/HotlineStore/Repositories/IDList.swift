/// A list of ids bound as one JSON array parameter and read back with `json_each`, so a batch
/// query has one SQL text (one cached statement) whatever the number of ids.
enum IDList {
    static func json(_ ids: [Int64]) -> String {
        "[" + ids.map(String.init).joined(separator: ",") + "]"
    }
}

import CSQLite

/// The current result row of a stepping statement; valid only inside the row callback.
/// `offset` shifts column numbers, so a row decoder can read columns that start mid-row.
struct Row {
    let handle: OpaquePointer
    var offset: Int32 = 0

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column + offset) == SQLITE_NULL }

    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column + offset) }

    func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(handle, column + offset)) }

    func double(_ column: Int32) -> Double { sqlite3_column_double(handle, column + offset) }

    /// The column as text; "" for NULL.
    func text(_ column: Int32) -> String {
        guard let bytes = sqlite3_column_text(handle, column + offset) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, column + offset))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    func optionalText(_ column: Int32) -> String? { isNull(column) ? nil : text(column) }

    func optionalInt64(_ column: Int32) -> Int64? { isNull(column) ? nil : int64(column) }
}

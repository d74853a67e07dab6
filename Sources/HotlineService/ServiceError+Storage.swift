import HotlineStore

extension ServiceError {
    /// The 503 answer for a SQLite failure that is the storage's state, not the request's fault:
    /// disk or size limit full (`storage_full`), read-only database (`read_only`), I/O error,
    /// lock or memory exhaustion (`unavailable`). Nil for any other failure (a 500).
    /// Every write runs in one transaction, so a 503 means nothing of the request was stored.
    static func storage(_ error: SQLiteError) -> ServiceError? {
        if error.isFull {
            return ServiceError(status: 503, code: "storage_full",
                                message: "the database is full (no disk space or its size limit reached): nothing was written; reads still work")
        }
        if error.isReadOnly {
            return ServiceError(status: 503, code: "read_only",
                                message: "the database is read-only: nothing was written; reads still work")
        }
        if error.isIOFailure || error.isBusy {
            return ServiceError(status: 503, code: "unavailable",
                                message: "the database is temporarily unavailable (I/O error or busy): nothing was written; retry later")
        }
        return nil
    }

    /// Runs `body`, turning storage failures into their 503 `ServiceError`.
    static func mappingStorageFailures<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as SQLiteError {
            guard let mapped = storage(error) else { throw error }
            throw mapped
        }
    }
}

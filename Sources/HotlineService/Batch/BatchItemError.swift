import HotlineHTTP
import HotlineStore

/// The status, code and message reported for one failed article of a batch: an `APIError` as
/// is, an invalid extracted event as 422, a storage failure as its 503, anything else as a
/// generic 500 (details not leaked).
struct BatchItemError {
    let status: Int
    let code: String
    let message: String

    init(_ error: any Error) {
        switch error {
        case let api as any APIError:
            (status, code, message) = (api.status, api.code, api.message)
        case let invalid as InvalidEventError:
            (status, code, message) = (422, "invalid_event", "\(invalid)")
        case let sqlite as SQLiteError where ServiceError.storage(sqlite) != nil:
            let mapped = ServiceError.storage(sqlite)!
            (status, code, message) = (mapped.status, mapped.code, mapped.message)
        default:
            (status, code, message) = (500, "internal", "the article could not be stored")
        }
    }
}

/// An error that knows its HTTP answer; the router turns it into a JSON error response.
public protocol APIError: Error {
    var status: Int { get }
    var code: String { get }
    var message: String { get }
}

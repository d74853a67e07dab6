/// Limits of the server; each has a clear JSON error or closes the connection.
public struct ServerLimits: Sendable {
    /// Request line plus headers; more answers 431 (and closes).
    public var maxHeaderBytes = 16 * 1024
    /// Header fields in a request head; more answers 431 (and closes).
    public var maxHeaderCount = 100
    /// Body; more answers 413 and closes without reading the body (at most 256 KiB the client
    /// already sent are discarded before closing, so the 413 is not lost to a TCP reset).
    public var maxBodyBytes = 4 << 20
    /// Seconds allowed to receive a complete request head once its first byte arrived; also the
    /// longest wait for the first byte on a new connection (when shorter than `idleTimeout`).
    public var headerTimeout: Double = 10
    /// Seconds an idle keep-alive connection is kept (also the longest pause while a body arrives).
    public var idleTimeout: Double = 60
    /// Seconds allowed to receive a whole request (head and body) once its first byte arrived;
    /// a request cut off by this or `headerTimeout` is answered 408 and the connection closes.
    public var requestTimeout: Double = 60
    /// While all `maxConnections` slots are taken and a client waits in the listen backlog: the
    /// longest a connection may wait for, or take to send, a request head (idle keep-alive
    /// connections included), so that slow clients cannot keep new ones waiting.
    public var saturatedHeaderTimeout: Double = 1
    /// Seconds a response write may block on a client that does not read; then the connection closes.
    public var sendTimeout: Double = 30
    /// Connections served at once; further ones wait in the listen backlog.
    public var maxConnections = 256

    public init() {}
}

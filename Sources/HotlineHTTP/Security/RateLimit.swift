/// A token-bucket rate: `perSecond` tokens refill per second, up to `burst` kept.
public struct RateLimit: Sendable, Equatable {
    public var perSecond: Double
    public var burst: Double

    /// `burst` defaults to twice the rate (at least 1).
    public init(perSecond: Double, burst: Double? = nil) {
        self.perSecond = perSecond
        self.burst = burst ?? max(1, perSecond * 2)
    }
}

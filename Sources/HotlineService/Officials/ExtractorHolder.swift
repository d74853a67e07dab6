import Foundation
import HotlineExtract

/// The extractor currently in use, replaced as a whole when the user officials change, so every
/// request sees one consistent knowledge base.
///
/// `@unchecked Sendable`: `extractor` is only read or written while `lock` is held.
public final class ExtractorHolder: @unchecked Sendable {
    private let lock = NSLock()
    private var extractor: Extractor

    public init(_ extractor: Extractor) {
        self.extractor = extractor
    }

    /// The extractor to use for the next extraction.
    public var current: Extractor {
        lock.lock()
        defer { lock.unlock() }
        return extractor
    }

    /// Makes `extractor` the one later extractions use.
    public func replace(with extractor: Extractor) {
        lock.lock()
        defer { lock.unlock() }
        self.extractor = extractor
    }
}

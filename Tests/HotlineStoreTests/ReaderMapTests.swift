import Testing
@testable import HotlineStore

/// `Store(path:readerMapBytes:)`: how much of the file each reader maps (`hotline serve
/// --reader-map`); the writer never maps.
struct ReaderMapTests {
    private func mapSizes(readerMapBytes: Int64) throws -> (reader: Int, writer: Int) {
        let directory = try TempDirectory()
        let store = try Store(path: directory.path("map.sqlite"), readerMapBytes: readerMapBytes)
        defer { store.close() }
        let reader = try store.readers.read { try $0.queryOne("PRAGMA mmap_size") { $0.int(0) } } ?? -1
        let writer = try store.writer.write { try $0.queryOne("PRAGMA mmap_size") { $0.int(0) } } ?? -1
        return (reader, writer)
    }

    @Test func readersMapTheConfiguredSize() throws {
        let sizes = try mapSizes(readerMapBytes: 64 << 20)
        #expect(sizes.reader == 64 << 20)
        #expect(sizes.writer == 0)
    }

    @Test func zeroTurnsMappingOff() throws {
        #expect(try mapSizes(readerMapBytes: 0).reader == 0)
    }
}

import Foundation
import HotlineHTTP
import HotlineService
import HotlineStore

/// The real service (store + router + server) on an ephemeral loopback port with a fresh database.
final class TestServer {
    let store: Store
    let server: HTTPServer
    let port: UInt16
    let directory: URL

    init(limits: ServerLimits = ServerLimits()) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("hotline-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store = try Store(path: directory.appendingPathComponent("test.db").path)
        let router = HotlineAPI(store: store).router
        server = HTTPServer(host: "127.0.0.1", port: 0, limits: limits) { router.respond(to: $0) }
        port = try server.start()
    }

    func client() throws -> TestClient { try TestClient(port: port) }

    func stop() {
        server.shutdown()
        server.waitUntilStopped()
        store.close()
        try? FileManager.default.removeItem(at: directory)
    }
}

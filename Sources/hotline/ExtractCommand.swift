import Foundation
import HotlineExtract
import HotlineService

/// `hotline extract FILE|-`: the events of one article as JSON on standard output.
enum ExtractCommand {
    static func run(_ args: [String]) throws -> Int32 {
        let o = try Options(args, valued: ["published-at", "language"], boolean: ["html"])
        guard o.positional.count == 1 else { throw CLIError("extract takes one FILE, or - for standard input") }
        let path = o.positional[0]
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let d = FileManager.default.contents(atPath: path) else { throw CLIError("cannot read \(path)") }
            data = d
        }
        let html = o.has("html") || path.hasSuffix(".html") || path.hasSuffix(".htm")
        let contentType = path.hasSuffix(".json") ? "application/json" : html ? "text/html" : "text/plain"
        var params: [String: String] = [:]
        if let p = o.flags["published-at"] { params["published_at"] = p }
        if let l = o.flags["language"] { params["language"] = l }
        let submission: ArticleSubmission
        do {
            submission = try ArticleSubmission.decode(body: Array(data), contentType: contentType, parameters: params)
        } catch let e as ServiceError {
            throw CLIError(e.message)
        }
        let extraction = Extractor().extract(Article(text: submission.text, title: submission.title, url: submission.url,
                                                     publishedAt: submission.publishedAt, language: submission.language))
        var w = JSONWriter()
        w.extraction(extraction)
        FileHandle.standardOutput.write(Data(w.bytes + [UInt8(ascii: "\n")]))
        return 0
    }
}

import HotlineExtract

/// The extractor with the bundled data, built once for the whole fuzzing run.
let extractor = Extractor()

/// libFuzzer entry point for the extractor and the HTML-to-text step.
///
/// The first byte chooses the language hint and whether the rest is read as HTML; the rest is
/// the article (bytes decoded as UTF-8, invalid sequences replaced). Extraction must never crash
/// and every event must name at least one participant and carry its evidence.
@_cdecl("LLVMFuzzerTestOneInput")
public func LLVMFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let mode = data[0]
    var text = String(decoding: UnsafeBufferPointer(start: data + 1, count: size - 1), as: UTF8.self)
    var title: String?
    if mode & 0x10 != 0 {
        let page = HTMLText.extract(html: text)
        text = page.text
        title = page.title
    }
    let hints: [String?] = [nil, "en", "fr", "es", "ar", "de", "xx", nil]
    let article = Article(text: text, title: title, publishedAt: mode & 0x20 != 0 ? EventDate(iso: "2024-03-05") : nil,
                          language: hints[Int(mode & 0x07)])
    for event in extractor.extract(article).events {
        guard !event.participants.isEmpty else { fatalError("an event without participants") }
        guard !event.evidence.isEmpty else { fatalError("an event without evidence") }
    }
    return 0
}

import Testing
@testable import HotlineExtract

/// Jerusalem named as a place ("hacia Jerusalén", "la résidence présidentielle à Jérusalem", "based in Jerusalem") is no topic.
@Suite struct JerusalemPlaceUseTests {
    private static func topics(_ text: String) -> [Set<String>] {
        Fixtures.extractBundled(text, published: "2024-10-09").map { Set($0.topics.map(\.id)) }
    }

    @Test(arguments: [
        "El ministro José Manuel Albares habló por teléfono el martes con Ayman Safadi, antes de viajar hacia Jerusalén.",
        "Nasser Bourita s'est entretenu mardi par téléphone avec Isaac Herzog, joint à la résidence présidentielle à Jérusalem.",
        "Nasser Bourita spoke by phone on Tuesday with Ayman Safadi, a ministry spokesman based in Jerusalem said.",
    ])
    func aPlaceUseIsNoJerusalemTopic(text: String) {
        let found = Self.topics(text)
        #expect(found.count == 1)
        #expect(found.first?.contains("jerusalem") == false)
    }

    // (guard: the city's status in the call's sentence is the topic)
    @Test func theStatusOfJerusalemIsTheTopic() {
        #expect(Self.topics("Nasser Bourita spoke by phone on Tuesday with Ayman Safadi about the status of Jerusalem.") == [["jerusalem"]])
    }
}

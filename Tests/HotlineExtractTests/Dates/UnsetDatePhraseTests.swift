import Testing
@testable import HotlineExtract

// More ways to say the call's date was not given ("sans que la date de cet échange ait été
// communiquée", "sin que se precisara la fecha", "without the date being given", "دون الكشف عن
// تاريخ"): the call is undated even under a dateline. (The bundled knowledge base.)

@Test(arguments: [
    "PARIS, 20 février (AFP) - Jean-Noël Barrot s'est entretenu par téléphone avec Badr Abdelatty, sans que la date de cette conversation ait été rendue publique.",
    "MADRID, 20 Feb. (EUROPA PRESS) - José Manuel Albares conversó por teléfono con Badr Abdelatty, sin que se precisara la fecha.",
    "CAIRO, Feb 20 (Reuters) - Badr Abdelatty spoke by phone with David Lammy, the ministry said, without the date being given.",
    "القاهرة 20 فبراير - أجرى بدر عبد العاطي اتصالا هاتفيا مع ديفيد لامي، دون الكشف عن تاريخ الاتصال.",
])
func aCallWhoseDateWentUnsaidIsUndated(text: String) {
    let events = Fixtures.extractBundled(text, published: "2025-02-20")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names)?.contains("Badr Abdelatty") == true)
    #expect(events.first.map { $0.date == nil } == true)
}

// (guard: the dateline still dates a call whose report leaves nothing unsaid)
@Test func theDatelineDatesACallWithoutSuchAPhrase() {
    let events = Fixtures.extractBundled("CAIRO, Feb 20 (Reuters) - Badr Abdelatty spoke by phone with David Lammy, the ministry said.",
                                         published: "2025-02-20")
    #expect(events.map(\.date) == [Fixtures.day("2025-02-20")])
}

// (guard: other details left unsaid leave the call's own day)
@Test func otherDetailsLeftUnsaidKeepTheDay() {
    let events = Fixtures.extractBundled(
        "Badr Abdelatty spoke by phone with David Lammy on Tuesday, the ministry said, without the details being given.",
        published: "2025-02-20")
    #expect(events.map(\.date) == [Fixtures.day("2025-02-18")])
}

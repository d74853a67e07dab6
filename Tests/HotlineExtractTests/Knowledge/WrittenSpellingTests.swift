import Testing
@testable import HotlineExtract

// An official marked `asWritten` in officials.json (a Latin spelling that varies by outlet, as
// Mauritania's "Ould Merzoug" / "Ould Merzouk") is named as the article spells them; the other
// spelling stays an alias. Others keep their canonical name. (The bundled knowledge base.)

private let merzoug = "Mohamed Salem Ould Merzoug"
private let merzouk = "Mohamed Salem Ould Merzouk"

@Test func anAsWrittenOfficialTakesTheArticlesSpelling() {
    let events = Fixtures.extractBundled("Le ministre mauritanien des Affaires étrangères, Mohamed Salem Ould Merzouk, s'est entretenu mardi par téléphone avec Nasser Bourita.",
                                         published: "2021-02-10")
    #expect(events.count == 1)
    let party = events.first?.participants.first { $0.country == "MR" }
    #expect(party?.name == merzouk)
    #expect(party?.aliases.contains(merzoug) == true)
}

// (guard: the canonical spelling on a page that writes it, and in Arabic script)
@Test(arguments: [
    "Le ministre mauritanien des Affaires étrangères, Mohamed Salem Ould Merzoug, s'est entretenu mardi par téléphone avec Nasser Bourita.",
    "بحث وزير الخارجية الموريتاني محمد سالم ولد مرزوك هاتفيا أمس مع وزير الخارجية المغربي ناصر بوريطة.",
])
func anAsWrittenOfficialKeepsTheCanonicalNameOtherwise(text: String) {
    let events = Fixtures.extractBundled(text, published: "2021-02-10")
    #expect(events.first?.participants.first { $0.country == "MR" }?.name == merzoug)
}

@Test func theBundledDataMarksOnlyOfficialsWithSeveralLatinSpellingsAsWritten() {
    let written = Extractor().resources.knowledge.officials.filter { $0.asWritten == true }
    #expect(!written.isEmpty)
    for o in written {
        #expect((o.aliases ?? []).contains { a in a.unicodeScalars.allSatisfy { $0.value < 0x600 } }, "\(o.id) has no Latin alias to write")
    }
}

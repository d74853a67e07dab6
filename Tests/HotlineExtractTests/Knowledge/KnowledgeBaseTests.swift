import Testing
@testable import HotlineExtract

@Test func officeHolderDependsOnTheDate() {
    let kb = Fixtures.resources.knowledge
    let before = kb.holder(kinds: ["foreign-minister"], country: "US", on: Fixtures.day("2023-01-31"))
    let after = kb.holder(kinds: ["foreign-minister"], country: "US", on: Fixtures.day("2025-03-01"))
    #expect(before.map { kb.officials[$0].name } == "Antony Blinken")
    #expect(after.map { kb.officials[$0].name } == "Marco Rubio")
    #expect(kb.holder(kinds: ["foreign-minister"], country: "US", on: Fixtures.day("2019-01-01")) == nil)
}

@Test func nameIndexFindsAliasesShortFormsAndArabic() {
    let kb = Fixtures.resources.knowledge
    for text in ["Anthony Blinken said", "then Blinken said", "قال أنتوني بلينكن"] {
        let m = kb.names.matches(in: Tokenizer.tokenize(text))
        #expect(m.count == 1 && kb.officials[m[0].values[0]].id == "antony-blinken", "\(text)")
    }
}

@Test func malformedKnowledgeLeavesItEmpty() {
    let r = ExtractionResources(officials: "{not json", countries: nil)
    #expect(r.knowledge.officials.isEmpty)
    #expect(Extractor(resources: r).extract(Article(text: "Blinken phoned Bourita.")).events.isEmpty)
}

/// On a day no office of a person covers, the office nearest in time: not a later office before
/// the first one began.
@Test(arguments: [
    ("2018-06-01", "Minister of Foreign Affairs"),
    ("2021-02-01", "Minister of Foreign Affairs"),
    ("2022-11-01", "Deputy Prime Minister"),
    ("2024-01-01", "Deputy Prime Minister"),
])
func theOfficeNearestInTimeWhenNoneCoversTheDay(day: String, role: String) throws {
    let json = """
    {"version": 1, "officials": [{"id": "x", "name": "Karim Bennani Alaoui", "aliases": [], "short": [], "gender": "m", "offices": [
     {"kind": "foreign-minister", "role": "Minister of Foreign Affairs", "country": "MA", "from": "2019-01-01", "to": "2020-12-31"},
     {"kind": "deputy-prime-minister", "role": "Deputy Prime Minister", "country": "MA", "from": "2023-01-01", "to": null}]}]}
    """
    let official = try #require(ExtractionResources(officials: json, countries: Fixtures.countries).knowledge.officials.first)
    #expect(official.office(on: EventDate(iso: day))?.role == role)
}

// (a president's title and a surname name no one when a speaker of parliament in office that day
// ends a name so: "الرئيس بري" may be Lebanon's speaker, whom Lebanese papers call president; an
// official in another office does not count: "President Aoun" in 2020, when General Aoun led the army)
@Test func aSurnameSharedWithAnotherOfficialInOfficeNamesNoHolder() {
    let officials = """
    {"version": 1, "officials": [
     {"id": "a", "name": "Karim Salem Barre", "aliases": ["كريم سالم بري"], "short": [], "gender": "m",
      "offices": [{"kind": "head-of-government", "role": "Prime Minister", "country": "FR", "from": "2022-01-01", "to": null}]},
     {"id": "b", "name": "Nabil Berri", "aliases": ["نبيل بري"], "short": ["Berri"], "gender": "m",
      "offices": [{"kind": "speaker", "role": "Speaker", "country": "MA", "from": "2020-01-01", "to": "2023-12-31"}]}
    ]}
    """
    let kb = ExtractionResources(officials: officials, countries: Fixtures.countries).knowledge
    let kinds = ["head-of-state", "head-of-government"]
    #expect(kb.holder(kinds: kinds, surname: "بري", on: Fixtures.day("2023-06-01")) == nil)
    #expect(kb.holder(kinds: kinds, surname: "بري", on: Fixtures.day("2024-06-01")).map { kb.officials[$0].id } == "a")
    #expect(kb.holder(kinds: ["speaker"], surname: "بري", on: Fixtures.day("2023-06-01")) == nil)
}

import Testing
@testable import HotlineExtract

// An article before an honorific in apposition to a title ("le ministre de la Santé, le Dr X",
// "son homologue marocain, le Pr Y") does not hide the name after it.

@Test func aNameAfterAnArticleAndAnHonorificIsTheTitlesHolder() {
    let events = Fixtures.extractBundled("""
        Le ministre togolais de la Santé, le Dr Kodjo Amavi Sena, a tenu mardi une visioconférence avec son homologue marocain, le Pr Khalid Aït Taleb, sur la production de vaccins.
        """, published: "2022-03-10")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Kodjo Amavi Sena", "Khalid Ait Taleb"])
    #expect(events.first?.participants.first { $0.name == "Kodjo Amavi Sena" }?.country == "TG")
    #expect(events.first?.date == Fixtures.day("2022-03-08"))
}

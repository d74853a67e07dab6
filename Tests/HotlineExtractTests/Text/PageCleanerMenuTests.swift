import Testing
@testable import HotlineExtract

/// Navigation lines ("Le Président | Actualités | Discours | Dossiers") are dropped: their
/// capitalised words would otherwise read as a name after a title ("Le Président").
@Suite struct PageCleanerMenuTests {
    @Test(arguments: [
        "Le Président | Actualités | Discours | Dossiers | Accueil",
        "Home • World • Middle East • Africa",
        "Inicio · Política · Internacional · Opinión",
    ])
    func aLineOfShortItemsIsAMenu(line: String) {
        #expect(PageCleaner.isMenu(line))
    }

    @Test(arguments: [
        "Politics | Economy",
        "Nasser Bourita spoke with Ayman Safadi | who thanked him for the support of Morocco | and for the aid sent",
        "A sentence with no separator at all.",
    ])
    func otherLinesAreNotMenus(line: String) {
        #expect(!PageCleaner.isMenu(line))
    }

    @Test func aTitleInTheMenuNamesNoOneInTheStory() {
        let page = """
        Le Président | Actualités | Discours | Dossiers | Accueil

        Le Président de la République a eu samedi un entretien téléphonique avec le roi du Maroc, Mohammed VI.
        """
        let events = Fixtures.extract(page, published: "2024-10-21")
        #expect(!events.contains { $0.participants.contains { $0.name == "Actualités Agenda Les" } })
    }
}

// A related-post title ending with its date in brackets, a comma after the day ("(Jan. 27, 2025)").
@Test func aRelatedPostWithACommaInItsDateIsDropped() {
    #expect(PageCleaner.isDatedLink("- Readout of the Secretary's Call With the Foreign Minister (Jan. 27, 2025)"))
    #expect(!PageCleaner.isDatedLink("The ministers spoke by phone (they last met in 2015)."))
}

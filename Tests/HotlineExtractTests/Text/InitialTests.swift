import Testing
@testable import HotlineExtract

// A middle initial is part of a name ("Antony J. Blinken"); a one-letter word after a lower-case
// word ends its sentence ("a post on X. Then ...").

@Test func aMiddleInitialDoesNotHideAKnownName() {
    let kb = Fixtures.resources.knowledge
    let m = kb.names.matches(in: Tokenizer.tokenize("Secretary Antony J. Blinken said"))
    #expect(m.count == 1 && m.first.map { kb.officials[$0.values[0]].id } == "antony-blinken")
    #expect(m.first.map { $0.end - $0.start } == 3)
}

@Test func aOneLetterWordAfterALowerCaseWordEndsTheSentence() {
    #expect(SentenceSplitter.split("He wrote a post on X. Later he called Bourita.").count == 2)
    #expect(SentenceSplitter.split("President Joseph R. Biden called Bourita.").count == 1)
    #expect(SentenceSplitter.split("Il a rencontré M. Dupont hier.").count == 1)
}

@Test func theSpanishArticleElIsNotThePronounEl() {
    let idx = ExtractionResources.shared.indexes
    let tokens = Tokenizer.tokenize("El presidente dijo que él llamó")
    #expect(!idx.isSubjectPronoun(tokens[0]))
    #expect(idx.isSubjectPronoun(tokens[4]))
}

@Test func anInitialReadAsAnHonorificBeginsTheNameAfterATitle() {
    let r = ExtractionResources.shared
    let finder = MentionFinder(knowledge: r.knowledge, titles: r.titles, indexes: r.indexes)
    let mentions = finder.mentions(in: Tokenizer.tokenize("External affairs minister S Jaishankar spoke with Ali Sabry."))
    #expect(mentions.first.map { $0.start == 0 && !$0.officials.isEmpty && $0.kinds == ["foreign-minister"] } == true)
}

// Initials that open a sentence (an interview's label, "N. B. : ...") stay in it; a lone capital
// letter that is the whole sentence before a lower-case word does not join the next one.
@Test func initialsOpeningASentenceStayInIt() {
    #expect(SentenceSplitter.split("N. B. : Nous avons une relation ancienne. J'ai appelé mardi.") == ["N. B. : Nous avons une relation ancienne.", "J'ai appelé mardi."])
    #expect(SentenceSplitter.split("Q. Et Rabat ?").count == 1)
    #expect(SentenceSplitter.split("Voir le point B. Ensuite il a appelé.").count == 2)
}

import Testing
@testable import HotlineExtract

@Test func sentencesSurviveAbbreviations() {
    let s = SentenceSplitter.split("Lt. Gen. John Doe met M. Dupont in the U.S. capital on Dec. 4. He left. S.E. l'ambassadeur est arrivé.")
    #expect(s.count == 3)
    #expect(s[0].hasSuffix("Dec. 4."))
    #expect(s[1] == "He left.")
}

@Test func arabicQuestionMarkEndsSentence() {
    #expect(SentenceSplitter.split("هل تم الاتصال؟ نعم تم.").count == 2)
}

@Test func tokensFoldAccentsAndArabicVariants() {
    let t = Tokenizer.tokenize("Sánchez d’Ursula al-Sisi, أحمد")
    #expect(t.filter(\.isWord).map(\.folded) == ["sanchez", "d", "ursula", "al", "sisi", "احمد"])
    #expect(t.contains { $0.folded == "," && !$0.isWord })
}

@Test func pageCleanerDropsRepeatsAndSplitsStories() {
    let page = """
    Ministers hold talks

    Photo caption of the minister (Agency)
    Photo caption of the minister (Agency)

    Ministers hold talks

    The first story body sentence is here and long enough.



    A second headline about markets

    The second story body talks about markets and prices today.
    """
    let stories = PageCleaner(noise: Fixtures.resources.noise).stories(of: page)
    #expect(stories.count == 2)
    #expect(stories[0].filter { $0.hasPrefix("Photo caption") }.count == 1)
    #expect(stories[0].filter { $0 == "Ministers hold talks" }.count == 1)
}

@Test func pageCleanerCutsRelatedPostsAndPaywall() {
    let page = """
    The main story sentence reports something important today.
    You have read 3 articles this month.
    Related Posts
    Another teaser about a different call between other leaders.
    """
    let stories = PageCleaner(noise: Fixtures.resources.noise).stories(of: page)
    #expect(stories.count == 1)
    #expect(stories[0] == ["The main story sentence reports something important today."])
}

@Test func htmlBecomesParagraphText() {
    let html = """
    <html><head><title>Call &amp; talks</title><script>var x = "<p>no</p>";</script></head>
    <body><nav>Home | World</nav><h1>Leaders talk</h1><p>The first&nbsp;paragraph.</p><p>Second <b>bold</b> one &#233;t&#xE9;.</p>
    <footer>Copyright</footer></body></html>
    """
    let r = HTMLText.extract(html: html)
    #expect(r.title == "Call & talks")
    #expect(r.text.contains("The first paragraph."))
    #expect(r.text.contains("Second bold one été."))
    #expect(!r.text.contains("Home"))
    #expect(!r.text.contains("no"))
    #expect(!r.text.contains("Copyright"))
}

@Test func repeatedHeadlineOpensANewStoryWithoutBlankLines() {
    let page = """
    First headline
    The first story has a first sentence.
    The first story has a second sentence.
    The first story has a third sentence.
    Second headline about another thing
    Caption of a photo (Agency)
    Second headline about another thing
    The second story body sentence.
    """
    let stories = PageCleaner(noise: Fixtures.resources.noise).stories(of: page)
    #expect(stories.count == 2)
    #expect(stories.last?.first == "Second headline about another thing")
}

@Test func pageEndingWithoutNewlineOnAShortLine() {
    let page = "Line one is a sentence.\nLine two is a sentence.\nLine three is a sentence.\nShort title"
    #expect(PageCleaner(noise: Fixtures.resources.noise).stories(of: page).first?.count == 4)
}

@Test func pageCleanerDropsDatedRelatedLinks() {
    let page = """
    The minister held a phone call with his counterpart today.

    - Minister meets envoy in Geneva (12/01/2024)
    Le ministre reçoit le nouvel ambassadeur (27 mars 2025)
    الوزير يستقبل سفير المملكة — 04 أكتوبر 2023
    The council adopted resolution 2254 (2015).
    """
    let lines = PageCleaner(noise: Fixtures.resources.noise).stories(of: page).flatMap { $0 }
    #expect(!lines.contains { $0.contains("Geneva") || $0.contains("ambassadeur") || $0.contains("السفير") || $0.contains("سفير") })
    #expect(lines.contains { $0.contains("2254") })
    #expect(PageCleaner.isDatedLink("Minister meets envoy (12/01/2024)"))
    #expect(!PageCleaner.isDatedLink("The talks lasted an hour (Reuters)"))
}

@Test func pageCleanerSkipsLinkListsUnderAHeader() {
    let page = """
    The minister held a phone call with his counterpart today.

    Te puede interesar
    - El Consejo de Ministros aprueba un nuevo plan
    - Otra noticia sin fecha

    The ministers agreed to stay in contact.
    """
    let lines = PageCleaner(noise: Fixtures.resources.noise).stories(of: page).flatMap { $0 }
    #expect(!lines.contains { $0.contains("Gobierno") || $0.contains("Otra") })
    #expect(lines.contains { $0.contains("stay in contact") })
}

@Test(arguments: [("Đurić", "duric"), ("Łukasz", "lukasz"), ("Çavuşoğlu", "cavusoglu"), ("Bùi Thanh Sơn", "bui thanh son"),
                  ("Aurescu Ștefan", "aurescu stefan"), ("Kılıç", "kilic"), ("Søreide", "soreide")])
func lettersBeyondLatin1FoldToTheirBase(text: String, folded: String) {
    #expect(TextFolding.fold(text) == folded)
}

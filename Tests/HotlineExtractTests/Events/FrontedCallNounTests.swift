import Testing
@testable import HotlineExtract

// A call noun in a phrase fronted before the clause ("وفي اتصال منفصل، تناول X ... هاتفيا مع Y") is
// that clause's call: one group of call words with X and Y, however far the subject's title sets
// X from the verb's adverb; not a call noun whose own party stands before the comma.

private func groups(_ text: String) -> [StoryCallFinder.Group] {
    let r = ExtractionResources.shared
    let grammar = r.indexes.grammar["ar"]!
    let tokens = Tokenizer.tokenize(text)
    let mentions = MentionFinder(knowledge: r.knowledge, titles: r.titles, indexes: r.indexes).mentions(in: tokens)
    let hits = TriggerFinder(grammar: grammar, capitals: r.knowledge.capitals, dateWords: r.indexes.dateWords["ar"] ?? PhraseMatcher())
        .triggers(in: tokens, mentions: mentions, storyReportsCall: true)
    return StoryCallFinder(resources: r).groups(hits, mentions: mentions, tokens: tokens, grammar: grammar)
}

@Test func aFrontedCallNounJoinsTheClausesCallWords() {
    let found = groups("وفي اتصال آخر، تناول ناصر بوريطة، رئيس الدبلوماسية المغربية، هاتفيا أمس مع أيمن الصفدي، وزير الخارجية الأردني، مستجدات غزة.")
    #expect(found.count == 1)
    #expect(found.first?.hits.count == 2)
    #expect(found.first?.mentions.count == 2)
}

// (guard: a call noun with its own party before the comma stays a group of its own)
@Test func aCallNounWithItsOwnPartyIsNotFronted() {
    let found = groups("وفي اتصال مع جوزيف عون، تناول ناصر بوريطة، رئيس الدبلوماسية المغربية، هاتفيا أمس مع أيمن الصفدي مستجدات غزة.")
    #expect(found.count == 2)
}

// (guard: the story's calls come out whole)
@Test func aFrontedCallNounGivesTheClausesCall() {
    let events = Fixtures.extractBundled("""
        أجرى ناصر بوريطة، وزير الشؤون الخارجية، اتصالا هاتفيا مع جوزيف عون.

        وفي اتصال آخر، تناول ناصر بوريطة، رئيس الدبلوماسية المغربية، هاتفيا أمس مع أيمن الصفدي، وزير الخارجية الأردني، مستجدات غزة.
        """, published: "2025-03-12")
    #expect(Set(events.map(Fixtures.names)) == [["Nasser Bourita", "Joseph Aoun"], ["Nasser Bourita", "Ayman Safadi"]])
    #expect(events.first { Fixtures.names($0).contains("Ayman Safadi") }?.date == Fixtures.day("2025-03-11"))
}

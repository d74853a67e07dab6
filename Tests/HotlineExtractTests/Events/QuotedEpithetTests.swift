import Testing
@testable import HotlineExtract

// An object pronoun of a calling verb followed by a quoted word is an epithet, not a call:
// 'que le había llamado "traidor"', 'who called him "reckless"', "qui l'avait appelé
// « imprudent »" (TriggerFinder.hasObjectPronoun). Not a closing quote before a speech verb:
// '"We called him" said X' still has its object pronoun.

private func objectPronoun(_ text: String, verb: String, language: String) -> Bool {
    let r = ExtractionResources.shared
    let grammar = r.indexes.grammar[language]!
    let tokens = Tokenizer.tokenize(text)
    guard let k = tokens.firstIndex(where: { $0.folded == verb }) else { return false }
    return TriggerFinder(grammar: grammar, capitals: r.knowledge.capitals, dateWords: r.indexes.dateWords[language] ?? PhraseMatcher())
        .hasObjectPronoun(k, k + 1, tokens: tokens)
}

@Test(arguments: [
    ("Bourita respondió a las críticas de su homólogo, que le había llamado \"traidor\" en un mitin.", "llamado", "es"),
    ("Bourita respondió a Safadi, que lo llamó \"imprudente\" en un discurso.", "llamo", "es"),
    ("Bourita hit back at Safadi, who called him \"reckless\" in a speech.", "called", "en"),
    ("Bourita hit back at Safadi, who called him “reckless” in a speech.", "called", "en"),
])
func aQuotedEpithetIsNoObjectOfACall(text: String, verb: String, language: String) {
    #expect(!objectPronoun(text, verb: verb, language: language))
}

// (guard: a pronoun before punctuation, a date or a closing quote before a speech verb)
@Test(arguments: [
    ("\"We called him\" said Safadi.", "called", "en"),
    ("Safadi called him on Tuesday.", "called", "en"),
    ("Safadi lo llamó el martes.", "llamo", "es"),
    ("Safadi le había llamado, según su oficina.", "llamado", "es"),
])
func aPronounObjectOfACallStays(text: String, verb: String, language: String) {
    #expect(objectPronoun(text, verb: verb, language: language))
}

// Read whole: the epithet sentence gives no call.
@Test(arguments: [
    "Nasser Bourita hit back on Tuesday at Ayman Safadi, who called him \"reckless\" in a speech.",
    "Nasser Bourita respondió el martes a Ayman Safadi, que lo llamó \"imprudente\" en un discurso.",
    "Nasser Bourita a répondu mardi à Ayman Safadi, qui l'avait appelé « imprudent » dans un discours.",
])
func anEpithetSentenceGivesNoCall(text: String) {
    #expect(Fixtures.extractBundled(text, published: "2024-05-17").isEmpty)
}

// (guard: with the pluperfect trigger, a Spanish epithet after "le había llamado" gives no call either)
@Test func thePluperfectEpithetGivesNoCall() {
    let events = Fixtures.extractBundled("Nasser Bourita respondió el lunes a las críticas de su homólogo, que le había llamado \"traidor\" en un mitin.",
                                         published: "2024-05-17")
    #expect(events.isEmpty)
}

import Testing
@testable import HotlineExtract

// A date right after a period's end or a deadline ("until (at least) April 2", "jusqu'au 2
// avril", "حتى 2 أبريل", "no later than Friday") is no date cue at all, so it does not void the
// call's own day; a period's start ("since April 2") and a plain date stay cues.

private func periodCues(_ text: String, _ language: String) -> [DateCue] {
    DateFinder(indexes: Fixtures.resources.indexes).cues(in: Tokenizer.tokenize(text), language: language)
}

@Test(arguments: [
    ("Goods will be spared the tariffs until April 2.", "en"),
    ("Goods will be spared the tariffs until at least April 2.", "en"),
    ("Goods will be spared the tariffs till April 2.", "en"),
    ("The answer is due no later than Friday.", "en"),
    ("Les marchandises seront épargnées jusqu'au 2 avril.", "fr"),
    ("Les marchandises seront épargnées au moins jusqu'au 2 avril.", "fr"),
    ("تستمر الهدنة حتى 2 أبريل.", "ar"),
    // (a phrase that ends with the day's article)
    ("Los productos quedarán exentos hasta el 2 de abril.", "es"),
    ("Los productos quedarán exentos al menos hasta el jueves.", "es"),
])
func aPeriodsEndIsNoCue(text: String, language: String) {
    #expect(periodCues(text, language).isEmpty)
}

@Test func onlyTheDateAfterUntilIsDropped() {
    let found = periodCues("Goods will be spared until at least April 2, after a call on Thursday.", "en")
    #expect(found.map(\.value) == [.weekday(3)])
}

// (guard: a period's start stays a vague cue, a plain date an absolute one)
@Test(arguments: [
    ("They have talked often since April 2.", "en", DateCue.Value.vague),
    ("Ils se parlent souvent depuis le 2 avril.", "fr", DateCue.Value.vague),
    ("They talked on April 2.", "en", DateCue.Value.absolute(year: nil, month: 4, day: 2)),
    ("Ils se sont parlé le 2 avril.", "fr", DateCue.Value.absolute(year: nil, month: 4, day: 2)),
])
func otherDateCuesStay(text: String, language: String, value: DateCue.Value) {
    #expect(periodCues(text, language).map(\.value) == [value])
}

@Test(arguments: [
    "Mexican President Claudia Sheinbaum told reporters on Thursday that goods covered by the trade pact will be spared the tariffs until at least April 2, after she spoke by phone with Donald Trump that morning.",
    "Claudia Sheinbaum a indiqué jeudi que les marchandises seraient épargnées par les droits de douane jusqu'au 2 avril, après un appel téléphonique avec Donald Trump le matin même.",
    "Claudia Sheinbaum dijo el jueves que los productos quedarán exentos de aranceles hasta el 2 de abril, tras una llamada telefónica con Donald Trump esa misma mañana.",
])
func aDeadlineLeavesTheCallsDay(text: String) {
    let events = Fixtures.extractBundled(text, published: "2025-03-07")
    #expect(events.map(Fixtures.names) == [["Claudia Sheinbaum", "Donald Trump"]])
    #expect(events.first?.date == Fixtures.day("2025-03-06"))
}

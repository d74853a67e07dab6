import Testing
@testable import HotlineExtract

// Locks the folding and token offsets that every lexicon match relies on.

@Test(arguments: [
    ("Président", "president"), ("SÁNCHEZ", "sanchez"), ("Ça", "ca"), ("Niño", "nino"), ("Müller", "muller"),
    ("Straße", "strasse"), ("ŒUVRE", "œuvre"), ("İstanbul", "istanbul"), ("Łukasz", "lukasz"), ("Đorđe", "dorde"),
    ("e\u{301}te\u{301}", "ete"), ("ΣΟΦΙΑ", "σοφια"), ("Путин", "путин"), ("2024", "2024"), ("G20", "g20"),
])
func foldLowercasesAndDropsLatinAccents(input: String, folded: String) {
    #expect(TextFolding.fold(input) == folded)
}

@Test(arguments: [
    ("أحمد", "احمد"), ("إيران", "ايران"), ("آل", "ال"), ("ٱلله", "الله"), ("مصطفى", "مصطفي"),
    ("القاهرة", "القاهره"), ("مؤتمر", "موتمر"), ("رئيس", "رييس"), ("مُحَمَّد", "محمد"), ("اتـصـال", "اتصال"),
    ("سماء", "سماء"), ("ﻻ", "ﻻ"),
])
func foldUnifiesArabicLetterVariants(input: String, folded: String) {
    #expect(TextFolding.fold(input) == folded)
}

@Test func foldOfEveryScalarBelowU0800MatchesTheReference() {
    for value in UInt32(0)..<0x0800 {
        guard let scalar = Unicode.Scalar(value) else { continue }
        let s = "a" + String(Character(scalar)) + "b"
        #expect(TextFolding.fold(s) == TextFolding.referenceFold(s), "U+\(String(value, radix: 16))")
    }
}

@Test func tokenOffsetsCountCharacters() {
    let t = Tokenizer.tokenize("Él habló\r\ncon e\u{301}l, 👍🏽 مُحَمَّد-بن (UN).")
    #expect(t.map(\.folded) == ["el", "hablo", "con", "el", ",", "محمد", "بن", "(", "un", ")"])
    #expect(t.map(\.start) == [0, 3, 9, 13, 15, 19, 24, 27, 28, 30])
    #expect(t.map(\.end) == [2, 8, 12, 15, 16, 23, 26, 28, 30, 31])
    #expect(t.map(\.text)[5] == "مُحَمَّد")
    #expect(t.map(\.hyphenBefore) == [false, false, false, false, false, false, true, false, false, false])
    #expect(t.map(\.isCapitalized) == [true, false, false, false, false, false, false, false, true, false])
}

@Test func anApostropheBetweenTwoWordsJoinsThem() {
    let t = Tokenizer.tokenize("Mata'afa d’Ursula l' ONU")
    #expect(t.map(\.folded) == ["mata", "afa", "d", "ursula", "l", "onu"])
    #expect(t.map(\.apostropheBefore) == [false, true, false, true, false, false])
}

@Test func foldedWordsOfAPhrase() {
    #expect(TextFolding.words("Ministre des Affaires étrangères") == ["ministre", "des", "affaires", "etrangeres"])
    #expect(TextFolding.words("d’Ursula Al-Sisi") == ["d", "ursula", "al", "sisi"])
}

@Test(arguments: [
    "Related posts: Blinken's CALL with Bourita (12/03/2024)",
    "  -- Lire aussi --  ",
    "Macron s'entretient avec Sánchez",
    "وزير الخارجية يتلقى اتصالاً",
    "",
    "a\rb\tc",
])
func aFoldedLineIsItsFoldedWordsJoined(line: String) {
    #expect(TextFolding.foldedLine(line) == TextFolding.words(line).joined(separator: " "))
}

@Test func arabicIndicDigitsFoldToAscii() {
    #expect(TextFolding.fold("١٢") == "12")
    #expect(TextFolding.fold("۲۰۲۴") == "2024")
}

import Testing
@testable import HotlineExtract

// "The question of a call" (nonCall phrases "the question of a", "speculation about a", "la
// question d'un", "les rumeurs d'un", "la pregunta sobre una", "احتمال إجراء") reports no call
// between the parties it names. A plain report of a call is still one. (The bundled knowledge
// base.)

@Test(arguments: [
    ("The spokesperson sidestepped on Wednesday the question of a call between Joe Biden and Xi Jinping.", "en"),
    ("The spokesperson dismissed on Wednesday speculation about a phone call between Joe Biden and Xi Jinping.", "en"),
    ("The spokesperson fielded questions about a phone call between Joe Biden and Xi Jinping on Wednesday.", "en"),
    ("Le porte-parole du gouvernement a éludé mercredi la question d'un appel entre Abdelmadjid Tebboune et Emmanuel Macron.", "fr"),
    ("Le porte-parole a balayé mercredi les rumeurs d'un échange au téléphone entre Abdelmadjid Tebboune et Emmanuel Macron.", "fr"),
    ("El portavoz evitó el miércoles la pregunta sobre una llamada entre Pedro Sánchez y Mohammed VI.", "es"),
])
func theQuestionOfACallIsNoCall(text: String, language: String) {
    #expect(Fixtures.extractBundled(text, published: "2023-03-16").isEmpty, "\(language)")
}

// (guard: these already were no call before the phrases were added)
@Test(arguments: [
    "Asked about the possibility of a phone call between Joe Biden and Xi Jinping, the spokesperson declined to comment on Wednesday.",
    "Preguntado por la posibilidad de una conversación telefónica entre Pedro Sánchez y Mohammed VI, el portavoz no quiso comentar el miércoles.",
    "ورفض المتحدث يوم الأربعاء التعليق على إمكانية إجراء اتصال هاتفي بين الرئيس الأمريكي جو بايدن والرئيس الصيني شي جين بينغ.",
    "وتطرق المتحدث يوم الأربعاء إلى احتمال إجراء اتصال هاتفي بين الرئيس الأمريكي جو بايدن والرئيس الصيني شي جين بينغ.",
])
func thePossibilityOfACallIsNoCall(text: String) {
    #expect(Fixtures.extractBundled(text, published: "2023-03-16").isEmpty)
}

// (guard: a call reported as such is still a call, also when a question of another follows)
@Test(arguments: [
    ("Joe Biden held a phone call with Xi Jinping on Wednesday.", "Joe Biden", "Xi Jinping"),
    ("أجرى الرئيس الأمريكي جو بايدن يوم الأربعاء اتصالا هاتفيا مع الرئيس الصيني شي جين بينغ.", "Joe Biden", "Xi Jinping"),
    ("""
     Emmanuel Macron s'est entretenu mercredi par téléphone avec Abdelmadjid Tebboune. Le porte-parole a éludé la \
     question d'un nouvel appel entre les deux présidents.
     """, "Emmanuel Macron", "Abdelmadjid Tebboune"),
])
func aReportedCallIsStillACall(text: String, first: String, second: String) {
    let events = Fixtures.extractBundled(text, published: "2023-03-16")
    #expect(events.count == 1)
    #expect(events.first?.participants.map(\.name) == [first, second])
    #expect(events.first?.date == Fixtures.day("2023-03-15"))
}

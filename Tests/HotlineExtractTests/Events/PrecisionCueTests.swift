import Testing
@testable import HotlineExtract

// Reports that name a call word without reporting a call: an arrangement to stay in touch, a
// call still to come, an existential negation with words between it and the call word.

@Test(arguments: [
    "After their meeting in Rabat, Emmanuel Macron and Nasser Bourita agreed to keep in regular contact, including by telephone.",
    "Emmanuel Macron and Nasser Bourita agreed to stay in touch by phone on the matter.",
    "Emmanuel Macron et Nasser Bourita sont convenus de rester en contact, y compris par téléphone.",
    "José Manuel Albares y Nasser Bourita acordaron mantener el contacto por teléfono en las próximas semanas.",
    "واتفق أيمن الصفدي وناصر بوريطة على مواصلة التواصل عبر الهاتف.",
    // (to go on consulting)
    "Emmanuel Macron et Nasser Bourita ont décidé de poursuivre leurs consultations, notamment par téléphone, après la visite.",
    "After the visit, Emmanuel Macron and Nasser Bourita agreed to continue their consultations by phone.",
])
func anArrangementToStayInTouchIsNotACall(text: String) {
    #expect(Fixtures.extract(text, published: "2024-03-01").isEmpty)
}

@Test func aCallFollowedByAnArrangementIsStillACall() {
    let events = Fixtures.extract("Emmanuel Macron spoke by phone with Nasser Bourita on Monday and they agreed to keep in close contact.",
                                  published: "2024-03-01")
    #expect(events.map(Fixtures.names) == [["Emmanuel Macron", "Nasser Bourita"]])
}

@Test(arguments: [
    "Newspapers have for days announced the \"coming conversation\" between Emmanuel Macron and Nasser Bourita.",
    "La presse évoque le prochain entretien téléphonique entre Emmanuel Macron et Nasser Bourita.",
    "La prensa anticipa la próxima conversación telefónica entre José Manuel Albares y Nasser Bourita.",
    "وتحدثت الصحف عن الاتصال الهاتفي المرتقب بين أيمن الصفدي وناصر بوريطة.",
])
func aComingCallIsNotACall(text: String) {
    #expect(Fixtures.extract(text, published: "2024-03-01").isEmpty)
}

@Test(arguments: [
    "There was, officials in Rabat said, no phone call between Emmanuel Macron and Nasser Bourita.",
    "Il n'y a pas eu, selon nos sources, d'entretien téléphonique entre Emmanuel Macron et Nasser Bourita.",
    "No hubo, según fuentes diplomáticas, llamada alguna entre José Manuel Albares y Nasser Bourita.",
    "لم يجر، بحسب مصادر دبلوماسية، أي اتصال هاتفي بين أيمن الصفدي وناصر بوريطة.",
])
func anExistentialNegationWithWordsBetweenDeniesTheCall(text: String) {
    #expect(Fixtures.extract(text, published: "2024-03-01").isEmpty)
}

@Test func anExistentialNegationInAnotherClauseKeepsTheCall() {
    let events = Fixtures.extract("Il n'y a pas eu de visite, mais Emmanuel Macron s'est entretenu lundi par téléphone avec Nasser Bourita.",
                                  published: "2024-03-01")
    #expect(events.map(Fixtures.names) == [["Emmanuel Macron", "Nasser Bourita"]])
}

@Test(arguments: [
    "No call between Emmanuel Macron and Nasser Bourita took place.",
    "Aucun entretien téléphonique n'a eu lieu entre Emmanuel Macron et Nasser Bourita.",
])
func aNegationOpeningTheSentenceDeniesTheCall(text: String) {
    #expect(Fixtures.extract(text, published: "2024-03-01").isEmpty)
}

@Test(arguments: [
    "The two sides agreed to hold a phone call next week between Emmanuel Macron and Nasser Bourita.",
    "Les deux parties sont convenues d'un entretien téléphonique prochain entre Emmanuel Macron et Nasser Bourita.",
    "واتفق الجانبان على إجراء اتصال هاتفي قريبا بين أيمن الصفدي وناصر بوريطة.",
])
func aCallAgreedOnIsNotACall(text: String) {
    #expect(Fixtures.extract(text, published: "2024-03-01").isEmpty)
}

@Test func aDenialOfAPairPhraseDoesNotRemoveTheNamedCall() {
    let text = """
    Le ministre Nasser Bourita a eu mercredi un entretien téléphonique avec le ministre espagnol José Manuel Albares. \
    Il n'y a pas eu, en revanche, d'échange téléphonique entre les deux chefs d'État.
    """
    #expect(Fixtures.extract(text, published: "2024-03-14").map(Fixtures.names) == [["Nasser Bourita", "José Manuel Albares"]])
}

import Testing
@testable import HotlineExtract

// Set phrases with a call word that mean no call: an ambassador recalled for consultations,
// a call for tenders, a wake-up call; and contacts said to be kept up, which are no one call.

@Test(arguments: [
    "El Ejecutivo de Aziz Akhannouch ha llamado a consultas a su embajadora en Madrid, Karima Benyaich, y el ministro de Exteriores, José Manuel Albares, ha respondido que España actuará con calma.",
    "Antony Blinken said the talks were a wake-up call, Nasser Bourita noted.",
    "Emmanuel Macron a lancé un appel d'offres avec Nasser Bourita pour le port de Dakhla.",
])
func aSetPhraseWithACallWordIsNoCall(text: String) {
    #expect(Fixtures.extract(text, published: "2024-05-22").isEmpty)
}

@Test(arguments: [
    "José Manuel Albares viajó dos veces a Rabat en diciembre y mantiene contacto con Nasser Bourita.",
    "Antony Blinken stays in regular contact with Nasser Bourita, officials said.",
    "Emmanuel Macron reste en contact avec Nasser Bourita, selon l'Élysée.",
    "La canciller mantuvo contacto con Nasser Bourita y con José Manuel Albares, sin que se precisara por qué medio.",
    "Nasser Bourita ha mantenido contactos con José Manuel Albares durante toda la crisis.",
])
func contactKeptUpIsNoCall(text: String) {
    #expect(Fixtures.extract(text, published: "2024-12-22").isEmpty)
}

@Test func aCallStillCountsBesideARecall() {
    let text = "José Manuel Albares ha llamado a Nasser Bourita este lunes."
    #expect(Fixtures.extract(text, published: "2024-05-22").count == 1)
}

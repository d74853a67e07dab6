import Testing
@testable import HotlineExtract

// A fact-check tells of a claimed call, then, paragraphs later, gives its verdict: "Aucun appel
// n'a eu lieu". A denial with call nouns that names no one denies the story's one call, however far
// back it was told (a talk too, "les deux hommes se sont parlé"), when no one else was named since.

@Test(arguments: [
    """
    Une vidéo affirme que Nasser Bourita et Ayman Safadi « se sont parlé dimanche soir » au téléphone.
    Que disent les intéressés ?
    Le ministère a démenti catégoriquement.
    Que sait-on des contacts officiels ?
    Les canaux diplomatiques sont au ralenti depuis l'automne.
    Rabat plaide depuis des mois pour la retenue.
    Verdict
    Faux. Aucun appel n'a eu lieu.
    """,
    """
    A video claims that Nasser Bourita held a secret phone call with Ayman Safadi on Sunday evening.
    What do the two sides say?
    The ministry issued a firm statement.
    What is known of official contacts?
    Diplomatic channels have been quiet since the autumn.
    Morocco has repeatedly urged restraint.
    Verdict
    False. No call took place.
    """,
])
func aVerdictDeniesTheStorysOneCallFarBack(text: String) {
    #expect(Fixtures.extract(text, published: "2024-04-10").isEmpty)
}

// (guard: a denial after another party was named speaks of that party's contacts)
@Test func aDenialAfterAnotherPartyIsNamedLeavesTheCall() {
    let events = Fixtures.extract("""
        Nasser Bourita : Il y a huit jours, j'ai encore discuté au téléphone avec Ayman Safadi.
        La Jordanie soutient notre plan.
        Et l'Espagne ? Avez-vous eu des contacts avec José Manuel Albares ce mois-ci ?
        Non. Il n'y a pas eu de conversation téléphonique récemment.
        """, published: "2025-03-19", language: "fr")
    #expect(events.map(Fixtures.names) == [["Nasser Bourita", "Ayman Safadi"]])
}

// (guard: a call word that is no call, "called for calm", in a denial of rumours far below)
@Test func aDenialOfRumoursFarBelowLeavesTheCall() {
    let events = Fixtures.extract("""
        José Manuel Albares habló el domingo por teléfono con Nasser Bourita, su par de Marruecos.
        Los dos ministros coincidieron en la buena cooperación.
        Repasaron también la lucha contra las redes de tráfico.
        Las autoridades informaron de varias detenciones.
        La fiscalía abrió una investigación.
        Desde Ceuta, la Delegación llamó a la calma y desmintió los rumores de las redes.
        """, published: "2024-09-16", language: "es")
    #expect(events.map(Fixtures.names) == [["José Manuel Albares", "Nasser Bourita"]])
}

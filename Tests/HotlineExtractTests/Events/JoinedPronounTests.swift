import Testing
@testable import HotlineExtract

// A call that names only its convener ("... la visioconférence que les quatre ministres avaient
// tenue en février, à l'initiative de X") followed by a sentence whose joining verb has the call
// as a pronoun object ("Y avaient pris part A, B et C", "took part in it", "participaron en
// ella") is one call of all of them, placed by the convener; without such a sentence the call of
// one party is no call.

private let convened = "Le corridor vers l'Atlantique était l'objet de la visioconférence organisée en février par les quatre chefs de la diplomatie, à l'initiative du ministre marocain Nasser Bourita."

private let four: Set<String> = ["Nasser Bourita", "Bakary Yaou Sangaré", "Abdoulaye Diop", "Karamoko Jean-Marie Traoré"]

@Test(arguments: [
    convened + " Y avaient pris part son homologue malien Abdoulaye Diop, le Burkinabè Karamoko Jean-Marie Traoré et le Nigérien Bakary Yaou Sangaré.",
    "The Atlantic initiative was on the agenda of the video conference the four foreign ministers had held in February at the initiative of Moroccan Foreign Minister Nasser Bourita. Niger's minister Bakary Yaou Sangaré, his Malian counterpart Abdoulaye Diop and Burkina Faso's minister Karamoko Jean-Marie Traoré took part in it.",
    "La iniciativa atlántica estuvo en el centro de la videoconferencia que los cuatro cancilleres celebraron en febrero a iniciativa del ministro marroquí Nasser Bourita. Participaron en ella el ministro nigerino Bakary Yaou Sangaré, su homólogo maliense Abdoulaye Diop y el ministro burkinés Karamoko Jean-Marie Traoré.",
])
func whoTookPartInTheConvenersCallJoinsIt(text: String) {
    let events = Fixtures.extractBundled(text, published: "2024-05-15")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == four)
    #expect(events.first?.participants.count == 4)
    #expect(Fixtures.caller(events.first) == "Nasser Bourita")
    #expect(events.first?.date == EventDate(year: 2024, month: 2))
}

// (guard: the same parties named without a joining verb of the call add no one, and the call of
// one party stays no call)
@Test func partiesNamedWithoutJoiningTheCallMakeNoCall() {
    let text = convened + " Le ministre nigérien Bakary Yaou Sangaré, son homologue malien Abdoulaye Diop et le ministre burkinabè Karamoko Jean-Marie Traoré ont salué la démarche."
    #expect(Fixtures.extractBundled(text, published: "2024-05-15").isEmpty)
}

import Testing
@testable import HotlineExtract

private func topicIDs(_ discussed: String) -> [String] {
    let events = Fixtures.extract("Rabat, March 18 - Secretary of State Antony Blinken held a phone call with Moroccan Foreign Minister Nasser Bourita. \(discussed)",
                                  published: "2025-03-20")
    return events.first?.topics.map(\.id) ?? []
}

private func frenchTopicIDs(_ discussed: String) -> [String] {
    let events = Fixtures.extract("Rabat, 18 mars - Le secrétaire d'État Antony Blinken s'est entretenu par téléphone avec le ministre marocain Nasser Bourita. \(discussed)",
                                  published: "2025-03-20")
    return events.first?.topics.map(\.id) ?? []
}

private func spanishTopicIDs(_ discussed: String) -> [String] {
    let events = Fixtures.extract("Rabat, 18 de marzo - El secretario de Estado Antony Blinken mantuvo una conversación telefónica con el ministro marroquí Nasser Bourita. \(discussed)",
                                  published: "2025-03-20")
    return events.first?.topics.map(\.id) ?? []
}

// Cues of security cooperation beyond "security cooperation": defence investment, policing,
// armies working together, security services; energy: power grids; climate adjectives.
@Test(arguments: [
    "They discussed the new defence investment target of the Allies.",
    "They discussed a regional policing initiative.",
    "They agreed that the security services of both countries would work together.",
])
func securityCooperationCues(sentence: String) {
    #expect(topicIDs(sentence) == ["security-cooperation"])
}

@Test(arguments: [
    "Ils ont évoqué la coordination entre les deux armées.",
    "Ils ont évoqué les questions de défense et sécurité au Sahel.",
])
func frenchSecurityCooperationCues(sentence: String) {
    #expect(frenchTopicIDs(sentence) == ["security-cooperation"])
}

@Test func powerGridsAreEnergy() {
    #expect(topicIDs("They discussed the disconnection of their power grids.") == ["energy"])
}

@Test func aClimateAdjectiveIsClimate() {
    #expect(frenchTopicIDs("Ils ont évoqué les politiques climatiques.") == ["climate"])
}

@Test func fuelForAnArmyIsNoEnergyTopic() {
    #expect(frenchTopicIDs("Ils ont évoqué les livraisons de carburant à l'armée.").isEmpty)
}

// Supplies of fertiliser and the transit of goods are trade; cooperation in the defence industry
// is security cooperation (the industry named alone is not: a trip to meet its firms is no topic).
@Test(arguments: [
    "The two men went over fertiliser supplies for the coming planting season.",
    "They reviewed the transit of goods through the new port.",
])
func suppliesAndTransitAreTrade(sentence: String) {
    #expect(topicIDs(sentence) == ["trade-investment"])
}

@Test func aSpanishFertiliserSupplyIsTrade() {
    #expect(spanishTopicIDs("Hablaron del suministro de fertilizantes a los agricultores.") == ["trade-investment"])
}

@Test func defenceIndustrialCooperationIsSecurityCooperation() {
    #expect(topicIDs("The ministers reviewed defence industrial cooperation.") == ["security-cooperation"])
}

// (guard: the industry named alone gave a wrong topic while it was a cue)
@Test func aVisitToTheDefenceIndustryIsNoTopic() {
    #expect(topicIDs("Blinken had cancelled a visit to representatives of the defence industry.").isEmpty)
}

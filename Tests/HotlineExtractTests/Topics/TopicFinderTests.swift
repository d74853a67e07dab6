import Testing
@testable import HotlineExtract

@Test func topicsComeFromTheCallsOwnStory() {
    let page = """
    Washington, Feb. 2, 2022 - Secretary of State Antony Blinken held a phone call with Moroccan Foreign Minister Nasser Bourita. They discussed the Western Sahara autonomy plan and security cooperation.



    Fighting goes on elsewhere

    A separate report describes humanitarian aid convoys and the Gaza ceasefire talks.
    """
    let events = Fixtures.extract(page)
    #expect(events.count == 1)
    let ids = Set(events.first?.topics.map(\.id) ?? [])
    #expect(ids == ["western-sahara", "security-cooperation"])
}

@Test func cueGroupsNeedEveryPart() {
    let r = Fixtures.resources
    let finder = TopicFinder(catalogue: r.topics, indexes: r.indexes)
    let both = Story(paragraphs: ["They discussed Gaza.", "They want a truce soon."])
    let one = Story(paragraphs: ["They discussed Gaza."])
    #expect(finder.topics(in: both).map(\.id).contains("gaza-ceasefire"))
    #expect(!finder.topics(in: one).map(\.id).contains("gaza-ceasefire"))
}

@Test func countryInAListOfPlacesIsNotATopic() {
    let r = Fixtures.resources
    let finder = TopicFinder(catalogue: r.topics, indexes: r.indexes)
    let list = Story(paragraphs: ["Ties were normalised with the United Arab Emirates, Bahrain and Sudan."])
    let topic = Story(paragraphs: ["They discussed the fighting in Sudan."])
    #expect(!finder.topics(in: list).map(\.id).contains("sudan"))
    #expect(finder.topics(in: topic).map(\.id).contains("sudan"))
}

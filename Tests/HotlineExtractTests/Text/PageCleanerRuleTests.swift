import Testing
@testable import HotlineExtract

/// A horizontal rule ("---", "* * *") between two stories of a page ends the first: the second
/// story's call does not take the first story's parties.
@Suite struct PageCleanerRuleTests {
    @Test(arguments: ["---", "--", "* * *", "______", "===", "— — —"])
    func aLineOfRuleMarksIsARule(line: String) {
        #expect(PageCleaner.isRule(line))
    }

    @Test(arguments: ["-", "- 3 -", "Bourita --- Blinken"])
    func otherLinesAreNotRules(line: String) {
        #expect(!PageCleaner.isRule(line))
    }

    @Test func aRuleSplitsTheStories() {
        let page = "Ayman Safadi received a phone call today from Antony Blinken.\nThe two discussed Gaza.\n---\nNasser Bourita held a phone call this evening with José Manuel Albares.\nThey discussed migration."
        let events = Fixtures.extract(page, published: "2025-02-16")
        #expect(Set(events.map(Fixtures.names)) == [["Ayman Safadi", "Antony Blinken"], ["Nasser Bourita", "José Manuel Albares"]])
    }
}

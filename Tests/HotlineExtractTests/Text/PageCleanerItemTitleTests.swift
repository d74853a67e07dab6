import Testing
@testable import HotlineExtract

// A dated title over the account of its item stays in the story (it dates the item); a dated
// title with no account under it is a related link, and goes. A label line of short items whose
// last is a date ("SUMMARY | PRESS DESK | OCTOBER 22, 2021") is no menu.

@Test func aDatedTitleOverItsAccountStays() {
    let page = """
        Entretien de M. Emmanuel Macron avec M. Ayman Safadi, ministre des affaires étrangères de Jordanie (22 janvier 2025)
        Les deux responsables ont eu une conversation téléphonique sur la situation à Gaza et dans la région ce jour-là.
        """
    let lines = PageCleaner(noise: Fixtures.resources.noise).stories(of: page).flatMap { $0 }
    #expect(lines.count == 2)
    #expect(lines.first?.hasSuffix("(22 janvier 2025)") == true)
}

@Test(arguments: [
    // (a link under the story, a bullet first)
    "- Entretien de M. Emmanuel Macron avec M. Ayman Safadi (22 janvier 2025)\nLes deux responsables ont eu une conversation téléphonique sur la situation à Gaza et dans la région.",
    // (a short line under it)
    "Entretien de M. Emmanuel Macron avec M. Ayman Safadi (22 janvier 2025)\nPlus d'informations.",
    // (another dated link under it)
    "Entretien de M. Emmanuel Macron avec M. Ayman Safadi (22 janvier 2025)\nDéplacement de M. Emmanuel Macron à Amman pour une visite de travail (3 janvier 2025)",
])
func aDatedTitleWithoutAnAccountIsALink(page: String) {
    let lines = PageCleaner(noise: Fixtures.resources.noise).stories(of: page).flatMap { $0 }
    #expect(!lines.contains { $0.contains("(22 janvier 2025)") })
}

@Test func aLabelLineEndingWithADateIsNoMenu() {
    #expect(!PageCleaner.isMenu("SUMMARY | PRESS DESK | OCTOBER 22, 2021"))
    #expect(PageCleaner.isMenu("SUMMARY | PRESS DESK | NEWS RELEASES"))
}

import Testing
@testable import HotlineExtract

// A correction's account of what an earlier report said ("ورد في خبر نشرناه أمس أن ...", "Dans
// notre édition d'hier, nous écrivions que ...", "we incorrectly reported that ...") reports
// no call of its own: only the corrected account's call is one.

@Test(arguments: [
    ("Correction\n\nورد في خبر نشرناه أمس أن ناصر بوريطة أجرى اتصالا هاتفيا مع أيمن الصفدي يوم الاثنين. والصحيح أن بوريطة أجرى الاتصال مع خوسيه مانويل ألباريس يوم الأحد.", "José Manuel Albares"),
    ("Rectificatif\n\nDans notre édition d'hier, nous écrivions que Nasser Bourita s'était entretenu au téléphone lundi avec Ayman Safadi. En réalité, Nasser Bourita s'est entretenu dimanche au téléphone avec José Manuel Albares.", "José Manuel Albares"),
    ("Correction\n\nAn article on Monday incorrectly reported that Nasser Bourita had spoken by phone with Ayman Safadi on Sunday. Bourita spoke by phone on Sunday with José Manuel Albares.", "José Manuel Albares"),
])
func aCorrectionsAccountOfTheEarlierReportIsNoCall(text: String, partner: String) {
    let events = Fixtures.extract(text, published: "2025-04-22")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", partner])
}

/// Articles written for these tests (never taken from any corpus).
enum Fixtures {
    /// An English report of a Blinken–Bourita call on Tuesday 3 January 2023 (published Wednesday).
    static let callEnglish = """
    Morocco and US review security ties in phone call

    RABAT - Moroccan Foreign Minister Nasser Bourita held a phone call on Tuesday with US Secretary of State \
    Antony Blinken, the ministry said.

    The two officials discussed the Negev Forum and the security cooperation between their countries.
    """
    static let callEnglishPublished = "2023-01-04"

    /// The same call reported in French.
    static let callFrench = """
    Entretien téléphonique entre Bourita et Blinken

    Le ministre des Affaires étrangères, M. Nasser Bourita, s'est entretenu mardi par téléphone avec le \
    secrétaire d'État américain, Antony Blinken.

    Les deux responsables ont évoqué le Forum du Néguev et la coopération sécuritaire.
    """
    static let callFrenchPublished = "2023-01-04"

    /// A different call: Macron and Putin on Friday 27 May 2022.
    static let otherCall = """
    Macron and Putin talk about Ukraine

    French President Emmanuel Macron spoke by phone with Russian President Vladimir Putin on Friday about \
    the war in Ukraine, the Elysee said.
    """
    static let otherCallPublished = "2022-05-30"

    /// A meeting, not a call.
    static let noCall = """
    Ministers meet in Rabat

    The Spanish foreign minister met his Moroccan counterpart in Rabat on Monday to prepare a summit.
    """

    static let html = """
    <!doctype html><html><head><title>Leaders talk</title><script>var x = "<p>not text</p>";</script></head>
    <body><nav>Home | World | Sport</nav><article><h1>Leaders talk</h1>
    <p>French President Emmanuel Macron spoke by phone with Russian President Vladimir Putin on Friday about the war in Ukraine.</p>
    </article></body></html>
    """
}

/// The object of a calling verb after adverbials that split it from the verb ("llamó el
/// domingo 26 de enero a X", "llamó ayer por teléfono a X", "a appelé mardi 3 mars son homologue").
extension TriggerFinder {
    /// Small words inside a date adverbial ("el domingo 26 de enero", "on Sunday evening", "la noche del miércoles").
    static let dateGlue: Set<String> = ["el", "la", "le", "the", "on", "de", "del", "of", "this", "last", "ce", "este", "pasado",
                                        "dernier", "matin", "soir", "tarde", "noche", "madrugada", "manana", "morning", "evening", "night", "afternoon"]
    /// Parts of the day that close a date adverbial ("dimanche soir").
    static let dayParts: Set<String> = ["matin", "soir", "tarde", "noche", "morning", "evening", "night", "afternoon", "soiree", "matinee", "manana"]
    /// Parts of the day written in two words, the second of which is also a part of the day
    /// ("mercredi après-midi": "après" followed by "midi").
    static let dayPartOpeners: [String: String] = ["apres": "midi"]
    /// Whether a part of the day of one or two words starts at `k`; its length.
    static func dayPartLength(at k: Int, tokens: [Token]) -> Int? {
        guard k < tokens.count else { return nil }
        if dayParts.contains(tokens[k].folded) { return 1 }
        if let second = dayPartOpeners[tokens[k].folded], k + 1 < tokens.count, tokens[k + 1].folded == second { return 2 }
        return nil
    }
    /// Words that follow a weekday and belong to it ("mardi dernier", "el martes pasado").
    static let dayPostmodifiers: Set<String> = ["dernier", "derniere", "pasado", "pasada"]
    /// Words that bring in a part of the day after a date ("por la tarde", "in the evening").
    static let dayPartLeads: Set<String> = ["por", "in", "dans", "en", "during", "durante"]
    /// Prepositions that open a place set off by commas after a calling verb ("depuis le palais").
    static let placeLeads: Set<String> = ["depuis", "from", "desde", "in", "at", "dans", "en", "a"]
    /// Most words of such a place.
    static let placeParentheticalReach = 6
    /// Prepositions that introduce the person called ("a", "al", "à", "to").
    static let objectMarkers: Set<String> = ["a", "al", "au", "aux", "to"]

    /// A place set off by commas from `comma` on (", depuis le palais Mariinsky,") that the called
    /// party's marker follows ("au président X"): its span, commas included; nil otherwise.
    static func placeBeforeObject(at comma: Int, tokens: [Token]) -> Range<Int>? {
        guard comma + 1 < tokens.count, tokens[comma].folded == ",", placeLeads.contains(tokens[comma + 1].folded),
              let close = (comma + 2..<min(tokens.count - 1, comma + 2 + placeParentheticalReach)).first(where: { tokens[$0].folded == "," }),
              objectMarkers.contains(tokens[close + 1].folded) else { return nil }
        return comma..<(close + 1)
    }

    /// Where the object starts when a date adverbial and/or a phone phrase ("por teléfono")
    /// right after the verb separates them (a marker such as the personal "a" skipped); nil when
    /// neither follows the verb.
    func objectStart(afterAdverbialsFrom start: Int, tokens: [Token]) -> Int? {
        // ("a téléphoné, le lundi 9 décembre, à X": a date adverbial between commas)
        let openedRun = start + 1 < tokens.count && tokens[start].folded == "," ? dateRunEnd(after: start + 1, tokens: tokens) : nil
        let opened = openedRun != nil
        var k = openedRun ?? dateRunEnd(after: start, tokens: tokens) ?? start
        // ("ont téléphoné ensemble au président X": a joint adverb before the object)
        if !opened, k < tokens.count, let joint = grammar.joint.match(tokens, at: k), joint.end - joint.start == 1 { k = joint.end }
        // ("ont téléphoné ensemble, depuis le palais Mariinsky, au président X": a place set off
        // by commas, right before the called party's marker)
        if let place = Self.placeBeforeObject(at: k, tokens: tokens) { k = place.upperBound }
        if k < tokens.count, let phone = grammar.triggers.match(tokens, at: k), phone.values.contains(where: { $0.kind == .strong }) {
            k = phone.end
            // ("llamó por teléfono este domingo a X": the date may follow the phone phrase)
            k = dateRunEnd(after: k, tokens: tokens) ?? k
        }
        guard k > start else { return nil }
        // (a date adverbial set off by commas: "a téléphoné avant-hier, lundi, à X")
        if k + 1 < tokens.count, start > 0, tokens[k].folded == ",",
           opened || (start..<k).contains(where: { tokens[$0].folded == "," }) { k += 1 }
        if k < tokens.count, Self.objectMarkers.contains(tokens[k].folded) || grammar.with.contains(tokens[k].folded) { k += 1 }
        return k
    }

    /// End of a date adverbial that starts right at `start` (a date word or a day number inside
    /// it, glue words around them), nil when none starts there.
    func dateRunEnd(after start: Int, tokens: [Token]) -> Int? {
        var k = start, dated = false, lastDate = start
        while k < tokens.count, k - start < 8 {
            if let d = dateWords.match(tokens, at: k) {
                if case .month(_, abbreviated: true) = d.values.first { break }
                // ("on the 8th", but not "called on the President")
                if case .dayLead = d.values.first, !(d.end < tokens.count && tokens[d.end].folded.first?.isNumber == true) { break }
                dated = true; k = d.end; lastDate = k
            } else if Int(tokens[k].folded) != nil {
                dated = true; k += 1; lastDate = k
            } else if Self.dateGlue.contains(tokens[k].folded) {
                k += 1
            } else if dated, tokens[k].folded == ",", k + 1 < tokens.count,
                      dateWords.match(tokens, at: k + 1) != nil || Int(tokens[k + 1].folded) != nil {
                k += 1   // a day spelled out after a relative one ("avant-hier, lundi, à X")
            } else {
                break
            }
        }
        guard dated else { return nil }
        // trailing glue words belong to what follows ("on Monday the minister"), bar parts of the day
        // and "dernier" / "pasado" after the day
        while lastDate < tokens.count, let n = Self.dayPartLength(at: lastDate, tokens: tokens)
                ?? (Self.dayPostmodifiers.contains(tokens[lastDate].folded) ? 1 : nil) {
            lastDate += n
        }
        // ("el martes por la tarde", "on Tuesday in the evening")
        if lastDate < tokens.count, Self.dayPartLeads.contains(tokens[lastDate].folded),
           let part = (lastDate + 1..<min(tokens.count, lastDate + 3)).first(where: { Self.dayParts.contains(tokens[$0].folded) }) {
            lastDate = part + 1
        }
        return lastDate
    }
}

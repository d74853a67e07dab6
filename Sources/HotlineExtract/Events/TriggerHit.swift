/// A call trigger found in a sentence, after the grammar checks.
struct TriggerHit: Sendable {
    let start: Int
    let end: Int
    let trigger: TriggerLexicon.Trigger
    /// A denial or negation cue governs it: the call did not happen.
    let denied: Bool
    /// A future or hypothetical cue governs it: no call (yet), but it still claims the parties
    /// around it ("... and that no call with X was planned").
    var planned = false
}

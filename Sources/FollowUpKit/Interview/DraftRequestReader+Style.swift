/// Requests about the note's length and tone: "shorter", "make it more formal", "a bit warmer".
extension DraftRequestReader {
  /// The commonest requests, said plainly ("shorter", "make it more formal"), read by one
  /// lookup before anything else.
  static let plainRequests: [String: DraftRequest] = {
    var table: [String: DraftRequest] = [:]
    let readings: [(DraftRequest, [String])] = [
      (.shorter, shorterCues), (.longer, longerCues), (.tone(.neutral), neutralCues),
      (.tone(.warm), warmCues), (.tone(.formal), formalCues),
    ]
    for (request, cues) in readings {
      for cue in cues where !cue.hasSuffix("-") {
        for lead in ["", "make it ", "make it a bit ", "a bit ", "more ", "make it more ", "bit "] {
          table[lead + cue] = table[lead + cue] ?? request
        }
      }
    }
    return table
  }()

  static let shorterCues = [
    "shorter", "shorten", "too long", "cut it down", "trim", "more concise", "concise", "briefer",
    "less wordy", "fewer words", "tighten", "condense", "cut down", "make it short", "too wordy",
    "snappier", "less long", "reduce", "brief",
    // "make it simpler, this doesn't sound like me": fewer, plainer words (tuning 41's ce038).
    "simpler", "more simple", "too complicated", "too fancy", "less fancy", "plainer",
  ]
  static let longerCues = [
    "longer", "too short", "expand", "lengthen", "more detail", "add more", "flesh it out",
    "more words", "fuller", "elaborate", "less short", "more to it", "too brief", "too curt",
  ]
  /// "a bit more" asks for more words only when nothing says more of what.
  static let vagueLongerCues = ["a bit more", "a little more", "bit more", "little more"]
  static let formalCues = [
    // A complaint asks for the opposite: "it's too chatty" is a request for more formal.
    "too casual", "too chatty", "too informal", "too relaxed", "too familiar", "too friendly",
    "too pally", "too matey",
    "formal", "more formal", "professional", "less casual", "stiffer", "more polite",
    "less chatty", "serious", "businesslike", "business-like", "corporate", "posher",
    "more proper", "less friendly", "less familiar", "less relaxed", "more respectful",
    "formally", "more formally", "professionally", "more professionally",
  ]
  static let warmCues = [
    // "too formal", "a bit stiff", "sounds like a robot": the note as it is, complained of.
    "too formal", "too stiff", "stiff", "too stuffy", "stuffy", "too corporate", "too cold",
    "cold", "too robotic", "robotic", "too professional", "too serious", "too posh",
    "sounds like a robot", "sounds like a template", "like a robot", "like a template",
    "warmer", "warm", "friendlier", "friendly", "casual", "less formal", "relaxed", "more personal",
    "chattier", "less stiff", "more human", "softer", "more enthusiastic", "less serious",
    "informal", "warmly", "more warmly", "casually", "more casually", "less formally",
  ]
  static let neutralCues = [
    "too warm", "too gushy", "gushy", "too keen", "too eager", "too enthusiastic", "too soppy",
    "too cheesy", "cheesy", "over the top", "too much", "too full on",
    "neutral", "normal tone", "standard tone", "in between", "less warm", "middle", "default tone",
    "plain", "a normal tone", "the usual tone", "original tone", "regular tone",
  ]
}

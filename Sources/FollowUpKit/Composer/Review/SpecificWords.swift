/// The words that say nothing specific about an interview: function words, interview chatter,
/// the pleasantries of a note, days and times, and the names of the people and the company.
struct SpecificWords {
  var ignored: Set<String>

  static let pleasantries: Set<String> = [
    "enjoyed", "enjoy", "enjoying", "loved", "love", "hearing", "hear", "heard", "meeting",
    "meet", "met", "speaking", "speak", "spoke", "thinking", "thought", "think", "keep", "kept",
    "coming", "look", "looking", "forward", "hope", "hoping", "hoped", "glad", "pleased",
    "happy", "lovely", "wonderful", "truly", "interesting", "fascinating", "exciting", "excited",
    "showed", "described", "mentioned", "outlined", "explained", "recommended", "suggested",
    "shared", "gave", "raised", "walked", "pointed", "introduced", "brought", "set", "point",
    "idea", "plan", "plans", "thoughts", "comments", "comment", "view", "take", "since",
    "touch", "contact", "reach", "hesitate", "again", "pleasure", "chance", "everything",
    "anything", "further", "information", "writing", "follow", "following", "recent", "more",
    "today", "yesterday", "tomorrow", "morning", "afternoon", "evening", "tonight", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "june", "july", "august", "september", "october", "november",
    "december", "week", "month", "year", "found", "find", "made", "make", "felt", "feel",
    "sounded", "sounds", "seemed", "seems", "remain", "remains", "appreciate", "appreciated",
    "grateful", "wanted", "want", "like", "would", "best", "regards", "wishes", "dear",
    "cheers", "both", "soon", "stayed", "stuck", "struck", "chord", "interview", "role", "job",
    "company", "team", "hospital", "organisation", "talking", "discussing", "telling",
  ]

  init(interviewers: [PersonName], company: String?) {
    var ignored = Lexicon.stopwords.union(Lexicon.generic).union(Self.pleasantries)
    for person in interviewers {
      for part in [person.title, person.given, person.family].compactMap({ $0 }) {
        ignored.formUnion(ReviewWords(part.lowercased()).words)
      }
    }
    if let company { ignored.formUnion(ReviewWords(company.lowercased()).words) }
    self.ignored = ignored
  }

  /// Whether any word says something specific: a number, or a word of three letters or more
  /// that is not ignored.
  func hasSpecificWord(_ words: [String]) -> Bool {
    words.contains { word in
      if word.contains(where: \.isNumber) { return true }
      let bare = word.hasSuffix("'s") ? String(word.dropLast(2)) : word
      return bare.count >= 3 && !ignored.contains(bare)
    }
  }
}

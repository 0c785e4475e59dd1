/// Whether a point's last pronoun points at something the reader can see.
extension VouchedPoint {
  /// "... so I get it", "... and I understand it": "it" closing the sentence as the object of
  /// a verb of understanding stands for a situation the person has in mind (older patients
  /// struggling, the pressure of the job), which the note never names; the reader is left
  /// asking what "it" is. "I know it well" and "I get it done" go on, and pass.
  static func situationPronoun(_ words: [String]) -> String? {
    guard words.count >= 3, words[words.count - 1] == "it" else { return nil }
    let verb = words[words.count - 2]
    guard ["get", "got", "understand", "understood", "see", "feel", "felt"].contains(verb) else {
      return nil
    }
    return "\"\(verb) it\" points at nothing the note names"
  }

  /// "... so it's great", "... so this is very close", "... so I get why it's hard": a
  /// closing clause after "so" made of nothing but a pointing word ("it", "this", "that"),
  /// words of the closed classes, a verb of knowing, and at its end a plain verdict or an
  /// adjective that needs its complement ("close" to what? "hard" for whom?). Its pointing
  /// word is the whole situation the person has in mind, and the clause tells the reader
  /// nothing they can see. A clause with a word of its own ("so it matters to me", "so I know
  /// how important it is"), or one that says how the writer stands ("so this is kind of
  /// personal"), passes.
  static func emptyClosingClause(_ words: [String]) -> String? {
    guard let so = words.lastIndex(of: "so"), so > 0, so + 2 < words.count,
      let last = words.last, plainVerdicts.contains(last) || relational.contains(last)
    else { return nil }
    let clause = words[(so + 1)...]
    let body = clause.dropLast()
    // "so that I could help": "so that" joins a purpose, and its "that" points at nothing.
    guard clause.first != "that", body.contains(where: { pointingSubjects.contains($0) }),
      let beforeLast = body.last, !owners.contains(beforeLast),
      !TopicGrammar.determiners.contains(beforeLast),
      body.allSatisfy({
        Lexicon.stopwords.contains($0) || pointingSubjects.contains($0)
          || ["know", "see", "understand", "get", "feel", "feels", "seems", "sounds"].contains($0)
      })
    else { return nil }
    return "\"so \(clause.joined(separator: " "))\" points at nothing the note names"
  }

  /// "... so a bakery would be amazing", "... so Dublin would be perfect": a closing clause
  /// after "so" that ends on a word of delight after "be". However plain its subject, it is
  /// how a chat cheers, not how a note tells a hiring manager why the topic matters.
  static func cheeringClose(_ words: [String]) -> String? {
    guard let so = words.lastIndex(of: "so"), so > 0, so + 3 <= words.count,
      let last = words.last, plainVerdicts.contains(last) || last == "huge" || last == "fun"
    else { return nil }
    var index = words.count - 2
    while index > so,
      ["very", "really", "so", "just", "absolutely", "pretty"].contains(words[index])
    {
      index -= 1
    }
    guard index > so,
      ["be", "is", "was", "it's", "that's", "sounds", "seems", "looks"].contains(words[index])
    else { return nil }
    return "\"\(words[index...].joined(separator: " "))\": a cheer, not a point"
  }

  /// Adjectives that take a complement ("close to", "similar to", "relevant to", "hard for"):
  /// at a clause's end with none, what they relate to is left to the reader.
  private static let relational: WordSet = [
    "close", "similar", "relevant", "related", "hard", "difficult", "easy", "familiar",
    "useful", "important", "connected", "linked",
  ]

  /// The words a closing clause points with: a pronoun for a whole situation.
  private static let pointingSubjects: WordSet = [
    "it", "it's", "it’s", "this", "that", "that's", "that’s", "this's",
  ]

  /// Owners, before a last word that names a thing of the writer's ("so it's my thing").
  private static let owners: WordSet = ["my", "our", "your", "his", "her", "their", "its"]

  /// Plain verdicts, which name nothing of their own.
  private static let plainVerdicts: WordSet = [
    "great", "good", "nice", "cool", "amazing", "awesome", "brilliant", "perfect", "works",
  ]
}

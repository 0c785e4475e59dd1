/// Where a reply to "What role?" stops naming the job and starts commenting on it.
///
/// At the role question a short reply IS the job title, whatever its words ("bar staff",
/// "pharmacy dispenser", "farm hand"): the question carries the weight, and vocabulary only adds
/// evidence. What must be found is the end of the name: people add where the job is ("in the
/// oncology team", "on the cardiac ward"), its grade or intake ("level 3", "grade 6", "2028
/// intake", "ks3 and 4"), its hours ("part time"), a relative clause or a verdict ("and it went ok
/// i guess"). A reply that is a sentence about something else ("hang on let me check the email",
/// "does it matter") is no title at all.
extension FactScan {
  /// The end of the title in the reply's words `start..<end`, or nil when they are a sentence,
  /// not a name for a job.
  func roleAnswerEnd(_ start: Int, _ end: Int) -> Int? {
    guard start < end else { return nil }
    var cut = end
    for index in (start + 1)..<end {
      let word = tokens[index].plain
      let next = plain(index + 1)
      // "on the cardiac ward", "in their payments team", "at the bexley branch": a preposition
      // before a determiner names the place or team the job is in, not more of its title.
      if Self.placePrepositions.contains(word), Self.determiners.contains(next) {
        cut = index
        break
      }
      // "healthcare assistant on nights", "support worker with young people": right after the
      // job's own noun, "on", "at", "with" or "for" opens where or when the job is done,
      // whatever follows. Not "in": "lecturer in organic chemistry" and "clinical fellow in
      // general surgery" name the post by its field.
      if Self.placePrepositions.contains(word), word != "in",
        Self.roleNouns.contains(tokens[index - 1].plain)
      {
        cut = index
        break
      }
      // "which is permanent", "that they advertised": a relative clause comments; so does
      // one joined by a conjunction ("deputy manager but covering the kitchen too", "sous chef
      // till they find someone"). Not "and": "health and safety officer" is one title.
      if ["which", "who", "where"].contains(word) || Self.commentConjunctions.contains(word) {
        cut = index
        break
      }
      // "and it went ok i guess", "i think": a new clause after the title.
      if Self.speakerWords.contains(word) {
        cut = index
        if index - 1 > start, ["and", "but", "so"].contains(tokens[index - 1].plain) {
          cut = index - 1
        }
        break
      }
      // "the admin job", "data engineer role in their payments team": the word for a post ends
      // the title (`roleTitle` takes it off).
      if Self.roleSuffixes.contains(word), index + 1 < end {
        cut = index + 1
        break
      }
      // "part time", "full time": the hours of the post.
      if ["part", "full"].contains(word), ["time", "-", "timer"].contains(next), index > start {
        cut = index
        break
      }
    }
    // "nursery practitioner level 3", "trainee solicitor 2028 intake", "maths teacher ks3 and 4":
    // a number after the title's noun, with no more of the title after it, is its grade, intake
    // or year group. Before the job's noun it is part of the title ("band 5 staff nurse", "year 4
    // teacher"), and in an "of" phrase too ("head of year 9").
    // A single figure closing the title right after its noun is its level, part of it ("data
    // analyst 2", as "Data Analyst II": answers tuning 31's bv203 had lost it).
    let level =
      cut - 1 > start && hasDigit(cut - 1) && tokens[cut - 1].kind == .number
      && document.text(tokens[cut - 1]).count == 1
      && Self.roleNouns.contains(tokens[cut - 2].plain)
    if !level, let number = ((start + 1)..<cut).first(where: { hasDigit($0) }),
      !((number + 1)..<cut).contains(where: { Self.roleNouns.contains(tokens[$0].plain) }),
      !(start..<number).contains(where: { tokens[$0].plain == "of" })
    {
      let before = number - 1
      let graded =
        before > start && !Self.roleNouns.contains(tokens[before].plain)
        && Self.roleNouns.contains(tokens[before - 1].plain)
      let head = graded ? before : number
      if head > start, Self.roleNouns.contains(tokens[head - 1].plain) { cut = head }
    }
    // "forklift driver counterbalance and reach", "warehouse operative night shift": English
    // ends a title at the noun for the person; words after it in lower case, with no word
    // joining them to it ("of", "in", "de"), say which kind, when or where: a comment.
    if let head = (start..<cut).last(where: { index in
      let word = tokens[index].plain
      return Self.roleNouns.contains(word) && !RoleTitle.rankWords.contains(word)
        && RoleTitle.namesPerson(document.text(tokens[index]))
    }), head + 1 < cut, !Self.titleJoiners.contains(tokens[head + 1].plain),
      ((head + 1)..<cut).allSatisfy({ index in
        tokens[index].kind == .word && !tokens[index].isCapitalized && !hasDigit(index)
          && !FactScan.levelNumerals.contains(tokens[index].plain)
          && !Self.roleNouns.contains(tokens[index].plain)
          && !RoleTitle.isPersonNoun(document.text(tokens[index]))
      })
    {
      cut = head + 1
    }
    // "the barista one": "one" after a title stands for the post.
    if cut - start > 1, tokens[cut - 1].plain == "one" { cut -= 1 }
    // A sentence, not a name: a pronoun or a verb of the chat among the words kept.
    if (start..<cut).contains(where: { index in
      let word = tokens[index].plain
      return Self.speakerWords.contains(word) || Self.chatWords.contains(word)
    }) {
      return nil
    }
    return cut
  }

  /// Whether the token at `index` holds a digit: "3", "ks3", "2028".
  private func hasDigit(_ index: Int) -> Bool {
    document.text(tokens[index]).contains(where: \.isNumber)
  }

  /// Words that carry a title on past its noun: "head of year", "chef de partie", "nurse in
  /// charge", "health and safety officer".
  static let titleJoiners: Set<String> = ["of", "in", "de", "du", "and", "to", "for", "at"]

  /// Prepositions that place a job in a team, ward or branch.
  static let placePrepositions: Set<String> = ["in", "on", "at", "with", "within", "for"]

  /// Words that open a noun phrase naming a place: "the ward", "their team", "our branch".
  static let determiners: Set<String> = [
    "the", "a", "an", "their", "our", "his", "her", "its", "my", "this", "that",
  ]

  /// Conjunctions that open a comment on the title, never a part of one.
  static let commentConjunctions: Set<String> = [
    "but", "so", "because", "cos", "though", "although", "til", "till", "until", "if", "while",
  ]

  /// The person or someone else speaking: these open a clause, never a job's name.
  static let speakerWords: Set<String> = [
    "i", "i'm", "im", "i've", "me", "we", "she", "he", "they", "you", "it's", "its",
  ]

  /// Verbs and words of chat that make a reply a sentence: "let me check", "does it matter".
  static let chatWords: Set<String> = [
    "let", "check", "does", "do", "did", "is", "was", "were", "are", "know", "dont", "don't",
    "idk", "dunno", "hmm", "hm", "erm", "um", "not", "no", "matter", "think", "guess",
  ]
}

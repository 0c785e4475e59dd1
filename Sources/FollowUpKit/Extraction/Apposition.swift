/// What a comma sets off after someone named, when no word in the reply joins people.
///
/// People list interviewers with a joining word ("Sam, Ola and Raj", "Sam & Ola", "Ola then
/// Raj") and describe the one just named with a comma: "Mr Tom Ashworth, Head of Individual
/// Giving", "Dr. Lisa Huang, PharmD, pharmacy manager", "Orla the head of fundraising, v
/// friendly". So in a reply with no joining word, a mention after a comma is a new person only
/// when it reads as a name by itself; otherwise it is the person's job, a credential or a
/// remark, and never greeted. A name there that shares the family name ("mr ashworth, paul
/// ashworth") or follows a word of self-repair ("gaz, well gareth") is the same person again.
enum Apposition {
  /// The reply joins people somewhere: "and", "&", "then" or "plus" between words.
  static func joinsPeople(_ text: String) -> Bool {
    text.split(whereSeparator: { $0 == " " || $0 == "," }).contains {
      ["and", "&", "then", "plus", "n"].contains($0.lowercased())
    }
  }

  /// The person before the comma named again: more fully (the same family name, titles that
  /// agree) or put right ("well gareth", "i mean Gareth"). Nil when the mention does neither.
  static func said(of last: PersonName, in mention: String) -> PersonName? {
    var words = mention.split(separator: " ").map(String.init)
    var repaired = false
    for marker in repairMarkers
    where words.count > marker.count
      && zip(words, marker).allSatisfy({ $0.0.lowercased().trimming(".,") == $0.1 })
    {
      words.removeFirst(marker.count)
      repaired = true
      break
    }
    let (found, job) = PeopleAnswer.person(in: words.joined(separator: " "))
    guard let found, !found.fullWords.isEmpty, var name = VouchedName.vouched(found),
      !name.fullWords.contains(where: {
        VouchedName.isJobWord($0) || functionWords.contains($0.lowercased())
          || PeopleAnswer.chatterWords.contains($0.lowercased())
      })
    else { return nil }
    let titlesAgree = name.title == nil || last.title == nil || name.title == last.title
    let sameFamily =
      name.fullWords.last?.lowercased() == last.fullWords.last?.lowercased() && titlesAgree
    // "Big Mike the superintendent, mike kowalski": a name that starts with the word the one
    // before ends with says it more fully.
    let fuller =
      name.fullWords.count >= 2
      && name.fullWords.first?.lowercased() == last.fullWords.last?.lowercased() && titlesAgree
    guard repaired || sameFamily || fuller else { return nil }
    if sameFamily {
      // "mr ashworth, paul ashworth": the title said first, the given name said next.
      name.title = name.title ?? last.title
      // "morag sinclair, she's Dr Sinclair": the title said with the family name is the one
      // held name's; the fuller name stays, now with the title the person used.
      if name.fullWords.count < last.fullWords.count {
        guard let title = name.title, last.title == nil else { return nil }
        var titled = last
        titled.title = title
        titled.job = job ?? last.job
        return titled
      }
    }
    name.job = job ?? last.job
    return name
  }

  /// A mention that would read as a new person but is no name by itself: a title of a job
  /// ("Head of Estates", "Clerk to the Council"), one word (a credential, a team: "PharmD",
  /// "Audit"), a remark ("v friendly", "first names all round"), or, in a reply typed with
  /// capitals, words in lower case.
  static func isRemark(_ mention: String, mixedCase: Bool) -> Bool {
    guard
      PeopleAnswer.person(in: mention).0 != nil || VouchedName.inDescription(mention) != nil
    else { return false }
    let words = mention.split(separator: " ").map(String.init)
    if words.count < 2 { return true }
    // "Head of Maths Ms Clarke", "HR manager Mr Okoro": a courtesy title before a name says a
    // person is named, whatever their job said before it; a remark on the one before names no
    // one this way.
    if namesTitledPerson(words) { return false }
    if words.contains(where: VouchedName.isJobWord) { return true }
    if words.contains(where: {
      let lower = $0.lowercased().trimming(".,!")
      return functionWords.contains(lower) || PeopleAnswer.chatterWords.contains(lower)
    }) {
      return true
    }
    if PeopleAnswer.isChatter(mention) { return true }
    return mixedCase && words.contains { $0.first?.isLowercase == true }
  }

  /// Whether the words end in a courtesy title and a name: "Head of Maths Ms Clarke". Only the
  /// titles a person is addressed by, never an office that may be a job ("Matron", "Governor").
  static func namesTitledPerson(_ words: [String]) -> Bool {
    guard words.count >= 2 else { return false }
    let tail = words.suffix(3)
    guard let titleAt = tail.firstIndex(where: { courtesyTitles.contains(titleKey($0)) }),
      titleAt + 1 < words.count
    else { return false }
    let name = words[(titleAt + 1)...]
    return (1...2).contains(name.count)
      && name.allSatisfy {
        DirectAnswer.isNameShaped($0) && !VouchedName.isJobWord($0)
          && !functionWords.contains($0.lowercased())
      }
  }

  /// A word as a key of the courtesy titles: lower case, without its dot.
  private static func titleKey(_ word: String) -> String {
    word.lowercased().trimming(".")
  }

  /// Titles a person is addressed by: said before a name, they name a person.
  static let courtesyTitles: Set<String> = [
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "mister",
  ]

  /// Words that put a name right after a comma: "gaz, well gareth".
  static let repairMarkers: [[String]] = [
    ["i", "mean"], ["or", "rather"], ["well"], ["rather"], ["sorry"], ["actually"], ["or"],
  ]

  /// Words no name is made of: articles, prepositions, pronouns, quantities and degree words.
  static let functionWords: Set<String> = [
    "a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "by", "from", "all", "my",
    "his", "her", "their", "our", "your", "its", "very", "so", "too", "v", "really", "quite",
    "names", "name", "round", "around", "he", "she", "they", "was", "is", "were", "who",
  ]
}

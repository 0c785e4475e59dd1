/// The form of their own name a person asks the note to be signed with, without typing it:
/// "put my full name at the bottom", "sign with my full name", "put my surname too", or "just my
/// first name at the end".
///
/// The note signs with the name the person goes by (`SignOffName`); this is how they ask for the
/// whole name instead, at any question before the draft (in the draft the request is a revision,
/// `DraftRequestReader`). A name form alone is no request: "my full name is Jordan Adeyinka Lee"
/// states the name, so the clause must also name the sign-off (a verb of signing, or a place at
/// the end of the note), or add the family name to it ("my surname too").
enum SignOffForm {
  /// True for the name in full, false for the first name, nil when the message asks neither.
  ///
  /// ```swift
  /// SignOffForm.asked("can you put my full name at the bottom")  // true
  /// SignOffForm.asked("my full name is Jordan Adeyinka Lee")     // nil
  /// ```
  static func asked(_ text: String) -> Bool? {
    guard text.count <= 300 else { return nil }
    let onlyRequest = isWhole(text)
    for clause in NameRequest.clauses(text) {
      let words = clause.map(\.lower)
      let refused = !Set(words).isDisjoint(with: ["not", "no", "without", "dont", "don't", "never"])
      // "put my surname too", "include my last name as well": the family name added to it.
      let pairs = zip(words, words.dropFirst()).map { [$0, $1] }
      let family = words.contains("surname") || pairs.contains(["last", "name"])
      let added =
        !Set(words).isDisjoint(with: ["too", "also", "include", "add"])
        || pairs.contains(["as", "well"])
      if family, added, words.contains("my"), !refused { return true }
      // "full name", "my full name please": the form alone, as a reply, asks for it. Said
      // beside another value ("its brookfield homes housing association, full name") it is
      // that value's full name, not the person's.
      if isWhole(words), pairs.contains(["full", "name"]), !refused, onlyRequest { return true }
      guard case .ownName(let form)? = NameRequest.form(words) else { continue }
      let signs = words.indices.contains { index in
        NameRequest.trailingCue(words, at: index) == .signOff
          || ["sign", "signed", "signing", "signature", "signoff", "sign-off", "sig"].contains(
            words[index])
      }
      if signs { return form == .full }
    }
    return nil
  }

  /// Whether a message says nothing but the request, so no other reading is owed to it: every
  /// word is one of the words a request for a form of the name is made of.
  /// "full name, please" is two clauses, each made of request words: still only the request.
  static func isWhole(_ text: String) -> Bool {
    let clauses = NameRequest.clauses(text)
    return !clauses.isEmpty && clauses.allSatisfy { isWhole($0.map(\.lower)) }
  }

  private static func isWhole(_ words: [String]) -> Bool {
    !words.isEmpty && words.allSatisfy(requestWords.contains)
  }

  /// The words a request for a form of one's name is made of: the form, the sign-off and its
  /// place, and the words that ask.
  private static let requestWords: Set<String> = [
    "full", "name", "first", "surname", "last", "whole", "my", "sign", "signed", "signature",
    "sign-off", "signoff", "off", "with", "it", "at", "on", "the", "bottom", "end", "too", "also",
    "as", "well", "include", "add", "put", "use", "can", "could", "you", "u", "please", "pls",
    "plz", "just", "i", "id", "i'd", "want", "would", "like", "prefer", "actually", "instead",
    "and", "in", "note", "ok", "yes", "thanks", "thx",
  ]
}

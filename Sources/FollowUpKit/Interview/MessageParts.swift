/// The statements of one message: its sentences, and within a sentence the clauses a person
/// joins with a word that starts a new statement ("..., and the role is ...", "... btw ...").
///
/// A person fixing an earlier slip often answers the question in hand in the same breath:
/// "oops its john with an h. company is harbour care ltd", "2 things, it was sunday not monday,
/// and the role is assistant store manager". Read whole, such a message has two fact words and
/// two values, and the reading of either is muddled by the other. Cut into statements, the
/// correction is read from the statement that carries it and the answer from another.
enum MessageParts {
  /// The statements of `text`, in order; the whole text when it has only one.
  ///
  ///     MessageParts.statements(of: "it was sunday not monday, and the role is manager")
  ///     // ["it was sunday not monday", "the role is manager"]
  static func statements(of text: String) -> [String] {
    sentences(of: text).flatMap(cut).filter { piece in
      piece.contains(where: { $0.isLetter || $0.isNumber })
    }
  }

  /// The sentences of a message (`Conversation.sentences(of:)`), with a sentence cut after an
  /// abbreviation's dot joined again: "Crumb & Co. Artisan Bakery", "J. Murphy & Sons" are one
  /// name. A letter spoken of ("with an e. McGrath Harte", "o'brien e not a. interviewer was
  /// ...") ends its sentence.
  static func sentences(of text: String) -> [String] {
    var joined: [String] = []
    for sentence in Conversation.sentences(of: text) {
      if let last = joined.last, text.contains(last + ". " + sentence),
        let word = last.split(separator: " ").last.map(String.init)
      {
        // An initial is typed as a capital ("J. Murphy"); "e not a." speaks of a letter.
        let before = last.split(separator: " ").dropLast().last.map { $0.lowercased() }
        let initial =
          word.count == 1 && word.first?.isLetter == true && word != "I"
          && word == word.uppercased() && !["a", "an", "the", "with"].contains(before ?? "")
        // "its Kowalczyk Bros. it was on tuesday": a sentence that opens as a statement of its
        // own ("it was", "interview was", "sorry") is not the rest of the name.
        let opener = sentence.split(separator: " ").first.map {
          String($0).lowercased().trimming(",:")
        }
        let ownStatement =
          opener.map {
            DirectAnswer.clauseWords.contains($0) || DiscourseOpener.opens($0)
              || CorrectionReader.factWords.contains($0)
          } ?? false
        if CompanyAnswer.isAbbreviation(word + ".") && !ownStatement || initial {
          joined[joined.count - 1] = last + ". " + sentence
          continue
        }
      }
      joined.append(sentence)
    }
    return joined
  }

  /// Joints that open a new statement inside a sentence. Only after a comma, or before words
  /// that name what the new statement is about, is "and" a joint: "Harlow and Reed" is one name.
  static let joints: [String] = [
    ", and ", ", also ", ", btw ", " btw, ", ", anyway ", ", anyways ", ", oh and ",
    " and the role ", " and the job ", " and the company ", " and the interview ",
    " and the interviewer ", " and the day ", " and it went ", " and it was on ",
    // "trainee solicitor — and scratch what i put before, ...": a dash before "and" or "also"
    // sets off a second statement as a comma does.
    " — and ", " – and ", " - and ", " — also ", " – also ", " - also ",
  ]

  /// One sentence cut at its joints; the joint's own words ("and the") stay with the statement
  /// after it when they say what it is about.
  private static func cut(_ sentence: String) -> [String] {
    var pieces: [String] = []
    var rest = Substring(sentence)
    while let joint = joints.lazy.compactMap({
      rest.range(of: $0, options: .caseInsensitive)
    }).min(by: { $0.lowerBound < $1.lowerBound }) {
      let matched = rest[joint].lowercased()
      // "and the role is ...": the words after "and" open the next statement.
      let keeps = matched.hasPrefix(" and ")
      let head = rest[..<joint.lowerBound]
      pieces.append(String(head))
      rest = keeps ? rest[rest.index(joint.lowerBound, offsetBy: 5)...] : rest[joint.upperBound...]
    }
    pieces.append(String(rest))
    return pieces.map { $0.trimming(" ,.") }.filter { !$0.isEmpty }
  }
}

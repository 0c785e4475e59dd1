/// Where a company's name ends and the person's remark about it begins.
///
/// People name the place and then go on to locate it or say which one they mean: "currys in the
/// retail park", "Murphys Bakehouse, the one in Dingle", "sainsburys the big one". The note names
/// the organisation, so the value stops where naming stops. The cut is made by grammar, not by a
/// list of places: a preposition of place before a definite place ("in the ...", "on the ...")
/// or "the ... one" starts a remark, while a place the person wrote as part of the name ("The
/// Grange at Tower Hill", "Bank of Ireland") stays. Two things a paste leaves behind come off
/// too: a word said twice in a row ("Meadowbank Meadowbank House", from a correction that
/// repeated the word kept) and the second of two names given for one body with a slash
/// ("Cyngor Gwynedd / Gwynedd Council" keeps the form written last, the one the person restated
/// it in).
enum CompanyRemark {
  /// The company's name without the remark after it; the value itself when there is none.
  ///
  /// ```swift
  /// CompanyRemark.named("Currys in the Retail Park")  // "Currys"
  /// CompanyRemark.named("The Grange at Tower Hill")   // unchanged
  /// ```
  static func named(_ value: String) -> String {
    named(value, places: true)
  }

  /// With `places` false only "the ... one" is cut: applied to a whole answer before it is
  /// read ("sainsburys the big one" hid the name from the reader), where "in the" may still be
  /// a remark the reader handles itself ("hale and whitcombe (its an & in the name)").
  static func named(_ value: String, places: Bool) -> String {
    var text = value.trimming(" ,")
    // "Cyngor Gwynedd / Gwynedd Council": two names of one body; keep the last, if both read
    // as names (a capital in each) and the last is not a bare word of the first.
    let sides = text.components(separatedBy: " / ")
    if sides.count == 2, let last = sides.last, let first = sides.first,
      last.contains(where: \.isUppercase), first.contains(where: \.isUppercase),
      last.split(separator: " ").count >= 2
    {
      text = last
    }
    // "tri-county btw": the person's chat after the name is no part of it. Only a value loses
    // it here: in a whole answer ("mrs ogunleye is the head teacher sorry forgot to say") the
    // chat is evidence that it is a sentence, not a name.
    var words = text.split(separator: " ").map(String.init)
    if places { words = ChatAside.cut(words) }
    // A word said twice in a row is one paste too many.
    var index = 1
    while index < words.count {
      if words[index].lowercased() == words[index - 1].lowercased(),
        words[index].contains(where: \.isLetter)
      {
        words.remove(at: index)
      } else {
        index += 1
      }
    }
    // "hughes & daughters ltd - plumbing and heating": what follows a spaced dash describes
    // the firm; the name is before it.
    // Before a dash that only says what sort of place it is ("a small firm - okoro
    // partners"), the name is after it.
    if let dash = words.indices.dropFirst().first(where: { ["-", "–", "—"].contains(words[$0]) }) {
      let describing = words[..<dash].allSatisfy {
        let word = $0.lowercased()
        return CompanyAnswer.describing.contains(word) || CompanyAnswer.kindWords.contains(word)
      }
      if !describing {
        words.removeSubrange(dash...)
      } else if dash + 1 < words.count {
        words.removeSubrange(...dash)
      }
    }
    // The cut: only after at least one word of name.
    var located = false
    for index in words.indices.dropFirst() {
      let word = words[index].lowercased()
      let next = index + 1 < words.count ? words[index + 1].lowercased() : ""
      // "the co-op branch on the high st": after a word for a branch the place is a remark
      // even in a whole answer.
      let afterBranch = branchWords.contains(words[index - 1].lowercased())
      if places || afterBranch, placeWords.contains(word), ["the", "a", "an"].contains(next) {
        words.removeSubrange(index...)
        located = true
        break
      }
      // "olive & ash in bristol", "dpd depot in hinckley": "in" and a word or two that close
      // the answer, none of them a word of an organisation's name, say which town.
      if word == "in", (1...2).contains(words.count - index - 1),
        words[(index + 1)...].allSatisfy({ isPlaceWord($0.lowercased()) })
      {
        words.removeSubrange(index...)
        located = true
        break
      }
      // "the one in Dingle", "the big one": which branch, not the name.
      if word == "the",
        words[(index + 1)...].prefix(3).contains(where: {
          ["one", "ones"].contains($0.lowercased())
        })
      {
        words.removeSubrange(index...)
        break
      }
    }
    // "dpd depot in hinckley", "the co-op funeralcare branch in leith": the word for the
    // branch before a place is no part of the name, nor the article that went with it.
    if located {
      while words.count > 1, let last = words.last, branchWords.contains(last.lowercased()) {
        words.removeLast()
        if words.count > 1, words[0] == "the" { words.removeFirst() }
      }
    }
    let result = words.joined(separator: " ").trimming(" ,;:-")
    return result.isEmpty ? value : result
  }

  /// Words for one branch or site of an organisation: "the depot", "the Leith branch".
  static let branchWords: Set<String> = [
    "branch", "depot", "site", "store", "outlet", "warehouse", "office", "plant", "factory",
  ]

  /// A word that can name a town after "in": a word of letters that is no word of an
  /// organisation's name ("in Bristol", not "in Finance" or "in the").
  private static func isPlaceWord(_ word: String) -> Bool {
    word.count >= 2 && word.allSatisfy(\.isLetter) && !OrganisationNouns.inNames.contains(word)
      && !CompanyAnswer.joiningWords.contains(word) && !["a", "an"].contains(word)
  }

  /// Prepositions that place something: after a name and before "the", a location follows.
  static let placeWords: Set<String> = [
    "in", "on", "near", "by", "off", "opposite", "inside", "behind", "beside", "at", "round",
    "outside", "across",
  ]
}

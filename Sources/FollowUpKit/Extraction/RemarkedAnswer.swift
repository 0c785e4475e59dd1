/// A short answer typed with a remark beside it, read clause by clause: "the council. hackney
/// council", "its a small studio you wont know it, pixel and pine", "emirates (the airline not
/// the stadium haha)", "deputy manager but covering the kitchen too til they find a chef".
///
/// At the company and role questions the reader takes a reply that is only the value. With a
/// remark beside it the whole reply reads as a sentence, was refused and asked again, and the
/// same reply typed a second time was taken as typed, remark and all. The value is in one of
/// its clauses: a remark in brackets is set aside (a respelling in it is kept: "mensah darko
/// logistics ltd (mensah-darko has a dash)"), and the clauses are offered to the same reader
/// one by one. Used only when the whole reply was not read, so a reply the reader takes as it
/// stands is never cut.
enum RemarkedAnswer {
  /// Which clause is tried first.
  enum Order {
    /// A company is restated more precisely after a first try ("the council. hackney
    /// council"), or named after a description ("a small studio..., pixel and pine").
    case lastFirst
    /// A role comes first and the comment on it after ("deputy manager but covering ...").
    case firstFirst
  }

  /// The clauses of `text` worth reading as the answer, in the order to try them; empty when
  /// the reply is one clause with no remark in brackets.
  static func clauses(_ text: String, order: Order) -> [String] {
    let (outside, remarks) = setAside(text)
    let pieces = split(outside, breakingAtComments: order == .firstFirst)
    guard pieces.count > 1 || !remarks.isEmpty else { return [] }
    var parts = pieces.map { respelled($0, by: remarks) }.filter { part in
      let words = WordSplitter.words(part)
      return !words.isEmpty && words.count <= 8
    }
    if order == .lastFirst { parts.reverse() }
    return parts
  }

  /// The text with its bracketed remarks taken out, and the remarks. An unclosed bracket takes
  /// the rest of the text with it.
  static func setAside(_ text: String) -> (outside: String, remarks: [String]) {
    var outside = ""
    var remarks: [String] = []
    var current = ""
    var depth = 0
    for character in text {
      switch character {
      case "(", "[":
        depth += 1
        if depth == 1 { current = "" } else { current.append(character) }
      case ")", "]":
        guard depth > 0 else { continue }
        depth -= 1
        if depth == 0 {
          remarks.append(current)
          outside.append(" ")
        } else {
          current.append(character)
        }
      default:
        if depth == 0 { outside.append(character) } else { current.append(character) }
      }
    }
    if depth > 0 { remarks.append(current) }
    return (outside.trimming(" ,;:-"), remarks)
  }

  /// Whether words in brackets comment on the value rather than belong to it: more than two
  /// words, or words that open a clause or a place ("at st james's", "the airline not the
  /// stadium"). "(Fife)", "(UK)" and "(A4A)" may be part of a name.
  static func isRemark(_ bracketed: String) -> Bool {
    let words = WordSplitter.words(bracketed)
    guard let first = words.first else { return false }
    // "fenn&fire (small letters)": a word on the name's letters is about the name.
    if LetterCaseRemark.saysLowerCase(bracketed) { return true }
    return words.count > 2 || DirectAnswer.clauseWords.contains(first)
      || ["at", "in", "on", "near", "by", "the", "not", "its", "it's", "with", "from"].contains(
        first)
  }

  /// The company's name in full, when a remark beside it gives it: "moniflo (Moniflo
  /// Technologies Ltd)", "castlebank vets (castlebank veterinary centre on the sign)",
  /// "riverside (the housing association, riverside housing group is the full name)". A clause
  /// of a remark that begins with the name's first word and runs on, to a word that names an
  /// organisation, is the longer name the short one stands for; what follows it ("on the sign",
  /// "is the full name") says where it comes from. Nil when no remark does so.
  static func fullName(of company: String, in remarks: [String]) -> String? {
    guard
      let head = company.split(separator: " ").first.map({ CorrectionReader.folded(String($0)) }),
      !head.isEmpty
    else { return nil }
    let length = company.split(separator: " ").count
    for remark in remarks {
      for clause in remark.split(whereSeparator: { ",;".contains($0) }) {
        let words = clause.split(separator: " ").map(String.init)
        guard let first = words.first, CorrectionReader.folded(first) == head else { continue }
        let name = words.prefix { word in
          let lower = word.lowercased()
          return !fullNameStops.contains(lower) && !DirectAnswer.clauseWords.contains(lower)
            && !ChatAside.isChat(lower)
        }
        guard name.count > length, let last = name.last?.lowercased().trimming("."),
          OrganisationNouns.inNames.contains(last)
        else { continue }
        return name.enumerated().map { index, word in
          CompanyAnswer.capitalised(word, first: index == 0)
        }.joined(separator: " ")
      }
    }
    return nil
  }

  /// Words after a name in a remark that say where the name comes from.
  private static let fullNameStops: Set<String> = [
    "on", "is", "was", "in", "at", "from", "as", "per", "according", "officially", "which",
  ]

  /// Marks between clauses of a short reply.
  private static let marks = [". ", ", ", "; ", " - ", " – ", " — ", "! "]

  /// Words that begin a comment on a job just named: "but covering the kitchen too", "tho its
  /// only nights", "which is basically reception".
  private static let commentOpeners = [
    " but ", " though ", " tho ", " which ", " cos ", " because ", " so ", " although ",
  ]

  /// The clauses between the marks (and, for a role, before a comment's first word).
  private static func split(_ text: String, breakingAtComments: Bool) -> [String] {
    var pieces = [text + " "]
    let separators = breakingAtComments ? marks + commentOpeners : marks
    for separator in separators {
      pieces = pieces.flatMap { $0.components(separatedBy: separator) }
    }
    return pieces.map { $0.trimming(" .,;:!-") }.filter { !$0.isEmpty }
  }

  /// The clause with words the remarks spell differently written as the remarks spell them:
  /// "mensah darko logistics ltd" beside "(mensah-darko has a dash)" is "mensah-darko
  /// logistics ltd". Only a spelling of the same letters, joined by a hyphen or an apostrophe.
  static func respelled(_ clause: String, by remarks: [String]) -> String {
    var words = clause.split(separator: " ").map(String.init)
    // "hale and whitcombe (its an & in the name)": the symbol the remark names stands for the
    // one "and" of the name.
    let namesAmpersand = remarks.contains { remark in
      remark.split(separator: " ").contains { $0 == "&" || $0.lowercased() == "ampersand" }
    }
    if namesAmpersand, words.filter({ $0.lowercased() == "and" }).count == 1,
      let and = words.firstIndex(where: { $0.lowercased() == "and" }), and > 0
    {
      words[and] = "&"
    }
    for remark in remarks {
      for spelling in remark.split(separator: " ").map({ String($0).trimming(".,;:!?\"") })
      where spelling.contains("-") || spelling.contains("'") {
        let letters = spelling.lowercased().filter(\.isLetter)
        guard letters.count >= 4 else { continue }
        for start in words.indices {
          var joined = ""
          var end = start
          while end < words.count, joined.count < letters.count {
            joined += words[end].lowercased().filter(\.isLetter)
            end += 1
          }
          guard joined == letters, words[start..<end].joined(separator: " ") != spelling else {
            continue
          }
          // Written with capitals where the name was: "Adeyemi Taylor" -> "Adeyemi-Taylor".
          let capitalised = words[start].first?.isUppercase == true
          let written =
            capitalised
            ? spelling.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }
              .joined(separator: "-") : spelling
          words.replaceSubrange(start..<end, with: [written])
          break
        }
      }
    }
    return words.joined(separator: " ")
  }
}

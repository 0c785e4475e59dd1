/// A company's name as a careful person writes it in a sentence: the name it trades under.
///
/// People answer "which company?" with the name off the contract or the letterhead: "Karoo
/// Freight (Pty) Ltd", "PayNext Technologies Pvt Ltd", "Lincoln Park High School (CPS)". The
/// reading keeps that as typed, since it is the name the person gave; but in a thank-you "at
/// Karoo Freight (Pty) Ltd" reads as a form filled in. A legal form at the end of the name
/// ("Ltd", "Pvt Ltd", "(Pty) Ltd", "LLC", "Inc.", "GmbH", "plc") and a bracketed aside after it
/// are the registry's and the person's, not the name said aloud, so the note leaves them out,
/// unless the person asked for the name in full (`Facts.companyInFull`). "Grind & Co" keeps
/// its "Co": there it is the name, and a name is never cut to nothing or to a dangling "&".
///
/// ```swift
/// TradingName.written("Karoo Freight (Pty) Ltd")  // "Karoo Freight"
/// TradingName.written("Lincoln Park High School (CPS)")  // "Lincoln Park High School"
/// TradingName.written("Grind & Co")  // "Grind & Co"
/// ```
enum TradingName {
  /// The name without its closing legal forms and bracketed aside.
  static func written(_ name: String) -> String {
    var words = name.split(separator: " ").map(String.init)
    while words.count > 1, let last = words.last {
      let bare = last.lowercased().trimming(".,")
      // "(Pty)", "(CPS)", "(Fife)": an aside in brackets closing the name.
      let bracketed = last.hasSuffix(")") && bracketOpening(words) != nil
      if bracketed, let open = bracketOpening(words), open > 0 {
        words.removeSubrange(open...)
      } else if legalForms.contains(bare) {
        words.removeLast()
      } else {
        break
      }
      // "Halfmoon Pictures, Inc.": the comma before the form goes with it.
      if let last = words.last, last.hasSuffix(",") {
        words[words.count - 1] = String(last.dropLast())
      }
    }
    // Never a name cut to a joining word ("Smith &") or to a bare numeral: the name stays whole.
    guard let last = words.last, last != "&", last.lowercased() != "and",
      last.contains(where: \.isLetter)
    else { return name }
    return words.joined(separator: " ")
  }

  /// Where the bracket closing the name's last word opens, among its words.
  private static func bracketOpening(_ words: [String]) -> Int? {
    words.lastIndex { $0.hasPrefix("(") }
  }

  /// Legal forms of companies, as they close a name: the registry's words, never said aloud.
  /// The reading's own list (`OrganisationNouns.legalSuffixes`) and the forms of other
  /// countries' registries; not "co", which is often the name itself ("Grind & Co").
  static let legalForms: Set<String> = OrganisationNouns.legalSuffixes.subtracting(["co"]).union([
    "pvt", "pty", "incorporated", "gmbh", "pte", "bhd", "sdn", "berhad", "corp", "s.a", "ag", "bv",
    "b.v", "nv", "n.v", "srl", "s.r.l",
  ])
}

extension TradingName {
  /// Whether the answer that gave `name` asks for it in full: it names the name's legal form a
  /// second time, as an instruction about it does ("Please write with Ltd"), or asks for the
  /// full or official name. Nil when it does not, so the fact stays unset.
  static func askedInFull(_ answer: String, name: String) -> Bool? {
    let words = answer.lowercased().split { !$0.isLetter }.map(String.init)
    if let last = name.split(separator: " ").last?.lowercased().trimming(".,()"),
      legalForms.contains(last), words.filter({ $0 == last }).count >= 2
    {
      return true
    }
    let phrases = ["full name", "official name", "registered name", "in full"]
    let lower = " " + words.joined(separator: " ") + " "
    return phrases.contains(where: { lower.contains(" \($0) ") }) ? true : nil
  }
}

/// What the extractor knows about the interview besides the text itself.
///
/// The note speaks to the interviewer, so mentions of their company or of them by name become
/// "your ...". The engine passes in what the person has told it so far.
public struct ExtractionContext: Hashable, Sendable {
  /// The company's name as the person gave it ("Northgate Foods").
  public var company: String?
  /// The interviewers' names as the person gave them ("Priya Shah", "Dr Okafor").
  public var interviewers: [String]

  public init(company: String? = nil, interviewers: [String] = []) {
    self.company = company
    self.interviewers = interviewers
  }

  /// Lower-cased words of the company name, without "the", "ltd" and similar.
  var companyWords: [String] {
    guard let company else { return [] }
    return Tokenizer.tokens(company).filter(\.isWord).map(\.lower).filter {
      !Self.unidentifyingWords.contains($0)
    }
  }

  /// Words of a company's name that do not say which company it is: its legal form and the words
  /// that join or lead a name ("The Hop & Anchor Group Ltd" is identified by "hop" and "anchor").
  static let unidentifyingWords = OrganisationNouns.legalSuffixes.union([
    "the", "&", "and", "group",
  ])

  /// Lower-cased words of the interviewers' names, titles left out.
  var interviewerWords: Set<String> {
    var words = Set<String>()
    for name in interviewers {
      for token in Tokenizer.tokens(name)
      where token.isWord && !PersonName.titles.keys.contains(token.lower) {
        words.insert(token.lower)
      }
    }
    return words
  }
}

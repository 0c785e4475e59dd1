/// The words of a text, lower case, with apostrophes and hyphens kept inside words.
struct ReviewWords {
  var words: [String]

  init(_ text: String) {
    words = text.lowercased().split(whereSeparator: {
      !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "-")
    }).map { String($0).trimming("'-") }.filter { !$0.isEmpty }
  }
}

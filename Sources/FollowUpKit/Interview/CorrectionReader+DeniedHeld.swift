/// A company put right by denying the one held and naming another anywhere in the message.
///
/// "Correction: not Compass Group directly. The job ad said Eurest, it's their subsidiary"
/// (tuning 42's cg030) holds no "X not Y" pair and no slot word, so no other reading found it,
/// and the role question in hand took "Correction" for the role. Yet its meaning is plain:
/// the company held, word for word after "not", is wrong, and the one name the message writes
/// with capitals, outside the denial and the words opening a sentence, is the right one. Only
/// a single such name is read: with two, which one is meant is a guess.
extension CorrectionReader {
  /// The company correction the message makes by denying the held one, or nil.
  /// With `opening`, only a denial that opens the message, or follows only a label or a word
  /// owning the slip: read before every other reading, it then takes nothing from them.
  func deniedHeldCompany(_ text: String, opening: Bool = false) -> Correction? {
    guard let held = known.company, text.count <= 200 else { return nil }
    let tokens = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    let lower = tokens.map { $0.lowercased().trimming(",.!?;:()\"'") }
    let heldWords = held.lowercased().split(separator: " ").map(String.init)
    guard !heldWords.isEmpty,
      let denial = lower.indices.first(where: { index in
        Self.negations.contains(lower[index]) && index + heldWords.count < lower.count + 1
          && Array(lower[(index + 1)..<min(lower.count, index + 1 + heldWords.count)])
            == heldWords
      })
    else { return nil }
    // Only a denial that opens its sentence ("not Compass Group directly."): after a value
    // ("Kavanagh & Co not kavanagh co") the pair is read by the other readings.
    guard
      denial == 0
        || tokens[denial - 1].last.map({ ".:;!?,".contains($0) }) == true
        || ["correction", "sorry", "oops", "actually", "no", "nope", "its", "it's", "was"]
          .contains(lower[denial - 1])
    else { return nil }
    if opening,
      !lower[..<denial].allSatisfy({
        ["correction", "sorry", "oops", "actually", "no"].contains($0)
      })
    {
      return nil
    }
    let denied = denial...(denial + heldWords.count)
    let people = Set(
      ((known.interviewers ?? []).flatMap(\.fullWords) + (known.name?.fullWords ?? []))
        .map { $0.lowercased() })
    var runs: [[String]] = []
    var current: [String] = []
    for (index, token) in tokens.enumerated() {
      let opensSentence =
        index == 0 || tokens[index - 1].last.map { ".!?:".contains($0) } == true
      let capital = token.first?.isUppercase == true
      // "The job ad said ...": a capital a sentence's first word has by rule names nothing.
      let ruled =
        opensSentence
        && (Lexicon.stopwords.contains(lower[index]) || Self.cues.contains(lower[index])
          || Self.negations.contains(lower[index]) || lower[index] == "correction")
      // "Kavanagh & Co": a symbol joining a name's words is the name's, and so is a small
      // joining word between two capitals: "Slaughter and May", "Bank of England" (tuning
      // 49's cu043 had found two names there, and no correction).
      let joinsNext =
        ["and", "of"].contains(token) && index + 1 < tokens.count
        && tokens[index + 1].first?.isUppercase == true
      if !current.isEmpty, ["&", "+"].contains(token) || joinsNext {
        current.append(token)
        continue
      }
      if capital, !denied.contains(index), !ruled, !people.contains(lower[index]),
        lower[index] != "i"
      {
        current.append(token.trimming(",.!?;:()\""))
        if token.last.map({ ",.!?;:".contains($0) }) == true {
          runs.append(current)
          current = []
        }
      } else if !current.isEmpty {
        runs.append(current)
        current = []
      }
    }
    if !current.isEmpty { runs.append(current) }
    guard runs.count == 1, let run = runs.first, (1...4).contains(run.count) else { return nil }
    let company = run.joined(separator: " ")
    guard Self.folded(company) != Self.folded(held) else { return nil }
    return .company(company)
  }
}

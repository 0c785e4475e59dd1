/// A company said again in full at a later question, with no correction word: "its Siddiqui and
/// Partners Chartered Accountants on the sign, with the and" after "Siddiqui & Partners
/// accountants", or "it's Patel and Sons Pharmacy" beside a remark the reader could not use.
extension CorrectionReader {
  /// The company restated: a run of capitalised words after "it's", "its", "it is" or "called"
  /// whose first word is the first word of the company held, which shares two of its words,
  /// and which says more than it or otherwise. The resemblance names the target, so no correction word is needed; the capitals
  /// mark where the name ends, so it is read only in a message typed with them.
  func restatedCompany(_ text: String) -> Correction? {
    guard let held = known.company, let heldFirst = held.split(separator: " ").first,
      text.split(separator: " ").count <= 20
    else { return nil }
    let words = text.split(separator: " ").map(String.init)
    let openers: Set<String> = ["it's", "its", "it’s", "is", "called"]
    guard
      let start = words.indices.first(where: { index in
        openers.contains(words[index].lowercased()) && index + 1 < words.count
          && words[index + 1].lowercased() == heldFirst.lowercased()
          && words[index + 1].first?.isUppercase == true
      })
    else { return nil }
    var run: [String] = []
    for (offset, typed) in words[(start + 1)...].enumerated() {
      // A comma or a full stop ends the name: "Patel and Sons Pharmacy, the Chemists ...".
      let word = typed.trimming(",;.!")
      let joins = ["and", "&", "of", "the", "de"].contains(word.lowercased()) && offset > 0
      guard word.first?.isUppercase == true || joins else { break }
      run.append(word)
      if word != typed { break }
    }
    while let last = run.last, last.first?.isUppercase != true { run.removeLast() }
    guard run.count >= 2 else { return nil }
    let company = run.joined(separator: " ")
    let fold = { (value: String) in Self.folded(value.replacingOccurrences(of: "&", with: "and")) }
    // "it's Patel and Sons new branch": the name held, said shorter, changes nothing.
    guard !fold(held).contains(fold(company)) else { return nil }
    // Two words in common when the name held has two ("Patel & Sons Chemists" and "Patel and
    // Sons Pharmacy"): "Brightwell Park" shares only the first with "Brightwell & Sons".
    let significant = { (value: String) in
      Set(
        value.lowercased().split(separator: " ").map(String.init).filter {
          !["and", "&", "of", "the", "de"].contains($0)
        })
    }
    let heldWords = significant(held)
    guard significant(company).intersection(heldWords).count >= min(2, heldWords.count) else {
      return nil
    }
    return .company(company)
  }
}

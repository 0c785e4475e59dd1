/// Small edits on a person's text that every layer makes: trimming, squeezing spaces, changing
/// the case of a first letter.
///
/// They live in Support, below extraction and the interview, so that each can use them without
/// reaching into the other.
extension String {
  /// Drops the given characters from both ends.
  func trimming(_ set: String) -> String {
    String(Substring(self).trimming(set))
  }

  /// Collapses runs of whitespace to one space and trims the ends.
  var squeezed: String {
    split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  /// The text without `suffix` at its end, when it ends with it.
  func replacingSuffix(_ suffix: String) -> String {
    hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
  }

  /// The text with its first character in lower case: a word that opened a sentence, put
  /// inside another.
  func lowercasedFirst() -> String {
    guard let first else { return self }
    return first.lowercased() + dropFirst()
  }

  /// The text with its first character in upper case: a phrase that now opens a sentence.
  func capitalisedFirst() -> String {
    guard let first else { return self }
    return first.uppercased() + dropFirst()
  }
}

extension Substring {
  /// Drops the given characters from both ends, without copying the text.
  func trimming(_ set: String) -> Substring {
    // A handful of characters: a linear search beats building and hashing into a Set, which
    // cost more than the trimming itself when every word of a 16 KiB message was trimmed.
    let characters = Array(set)
    var text = self
    while let first = text.first, characters.contains(first) { text = text.dropFirst() }
    // removeLast(), not dropLast(): the dropLast() without an argument is Collection's, which
    // counts the whole text on every call, and trimming 16 KB of "." took 1.8 s (found while
    // timing long messages for the fuzz targets).
    while let last = text.last, characters.contains(last) { text.removeLast() }
    return text
  }
}

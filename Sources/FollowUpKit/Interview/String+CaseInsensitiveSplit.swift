extension String {
  /// Splits at each occurrence of `separator`, ignoring case. With `padded`, the separator
  /// must stand as a whole word.
  ///
  /// The text is lowered once and searched in one pass: lowering and searching what was left
  /// after each separator made 16 KiB of "and and ..." quadratic at the draft.
  func components(separatedByCaseInsensitive separator: String, padded: Bool = false) -> [String] {
    let targetText = padded ? " " + separator.lowercased() + " " : separator.lowercased()
    let target = Array(targetText)
    let loweredText = lowercased()
    // A character beyond ASCII equals no ASCII character but U+037E (";") and U+1FEF ("`"), so
    // a match of such a separator is a match of its bytes: where they occur nowhere, the text is
    // not cut into characters at all (16 KiB of "e" + U+0301 was cut twice per separator).
    let asciiTarget = target.allSatisfy { $0.isASCII && $0 != ";" && $0 != "`" }
    if asciiTarget, !targetText.isEmpty, !Array(loweredText.utf8).containsBytes(targetText) {
      return [self]
    }
    let original = Array(self)
    let lowered = Array(loweredText)
    // Lowering keeps the count of characters in all but rare scripts; where it does not, the
    // offsets of the lowered text are not those of the text, and the slower search keeps them.
    guard !target.isEmpty, lowered.count == original.count else {
      return slowComponents(separatedBy: String(target))
    }
    // A character beyond ASCII is skipped without comparing it (see `asciiTarget`), which
    // Swift does through its normalising slow path.
    var parts: [String] = []
    var partStart = 0
    var index = 0
    while index + target.count <= lowered.count {
      if asciiTarget, !lowered[index].isASCII {
        index += 1
      } else if lowered[index] == target[0],
        lowered[index..<(index + target.count)].elementsEqual(target)
      {
        parts.append(String(original[partStart..<index]))
        index += target.count
        partStart = index
      } else {
        index += 1
      }
    }
    parts.append(String(original[partStart...]))
    return parts
  }

  /// The search before it was made linear, for texts whose lowering changes their length.
  private func slowComponents(separatedBy target: String) -> [String] {
    var parts: [String] = []
    var remaining = Substring(self)
    while case let lowered = remaining.lowercased(),
      let found = lowered.firstRange(of: target)
    {
      let offset = lowered.distance(from: lowered.startIndex, to: found.lowerBound)
      let start = remaining.index(remaining.startIndex, offsetBy: offset)
      let end = remaining.index(start, offsetBy: target.count)
      parts.append(String(remaining[..<start]))
      remaining = remaining[end...]
    }
    parts.append(String(remaining))
    return parts
  }
}

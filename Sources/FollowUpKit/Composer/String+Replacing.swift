extension String {
  /// Replaces every occurrence of a literal string.
  func replacingOccurrencesOf(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return self }
    var output = ""
    var rest = Substring(self)
    while let range = rest.range(of: target) {
      output += rest[..<range.lowerBound] + replacement
      rest = rest[range.upperBound...]
    }
    return output + rest
  }

  /// Replaces each `{placeholder}` in one pass.
  ///
  /// Works on the UTF-8 bytes: templates are short and the composer fills many of them for every
  /// candidate note, so walking characters showed up as a third of a revision's time.
  func replacingPlaceholders(_ values: [String: String]) -> String {
    let bytes = Array(utf8)
    guard bytes.contains(UInt8(ascii: "{")) else { return self }
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + 64)
    var index = 0
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "{"),
        let close = bytes[index...].firstIndex(of: UInt8(ascii: "}")),
        let value = values[String(decoding: bytes[index...close], as: UTF8.self)]
      {
        output.append(contentsOf: value.utf8)
        index = close + 1
        continue
      }
      output.append(bytes[index])
      index += 1
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// Replaces whole-word occurrences of `phrase`, ignoring case, keeping a leading capital.
  func replacingWords(_ phrase: String, with replacement: String) -> String {
    guard !phrase.isEmpty else { return self }
    let lowerSelf = Array(self.lowercased())
    let characters = Array(self)
    let target = Array(phrase.lowercased())
    // Lower-casing can change the length of some characters; fall back to exact matching then.
    guard lowerSelf.count == characters.count else {
      return self.split(separator: " ", omittingEmptySubsequences: false).map {
        $0 == phrase ? replacement : String($0)
      }.joined(separator: " ")
    }
    var output = ""
    var index = 0
    while index < characters.count {
      let end = index + target.count
      if end <= characters.count, Array(lowerSelf[index..<end]) == target,
        index == 0 || !characters[index - 1].isLetter,
        end == characters.count || !characters[end].isLetter
      {
        let capital = characters[index].isUppercase
        output += capital ? replacement.capitalisedFirst() : replacement
        index = end
        continue
      }
      output.append(characters[index])
      index += 1
    }
    return output
  }
}

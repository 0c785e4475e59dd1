/// "Nguyen Van Minh but he said call him Minh", "Dr Lim Wei Ling, goes by Wei Ling": the part of
/// a name the person is called by, said after the name.
enum CalledRemark {
  /// The name re-ordered so that the part named in a "call him X" remark is the given name, or
  /// nil when the text holds no such remark or it names no part of `name`.
  static func given(in text: String, of name: PersonName) -> PersonName? {
    let words = text.split(whereSeparator: { " ,.;()".contains($0) }).map {
      String($0).lowercased()
    }
    guard let cue = cueEnd(words), cue < words.count else { return nil }
    let parts = [name.given, name.family].compactMap { $0 }.joined(separator: " ")
      .split(separator: " ").map(String.init)
    guard parts.count >= 2 else { return nil }
    // The longest run of the name's words the remark names: "call her Wei Ling".
    for length in stride(from: min(parts.count - 1, words.count - cue), through: 1, by: -1) {
      let said = words[cue..<(cue + length)]
      for start in 0...(parts.count - length)
      where parts[start..<(start + length)].map({ $0.lowercased() }).elementsEqual(said) {
        if start == 0 { return name }
        let given = parts[start..<(start + length)].joined(separator: " ")
        let family = (parts[..<start] + parts[(start + length)...]).joined(separator: " ")
        return PersonName(
          title: name.title, given: given, family: family, familyFirst: start > 0, job: name.job)
      }
    }
    return nil
  }

  /// Whether the text says what someone is called ("nobody calls me dimitrios", "goes by
  /// Kasia"): a remark about a name, which tells nothing of calls or replies.
  static func saysCalled(_ text: String) -> Bool {
    cueEnd(text.split(whereSeparator: { " ,.;()".contains($0) }).map { $0.lowercased() }) != nil
  }

  /// Where the name starts after "call him", "call her", "goes by", "known as", "prefers".
  static func cueEnd(_ words: [String]) -> Int? {
    for index in words.indices {
      let next = index + 1 < words.count ? words[index + 1] : ""
      if ["call", "calls", "called"].contains(words[index]),
        ["him", "her", "them", "me"].contains(next)
      {
        return index + 2
      }
      if ["goes", "go"].contains(words[index]), next == "by" { return index + 2 }
      if words[index] == "known", next == "as" { return index + 2 }
      if words[index] == "prefers" { return index + 1 }
    }
    return nil
  }
}

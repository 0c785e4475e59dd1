/// A note as pasted: the subject line, greeting and sign-off set apart from the body.
struct PastedDraft {
  var subject: String?
  var greeting: String?
  /// Everything but the subject line.
  var body: String
  /// The body without its greeting and sign-off: what the note actually says.
  var content: String
  var sentences: [String]

  init(_ text: String) {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
    while let first = lines.first, first.trimming(" \t").isEmpty { lines.removeFirst() }
    if let first = lines.first, first.lowercased().hasPrefix("subject:") {
      subject = String(first.dropFirst(8)).trimming(" \t")
      lines.removeFirst()
    }
    body = lines.joined(separator: "\n").trimming(" \t\n")
    let firstLine = body.split(separator: "\n").first.map(String.init) ?? ""
    let lowerFirst = firstLine.lowercased()
    if ["dear ", "hi ", "hello ", "hey ", "good morning", "good afternoon", "morning "].contains(
      where: { lowerFirst.hasPrefix($0) })
    {
      // The greeting runs to the first comma, dash or exclamation mark: "Hi Tom, thanks for
      // the chat" and "Hi Sam - thanks for your time" greet Tom and Sam, not a whole message
      // up to the comma after its "Cheers".
      greeting = Self.greeting(opening: firstLine)
    } else if let comma = firstLine.firstIndex(of: ","),
      firstLine.distance(from: firstLine.startIndex, to: comma) < 30, firstLine.hasSuffix(",")
    {
      greeting = String(firstLine[..<comma])
    }
    content = Self.content(of: body, greeting: greeting)
    var sentences: [String] = []
    var current = ""
    let characters = Array(content)
    for (index, character) in characters.enumerated() {
      current.append(character)
      if character == ".", Self.closesAbbreviation(characters, at: index) { continue }
      // "£1.1m", "2.5 years": a point between digits is a decimal point.
      if character == ".", index > 0, index + 1 < characters.count,
        characters[index - 1].isNumber, characters[index + 1].isNumber
      {
        continue
      }
      if ".!?\n".contains(character) {
        let trimmed = current.trimming(" \t\n")
        if !trimmed.isEmpty { sentences.append(trimmed) }
        current = ""
      }
    }
    let trimmed = current.trimming(" \t\n")
    if !trimmed.isEmpty { sentences.append(trimmed) }
    self.sentences = sentences
  }

  /// Whether the full stop at `index` closes a short name's abbreviation inside a sentence,
  /// not the sentence: "Kinsale Fish Co. for six years", "St. ", where a capitalised word of
  /// four letters at most stands before it and a lower-case word after it. A note typed all in
  /// lower case has no capitalised word there, so its full stops still end sentences.
  static func closesAbbreviation(_ characters: [Character], at index: Int) -> Bool {
    guard index + 2 < characters.count, characters[index + 1] == " ",
      characters[index + 2].isLowercase
    else { return false }
    var start = index
    while start > 0, characters[start - 1].isLetter { start -= 1 }
    let word = characters[start..<index]
    return (2...4).contains(word.count) && (word.first?.isUppercase ?? false)
      && word.dropFirst().allSatisfy(\.isLowercase)
  }

  /// The words of a greeting that opens a line: up to the first comma, exclamation mark or
  /// spaced dash, the marks that close a greeting written on the same line as the message.
  static func greeting(opening line: String) -> String {
    var end = line.endIndex
    if let mark = line.firstIndex(where: { $0 == "," || $0 == "!" }) { end = mark }
    // "hi coach bell its jake. thanks for ...": a message written without a comma ends its
    // greeting with its first sentence, at a full stop that closes no title or initial.
    var search = line.startIndex
    while let stop = line.range(of: ". ", range: search..<end) {
      search = stop.upperBound
      let word = line[..<stop.lowerBound].split(separator: " ").last.map(String.init) ?? ""
      if Honorifics.titles.contains(word.lowercased()) || word.count == 1 { continue }
      end = stop.lowerBound
      break
    }
    for dash in [" - ", " \u{2013} ", " \u{2014} "] {
      if let range = line.range(of: dash), range.lowerBound < end { end = range.lowerBound }
    }
    return String(line[..<end])
  }

  /// The body without the greeting ("Dear Priya,", or "Hi Tom," opening the first line) and the
  /// sign-off (the short lines at the end, or a name after the last full stop or smiley).
  static func content(of body: String, greeting: String?) -> String {
    var lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if let greeting, let first = lines.first {
      let rest = first.dropFirst(greeting.count).drop(while: { ", !-\u{2013}\u{2014}".contains($0) }
      )
      if rest.isEmpty { lines.removeFirst() } else { lines[0] = String(rest) }
    }
    while let last = lines.last, last.trimming(" \t").isEmpty { lines.removeLast() }
    // Sign-off lines: short, with no full stop inside ("Best wishes,", "Jordan").
    while lines.count > 1, let last = lines.last,
      Note.words(in: last) <= 4, !last.dropLast().contains(".")
    {
      lines.removeLast()
      while let next = lines.last, next.trimming(" \t").isEmpty { lines.removeLast() }
    }
    var text = lines.joined(separator: "\n")
    // "... on the city routes. Jordan": a name after the last sentence.
    if let stop = text.lastIndex(where: { ".!?".contains($0) }) {
      let tail = text[text.index(after: stop)...]
      if Note.words(in: String(tail)) <= 3, !tail.contains(",") {
        text = String(text[...stop])
      }
    }
    // "... hope to hear from you soon :) Holly": a text closes with a smiley where a letter
    // closes with a full stop, and the capitalised name after it signs it.
    if let smiley = lastSmiley(in: text) {
      let tail = text[text.index(after: smiley)...]
      let names = tail.split(separator: " ")
      if (1...3).contains(names.count), !tail.contains(","),
        names.allSatisfy({ $0.first?.isUppercase ?? false })
      {
        text = String(text[...smiley])
      }
    }
    return text.trimming(" \t\n")
  }

  /// The last smiley of a text that could close it before a name: an emoji, or the mouth of
  /// ":)", ";-)" or ":D". The search stops once the words after it could not be a name (four
  /// words, or a comma): the caller would keep them, and walking the characters of a 16 KiB
  /// draft back to its start took a twentieth of the time of a review.
  private static func lastSmiley(in text: String) -> String.Index? {
    var index = text.endIndex
    // Words after `index` with a space before them: a smiley further back has at least these
    // after it.
    var words = 0
    var right: Character?
    while index > text.startIndex {
      index = text.index(before: index)
      let character = text[index]
      if character.unicodeScalars.first?.properties.isEmojiPresentation ?? false { return index }
      if ")D(".contains(character), index > text.startIndex {
        let before = text[text.index(before: index)]
        if before == ":" || before == ";" || before == "-" { return index }
      }
      if character == "," { return nil }
      if character == " ", let right, right != " " { words += 1 }
      if words > 3 { return nil }
      right = character
    }
    return nil
  }
}

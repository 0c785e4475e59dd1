/// Requests that change which notes there are, when several people were met: "send it to Steve
/// only, Linda was just HR", "please only address the professor", "no note for Tom".
///
/// Read from the statement that asks (a remark after a comma is its reason), by its shape: a
/// verb of sending or addressing with "only" or "just" beside the person, or a verb of sending
/// denied. Who "Steve" or "the professor" is, is the engine's to resolve against the people
/// met; the words are kept as typed.
extension DraftRequestReader {
  /// `.onlyFor` or `.leaveOut` with the words naming the person, or nil.
  static func recipientsChange(_ text: String) -> DraftRequest? {
    let statement = DraftRequestReader.firstStatement(of: text) ?? text
    // Every word, lowered to read and as typed to keep: "just" and "only" are what mark the
    // request, so the usual fillers are not dropped.
    let bytes = Array(statement.utf8)
    var tokens = Tokenizer.tokens(statement).filter(\.isWord)
    while let first = tokens.first,
      ["please", "pls", "can", "could", "you", "u", "actually", "ok", "and", "so"].contains(
        first.lower)
    {
      tokens.removeFirst()
    }
    guard (2...9).contains(tokens.count) else { return nil }
    let words = tokens.map(\.lower)
    func typed(_ range: Range<Int>) -> String {
      tokens[range].map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
        .joined(separator: " ")
    }
    if let person = onlyFor(words) { return .onlyFor(typed(person)) }
    if let person = leftOut(words) { return .leaveOut(typed(person)) }
    return nil
  }

  /// Verbs that send or address a note to someone.
  static let sendingVerbs: Set<String> = [
    "send", "address", "write", "email", "message",
  ]

  /// "send it to Steve only", "only address the professor", "just write to Fiona", "address
  /// it only to Kofi", "can it just be to Rose", "it should only go to Kofi": the person the one
  /// note is for.
  private static func onlyFor(_ words: [String]) -> Range<Int>? {
    // "be" and "go" say where the note is headed only with "to" or "for" after them ("can it
    // just be to rose"); "be warmer" is no one.
    func headed(_ index: Int) -> Bool {
      guard ["be", "go"].contains(words[index]) else { return false }
      let after = words[(index + 1)...].drop { ["only", "just"].contains($0) }
      return ["to", "for"].contains(after.first ?? "")
    }
    guard let verb = words.indices.first(where: { sendingVerbs.contains(words[$0]) || headed($0) })
    else { return nil }
    let before = words[..<verb]
    var rest = words[(verb + 1)...]
    // "only address", "just send": the marker before the verb.
    var marked = before.contains("only") || before.contains("just")
    let opening: Set<String> = [
      "only", "just", "i", "want", "to", "lets", "let's", "it", "should", "this", "the", "note",
      "one",
    ]
    guard before.allSatisfy(opening.contains) else { return nil }
    // "it only to", "this one just to", "the note to only": the object and the marker, in
    // any order, before the person.
    while let first = rest.first,
      ["it", "this", "one", "note", "only", "just", "to", "for"].contains(first)
    {
      if first == "only" || first == "just" { marked = true }
      rest.removeFirst()
    }
    if ["only", "just"].contains(rest.last ?? "") {
      marked = true
      rest.removeLast()
    }
    guard marked, (1...4).contains(rest.count), !rest.contains("and") else { return nil }
    return rest.startIndex..<rest.endIndex
  }

  /// "no note for Tom", "don't send one to Linda", "leave Craig out", "skip Linda's note": the
  /// person who gets none.
  private static func leftOut(_ words: [String]) -> Range<Int>? {
    var rest = words[...]
    if rest.starts(with: ["no", "note", "for"]) || rest.starts(with: ["no", "note", "to"]) {
      rest = rest.dropFirst(3)
    } else if let first = rest.first, ["dont", "don't", "do", "no"].contains(first) {
      rest = rest.dropFirst()
      if rest.first == "not" || rest.first == "need" { rest = rest.dropFirst() }
      if rest.first == "to" { rest = rest.dropFirst() }
      guard let verb = rest.first, ["send", "write", "address", "email"].contains(verb) else {
        return nil
      }
      rest = rest.dropFirst()
      if let next = rest.first, ["one", "a", "it", "anything"].contains(next) {
        rest = rest.dropFirst()
        if rest.first == "note" { rest = rest.dropFirst() }
      }
      guard rest.first == "to" else { return nil }
      rest = rest.dropFirst()
    } else if rest.first == "leave", rest.last == "out", rest.count >= 3 {
      rest = rest.dropFirst().dropLast()
    } else if rest.starts(with: ["leave", "out"]) {
      rest = rest.dropFirst(2)
    } else {
      return nil
    }
    if rest.last == "note" || rest.last == "one" { rest = rest.dropLast() }
    guard (1...4).contains(rest.count), !rest.contains("and") else { return nil }
    return rest.startIndex..<rest.endIndex
  }
}

/// The text being typed and the cursor in it, with the edits of the usual command-line keys.
///
/// Apart from the screen, so that what each key does is a small pure function of the text:
/// Ctrl-W deletes back to a space (as in a shell), Alt-B/F move by words of letters and digits
/// (as in readline).
struct EditBuffer: Equatable {
  private(set) var characters: [Character] = []
  /// Between 0 and `characters.count`: the cursor is before the character at this index.
  private(set) var cursor = 0

  init(_ text: String = "") {
    characters = Array(text)
    cursor = characters.count
  }

  var text: String { String(characters) }
  var isEmpty: Bool { characters.isEmpty }

  mutating func insert(_ text: String) {
    let inserted = Array(text)
    characters.insert(contentsOf: inserted, at: cursor)
    cursor += inserted.count
  }

  mutating func backspace() {
    guard cursor > 0 else { return }
    characters.remove(at: cursor - 1)
    cursor -= 1
  }

  mutating func deleteForward() {
    guard cursor < characters.count else { return }
    characters.remove(at: cursor)
  }

  mutating func moveLeft() { cursor = max(0, cursor - 1) }
  mutating func moveRight() { cursor = min(characters.count, cursor + 1) }
  mutating func moveHome() { cursor = 0 }
  mutating func moveEnd() { cursor = characters.count }

  /// Puts the cursor at `index`, kept inside the text.
  mutating func move(to index: Int) { cursor = min(max(0, index), characters.count) }

  /// Ctrl-U: everything before the cursor.
  mutating func deleteToStart() {
    characters.removeSubrange(0..<cursor)
    cursor = 0
  }

  /// Ctrl-K: everything after the cursor.
  mutating func deleteToEnd() {
    characters.removeSubrange(cursor..<characters.count)
  }

  /// Ctrl-W: back to the previous space, and the spaces before the cursor.
  mutating func deleteSpaceWordBack() {
    var start = cursor
    while start > 0, characters[start - 1].isWhitespace { start -= 1 }
    while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
    characters.removeSubrange(start..<cursor)
    cursor = start
  }

  /// Alt-Backspace: back to the start of the word.
  mutating func deleteWordBack() {
    let start = wordStart()
    characters.removeSubrange(start..<cursor)
    cursor = start
  }

  /// Alt-D: to the end of the word.
  mutating func deleteWordForward() {
    characters.removeSubrange(cursor..<wordEnd())
  }

  mutating func moveWordLeft() { cursor = wordStart() }
  mutating func moveWordRight() { cursor = wordEnd() }

  /// The start of the word before the cursor, skipping what is between words.
  private func wordStart() -> Int {
    var index = cursor
    while index > 0, !Self.isWordCharacter(characters[index - 1]) { index -= 1 }
    while index > 0, Self.isWordCharacter(characters[index - 1]) { index -= 1 }
    return index
  }

  /// The end of the word after the cursor, skipping what is between words.
  private func wordEnd() -> Int {
    var index = cursor
    while index < characters.count, !Self.isWordCharacter(characters[index]) { index += 1 }
    while index < characters.count, Self.isWordCharacter(characters[index]) { index += 1 }
    return index
  }

  private static func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || character == "'" || character == "’"
  }
}

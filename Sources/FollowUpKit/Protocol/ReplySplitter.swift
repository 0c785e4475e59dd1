/// Splits a long reply into parts no longer than a limit, for chat services that cap message
/// length (Telegram allows 4096 characters).
///
/// Parts break at line ends where possible, then at sentence ends, then between words, and only
/// as a last resort inside a word. Joining the parts with line breaks gives back every word.
public enum ReplySplitter {
  public static func split(_ text: String, limit: Int) -> [String] {
    guard limit > 0, text.count > limit else { return [text] }
    var parts: [String] = []
    var current = ""
    func flush() {
      if !current.isEmpty { parts.append(current) }
      current = ""
    }
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      for piece in pieces(of: line, limit: limit) {
        if current.isEmpty {
          current = piece
        } else if current.count + 1 + piece.count <= limit {
          current += "\n" + piece
        } else {
          flush()
          current = piece
        }
      }
      if line.isEmpty, !current.isEmpty, current.count + 1 <= limit { current += "\n" }
    }
    flush()
    return parts.map { $0.trimming("\n") }.filter { !$0.isEmpty }
  }

  /// A line cut into pieces of at most `limit`: at sentence ends, then words, then characters.
  private static func pieces(of line: String, limit: Int) -> [String] {
    guard line.count > limit else { return [line] }
    var pieces: [String] = []
    var current = ""
    for sentence in sentences(of: line) {
      for word in words(of: sentence, limit: limit) {
        let joiner = current.isEmpty ? "" : " "
        if current.count + joiner.count + word.count <= limit {
          current += joiner + word
        } else {
          if !current.isEmpty { pieces.append(current) }
          current = word
        }
      }
      // Prefer to end a piece at the end of a sentence once it is reasonably full.
      if current.count > limit / 2 {
        pieces.append(current)
        current = ""
      }
    }
    if !current.isEmpty { pieces.append(current) }
    return pieces
  }

  private static func sentences(of line: String) -> [String] {
    var result: [String] = []
    var current = ""
    var previous: Character = " "
    for character in line {
      if character == " ", ".!?".contains(previous) {
        result.append(current)
        current = ""
      } else {
        current.append(character)
      }
      previous = character
    }
    if !current.isEmpty { result.append(current) }
    return result
  }

  /// Words, with any word longer than the limit cut into limit-sized pieces.
  private static func words(of sentence: String, limit: Int) -> [String] {
    sentence.split(separator: " ").flatMap { word -> [String] in
      guard word.count > limit else { return [String(word)] }
      var chunks: [String] = []
      var rest = Substring(word)
      while !rest.isEmpty {
        chunks.append(String(rest.prefix(limit)))
        rest = rest.dropFirst(limit)
      }
      return chunks
    }
  }
}

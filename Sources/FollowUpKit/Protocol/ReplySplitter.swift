/// Splits a long reply into parts within a limit, for chat services that cap message length
/// (Telegram allows 4096 characters, an IRC line about 400 bytes of text).
///
/// The parts join back exactly to the reply: `parts.joined() == reply`. Each part keeps the
/// line breaks or spaces that end it, so nothing is doubled or dropped; a bridge sends each part
/// without its trailing whitespace. Parts break between blocks (the reply's pieces, such as the
/// note and the text around it) where possible, then between paragraphs, then at line ends,
/// then after sentences, then between words, and only as a last resort inside a word. Every part,
/// its trailing whitespace included, is within the limit.
///
/// ```swift
/// ReplySplitter.split("First line.\nSecond line.", limit: 12)  // ["First line.\n", "Second line."]
/// ```
public enum ReplySplitter {
  /// How long a part may be: in characters, in UTF-8 bytes, or both.
  public struct Limit: Hashable, Sendable {
    public var characters: Int?
    public var bytes: Int?

    public init(characters: Int? = nil, bytes: Int? = nil) {
      self.characters = characters
      self.bytes = bytes
    }
  }

  /// Splits at most `limit` characters a part.
  public static func split(_ text: String, limit: Int) -> [String] {
    split(text, limit: Limit(characters: limit))
  }

  /// Splits within `limit`; `blockEnds` are the UTF-8 offsets where the reply's blocks end
  /// (after the blank line that follows each), the first places a part breaks.
  public static func split(_ text: String, limit: Limit, blockEnds: [Int] = []) -> [String] {
    let splitter = Splitter(text: text, limit: limit, blockEnds: blockEnds)
    guard !splitter.fits(0..<splitter.characters.count) else { return [text] }
    var parts: [Range<Int>] = []
    splitter.pack(0..<splitter.characters.count, level: .block, into: &parts)
    return parts.map { String(splitter.characters[$0]) }
  }

  /// Where a part may break, from the most to the least preferred.
  enum Level: Int, Comparable {
    case block, paragraph, line, sentence, word, character

    static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }

    var deeper: Level { Level(rawValue: rawValue + 1) ?? .character }
  }

  /// The reply as characters with running sizes, so every range's size is a subtraction.
  struct Splitter {
    let characters: [Character]
    /// `bytes[i]`: the UTF-8 bytes of the first `i` characters.
    let bytes: [Int]
    let blockCuts: Set<Int>
    let limit: Limit

    init(text: String, limit: Limit, blockEnds: [Int]) {
      characters = Array(text)
      var bytes = [0]
      bytes.reserveCapacity(characters.count + 1)
      var cuts = Set<Int>()
      let wanted = Set(blockEnds)
      for (index, character) in characters.enumerated() {
        bytes.append(bytes[index] + character.utf8.count)
        if wanted.contains(bytes[index + 1]) { cuts.insert(index + 1) }
      }
      self.bytes = bytes
      blockCuts = cuts
      // A limit below 1 cannot be met by any part: read as no limit.
      self.limit = Limit(
        characters: limit.characters.flatMap { $0 > 0 ? $0 : nil },
        bytes: limit.bytes.flatMap { $0 > 0 ? $0 : nil })
    }

    func fits(_ range: Range<Int>) -> Bool {
      if let most = limit.characters, range.count > most { return false }
      if let most = limit.bytes, bytes[range.upperBound] - bytes[range.lowerBound] > most {
        return false
      }
      return true
    }

    /// Packs `range` into parts: whole pieces of this level while they fit, and a piece too
    /// long on its own split at the next level.
    func pack(_ range: Range<Int>, level: Level, into parts: inout [Range<Int>]) {
      if fits(range) {
        parts.append(range)
        return
      }
      if level == .character {
        chop(range, into: &parts)
        return
      }
      let pieces = self.pieces(of: range, at: level)
      if pieces.count <= 1 {
        pack(range, level: level.deeper, into: &parts)
        return
      }
      var current: Range<Int>?
      for piece in pieces {
        if let open = current, fits(open.lowerBound..<piece.upperBound) {
          current = open.lowerBound..<piece.upperBound
          continue
        }
        if let open = current { parts.append(open) }
        if fits(piece) {
          current = piece
        } else {
          var inner: [Range<Int>] = []
          pack(piece, level: level.deeper, into: &inner)
          parts.append(contentsOf: inner.dropLast())
          current = inner.last
        }
      }
      if let open = current { parts.append(open) }
    }

    /// The last resort: as many whole characters as fit; a single character over the limit
    /// (a byte limit below its size) is a part of its own.
    func chop(_ range: Range<Int>, into parts: inout [Range<Int>]) {
      var start = range.lowerBound
      while start < range.upperBound {
        var end = start + 1
        while end < range.upperBound, fits(start..<(end + 1)) { end += 1 }
        parts.append(start..<end)
        start = end
      }
    }

    /// `range` cut after each separator of `level`, the separator kept with the piece before.
    func pieces(of range: Range<Int>, at level: Level) -> [Range<Int>] {
      var cuts: [Int] = []
      var index = range.lowerBound
      while index < range.upperBound {
        let next = index + 1
        switch level {
        case .block:
          if blockCuts.contains(next), next < range.upperBound { cuts.append(next) }
          index = next
        case .paragraph, .line:
          guard characters[index] == "\n" else {
            index = next
            continue
          }
          var end = next
          while end < range.upperBound, characters[end] == "\n" { end += 1 }
          if end < range.upperBound, level == .line || end - index >= 2 { cuts.append(end) }
          index = end
        case .sentence, .word:
          let ends = level == .word || ".!?".contains(characters[index])
          guard ends, level == .word ? characters[index] == " " : next < range.upperBound,
            level == .word || characters[next] == " "
          else {
            index = next
            continue
          }
          var end = level == .word ? next : next + 1
          while end < range.upperBound, characters[end] == " " { end += 1 }
          if end < range.upperBound { cuts.append(end) }
          index = end
        case .character:
          index = next
        }
      }
      var pieces: [Range<Int>] = []
      var start = range.lowerBound
      for cut in cuts where cut > start {
        pieces.append(start..<cut)
        start = cut
      }
      pieces.append(start..<range.upperBound)
      return pieces
    }
  }
}

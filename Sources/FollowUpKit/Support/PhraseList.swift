/// Word sequences matched against a document's tokens, indexed by their first and last words so
/// that a position is only tried against the phrases that could match there.
struct PhraseList: Sendable {
  /// The phrases in their original order; earlier phrases win where the order matters.
  let phrases: [[String]]
  private let keys: [[WordKey]]
  /// Positions in `phrases`, ascending, by first word and by last word.
  private let byFirst: WordMap<[Int]>
  private let byLast: WordMap<[Int]>

  init(_ phrases: [[String]]) {
    self.phrases = phrases
    keys = phrases.map { $0.map(WordKey.init) }
    var first: [String: [Int]] = [:]
    var last: [String: [Int]] = [:]
    for (position, phrase) in phrases.enumerated() {
      guard let head = phrase.first, let tail = phrase.last else { continue }
      first[head, default: []].append(position)
      last[tail, default: []].append(position)
    }
    byFirst = WordMap(first)
    byLast = WordMap(last)
  }

  /// The phrases whose first word is `token`, as positions in `phrases`, in order.
  @inline(__always)
  func starting(with token: Token) -> [Int] {
    byFirst[token] ?? []
  }

  /// The phrases whose last word is `token`, as positions in `phrases`, in order.
  @inline(__always)
  func ending(with token: Token) -> [Int] {
    byLast[token] ?? []
  }

  /// The number of words in phrase `position`.
  @inline(__always)
  func count(_ position: Int) -> Int { keys[position].count }

  /// Phrase `position` matches `tokens` from `index`.
  @inline(__always)
  func matches(_ position: Int, _ tokens: [Token], at index: Int) -> Bool {
    Self.matches(keys[position], phrases[position], tokens, at: index)
  }

  /// The words (packed as `keys`) are the tokens from `index`: exactly `String` equality.
  @inline(__always)
  static func matches(_ keys: [WordKey], _ words: [String], _ tokens: [Token], at index: Int)
    -> Bool
  {
    guard index >= 0, index + keys.count <= tokens.count else { return false }
    for offset in 0..<keys.count {
      let token = tokens[index + offset]
      if token.key.isPacked, keys[offset].isPacked {
        if token.key != keys[offset] { return false }
      } else if keys[offset].isPacked, token.isForeign {
        return false  // a packed word is ASCII, which a foreign token cannot equal
      } else if token.lower != words[offset] {
        return false
      }
    }
    return true
  }
}

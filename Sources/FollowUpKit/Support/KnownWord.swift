/// One short ASCII word, packed once, to compare tokens with.
struct KnownWord: Sendable {
  let text: String
  let key: WordKey

  init(_ text: String) {
    self.text = text
    key = WordKey(text)
  }

  static let about = KnownWord("about")
  static let on = KnownWord("on")
  static let talking = KnownWord("talking")
  static let the = KnownWord("the")
  static let then = KnownWord("then")
  static let so = KnownWord("so")
  static let but = KnownWord("but")
  static let its = KnownWord("its")
  static let own = KnownWord("own")
  static let ages = KnownWord("ages")
  static let like = KnownWord("like")
  static let which = KnownWord("which")
  static let who = KnownWord("who")
  static let when = KnownWord("when")
  static let `where` = KnownWord("where")
  static let my = KnownWord("my")
  static let that = KnownWord("that")
  static let `is` = KnownWord("is")
  static let was = KnownWord("was")
  static let what = KnownWord("what")
  static let one = KnownWord("one")
  static let i = KnownWord("i")
}

extension Token {
  /// `lower == word.text`: one comparison of packed words when this token is packed.
  @inline(__always)
  func `is`(_ word: KnownWord) -> Bool {
    key.isPacked ? key == word.key : !isForeign && lower == word.text
  }
}

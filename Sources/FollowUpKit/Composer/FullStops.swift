/// One full stop where a sentence ends on an abbreviation.
///
/// A name can end in its own full stop ("Brightpath Analytics Inc.", "Grind & Co.", "Scoil
/// Mhuire N.S.") and a sentence that ends on it adds another: "the role at Brightpath Analytics
/// Inc.." In print the abbreviation's stop serves as the sentence's. Three dots or more are an
/// ellipsis and stay as typed.
enum FullStops {
  /// `text` with every run of exactly two full stops made one.
  static func single(_ text: String) -> String {
    guard text.contains("..") else { return text }
    var result = ""
    var run = 0
    func flush() {
      result += String(repeating: ".", count: run == 2 ? 1 : run)
      run = 0
    }
    for character in text {
      if character == "." {
        run += 1
      } else {
        flush()
        result.append(character)
      }
    }
    flush()
    return result
  }
}

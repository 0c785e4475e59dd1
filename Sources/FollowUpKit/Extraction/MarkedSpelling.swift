import Foundation

/// A name's word typed again with the marks it should carry: "Mac Cárthaigh proper" after
/// "darragh mac carthaigh", "fadas on the a in siobhán and the ó", "its Bríd with a fada".
///
/// People type a name quickly without its accents, then add them in an aside or a later message.
/// A word typed with marks that is the same word as one of a held name's, letters aside from
/// their marks, is that word as it should be written: the mark was typed on purpose, so it is
/// kept wherever the name is printed. Only a word that differs by marks alone changes; a word
/// spelled otherwise is a respelling, read elsewhere. A hyphen or an apostrophe typed between
/// a name's letters ("its Jo-Anne with a hyphen" after "joanne") is such a mark.
enum MarkedSpelling {
  /// The words of `text` that carry a mark (a letter beyond ASCII): "Cárthaigh", "ó".
  static func markedWords(in text: String) -> [String] {
    text.split(whereSeparator: { !($0.isLetter || $0 == "'" || $0 == "’" || $0 == "-") })
      .map(String.init)
      .filter { word in
        word.contains { $0.isLetter && !$0.isASCII }
          // "Jo-Anne", "O'Neill": a hyphen or an apostrophe between letters is a mark too.
          || word.dropFirst().dropLast().contains { "-'’".contains($0) }
      }
  }

  /// `value` with each word that a marked word of `text` writes with marks replaced by it,
  /// keeping the capital the held word had.
  static func respelled(_ value: String, by marked: [String]) -> String {
    guard !marked.isEmpty else { return value }
    return value.split(separator: " ", omittingEmptySubsequences: false).map { part in
      let word = String(part)
      let folded = CorrectionReader.folded(word)
      guard !folded.isEmpty,
        let typed = marked.first(where: {
          CorrectionReader.folded($0) == folded && $0.lowercased() != word.lowercased()
        })
      else { return word }
      // "jo-anne" for "Joanne": typed in lower case, written as a name is.
      if typed == typed.lowercased(), word.first?.isUppercase == true {
        return PersonName.capitaliseName(typed)
      }
      guard word.first?.isUppercase == true, let first = typed.first else { return typed }
      return first.uppercased() + typed.dropFirst()
    }.joined(separator: " ")
  }

  /// The name with its words written with the marks `text` gives them.
  static func respelled(_ name: PersonName, by text: String) -> PersonName {
    let marked = markedWords(in: text)
    guard !marked.isEmpty else { return name }
    var result = name
    result.given = name.given.map { respelled($0, by: marked) }
    result.family = name.family.map { respelled($0, by: marked) }
    return result
  }

  /// Whether `text` writes a word of the name with marks it lacks.
  static func changes(_ name: PersonName, by text: String) -> Bool {
    respelled(name, by: text) != name
  }
}

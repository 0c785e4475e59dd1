/// Brackets in a value the note prints, kept balanced.
///
/// A company or role typed with an aside in brackets ("sunrise homecare (leeds branch)",
/// "amazon (the one in hemel)") can reach the note with its closing bracket cut off by the word
/// reader, which ends a value at a bracket: "the role at Sunrise Homecare (Leeds Branch." is a
/// sentence no one would send. Rather than guess where the aside ended, an opening bracket left
/// unclosed is taken with everything after it: what stays ("Sunrise Homecare") is what the
/// person typed before the aside, and true. A balanced pair ("Caring Hands (Fife)") is part of
/// the name and stays; a closing bracket with no opening one goes.
enum Brackets {
  /// `text` with an unclosed opening bracket and what follows it cut, and any stray closing
  /// bracket dropped; nil when nothing would be left.
  static func balanced(_ text: String) -> String? {
    var kept = ""
    var depth = 0
    var openedAt: String.Index?
    for character in text {
      switch character {
      case "(", "[":
        if depth == 0 { openedAt = kept.endIndex }
        depth += 1
        kept.append(character)
      case ")", "]":
        guard depth > 0 else { continue }
        depth -= 1
        kept.append(character)
      default:
        kept.append(character)
      }
    }
    if depth > 0, let openedAt { kept = String(kept[..<openedAt]) }
    let trimmed = kept.trimming(" ,;:-")
    return trimmed.isEmpty ? nil : trimmed
  }
}

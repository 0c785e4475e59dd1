import FollowUpKit

/// How replies look: wrapped to the terminal's width, coloured only on a terminal without
/// NO_COLOR, and never carrying a control character from the conversation to the screen.
struct TerminalStyle {
  var width: Int?
  var color: Bool

  static let plain = TerminalStyle(width: nil, color: false)

  func prompt(collecting: Bool) -> String {
    let mark = collecting ? "… " : "> "
    return color ? "\u{1B}[1;36m\(mark)\u{1B}[0m" : mark
  }

  /// The reply as it is shown: the assistant's words and the note wrapped alike at word
  /// boundaries to the width (a terminal would break words mid-way), the note set apart in
  /// colour. `copy` puts the note on the clipboard with its paragraphs whole.
  ///
  /// Every place that shows a note (the draft, `show`, `quit`, Ctrl-C, Ctrl-D) comes here, so it
  /// is wrapped the same way everywhere.
  func render(_ outputs: [Output]) -> String {
    var blocks: [String] = []
    for output in outputs {
      switch output {
      case .say(let text):
        blocks.append(wrapped(safe(text)))
      case .showNote(let note):
        let text = wrapped(safe(ReplyText.noteText(note)))
        blocks.append(color ? "\u{1B}[32m" + text + "\u{1B}[0m" : text)
      case .advice, .export, .saveFile, .endSession:
        continue
      }
    }
    return blocks.joined(separator: "\n\n")
  }

  /// Removes anything that a terminal would act on rather than show.
  func safe(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.filter {
          $0 == "\n"
            || ($0.value >= 0x20 && $0.value != 0x7F && !(0x80...0x9F).contains($0.value)
              && !(0x202A...0x202E).contains($0.value) && !(0x2066...0x2069).contains($0.value))
        }))
  }

  /// Wraps each line at word boundaries to the width, keeping list indentation. A word longer
  /// than a line (a link, most often) goes on a line of its own, whole and unindented, so that
  /// it copies and opens as one.
  func wrapped(_ text: String) -> String {
    guard let width, width > 20 else { return text }
    let limit = width - 1
    return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
      guard line.count > limit else { return String(line) }
      let indent = String(line.prefix(while: { $0 == " " }))
      var hanging = indent
      if line.dropFirst(indent.count).hasPrefix("- ") { hanging += "  " }
      if let dot = line.dropFirst(indent.count).firstIndex(of: "."),
        line[line.index(line.startIndex, offsetBy: indent.count)..<dot].allSatisfy(\.isNumber),
        line[line.index(line.startIndex, offsetBy: indent.count)..<dot].count > 0
      {
        hanging += String(
          repeating: " ", count: line.distance(from: line.startIndex, to: dot) - indent.count + 2)
      }
      var lines: [String] = []
      var current = ""
      for word in line.split(separator: " ", omittingEmptySubsequences: true) {
        if word.count > limit - hanging.count {
          if !current.isEmpty { lines.append(current) }
          lines.append(String(word))
          current = ""
          continue
        }
        let candidate =
          current.isEmpty ? (lines.isEmpty ? indent : hanging) + word : current + " " + word
        if candidate.count > limit, !current.isEmpty {
          lines.append(current)
          current = hanging + word
        } else {
          current = candidate
        }
      }
      if !current.isEmpty { lines.append(current) }
      return lines.joined(separator: "\n")
    }.joined(separator: "\n")
  }
}

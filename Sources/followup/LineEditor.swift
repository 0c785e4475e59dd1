/// A small line editor for the terminal, in raw mode, so that Ctrl-C and Ctrl-D mean what the
/// chat needs: Ctrl-C clears the line being typed (a second one, or one at an empty prompt,
/// ends the chat), Ctrl-D at an empty prompt ends it, and nothing typed is ever echoed raw.
///
/// Supports typing anywhere in the line (left/right arrows, Home/End, Ctrl-A/E), Backspace and
/// Delete, Ctrl-U (clear), Ctrl-W (delete a word), Ctrl-L (redraw), and scrolls a line longer
/// than the terminal sideways instead of wrapping it. The terminal is restored on every exit.
final class LineEditor {
  enum Result {
    case line(String)
    /// Ctrl-C. `hadText` says whether a line was being typed (it is now cleared).
    case interrupt(hadText: Bool)
    /// Ctrl-D at an empty prompt, or the input closed.
    case end
  }

  private var original = termios()
  private var active = false

  init?() {
    guard isatty(STDIN_FILENO) == 1, tcgetattr(STDIN_FILENO, &original) == 0 else { return nil }
    var raw = original
    raw.c_iflag &= ~tcflag_t(BRKINT | ICRNL | INPCK | ISTRIP | IXON)
    raw.c_lflag &= ~tcflag_t(ECHO | ICANON | IEXTEN | ISIG)
    raw.c_cflag |= tcflag_t(CS8)
    withUnsafeMutableBytes(of: &raw.c_cc) { cc in
      cc[Int(VMIN)] = 1
      cc[Int(VTIME)] = 0
    }
    guard tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw) == 0 else { return nil }
    active = true
    LineEditor.saved = original
    atexit { LineEditor.restoreSaved() }
  }

  deinit { restore() }

  /// Puts the terminal back as it was.
  func restore() {
    guard active else { return }
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &original)
    active = false
  }

  nonisolated(unsafe) private static var saved: termios?

  private static func restoreSaved() {
    guard var terminal = saved else { return }
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &terminal)
  }

  /// Reads one line, drawing `prompt` (which may hold colour codes) of `promptWidth` columns.
  func readLine(prompt: String, promptWidth: Int) -> Result {
    var text: [Character] = []
    var cursor = 0
    var pending: [UInt8] = []
    draw(prompt: prompt, promptWidth: promptWidth, text: text, cursor: cursor)
    while true {
      guard let byte = readByte() else {
        Console.write("\r\n")
        return text.isEmpty ? .end : .line(String(text))
      }
      if !pending.isEmpty || byte >= 0x80 {
        pending.append(byte)
        let expected = pending[0] >= 0xF0 ? 4 : pending[0] >= 0xE0 ? 3 : pending[0] >= 0xC0 ? 2 : 1
        guard pending.count >= expected else { continue }
        let decoded = String(decoding: pending, as: UTF8.self)
        pending = []
        for character in decoded where character != "\u{FFFD}" && isPrintable(character) {
          text.insert(character, at: cursor)
          cursor += 1
        }
        draw(prompt: prompt, promptWidth: promptWidth, text: text, cursor: cursor)
        continue
      }
      switch byte {
      case 0x0D, 0x0A:  // Enter
        Console.write("\r\n")
        return .line(String(text))
      case 0x03:  // Ctrl-C
        Console.write("^C\r\n")
        return .interrupt(hadText: !text.isEmpty)
      case 0x04:  // Ctrl-D
        if text.isEmpty {
          Console.write("\r\n")
          return .end
        }
        if cursor < text.count { text.remove(at: cursor) }
      case 0x7F, 0x08:  // Backspace
        if cursor > 0 {
          text.remove(at: cursor - 1)
          cursor -= 1
        }
      case 0x15:  // Ctrl-U
        text.removeSubrange(0..<cursor)
        cursor = 0
      case 0x17:  // Ctrl-W
        var start = cursor
        while start > 0, text[start - 1] == " " { start -= 1 }
        while start > 0, text[start - 1] != " " { start -= 1 }
        text.removeSubrange(start..<cursor)
        cursor = start
      case 0x01: cursor = 0  // Ctrl-A
      case 0x05: cursor = text.count  // Ctrl-E
      case 0x02: cursor = max(0, cursor - 1)  // Ctrl-B
      case 0x06: cursor = min(text.count, cursor + 1)  // Ctrl-F
      case 0x0C:  // Ctrl-L
        Console.write("\u{1B}[H\u{1B}[2J")
      case 0x1B:  // An escape sequence: arrows, Home, End, Delete; anything else is dropped.
        switch readEscape() {
        case "[D": cursor = max(0, cursor - 1)
        case "[C": cursor = min(text.count, cursor + 1)
        case "[H", "OH", "[1~", "[7~": cursor = 0
        case "[F", "OF", "[4~", "[8~": cursor = text.count
        case "[3~": if cursor < text.count { text.remove(at: cursor) }
        default: break
        }
      case 0x09:  // Tab: a space
        text.insert(" ", at: cursor)
        cursor += 1
      default:
        if byte >= 0x20 {
          text.insert(Character(UnicodeScalar(byte)), at: cursor)
          cursor += 1
        }
      }
      draw(prompt: prompt, promptWidth: promptWidth, text: text, cursor: cursor)
    }
  }

  /// Redraws the prompt and the visible part of the line, scrolling so the cursor stays on
  /// screen.
  private func draw(prompt: String, promptWidth: Int, text: [Character], cursor: Int) {
    let room = max(10, Console.width - promptWidth - 1)
    var start = 0
    while width(text[start..<cursor]) >= room { start += 1 }
    var end = cursor
    while end < text.count, width(text[start..<(end + 1)]) < room { end += 1 }
    let visible = String(text[start..<end])
    let back = width(text[cursor..<end])
    var output = "\r" + prompt + visible + "\u{1B}[K"
    if back > 0 { output += "\u{1B}[\(back)D" }
    Console.write(output)
  }

  private func readByte() -> UInt8? {
    var byte: UInt8 = 0
    while true {
      let count = read(STDIN_FILENO, &byte, 1)
      if count == 1 { return byte }
      if count < 0, errno == EINTR { continue }
      return nil
    }
  }

  /// The rest of an escape sequence after ESC: "[" or "O" and its parameters.
  private func readEscape() -> String {
    guard let first = readByte() else { return "" }
    var sequence = String(UnicodeScalar(first))
    guard first == UInt8(ascii: "[") || first == UInt8(ascii: "O") else { return sequence }
    while sequence.count < 16, let next = readByte() {
      sequence.append(Character(UnicodeScalar(next)))
      if next >= 0x40 && next <= 0x7E { break }
    }
    return sequence
  }

  /// Letters, marks, symbols, spaces; never a control or bidi override.
  private func isPrintable(_ character: Character) -> Bool {
    character.unicodeScalars.allSatisfy { scalar in
      scalar.value >= 0x20 && !(0x7F...0x9F).contains(scalar.value)
        && !(0x202A...0x202E).contains(scalar.value) && !(0x2066...0x2069).contains(scalar.value)
        && scalar.value != 0x200E && scalar.value != 0x200F
    }
  }

  /// Columns a run of characters takes: two for wide East Asian characters and most emoji.
  private func width(_ characters: ArraySlice<Character>) -> Int {
    var total = 0
    for character in characters {
      guard let scalar = character.unicodeScalars.first else { continue }
      switch scalar.value {
      case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
        total += 2
      default:
        total += 1
      }
    }
    return total
  }
}

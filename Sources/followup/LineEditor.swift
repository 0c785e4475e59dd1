/// The line editor of the terminal chat, in raw mode, so that each key means what a chat needs.
///
/// - A long answer wraps over as many screen rows as it needs, the cursor moves across them, and
///   the whole answer stays on screen after Enter; a resize (SIGWINCH) re-wraps it.
/// - A paste is one message, whatever its line breaks: with the terminal's bracketed paste mode,
///   by its markers; without it, lines that arrive within a few milliseconds of each other are
///   joined (no one types Enter and the next letter that fast).
/// - The usual keys: arrows, Home/End and Ctrl-A/E, Alt-B/F and Ctrl-Left/Right, Backspace,
///   Delete, Ctrl-U/K/W, Alt-D, Ctrl-L, and up/down through this session's answers.
/// - Ctrl-C clears the line (a second one, or one at an empty prompt, ends the chat); Ctrl-D at
///   an empty prompt ends it. Nothing typed is ever echoed raw.
///
/// The terminal is restored on every exit, and by `TerminalSignals` on a signal that ends the
/// program.
final class LineEditor {
  enum Result {
    case line(String)
    /// Ctrl-C. `hadText` says whether a line was being typed (it is now cleared).
    case interrupt(hadText: Bool)
    /// Ctrl-D at an empty prompt, or the input closed.
    case end
  }

  /// How long Enter waits for more input before it sends the line: a paste without markers
  /// arrives in one burst, well within this; typing never does.
  static let pasteJoinMilliseconds: Int32 = 8

  private var original = termios()
  private var active = false
  private let keys = KeyReader()
  private var history = InputHistory()

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
    TerminalSignals.install(restoring: original)
    guard tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw) == 0 else {
      TerminalSignals.forget()
      return nil
    }
    active = true
    Console.write(Self.pasteModeOn)
    atexit { TerminalSignals.restore() }
  }

  deinit { restore() }

  static let pasteModeOn = "\u{1B}[?2004h"
  static let pasteModeOff = "\u{1B}[?2004l"

  /// Puts the terminal back as it was.
  func restore() {
    guard active else { return }
    Console.write(Self.pasteModeOff)
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &original)
    TerminalSignals.forget()
    active = false
  }

  /// Reads one message, drawing `prompt` (which may hold colour codes) of `promptWidth` columns.
  func readLine(prompt: String, promptWidth: Int) -> Result {
    var screen = Screen(prompt: prompt, promptWidth: promptWidth)
    var buffer = EditBuffer()
    screen.draw(buffer)
    while true {
      if TerminalSignals.takeResize() {
        screen.resize(buffer)
        screen.draw(buffer)
      }
      let key = keys.next()
      if TerminalSignals.takeResize() { screen.resize(buffer) }
      switch key {
      case .closed:
        screen.finish(buffer)
        return buffer.isEmpty ? .end : send(buffer.text)
      case .enter:
        if keys.hasInput(within: Self.pasteJoinMilliseconds) {
          buffer.insert("\n")
        } else {
          screen.finish(buffer)
          return send(buffer.text)
        }
      case .control("c"):
        screen.finish(buffer, mark: "^C")
        return .interrupt(hadText: !buffer.isEmpty)
      case .control("d"):
        if buffer.isEmpty {
          screen.finish(buffer)
          return .end
        }
        buffer.deleteForward()
      case .up:
        if !screen.moveVertically(&buffer, by: -1),
          let entry = history.previous(current: buffer.text)
        {
          buffer = EditBuffer(entry)
        }
      case .down:
        if !screen.moveVertically(&buffer, by: 1), let entry = history.next() {
          buffer = EditBuffer(entry)
        }
      case .control("l"):
        Console.write("\u{1B}[H\u{1B}[2J")
        screen.forgetDrawing()
      default:
        edit(&buffer, key)
      }
      screen.draw(buffer)
    }
  }

  /// A line is sent: remembered for the up arrow.
  private func send(_ text: String) -> Result {
    history.add(text)
    return .line(text)
  }

  /// The keys that only change the text or move the cursor along it.
  private func edit(_ buffer: inout EditBuffer, _ key: Key) {
    switch key {
    case .text(let text), .paste(let text): buffer.insert(text)
    case .backspace, .control("h"): buffer.backspace()
    case .delete: buffer.deleteForward()
    case .left, .control("b"): buffer.moveLeft()
    case .right, .control("f"): buffer.moveRight()
    case .home, .control("a"): buffer.moveHome()
    case .end, .control("e"): buffer.moveEnd()
    case .wordLeft: buffer.moveWordLeft()
    case .wordRight: buffer.moveWordRight()
    case .deleteWordBack: buffer.deleteWordBack()
    case .deleteWordForward: buffer.deleteWordForward()
    case .control("u"): buffer.deleteToStart()
    case .control("k"): buffer.deleteToEnd()
    case .control("w"): buffer.deleteSpaceWordBack()
    default: break
    }
  }
}

/// The rows of the screen the line being typed covers, and how to redraw them.
///
/// It remembers the row of the cursor within the drawing, so each redraw goes back to the first
/// row, clears from there down and writes the prompt and the whole text again.
private struct Screen {
  let prompt: String
  let promptWidth: Int
  var width = Console.width
  /// The cursor's row within the drawing, counted from the prompt's row.
  var cursorRow = 0

  init(prompt: String, promptWidth: Int) {
    self.prompt = prompt
    self.promptWidth = promptWidth
  }

  func layout(_ buffer: EditBuffer) -> InputLayout {
    InputLayout(
      promptWidth: promptWidth, characters: buffer.characters, width: width, indent: promptWidth)
  }

  /// Redraws the prompt and the text, with the cursor in its place.
  mutating func draw(_ buffer: EditBuffer, cursorAtEnd: Bool = false) {
    let layout = layout(buffer)
    var output = "\r"
    if cursorRow > 0 { output += "\u{1B}[\(cursorRow)A" }
    output += "\u{1B}[J" + prompt
    let indent = String(repeating: " ", count: promptWidth)
    for character in buffer.characters {
      if character == "\n" {
        output += "\r\n" + indent
      } else {
        output.append(character)
      }
    }
    var row = layout.end.row
    if layout.end.column >= layout.width {
      // Leave the pending-wrap state, so the cursor is where the next character would go.
      output += "\r\n"
      row += 1
    }
    let target = layout.positions[cursorAtEnd ? buffer.characters.count : buffer.cursor]
    if row > target.row { output += "\u{1B}[\(row - target.row)A" }
    output += "\r"
    if target.column > 0 { output += "\u{1B}[\(target.column)C" }
    cursorRow = target.row
    Console.write(output)
  }

  /// The terminal changed width. A terminal that reflows (tmux, most today) has moved the
  /// text with its wrapped rows: the cursor is where the new layout puts it.
  mutating func resize(_ buffer: EditBuffer) {
    width = Console.width
    cursorRow = layout(buffer).positions[buffer.cursor].row
  }

  /// The screen was cleared: the drawing starts again at the top.
  mutating func forgetDrawing() {
    cursorRow = 0
  }

  /// Up or down a row inside a text of several rows, at the same column or the nearest.
  /// False when there is no row that way: the arrow then goes through the history.
  func moveVertically(_ buffer: inout EditBuffer, by rows: Int) -> Bool {
    let positions = layout(buffer).positions
    let current = positions[buffer.cursor]
    let wanted = current.row + rows
    guard wanted >= 0, positions.contains(where: { $0.row == wanted }) else { return false }
    var best: Int?
    for (index, position) in positions.enumerated() where position.row == wanted {
      if position.column <= current.column { best = index } else if best == nil { best = index }
    }
    guard let best else { return false }
    buffer.move(to: best)
    return true
  }

  /// The line is done: the whole text stays on screen, with `mark` after it, and the cursor
  /// goes to a fresh line below.
  mutating func finish(_ buffer: EditBuffer, mark: String = "") {
    draw(buffer, cursorAtEnd: true)
    // A text that ends at the width has already moved the cursor to a fresh row.
    let atFreshRow = layout(buffer).end.column >= width
    Console.write(mark + (atFreshRow && mark.isEmpty ? "" : "\r\n"))
    cursorRow = 0
  }
}

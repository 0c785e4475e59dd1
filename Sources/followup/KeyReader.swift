/// One key press or one paste, as the line editor reads it from a terminal in raw mode.
enum Key: Equatable {
  /// Printable characters, typed or arriving together.
  case text(String)
  /// A bracketed paste, whatever its line breaks (as "\n"), without the terminal's markers.
  case paste(String)
  case enter
  case backspace
  case delete
  case left
  case right
  case up
  case down
  case home
  case end
  /// Alt-B, Ctrl-Left: to the start of the word.
  case wordLeft
  /// Alt-F, Ctrl-Right: past the end of the word.
  case wordRight
  /// Alt-Backspace: the word before the cursor.
  case deleteWordBack
  /// Alt-D: the word after the cursor.
  case deleteWordForward
  /// A control key, by its letter: Ctrl-A is "a".
  case control(Character)
  /// A signal arrived while waiting (a resize, most often): the editor looks at what it set.
  case interrupted
  /// The input closed.
  case closed
  /// Anything else: a lone Escape, a function key. Never shown.
  case ignored
}

/// Decodes the bytes of a terminal in raw mode into keys: UTF-8 text, control keys, the escape
/// sequences of arrows and editing keys in their xterm, rxvt and VT100 spellings, and bracketed
/// pastes (`ESC [ 200 ~` ... `ESC [ 201 ~`).
///
/// It reads with read(2) itself, so that a signal interrupts a wait (`EINTR`, reported as
/// `.interrupted`) and the editor can wait a few milliseconds for more input, which is how a
/// paste is told from typing on a terminal without the paste mode.
final class KeyReader {
  private let descriptor: Int32
  private var buffer: [UInt8] = []
  private var position = 0
  /// A paste longer than this keeps its start; the rest is read and dropped.
  static let maximumPasteBytes = 64 * 1024

  init(descriptor: Int32 = STDIN_FILENO) {
    self.descriptor = descriptor
  }

  /// The next key, waiting as long as it takes.
  func next() -> Key {
    guard let byte = byte(waiting: nil, retrying: false) else {
      return pendingSignal ? .interrupted : .closed
    }
    switch byte {
    case 0x0D, 0x0A:
      // A carriage return and line feed together are one Enter.
      if byte == 0x0D, position < buffer.count, buffer[position] == 0x0A { position += 1 }
      return .enter
    case 0x7F, 0x08: return .backspace
    case 0x09: return .text(" ")
    case 0x1B: return escape()
    case 0x00..<0x20: return .control(Character(UnicodeScalar(byte + 0x60)))
    default: return .text(text(startingWith: byte))
    }
  }

  /// Whether more input is already there or arrives within `milliseconds`.
  func hasInput(within milliseconds: Int32) -> Bool {
    if position < buffer.count { return true }
    var descriptors = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
    return poll(&descriptors, 1, milliseconds) > 0
  }

  /// Set when the last wait ended on a signal rather than on input.
  private var pendingSignal = false

  /// One byte: from the buffer, or read, waiting at most `milliseconds` (nil: without limit).
  /// Nil at the end of input, after a timeout, or on a signal unless `retrying`.
  private func byte(waiting milliseconds: Int32?, retrying: Bool) -> UInt8? {
    pendingSignal = false
    while position >= buffer.count {
      if let milliseconds, !hasInput(within: milliseconds) { return nil }
      var chunk = [UInt8](repeating: 0, count: 4096)
      let count = chunk.withUnsafeMutableBytes {
        Platform.read(descriptor, $0.baseAddress, $0.count)
      }
      if count < 0, errno == EINTR {
        if retrying { continue }
        pendingSignal = true
        return nil
      }
      guard count > 0 else { return nil }
      buffer = Array(chunk[0..<count])
      position = 0
    }
    defer { position += 1 }
    return buffer[position]
  }

  /// The next byte of a sequence already begun: it arrives with the first, or within a moment.
  private func following() -> UInt8? {
    byte(waiting: 50, retrying: true)
  }

  /// Printable text from `first` on, with every printable byte already read after it, so a
  /// burst of typing or a paste without markers is drawn once.
  private func text(startingWith first: UInt8) -> String {
    var bytes = [first]
    readContinuation(of: first, into: &bytes)
    while position < buffer.count, buffer[position] >= 0x20, buffer[position] != 0x7F {
      let lead = buffer[position]
      position += 1
      bytes.append(lead)
      readContinuation(of: lead, into: &bytes)
    }
    return String(decoding: bytes, as: UTF8.self).filter(Self.isPrintable)
  }

  private func readContinuation(of lead: UInt8, into bytes: inout [UInt8]) {
    let expected = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0
    for _ in 0..<expected {
      guard let next = following() else { return }
      bytes.append(next)
    }
  }

  /// After ESC: a CSI or SS3 sequence, an Alt key, or a lone Escape.
  private func escape() -> Key {
    guard let first = following() else { return .ignored }
    switch first {
    case UInt8(ascii: "["):
      var sequence = ""
      while sequence.count < 16, let next = following() {
        sequence.append(Character(UnicodeScalar(next)))
        if next >= 0x40 && next <= 0x7E { break }
      }
      return sequence == "200~" ? paste() : Self.csiKeys[sequence] ?? .ignored
    case UInt8(ascii: "O"):
      guard let next = following() else { return .ignored }
      return Self.ss3Keys[Character(UnicodeScalar(next))] ?? .ignored
    case UInt8(ascii: "b"), UInt8(ascii: "B"): return .wordLeft
    case UInt8(ascii: "f"), UInt8(ascii: "F"): return .wordRight
    case UInt8(ascii: "d"), UInt8(ascii: "D"): return .deleteWordForward
    case 0x7F, 0x08: return .deleteWordBack
    default: return .ignored
    }
  }

  /// The text of a bracketed paste, up to its end marker. Line breaks of any kind become "\n";
  /// tabs become spaces; control characters and escape sequences inside are dropped.
  private func paste() -> Key {
    let end: [UInt8] = [0x1B, 0x5B, 0x32, 0x30, 0x31, 0x7E]  // ESC [ 2 0 1 ~
    var bytes: [UInt8] = []
    while let next = byte(waiting: 1000, retrying: true) {
      if bytes.count < Self.maximumPasteBytes + end.count { bytes.append(next) }
      if bytes.count >= end.count, Array(bytes.suffix(end.count)) == end {
        bytes.removeLast(end.count)
        break
      }
    }
    var text = String(decoding: bytes.prefix(Self.maximumPasteBytes), as: UTF8.self)
    text = text.replacing("\r\n", with: "\n").replacing("\r", with: "\n").replacing("\t", with: " ")
    return .paste(text.filter { $0 == "\n" || Self.isPrintable($0) })
  }

  /// Letters, marks, symbols and spaces; never a control character or a bidi override, which
  /// would let a paste reorder or hide what is shown.
  static func isPrintable(_ character: Character) -> Bool {
    character.unicodeScalars.allSatisfy { scalar in
      scalar.value >= 0x20 && !(0x7F...0x9F).contains(scalar.value)
        && !(0x202A...0x202E).contains(scalar.value) && !(0x2066...0x2069).contains(scalar.value)
        && scalar.value != 0x200E && scalar.value != 0x200F && scalar.value != 0xFFFD
    }
  }

  /// CSI sequences (after `ESC [`), in the spellings of xterm, rxvt, the Linux console and tmux.
  static let csiKeys: [String: Key] = [
    "A": .up, "B": .down, "C": .right, "D": .left, "H": .home, "F": .end,
    "1~": .home, "7~": .home, "4~": .end, "8~": .end, "3~": .delete,
    "1;5C": .wordRight, "1;3C": .wordRight, "5C": .wordRight,
    "1;5D": .wordLeft, "1;3D": .wordLeft, "5D": .wordLeft,
    "1;5H": .home, "1;5F": .end,
  ]
  /// SS3 sequences (after `ESC O`): the application-mode arrows, Home and End.
  static let ss3Keys: [Character: Key] = [
    "A": .up, "B": .down, "C": .right, "D": .left, "H": .home, "F": .end, "c": .wordRight,
    "d": .wordLeft,
  ]
}

/// The `copy` command of the terminal chat: the exact note, paragraphs unwrapped, put on the
/// clipboard through the terminal (OSC 52), since the note on screen is wrapped to the width.
///
/// A program cannot ask a terminal whether it took the text, so the reply says what is known
/// about the terminal, read from the environment it sets.
enum Clipboard {
  enum Support: Equatable {
    /// The terminal is known to accept OSC 52 from programs.
    case accepted
    /// The terminal is known to ignore it; the name says which.
    case refused(String)
    /// Inside tmux: it passes the text on only with `set-clipboard on`.
    case tmux
    case unknown
  }

  /// Whether the command is `copy`, in its few phrasings.
  static func isCopyCommand(_ line: String) -> Bool {
    let words = line.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" })
      .filter { $0 != "please" }
    return ["copy", "copy it", "copy note", "copy the note", "copy draft", "copy the draft"]
      .contains(words.joined(separator: " "))
  }

  /// The escape sequence that puts `text` on the clipboard.
  static func sequence(for text: String) -> String {
    "\u{1B}]52;c;" + base64(Array(text.utf8)) + "\u{07}"
  }

  /// What is known of the terminal, from the variables terminals set.
  static func support(environment: [String: String]) -> Support {
    if environment["TMUX"] != nil { return .tmux }
    let program = environment["TERM_PROGRAM"] ?? ""
    let term = environment["TERM"] ?? ""
    if ["WezTerm", "iTerm.app", "ghostty"].contains(program)
      || ["xterm-kitty", "alacritty", "foot", "xterm-ghostty", "contour"].contains(term)
      || environment["WT_SESSION"] != nil || environment["KITTY_WINDOW_ID"] != nil
    {
      return .accepted
    }
    if program == "Apple_Terminal" { return .refused("Terminal") }
    if environment["VTE_VERSION"] != nil { return .refused("this terminal (VTE)") }
    return .unknown
  }

  /// The reply to `copy`: what was sent and whether the terminal is known to take it.
  static func reply(support: Support, hasSubject: Bool) -> String {
    let subject = hasSubject ? " The subject line is above, to copy on its own." : ""
    let fallback = "If nothing was copied, type save note.txt, or select the note above."
    switch support {
    case .accepted:
      return "Copied the note to your clipboard, paragraphs whole.\(subject)"
    case .refused(let name):
      return
        "I sent the note to your clipboard, but \(name) is known to ignore programs' copy requests (OSC 52).\(subject) Type save note.txt, or select the note above."
    case .tmux:
      return
        "I sent the note to your clipboard through tmux, which passes it on only with set-clipboard on.\(subject) \(fallback)"
    case .unknown:
      return
        "I sent the note to your clipboard; your terminal isn't one I know accepts this (OSC 52).\(subject) \(fallback)"
    }
  }

  /// Standard base64 with padding, as OSC 52 expects (the driver does without Foundation).
  static func base64(_ bytes: [UInt8]) -> String {
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
    var output = ""
    output.reserveCapacity((bytes.count + 2) / 3 * 4)
    var index = 0
    while index < bytes.count {
      let first = UInt32(bytes[index])
      let second = index + 1 < bytes.count ? UInt32(bytes[index + 1]) : 0
      let third = index + 2 < bytes.count ? UInt32(bytes[index + 2]) : 0
      let group = first << 16 | second << 8 | third
      output.append(alphabet[Int(group >> 18 & 63)])
      output.append(alphabet[Int(group >> 12 & 63)])
      output.append(index + 1 < bytes.count ? alphabet[Int(group >> 6 & 63)] : "=")
      output.append(index + 2 < bytes.count ? alphabet[Int(group & 63)] : "=")
      index += 3
    }
    return output
  }
}

/// The signals of a terminal chat: a resize re-wraps the line being typed, and a signal that
/// ends the program (SIGTERM, SIGHUP, SIGINT or SIGQUIT from `kill`; the keys send none in raw
/// mode) first puts the terminal back as it was, so the shell is not left in raw mode with the
/// paste mode on.
enum TerminalSignals {
  /// Set by SIGWINCH; read and cleared by the editor.
  nonisolated(unsafe) private static var resized: sig_atomic_t = 0
  /// The terminal's settings before the chat, for the handlers to restore.
  nonisolated(unsafe) private static var original: termios?

  /// Installs the handlers, remembering `terminal` as the settings to restore.
  static func install(restoring terminal: termios) {
    original = terminal
    // A parent may have started the program with these blocked (a thread pool's mask is
    // inherited through fork and exec): then no resize would re-wrap and no kill would restore.
    var handled = sigset_t()
    sigemptyset(&handled)
    for handledSignal in [SIGWINCH, SIGTERM, SIGHUP, SIGINT, SIGQUIT] {
      sigaddset(&handled, handledSignal)
    }
    sigprocmask(SIG_UNBLOCK, &handled, nil)
    Platform.handle(SIGWINCH) { _ in TerminalSignals.resized = 1 }
    for ending in [SIGTERM, SIGHUP, SIGINT, SIGQUIT] {
      Platform.handle(ending) { received in
        TerminalSignals.restore()
        // Then end as the signal would have: the status tells the shell what happened.
        signal(received, SIG_DFL)
        raise(received)
      }
    }
  }

  /// Whether the terminal changed size since the last call.
  static func takeResize() -> Bool {
    guard resized != 0 else { return false }
    resized = 0
    return true
  }

  /// Restores the terminal: settings, paste mode off, a fresh line. Only calls that are safe in
  /// a signal handler (tcsetattr, write), on values set before any handler could run.
  static func restore() {
    guard var terminal = original else { return }
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &terminal)
    let reset: StaticString = "\u{1B}[?2004l\r\n"
    _ = Platform.write(STDOUT_FILENO, reset.utf8Start, reset.utf8CodeUnitCount)
  }

  /// Forgets the settings once the editor has restored them itself.
  static func forget() {
    original = nil
  }
}

import FollowUpTestSupport
import Foundation
import Testing

/// The chat in a real pseudo-terminal, driven through tmux as a person would type.
@Suite("The chat in a terminal", .enabled(if: Tmux.isAvailable), .serialized)
struct TerminalTests {
  @Test(
    "a short chat: wrapped replies, the draft in colour, Ctrl-C clears a line, Ctrl-D leaves with the draft"
  )
  func chat() throws {
    // `swift test` sets NO_COLOR for the processes it runs, and the tmux server passes its
    // environment on to the pane: unset here, as in a person's terminal.
    let tmux = try Tmux(
      command: "env -u NO_COLOR \(Dialogues.executable.path) --today 2026-11-27", width: 80)
    defer { tmux.close() }
    try tmux.waitForFirstPrompt()
    tmux.type(
      "I'm Jordan, I met Priya Shah at Northgate Foods yesterday for the operations coordinator job"
    )
    try tmux.waitFor("How do you feel it went")
    tmux.type("it went well")
    try tmux.waitFor("What came up in the conversation")
    tmux.type(
      "she told me about their switch to electric cargo bikes and she was really excited about it")
    try tmux.waitFor("Shall I build the note on that?")
    tmux.type("yes")
    try tmux.waitFor("What about it interested you")
    tmux.type("skip")
    try tmux.waitFor("How will you send it")
    tmux.type("email")
    try tmux.waitFor("Dear Priya,")
    let screen = tmux.screen()
    // The assistant's words and the note wrap to the 80 columns at word boundaries (`copy`
    // gives the note with each paragraph whole).
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
    let greeting = lines.prefix { !$0.contains("First, what's your name?") }
    #expect(greeting.count >= 3)
    #expect(greeting.allSatisfy { $0.count < 80 })
    let note = lines.drop { !$0.hasPrefix("Subject:") }.prefix { !$0.hasSuffix("regards,") }
    #expect(note.contains { $0.hasPrefix("Thank you") })
    #expect(note.allSatisfy { $0.count < 80 })
    #expect(screen.contains("your switch to electric cargo bikes"))
    // The note is set apart in colour on a terminal.
    #expect(tmux.screen(escapes: true).contains("\u{1B}[32mSubject:"))
    // Ctrl-C clears what is being typed; the chat goes on.
    tmux.keys("half a line")
    try tmux.waitFor("half a line")
    tmux.keys("C-c")
    try tmux.waitFor("half a line^C")
    tmux.type("more formal")
    try tmux.waitFor("Here it is, more formal:")
    // Ctrl-D leaves cleanly with the draft on screen.
    tmux.keys("C-d")
    try tmux.waitFor("EXIT:0")
    let last = tmux.screen()
    #expect(last.contains("Here's your draft, so nothing is lost:"))
    #expect(last.contains("Kind regards,"))
  }

  @Test("Ctrl-C at an empty prompt leaves with the draft and status 130; NO_COLOR means no colour")
  func interrupt() throws {
    let tmux = try Tmux(
      command: "NO_COLOR=1 \(Dialogues.executable.path) --today 2026-11-27", width: 100)
    defer { tmux.close() }
    try tmux.waitForFirstPrompt()
    // Escape sequences typed or pasted never reach the screen raw: no clearing, no colour.
    tmux.keys("\u{1B}[2J\u{1B}[31mhello")
    try tmux.waitFor("> hello")
    #expect(tmux.screen().contains("Hi, I'm FollowUp."))
    tmux.keys("C-u")
    tmux.type("I'm Jordan, I met Priya Shah at Northgate Foods yesterday for the analyst job")
    try tmux.waitFor("How do you feel it went")
    tmux.type("fine")
    try tmux.waitFor("What came up")
    tmux.type("we talked about the new depot in Leeds")
    try tmux.waitFor("Shall I build")
    tmux.type("yes")
    try tmux.waitFor("What about it interested you")
    tmux.type("skip")
    try tmux.waitFor("How will you send it")
    tmux.type("card")
    try tmux.waitFor("Best wishes,")
    #expect(!tmux.screen(escapes: true).contains("\u{1B}["))
    tmux.keys("C-c")
    try tmux.waitFor("EXIT:130")
    #expect(tmux.screen().contains("Here's your draft, so nothing is lost:"))
  }
}

/// One tmux session running a command, with helpers to type and read the screen.
struct Tmux {
  static var isAvailable: Bool {
    FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")
      || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")
  }

  let name = "followup-test-\(UUID().uuidString.prefix(8))"

  /// A tmux server of the tests' own, so that a person's tmux setup never changes what the tests
  /// see, and the tests never touch the person's sessions.
  static let socket = "followup-tests-\(getpid())"

  init(command: String, width: Int) throws {
    // The exit status is printed when the program ends, and the pane stays open to be read.
    // Tests start sessions at the same time on one private server: when none is running yet,
    // two first clients race to start it and one session can be lost (seen under load), so a
    // session that is not there is started again.
    for _ in 0..<10 {
      Self.run([
        "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "40",
        "\(command); echo EXIT:$?; sleep 60",
      ])
      if Self.hasSession(name) { return }
      usleep(200_000)
    }
  }

  /// Whether the server has a session of this name.
  static func hasSession(_ name: String) -> Bool {
    run(["list-sessions", "-F", "#{session_name}"]).split(separator: "\n").contains {
      $0 == name
    }
  }

  /// Runs one tmux client command and returns what it printed.
  ///
  /// Not through Foundation's `Process`: it learns that a child has ended when a descriptor the
  /// child inherited is closed, and the tmux server that the first client forks keeps every
  /// descriptor it was given, so on a machine with no tmux server running the first command
  /// never "ended" and the test waited forever (it hung a fresh CI machine). Here the client
  /// is spawned with only its three standard descriptors, output to a temporary file, and
  /// reaped with `waitpid`.
  @discardableResult
  static func run(_ arguments: [String]) -> String {
    let outputPath = FileManager.default.temporaryDirectory
      .appendingPathComponent("followup-tmux-\(UUID().uuidString)").path
    defer { unlink(outputPath) }
    var actions = emptyFileActions()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    closeDescriptorsFromThree(&actions)
    let argv = ["tmux", "-L", socket] + arguments
    var cArguments = argv.map { strdup($0) } + [nil]
    defer { for argument in cArguments { free(argument) } }
    var pid: pid_t = 0
    guard posix_spawnp(&pid, "tmux", &actions, nil, &cArguments, environ) == 0 else { return "" }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    let data = FileManager.default.contents(atPath: outputPath) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }

  #if canImport(Darwin)
    /// A `posix_spawn` file-action list: an opaque pointer on Darwin.
    typealias FileActions = posix_spawn_file_actions_t?
  #else
    /// A `posix_spawn` file-action list: a struct in glibc and musl.
    typealias FileActions = posix_spawn_file_actions_t
  #endif

  /// An empty file-action list, for `posix_spawn_file_actions_init` to set up.
  private static func emptyFileActions() -> FileActions {
    #if canImport(Darwin)
      return nil
    #else
      return posix_spawn_file_actions_t()
    #endif
  }

  /// Asks the spawn to close every descriptor above the standard three, where the C library
  /// offers it (glibc 2.34 and later), so a concurrent test's pipes never live on in the
  /// tmux server.
  private static func closeDescriptorsFromThree(
    _ actions: UnsafeMutablePointer<FileActions>
  ) {
    typealias CloseFrom = @convention(c) (UnsafeMutablePointer<FileActions>, Int32) -> Int32
    guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "posix_spawn_file_actions_addclosefrom_np")
    else { return }
    _ = unsafeBitCast(symbol, to: CloseFrom.self)(actions, 3)
  }

  func type(_ text: String) {
    Self.run(["send-keys", "-t", name, "-l", text])
    Self.run(["send-keys", "-t", name, "Enter"])
  }

  /// Types `keys` as text, or presses one key by its tmux name ("C-c", "Enter", "Up", "Home").
  func keys(_ keys: String) {
    let names: Set<String> = [
      "Enter", "Up", "Down", "Left", "Right", "Home", "End", "BSpace", "DC",
    ]
    if keys.hasPrefix("C-") || keys.hasPrefix("M-") || names.contains(keys) {
      Self.run(["send-keys", "-t", name, keys])
    } else {
      Self.run(["send-keys", "-t", name, "-l", keys])
    }
  }

  /// The screen and its scrollback: with `joined`, the rows the terminal wrapped are joined
  /// into the lines that were written; without it, row by row as shown.
  func screen(escapes: Bool = false, joined: Bool = true) -> String {
    Self.run(
      ["capture-pane", "-p"] + (joined ? ["-J"] : []) + (escapes ? ["-e"] : [])
        + ["-t", name, "-S", "-200"])
  }

  struct Timeout: Error, CustomStringConvertible {
    var text: String
    var screen: String
    var description: String { "timed out waiting for \"\(text)\"; the screen:\n\(screen)" }
  }

  /// Waits up to twenty seconds (a sanitizer build on a busy machine starts slowly) for text to appear on the screen. Replies are wrapped to the
  /// terminal's width, so the text is matched with line breaks read as spaces.
  func waitFor(_ text: String) throws {
    let wanted = Self.flattened(text)
    for _ in 0..<400 {
      if Self.flattened(screen()).contains(wanted) { return }
      usleep(50_000)
    }
    throw Timeout(text: text, screen: screen())
  }

  static func flattened(_ text: String) -> String {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
  }

  /// Ends the session; the last session gone, the tests' tmux server exits by itself.
  func close() {
    Self.run(["kill-session", "-t", name])
  }
}

/// The `followup --jsonl` process behind the bot: one JSON line in, one out, as any bridge
/// written in any language would drive it.
///
/// Started with `posix_spawn`, its standard input and output on pipes; the bot writes request
/// lines and reads reply lines whenever poll(2) says they are there (with `--join-ms` a reply
/// comes later than its line). The state folder belongs to it: it saves every session before
/// replying, so either process may be killed at any moment.
final class FollowUpProcess {
  let pid: pid_t
  /// The pipe to its standard input, and from its standard output.
  let input: Int32
  let output: Int32
  private var buffer: [UInt8] = []

  /// Starts `followup` with `arguments`; nil (with the reason on standard error) when it
  /// cannot be started.
  init?(executable: String, arguments: [String]) {
    var toChild: [Int32] = [0, 0]
    var fromChild: [Int32] = [0, 0]
    guard pipe(&toChild) == 0, pipe(&fromChild) == 0 else { return nil }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, toChild[0], STDIN_FILENO)
    posix_spawn_file_actions_adddup2(&actions, fromChild[1], STDOUT_FILENO)
    for descriptor in [toChild[0], toChild[1], fromChild[0], fromChild[1]] {
      posix_spawn_file_actions_addclose(&actions, descriptor)
    }
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var child: pid_t = 0
    let status =
      executable.contains("/")
      ? posix_spawn(&child, executable, &actions, nil, argv, environ)
      : posix_spawnp(&child, executable, &actions, nil, argv, environ)
    close(toChild[0])
    close(fromChild[1])
    guard status == 0 else {
      close(toChild[1])
      close(fromChild[0])
      BotLog.write("cannot start \(executable): \(Platform.describe(status))")
      return nil
    }
    pid = child
    input = toChild[1]
    output = fromChild[0]
    Platform.prepare(output)
    _ = fcntl(input, F_SETFD, FD_CLOEXEC)
  }

  /// Sends one request line; false when the process is gone.
  func send(_ line: String) -> Bool {
    Platform.writeAll(input, Array((line + "\n").utf8))
  }

  /// The reply lines that have arrived; nil when the process closed its output (it ended).
  func receive() -> [String]? {
    var chunk = [UInt8](repeating: 0, count: 65_536)
    var ended = false
    while true {
      let count = chunk.withUnsafeMutableBytes { Platform.read(output, $0.baseAddress, $0.count) }
      if count > 0 {
        buffer.append(contentsOf: chunk[0..<count])
        continue
      }
      if count < 0, errno == EINTR { continue }
      ended = count == 0 || (errno != EAGAIN && errno != EWOULDBLOCK)
      break
    }
    var lines: [String] = []
    while let newline = buffer.firstIndex(of: 0x0A) {
      lines.append(String(decoding: buffer[..<newline], as: UTF8.self))
      buffer.removeSubrange(...newline)
    }
    return ended && lines.isEmpty ? nil : lines
  }

  /// Ends the process as a bridge should: its input closed, so it finishes the line in hand,
  /// saves, and exits; killed if it has not within two seconds.
  func stop() {
    close(input)
    var status: Int32 = 0
    for _ in 0..<200 {
      if waitpid(pid, &status, WNOHANG) == pid {
        close(output)
        return
      }
      usleep(10_000)
    }
    kill(pid, SIGKILL)
    _ = waitpid(pid, &status, 0)
    close(output)
  }

  /// Collects the exit status of a process that ended, so it leaves no zombie.
  func reap() {
    var status: Int32 = 0
    _ = waitpid(pid, &status, 0)
    close(input)
    close(output)
  }
}

/// Where the bot says what happened: standard error, one line each.
enum BotLog {
  static func write(_ text: String) {
    _ = Platform.writeAll(STDERR_FILENO, Array(("followup-irc: " + text + "\n").utf8))
  }
}

/// Starts programs with `posix_spawn`, for the startup suite and for running a suite in a fresh
/// process.
enum Spawn {
  /// This executable's own path.
  static func ownPath() -> String? { Platform.executablePath() }

  /// Runs `path` with `arguments`, sharing this process's standard streams, and waits for it.
  /// Returns its exit status, or nil when it could not be started.
  static func run(_ path: String, _ arguments: [String]) -> Int32? {
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, path, nil, nil, argv, environ) == 0 else { return nil }
    return wait(pid)
  }

  /// Starts `path`, writes `input` to its standard input, and returns the nanoseconds from just
  /// before the spawn to the arrival of the first complete output line. Then closes its input
  /// and waits for it to exit. Nil when it could not be started or wrote no line.
  static func timeToFirstLine(_ path: String, _ arguments: [String], input: String) -> UInt64? {
    var inputPipe: [Int32] = [-1, -1]
    var outputPipe: [Int32] = [-1, -1]
    guard pipe(&inputPipe) == 0 else { return nil }
    guard pipe(&outputPipe) == 0 else {
      close(inputPipe[0])
      close(inputPipe[1])
      return nil
    }
    // The child gets only its dup2'd copies; the originals close on exec.
    for descriptor in inputPipe + outputPipe { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
    var actions = Platform.spawnFileActions()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, inputPipe[0], STDIN_FILENO)
    posix_spawn_file_actions_adddup2(&actions, outputPipe[1], STDOUT_FILENO)
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }

    var pid: pid_t = 0
    let start = Clock.now()
    let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
    close(inputPipe[0])
    close(outputPipe[1])
    guard spawned == 0 else {
      close(inputPipe[1])
      close(outputPipe[0])
      return nil
    }
    var bytes = Array(input.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes { buffer in
        write(inputPipe[1], buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
      }
      if written < 0, errno == EINTR { continue }
      if written <= 0 { break }
      offset += written
    }
    var chunk = [UInt8](repeating: 0, count: 65_536)
    var elapsed: UInt64?
    while elapsed == nil {
      let count = chunk.withUnsafeMutableBytes { read(outputPipe[0], $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      if count <= 0 { break }
      if chunk[0..<count].contains(0x0A) { elapsed = Clock.now() &- start }
    }
    close(inputPipe[1])
    while true {
      let count = chunk.withUnsafeMutableBytes { read(outputPipe[0], $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      if count <= 0 { break }
    }
    close(outputPipe[0])
    _ = wait(pid)
    return elapsed
  }

  private static func wait(_ pid: pid_t) -> Int32? {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      if errno != EINTR { return nil }
    }
    // WIFEXITED / WEXITSTATUS are macros, not imported: the low 7 bits are the signal.
    return status & 0x7F == 0 ? (status >> 8) & 0xFF : nil
  }
}

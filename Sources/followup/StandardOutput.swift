/// Set by SIGTERM in the loops that handle it: finish the line in hand, then exit.
nonisolated(unsafe) var terminationRequested: sig_atomic_t = 0

/// Standard output for the non-terminal paths (JSON lines, topics, replay, help): every failed
/// write is told apart, so that a full disk or a closed descriptor ends the program with a
/// message and a non-zero status instead of passing for success, and SIGTERM is never held up
/// by a reader that has stopped reading.
enum StandardOutput {
  enum Result: Equatable {
    case written
    /// SIGTERM arrived while the reader was not reading: the reply is saved (with an id, a
    /// resend gets it), and the program ends rather than wait for a reader that may never come.
    case terminated
    /// EPIPE: the reader closed its end.
    case readerGone
    case failed(String)
  }

  /// Writes all of `text` to standard output, waiting at most a second at a time for room, so
  /// that SIGTERM is honoured within a second even while the reader is not reading (a signal
  /// that lands just before a wait is seen when the wait times out).
  static func write(_ text: String, to descriptor: Int32 = STDOUT_FILENO) -> Result {
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      if terminationRequested != 0 { return .terminated }
      var poller = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
      let ready = poll(&poller, 1, 1000)
      if ready < 0 {
        if errno == EINTR { continue }
        return .failed(FileWriter.describe(errno))
      }
      if ready == 0 { continue }
      // At most a pipe's atomic size at once: with room for it, the write does not block.
      let count = min(bytes.count - offset, Int(PIPE_BUF))
      let written = bytes.withUnsafeBytes { buffer in
        Platform.write(descriptor, buffer.baseAddress.map { $0 + offset }, count)
      }
      if written < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        return errno == EPIPE ? .readerGone : .failed(FileWriter.describe(errno))
      }
      offset += written
    }
    return .written
  }

  /// Writes `text`; nil to carry on, or the exit status to end with (after saying why on
  /// standard error when something failed).
  @discardableResult
  static func emit(_ text: String) -> Int32? {
    write(text).exitStatus
  }
}

extension StandardOutput.Result {
  /// Nil to carry on; 0 after SIGTERM or when the reader went away (quietly, as `yes | head`
  /// does); 1 after a failure, which is reported on standard error.
  var exitStatus: Int32? {
    switch self {
    case .written: return nil
    case .terminated, .readerGone: return 0
    case .failed(let reason):
      Console.error("followup: cannot write to standard output: \(reason)")
      return 1
    }
  }
}

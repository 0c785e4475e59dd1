/// Reads lines from a file descriptor with read(2), so the driver controls what happens on
/// end of input, on an interrupt and with invalid UTF-8 (replaced, never trusted).
final class LineReader {
  private let descriptor: Int32
  private var buffer: [UInt8] = []
  private var start = 0
  private var finished = false
  /// Lines longer than this are cut; the rest of the line is read and dropped.
  let maximumLineBytes: Int

  init(descriptor: Int32 = STDIN_FILENO, maximumLineBytes: Int = 4 * 1024 * 1024) {
    self.descriptor = descriptor
    self.maximumLineBytes = maximumLineBytes
  }

  enum Result {
    case line(String)
    case end
    /// read(2) was interrupted by a signal before a line was complete.
    case interrupted
  }

  /// A whole line is already read and waiting, so `next()` returns without reading: a loop
  /// that polls the descriptor before reading must not wait while one is.
  var hasBufferedLine: Bool { buffer[start...].contains(0x0A) }

  /// The next line, without its line ending. A last line without a newline is still a line.
  func next() -> Result {
    var dropping = false
    while true {
      if let newline = buffer[start...].firstIndex(of: 0x0A) {
        var end = newline
        if end > start, buffer[end - 1] == 0x0D { end -= 1 }
        let line = String(
          decoding: buffer[start..<min(end, start + maximumLineBytes)], as: UTF8.self)
        start = newline + 1
        compact()
        if dropping { dropping = false }
        return .line(line)
      }
      if finished {
        guard start < buffer.count else { return .end }
        let line = String(
          decoding: buffer[start..<min(buffer.count, start + maximumLineBytes)], as: UTF8.self)
        start = buffer.count
        compact()
        return .line(line)
      }
      if buffer.count - start > maximumLineBytes {
        // Keep the first part of a huge line and discard the rest as it arrives.
        let kept = Array(buffer[start..<start + maximumLineBytes])
        buffer = kept
        start = 0
        dropping = true
      }
      var chunk = [UInt8](repeating: 0, count: 65_536)
      let count = chunk.withUnsafeMutableBytes {
        Platform.read(descriptor, $0.baseAddress, $0.count)
      }
      if count < 0 {
        if errno == EINTR { return .interrupted }
        finished = true
        continue
      }
      if count == 0 {
        finished = true
        continue
      }
      if dropping {
        // Only look for the end of the line in what arrives.
        if let newline = chunk[0..<count].firstIndex(of: 0x0A) {
          buffer.append(contentsOf: chunk[newline..<count])
          dropping = false
        }
        continue
      }
      buffer.append(contentsOf: chunk[0..<count])
    }
  }

  private func compact() {
    if start > 65_536 || start == buffer.count {
      buffer.removeSubrange(0..<start)
      start = 0
    }
  }
}

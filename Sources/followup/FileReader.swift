/// Reads a whole file as UTF-8 text (invalid bytes replaced), refusing anything that is not a
/// regular file or is larger than a limit: `replay /dev/zero` or a FIFO must end with a message,
/// not read until memory runs out or wait forever.
enum FileReader {
  /// The largest transcript `replay` reads: the longest recorded dialogue is a few kilobytes.
  static let maximumTranscriptBytes = 8 * 1024 * 1024

  static func read(_ path: String, maximumBytes: Int) -> Result<String, FileWriter.Failure> {
    // Non-blocking, so that opening a FIFO does not wait for a writer; checked before reading.
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { return .failure(.system(FileWriter.describe(errno))) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      return .failure(.system(FileWriter.describe(errno)))
    }
    guard status.st_mode & S_IFMT == S_IFREG else {
      return .failure(.system("not a regular file"))
    }
    guard Int(status.st_size) <= maximumBytes else {
      return .failure(.system("larger than \(maximumBytes) bytes"))
    }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = chunk.withUnsafeMutableBytes {
        Platform.read(descriptor, $0.baseAddress, $0.count)
      }
      if count < 0 {
        if errno == EINTR { continue }
        return .failure(.system(FileWriter.describe(errno)))
      }
      if count == 0 { break }
      bytes.append(contentsOf: chunk[0..<count])
      // A file that grows while it is read.
      if bytes.count > maximumBytes {
        return .failure(.system("larger than \(maximumBytes) bytes"))
      }
    }
    return .success(String(decoding: bytes, as: UTF8.self))
  }
}

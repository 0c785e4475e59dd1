import FollowUpKit

/// Where `--record FILE` writes, checked before the chat starts and again after it ends.
///
/// A recording is written at the end of every turn by replacing the file, so without a check an
/// existing file, a device or a FIFO would be silently replaced, and a folder that cannot be
/// written would be found out only by a message lost among the replies. Before: the name must
/// be free (or a regular file, with `--force`) in a folder this process may write. After: the
/// file must be a new regular file, or the program ends with status 1.
struct RecordingTarget {
  let path: String
  /// The file there before the chat, if any: a recording that still finds it was never written.
  /// Its modification time too, as a rewrite may reuse the inode of the file it replaced.
  private let before: [Int]?

  struct Failure: Error {
    var message: String
  }

  init(path: String, force: Bool) throws(Failure) {
    self.path = path
    let shown = Transcript.printable(path)
    var status = stat()
    if lstat(path, &status) == 0 {
      guard status.st_mode & S_IFMT == S_IFREG else {
        throw Failure(
          message: "\(shown) exists and is not a regular file; --record writes only files")
      }
      guard force else {
        throw Failure(message: "\(shown) already exists; add --force to replace it")
      }
      before = Self.identity(status)
    } else {
      before = nil
    }
    let folder = FileWriter.folder(of: path)
    guard access(folder, W_OK | X_OK) == 0 else {
      throw Failure(
        message: "cannot write the recording in \(Transcript.printable(folder)): "
          + FileWriter.describe(errno))
    }
  }

  /// Whether the recording was written: a regular file that is not the one found before.
  var wasWritten: Bool {
    var status = stat()
    guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return false }
    guard let before else { return true }
    return Self.identity(status) != before
  }

  private static func identity(_ status: stat) -> [Int] {
    #if canImport(Darwin)
      let modified = status.st_mtimespec
    #else
      let modified = status.st_mtim
    #endif
    return [
      Int(status.st_dev), Int(status.st_ino), Int(modified.tv_sec), Int(modified.tv_nsec),
      Int(status.st_size),
    ]
  }
}

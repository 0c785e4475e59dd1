import FollowUpKit

/// Saves each JSON-lines session as one file in a folder: written to a temporary file, flushed
/// to disk, renamed over the old one, and the folder flushed too, so a `kill -9` at any moment
/// leaves either the old state or the new one, never half of either.
///
/// One process at a time: the store holds an exclusive `flock` on `.lock` in the folder for as
/// long as it lives, so a second process on the same folder refuses to start instead of losing
/// the first one's turns. Anything under a session's name that is not a regular file it may read
/// within `SavedSession.maximumBytes` is reported as unusable, never opened blocking (a FIFO
/// would hang every session), and the server sets it aside.
final class FileSessionStore: SessionStore {
  let directory: String
  /// The open lock file; the lock goes when the process does, however it ends.
  private var lockDescriptor: Int32 = -1

  static let lockName = ".lock"

  init(directory: String) throws(SessionStoreError) {
    self.directory =
      directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
    if mkdir(self.directory, 0o700) != 0, errno != EEXIST {
      throw SessionStoreError(
        "cannot create the state folder \(directory): \(FileWriter.describe(errno))")
    }
    var status = stat()
    guard stat(self.directory, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else {
      throw SessionStoreError("\(directory) is not a folder")
    }
    try lock(displayName: directory)
    removeStaleTemporaryFiles()
  }

  deinit {
    if lockDescriptor >= 0 { close(lockDescriptor) }
  }

  /// Takes the folder's lock, or says which folder is in use.
  private func lock(displayName: String) throws(SessionStoreError) {
    let path = directory + "/" + Self.lockName
    let descriptor = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      throw SessionStoreError("cannot open the lock file \(path): \(FileWriter.describe(errno))")
    }
    if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
      let code = errno
      close(descriptor)
      if code == EWOULDBLOCK {
        throw SessionStoreError(
          "another followup process is using the state folder \(displayName); "
            + "two processes on one folder would lose each other's turns")
      }
      throw SessionStoreError("cannot lock \(path): \(FileWriter.describe(code))")
    }
    lockDescriptor = descriptor
  }

  /// Temporary files left by a process killed mid-write: never a session, always safe to drop.
  private func removeStaleTemporaryFiles() {
    guard let folder = opendir(directory) else { return }
    defer { closedir(folder) }
    while let entry = readdir(folder) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
      }
      if name.hasPrefix(".followup-"), name.hasSuffix(".tmp") { unlink(directory + "/" + name) }
    }
  }

  private func path(_ session: String) -> String {
    directory + "/" + SessionFileName.name(for: session)
  }

  func load(_ session: String) throws(SessionStoreError) -> [UInt8]? {
    // Non-blocking: opening a FIFO for reading would otherwise wait for a writer forever. No
    // symbolic links: the state is the folder's own files.
    let descriptor = open(path(session), O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
    if descriptor < 0 {
      let code = errno
      switch code {
      case ENOENT: return nil
      case EACCES, EPERM:
        throw SessionStoreError("no permission to read it", kind: .unusable)
      case ELOOP:
        throw SessionStoreError("it is a symbolic link, not a file", kind: .unusable)
      default:
        throw SessionStoreError(FileWriter.describe(code))
      }
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      throw SessionStoreError(FileWriter.describe(errno))
    }
    switch status.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR: throw SessionStoreError("it is a folder, not a file", kind: .unusable)
    case S_IFIFO: throw SessionStoreError("it is a FIFO, not a file", kind: .unusable)
    default: throw SessionStoreError("it is not a regular file", kind: .unusable)
    }
    if Int(status.st_size) > SavedSession.maximumBytes {
      throw SessionStoreError(
        "it is \(status.st_size) bytes, over the limit of \(SavedSession.maximumBytes)",
        kind: .unusable)
    }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 16_384)
    while true {
      let count = chunk.withUnsafeMutableBytes {
        Platform.read(descriptor, $0.baseAddress, $0.count)
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw SessionStoreError(FileWriter.describe(errno))
      }
      if count == 0 { break }
      bytes.append(contentsOf: chunk[0..<count])
      // The same limit as saving: a file that grew after the check is not one of ours.
      if bytes.count > SavedSession.maximumBytes {
        throw SessionStoreError("it is over \(SavedSession.maximumBytes) bytes", kind: .unusable)
      }
    }
    return bytes
  }

  func save(_ bytes: [UInt8], for session: String) throws(SessionStoreError) {
    if case .failure(let failure) = FileWriter.write(
      String(decoding: bytes, as: UTF8.self), to: path(session), overwrite: true)
    {
      throw SessionStoreError(failure.reason)
    }
  }

  func delete(_ session: String) throws(SessionStoreError) {
    if unlink(path(session)) != 0, errno != ENOENT {
      throw SessionStoreError(FileWriter.describe(errno))
    }
    FileWriter.syncFolder(directory)
  }

  func quarantine(_ session: String) throws(SessionStoreError) {
    let original = path(session)
    var number = 1
    while number < 10_000 {
      let aside = original + ".corrupt-\(number)"
      if access(aside, F_OK) != 0 {
        if rename(original, aside) != 0 { throw SessionStoreError(FileWriter.describe(errno)) }
        FileWriter.syncFolder(directory)
        return
      }
      number += 1
    }
    throw SessionStoreError("too many corrupt copies of one session")
  }
}

import FollowUpKit

/// Saves each JSON-lines session as one file in a folder: written to a temporary file, flushed
/// to disk, renamed over the old one, and the folder flushed too, so a `kill -9` at any moment
/// leaves either the old state or the new one, never half of either.
final class FileSessionStore: SessionStore {
  let directory: String

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
    removeStaleTemporaryFiles()
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
    let descriptor = open(path(session), O_RDONLY | O_CLOEXEC)
    if descriptor < 0 {
      if errno == ENOENT { return nil }
      throw SessionStoreError(FileWriter.describe(errno))
    }
    defer { close(descriptor) }
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
      // A saved session is a few kilobytes; anything huge is not one of ours.
      if bytes.count > 4 * 1024 * 1024 { throw SessionStoreError("the saved session is too large") }
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

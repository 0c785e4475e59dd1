/// Writes files atomically: to a temporary file in the same folder, flushed to disk, then moved
/// into place, so a crash never leaves half a note. Without `overwrite`, an existing file is
/// never replaced (the move is a hard link, which fails if the name is taken).
enum FileWriter {
  enum Failure: Error, Equatable {
    case exists
    case system(String)

    var reason: String {
      switch self {
      case .exists: return "the file already exists"
      case .system(let message): return message
      }
    }
  }

  static func write(_ contents: String, to path: String, overwrite: Bool) -> Result<Void, Failure> {
    let directory = folder(of: path)
    let temporary = directory + "/.followup-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { return .failure(.system(describe(errno))) }
    var bytes = Array(contents.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes {
        Platform.write(descriptor, $0.baseAddress.map { $0 + offset }, $0.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        let message = describe(errno)
        close(descriptor)
        unlink(temporary)
        return .failure(.system(message))
      }
      offset += written
    }
    _ = bytes.count
    if fsync(descriptor) != 0 {
      let message = describe(errno)
      close(descriptor)
      unlink(temporary)
      return .failure(.system(message))
    }
    close(descriptor)
    if overwrite {
      if rename(temporary, path) != 0 {
        let message = describe(errno)
        unlink(temporary)
        return .failure(.system(message))
      }
    } else {
      if link(temporary, path) != 0 {
        let code = errno
        unlink(temporary)
        return .failure(code == EEXIST ? .exists : .system(describe(code)))
      }
      unlink(temporary)
    }
    syncFolder(directory)
    return .success(())
  }

  static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    let folder = String(path[..<slash])
    return folder.isEmpty ? "/" : folder
  }

  /// Flushes a folder's entry list, so a rename survives a power cut.
  static func syncFolder(_ path: String) {
    let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    fsync(descriptor)
    close(descriptor)
  }

  static func describe(_ code: Int32) -> String {
    guard let message = strerror(code) else { return "error \(code)" }
    return String(cString: message).lowercased()
  }
}

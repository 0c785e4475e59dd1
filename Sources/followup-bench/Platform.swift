// The C library, imported once for the whole benchmark: Glibc on most Linux systems, Musl for
// static Linux builds, Darwin on macOS. `@_exported` makes it visible to every file of this
// target, so no other file names a platform.
#if canImport(Glibc)
  @_exported @preconcurrency import Glibc
#elseif canImport(Musl)
  @_exported @preconcurrency import Musl
#elseif canImport(Darwin)
  @_exported import Darwin
#endif

/// The C calls and types that the benchmark cannot spell the same way on every platform.
///
/// The figures themselves come from Linux (`/proc`, CPU pinning); elsewhere those readings say
/// "unknown" and the timings still run.
enum Platform {
  /// A `posix_spawn` file-action list: a struct in glibc and musl, an opaque pointer on Darwin.
  #if canImport(Darwin)
    typealias SpawnFileActions = posix_spawn_file_actions_t?
  #else
    typealias SpawnFileActions = posix_spawn_file_actions_t
  #endif

  /// An empty file-action list, to pass to `posix_spawn_file_actions_init`.
  static func spawnFileActions() -> SpawnFileActions {
    #if canImport(Darwin)
      return nil
    #else
      return posix_spawn_file_actions_t()
    #endif
  }

  /// read(2), for types whose own `read` hides the C function's name.
  static func read(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    cRead(descriptor, buffer, count)
  }

  /// When a file was last modified, in whole seconds since 1970.
  static func modificationSeconds(_ info: stat) -> Int {
    #if canImport(Darwin)
      return Int(info.st_mtimespec.tv_sec)
    #else
      return Int(info.st_mtim.tv_sec)
    #endif
  }

  /// This executable's own path: `/proc/self/exe` on Linux, `_NSGetExecutablePath` on Darwin.
  static func executablePath() -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    #if canImport(Darwin)
      var size = UInt32(buffer.count)
      guard _NSGetExecutablePath(&buffer, &size) == 0 else { return nil }
      let length = buffer.firstIndex(of: 0) ?? buffer.count
    #else
      let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
      guard length > 0 else { return nil }
    #endif
    return String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}

// Outside `Platform`, where the plain name still means the C library's function.
private func cRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
  read(descriptor, buffer, count)
}

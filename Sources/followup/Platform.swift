// The C library, imported once for the whole driver: Glibc on most Linux systems, Musl for
// static Linux builds, Darwin on macOS. `@_exported` makes it visible to every file of this
// target, so no other file names a platform.
#if canImport(Glibc)
  @_exported @preconcurrency import Glibc
#elseif canImport(Musl)
  @_exported @preconcurrency import Musl
#elseif canImport(Darwin)
  @_exported import Darwin
#endif

/// The C calls that the driver cannot spell the same way on every platform.
///
/// `read` and `write` are here because `Console.write` and `FileReader.read` hide the C
/// functions' names inside those types, and the module that would qualify them differs by
/// platform; `sigaction`'s handler field has a different name in each C library.
enum Platform {
  /// read(2): reads up to `count` bytes into `buffer`; the count read, 0 at the end, or -1.
  static func read(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    cRead(descriptor, buffer, count)
  }

  /// write(2): writes up to `count` bytes from `buffer`; the count written, or -1.
  static func write(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    cWrite(descriptor, buffer, count)
  }

  /// Calls `handler` when `signal` arrives, without `SA_RESTART`, so that a read(2) waiting
  /// for input returns `EINTR` and the loop can look at what the handler set.
  static func handle(_ signal: Int32, with handler: @convention(c) (Int32) -> Void) {
    var action = sigaction()
    #if canImport(Glibc)
      action.__sigaction_handler.sa_handler = handler
    #elseif canImport(Musl)
      action.__sa_handler.sa_handler = handler
    #elseif canImport(Darwin)
      action.__sigaction_u.__sa_handler = handler
    #endif
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(signal, &action, nil)
  }
}

// Outside `Platform`, where the plain names still mean the C library's functions.
private func cRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
  read(descriptor, buffer, count)
}

private func cWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
  write(descriptor, buffer, count)
}

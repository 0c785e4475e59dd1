/// Something the driver must do in reply.
public enum Output: Hashable, Sendable {
  /// Show this text to the person.
  case say(String)
  /// Show the current draft.
  case showNote(Note)
  /// Findings about a draft the person pasted, each with a code.
  case advice([Finding])
  /// The note in every export form, for drivers that return exports rather than write files.
  case export(Export)
  /// Write the note to a file (terminal only; never done for a remote chat user).
  case saveFile(SaveRequest)
  /// The conversation is over.
  case endSession
}

/// A request to write the note to a file.
public struct SaveRequest: Hashable, Sendable {
  public var path: String
  public var contents: String
  /// Replace a file that is already there: only after the person said yes.
  public var overwrite: Bool

  public init(path: String, contents: String, overwrite: Bool) {
    self.path = path
    self.contents = contents
    self.overwrite = overwrite
  }
}

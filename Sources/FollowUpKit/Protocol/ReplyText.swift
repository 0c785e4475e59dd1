/// The text of a reply: what a terminal, a pipe, a transcript and a JSON-lines `reply` show.
///
/// Every driver renders outputs through this one function, so a reply reads the same everywhere
/// and a recorded dialogue checks exactly what a person sees.
public enum ReplyText {
  public static func render(_ outputs: [Output]) -> String {
    var blocks: [String] = []
    for output in outputs {
      switch output {
      case .say(let text):
        blocks.append(text)
      case .showNote(let note):
        blocks.append(noteText(note))
      case .advice, .export, .saveFile, .endSession:
        continue
      }
    }
    return blocks.joined(separator: "\n\n")
  }

  /// A note as shown in a reply: the subject line, then the body.
  public static func noteText(_ note: Note) -> String {
    var text = ""
    if let subject = note.subject { text += "Subject: \(subject)\n\n" }
    return text + note.body
  }
}

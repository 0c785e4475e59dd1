/// What the assistant says when saving or exporting the note, and around a review.
extension InterviewScript {
  static let noFilesFromChat =
    "I can't save files from a chat, but here's the note as plain text, to copy:"
  static let noteToCopy = "Your note is ready. Here it is to copy:"
  static let saveWhere =
    "Save it where? Type save and a file name: save note.txt for plain text, or save note.eml for an email draft your mail app opens."
  static let unsafeFileName =
    "That file name has characters I won't write. Try a plain one, such as note.txt."
  static func mailtoIsForEmail(_ channel: Channel) -> String {
    "A mailto link is for email; this note is \(channel.spoken). Say \"make it an email\" first if you'd like one."
  }
  static let mailtoLink = "Open this link to start an email with the note filled in:"
  static let saveOrMailto =
    "Type save FILE to save it (save note.eml for an email draft), or mailto for a link."
  static let exportHeading = "Here's the note as plain text, to copy:"

  // MARK: - Review

  static let reviewInstructionsInTerminal =
    "To review a note you wrote, type review, paste the note, then a line with only a dot."
  static let reviewInstructionsInChat =
    "To review a note you wrote, send one message: the word review on the first line, then your note."
  static let reviewClean =
    "I read your draft. It thanks them, makes one specific point and stays short: I wouldn't change a thing."
  static let reviewHeading = "I read your draft. Here's what I'd change:"
  static func rewriteHeading(_ topic: String) -> String {
    "Here's a version built on its best point, \(topic):"
  }
  static let ownDraftUnchanged = "Your own draft with me is unchanged; say show to see it."
  static let carryOnWhereWeWere = "We can carry on where we were: "
  static let askForSpecificThing =
    "Tell me one specific thing from the interview and I'll write a version built on it."
}

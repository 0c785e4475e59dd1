/// A note the person pasted without saying `review`, recognised by its shape: a letter's
/// greeting on a line of its own ("Dear Sarah,"), and a sign-off ("Thanks,", "Best regards,").
///
/// Line-based chats (IRC, and users who paste into Slack, Matrix or Telegram) deliver a pasted
/// note as several messages, or as one message nobody prefixed with `review`. Read as answers,
/// its greeting became a name ("Nice to meet you, Dear") and its sign-off ended the
/// conversation. The engine reviews a whole note it recognises; the JSON-lines server starts
/// collecting at a greeting line, so the lines that follow are never read as answers.
///
/// ```swift
/// PastedNote.isGreetingLine("Dear Sarah,")  // true
/// PastedNote.isNote("Dear Sarah,\n\nThank you for ...\n\nThanks,\nJordan")  // true
/// ```
public enum PastedNote {
  /// Words that open a letter's greeting. "Hi" and "Hello" count only with a name and a comma
  /// after them: "hi there" is a person greeting FollowUp, "Hi Priya," is a note's first line.
  static let salutations: [String] = [
    "dear", "hi", "hello", "hey", "good morning", "good afternoon", "good evening", "greetings",
    "respected", "estimado", "estimada", "querido", "querida",
  ]

  /// Sign-offs as they close a note, without their comma.
  static let signOffs: Set<String> = [
    "thanks", "thank you", "thanks again", "many thanks", "with thanks", "thanks so much",
    "best", "best regards", "kind regards", "warm regards", "regards", "warmest regards",
    "best wishes", "all the best", "sincerely", "yours sincerely", "yours faithfully",
    "yours truly", "cheers", "warmly", "respectfully", "with gratitude", "gratefully",
    "with best wishes", "thank you again", "many thanks again",
  ]

  /// A note's opening line on its own: a salutation, a name of one to four words, and a comma
  /// ("Dear Sarah,", "Hi Priya,", "Dear Dr. Okafor,", "Good morning Ms Ruiz,"). "Dear Sarah"
  /// without the comma counts too: nobody greets a chat assistant with "dear".
  public static func isGreetingLine(_ line: String) -> Bool {
    let trimmed = line.trimming(" \t\r")
    guard trimmed.utf8.count <= 80 else { return false }
    let lower = trimmed.lowercased()
    guard
      let salutation = salutations.first(where: {
        lower.hasPrefix($0 + " ") || lower.hasPrefix($0 + ",")
      })
    else { return false }
    let endsWithComma = trimmed.hasSuffix(",") || trimmed.hasSuffix(":")
    let name = String(trimmed.dropFirst(salutation.count)).trimming(" ,:!")
    let words = name.split(separator: " ")
    guard (1...4).contains(words.count), !name.contains(".") || words.count > 1 else {
      return false
    }
    // "hi there," and "hello again," greet FollowUp, not someone in a note.
    if ["there", "again", "all", "everyone", "followup"].contains(words[0].lowercased()) {
      return false
    }
    // A name is capitalised: "hi can you help," is a person talking.
    guard words.allSatisfy({ $0.first?.isUppercase == true }) else { return false }
    return endsWithComma || salutation == "dear" || salutation == "respected"
  }

  /// A note's closing line: "Thanks,", "Best regards,", "Sincerely," (with the comma: a bare
  /// "thanks" is someone thanking FollowUp).
  public static func isSignOffLine(_ line: String) -> Bool {
    let trimmed = line.trimming(" \t\r")
    guard trimmed.hasSuffix(","), trimmed.utf8.count <= 40 else { return false }
    return signOffs.contains(String(trimmed.dropLast()).trimming(" ").lowercased())
  }

  /// The short line after a sign-off that signs the note: a name of one to four words, with no
  /// sentence in it.
  static func isSignature(_ line: String) -> Bool {
    let trimmed = line.trimming(" \t\r")
    let words = trimmed.split(separator: " ")
    return (1...4).contains(words.count) && !trimmed.contains(where: { ".!?,:".contains($0) })
  }

  /// Whether a message plainly is a whole note: a greeting line first (after an optional
  /// `Subject:` line), at least one line of content, and a sign-off line after it.
  public static func isNote(_ text: String) -> Bool {
    // Only the first line is looked at before deciding, so a long message costs little.
    guard text.utf8.contains(UInt8(ascii: "\n")) else { return false }
    var lines = text.split(separator: "\n").map { String($0).trimming(" \t\r") }.filter {
      !$0.isEmpty
    }
    if let first = lines.first, first.lowercased().hasPrefix("subject:") { lines.removeFirst() }
    guard lines.count >= 3, let first = lines.first, isGreetingLine(first) else { return false }
    return lines.dropFirst(2).contains(where: isSignOffLine)
  }

  /// Whether collected lines end as a note ends: a sign-off line, then a signature.
  public static func endsWithSignature(_ lines: [String]) -> Bool {
    let kept = lines.map { $0.trimming(" \t\r") }.filter { !$0.isEmpty }
    guard kept.count >= 3 else { return false }
    return isSignOffLine(kept[kept.count - 2]) && isSignature(kept[kept.count - 1])
  }
}

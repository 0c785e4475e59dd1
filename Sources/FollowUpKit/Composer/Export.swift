/// The note in every form it can leave FollowUp in.
public struct Export: Hashable, Sendable {
  /// Plain text: the subject line (for email), a blank line, and the body.
  public var text: String
  /// An RFC 5322 message a mail client opens as a draft (email only).
  public var eml: String?
  /// A `mailto:` link (RFC 6068) that opens a new message with the subject and body filled in.
  public var mailto: String?
  /// An iCalendar file (RFC 5545) with a reminder to send the next note, after `save
  /// reminder.ics` in a remote chat (issue 14); nil for the note's own exports.
  public var ics: String?

  public init(text: String, eml: String?, mailto: String?, ics: String? = nil) {
    self.text = text
    self.eml = eml
    self.mailto = mailto
    self.ics = ics
  }
}

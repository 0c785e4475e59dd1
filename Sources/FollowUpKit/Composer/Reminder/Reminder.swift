/// A reminder to send the next note: a day, what to do, and why, for a calendar.
///
/// Built by the conversation from what it knows; `ICalendar.event(_:)` writes it as an
/// iCalendar file that calendar programs import.
public struct Reminder: Hashable, Sendable {
  /// The day to send the note (an all-day event).
  public var date: CivilDate
  /// One line: "Check in with Priya Shah at Northgate Foods".
  public var summary: String
  /// A few lines: what to send and how FollowUp helps.
  public var details: String
  /// The conversation's content the reminder comes from: the same conversation always gives
  /// the same UID, so importing it again updates the event rather than adding another.
  public var identity: String
  /// The date it was made (today's date, an input), for DTSTAMP.
  public var made: CivilDate

  public init(date: CivilDate, summary: String, details: String, identity: String, made: CivilDate)
  {
    self.date = date
    self.summary = summary
    self.details = details
    self.identity = identity
    self.made = made
  }
}

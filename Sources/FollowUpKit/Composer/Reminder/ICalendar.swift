/// Writes a reminder as an iCalendar object (RFC 5545) holding one all-day event.
///
/// What the RFC asks and this keeps: CRLF after every line (3.1); lines folded so none is
/// longer than 75 octets, a fold being CRLF and one space, never inside a UTF-8 sequence
/// (3.1); TEXT values escaped, backslash, semicolon, comma and line breaks (3.3.11); VERSION
/// and PRODID in the calendar (3.7.3, 3.7.4); UID and DTSTAMP in the event (3.8.4.7, 3.8.7.2);
/// an all-day DTSTART as `VALUE=DATE` with DTEND the next day (3.6.1). The UID is derived from
/// the conversation's content with SHA-256: stable for the same conversation, so importing
/// the file again updates the event.
///
/// ```swift
/// let text = ICalendar.event(reminder)
/// // BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//FollowUp//Reminder//EN\r\n ...
/// ```
public enum ICalendar {
  /// The calendar text, every line ended by CRLF.
  public static func event(_ reminder: Reminder) -> String {
    let lines = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//FollowUp//Reminder//EN",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "BEGIN:VEVENT",
      "UID:" + uid(reminder.identity),
      "DTSTAMP:" + basic(reminder.made) + "T000000Z",
      "DTSTART;VALUE=DATE:" + basic(reminder.date),
      "DTEND;VALUE=DATE:" + basic(reminder.date.adding(days: 1)),
      "SUMMARY:" + escaped(reminder.summary),
      "DESCRIPTION:" + escaped(reminder.details),
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
      "END:VCALENDAR",
    ]
    return lines.map { folded($0) + "\r\n" }.joined()
  }

  /// A globally unique id from the conversation's content: its SHA-256, in hex, at a domain.
  static func uid(_ identity: String) -> String {
    let digest = SHA256.hash(Array(identity.utf8))
    return SessionFileName.hex(Array(digest.prefix(16))) + "@followup.invalid"
  }

  /// "20261204": the DATE value form.
  static func basic(_ date: CivilDate) -> String {
    date.iso.replacingOccurrencesOf("-", with: "")
  }

  /// A TEXT value: backslash, semicolon and comma escaped, line breaks as `\n`, and any other
  /// control character dropped (a content line holds none).
  static func escaped(_ text: String) -> String {
    var result = ""
    var previousWasReturn = false
    for scalar in text.unicodeScalars {
      defer { previousWasReturn = scalar == "\r" }
      switch scalar {
      case "\\": result += "\\\\"
      case ";": result += "\\;"
      case ",": result += "\\,"
      case "\r": result += "\\n"
      case "\n": if !previousWasReturn { result += "\\n" }
      case "\u{2028}", "\u{2029}": result += "\\n"
      default:
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// A content line folded at 75 octets: each continuation line starts with one space, which
  /// counts towards its 75, and no fold falls inside a scalar's UTF-8 bytes.
  static func folded(_ line: String) -> String {
    var result = ""
    var width = 0
    for scalar in line.unicodeScalars {
      let size = String(scalar).utf8.count
      if width + size > 75 {
        result += "\r\n "
        width = 1
      }
      result.unicodeScalars.append(scalar)
      width += size
    }
    return result
  }
}

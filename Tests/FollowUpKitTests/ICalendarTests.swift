import FollowUpTestSupport
import Foundation
import Testing

@testable import FollowUpKit

/// The reminder file against RFC 5545: what a calendar program needs to import it.
@Suite("iCalendar reminders (RFC 5545)")
struct ICalendarTests {
  static let reminder = Reminder(
    date: CivilDate(year: 2026, month: 12, day: 4) ?? Fixture.today,
    summary: "Check in with Zoë Ó Briain, at Quayside; Media",
    details:
      "If you haven't heard back, send a short check-in: thank them again, and ask simply about the timeline.\nFollowUp writes it \\ say \"write a check-in\". Ünïcödé text long enough to be folded more than once: 日本語の文字も含めて、折り返しが文字の途中に来ないことを確かめる。",
    identity: "Jordan\u{1F}Priya Shah\u{1F}Northgate Foods", made: Fixture.today)

  /// The content lines, unfolded (RFC 5545 3.1: a CRLF followed by one space is removed).
  static func unfolded(_ text: String) -> [String] {
    text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
      .filter { !$0.isEmpty }
  }

  @Test("the required properties, in a VEVENT inside a VCALENDAR")
  func required() {
    let lines = Self.unfolded(ICalendar.event(Self.reminder))
    #expect(lines.first == "BEGIN:VCALENDAR")
    #expect(lines.last == "END:VCALENDAR")
    #expect(lines.contains("VERSION:2.0"))
    #expect(lines.contains { $0.hasPrefix("PRODID:") })
    let begin = lines.firstIndex(of: "BEGIN:VEVENT") ?? -1
    let end = lines.firstIndex(of: "END:VEVENT") ?? -1
    #expect(begin > 0 && end > begin)
    let event = lines[max(0, begin)...max(0, end)]
    for name in ["UID:", "DTSTAMP:", "DTSTART;VALUE=DATE:", "SUMMARY:", "DESCRIPTION:"] {
      #expect(event.filter { $0.hasPrefix(name) }.count == 1, "\(name)")
    }
    #expect(event.contains("DTSTART;VALUE=DATE:20261204"))
    #expect(event.contains("DTEND;VALUE=DATE:20261205"))
    // DTSTAMP is a UTC date-time, from today's date (an input, never the clock).
    #expect(event.contains("DTSTAMP:20261127T000000Z"))
  }

  @Test("every line ends in CRLF, and no bare CR or LF is left")
  func lineEnds() {
    let text = ICalendar.event(Self.reminder)
    #expect(text.hasSuffix("\r\n"))
    let bytes = Array(text.utf8)
    for (index, byte) in bytes.enumerated() {
      if byte == 0x0A { #expect(index > 0 && bytes[index - 1] == 0x0D, "bare LF at \(index)") }
      if byte == 0x0D { #expect(index + 1 < bytes.count && bytes[index + 1] == 0x0A) }
    }
  }

  @Test("lines fold at 75 octets, never inside a UTF-8 sequence")
  func folding() {
    let text = ICalendar.event(Self.reminder)
    let physical = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(physical.contains { $0.hasPrefix(" ") }, "the long description is folded")
    for line in physical {
      #expect(line.utf8.count <= 75, "\(line.utf8.count) octets: \(line)")
      // Each physical line is valid UTF-8 on its own: no sequence split across a fold.
      #expect(String(validating: Array(line.utf8), as: UTF8.self) != nil)
    }
    // Unfolding gives back the escaped value whole.
    let description = Self.unfolded(text).first { $0.hasPrefix("DESCRIPTION:") } ?? ""
    #expect(description.hasSuffix("折り返しが文字の途中に来ないことを確かめる。"))
  }

  @Test("TEXT values escape backslash, semicolon, comma and line breaks")
  func escaping() {
    let lines = Self.unfolded(ICalendar.event(Self.reminder))
    let summary = lines.first { $0.hasPrefix("SUMMARY:") } ?? ""
    #expect(summary == "SUMMARY:Check in with Zoë Ó Briain\\, at Quayside\\; Media")
    let description = lines.first { $0.hasPrefix("DESCRIPTION:") } ?? ""
    #expect(description.contains("check-in: thank them again\\, and ask"))
    #expect(description.contains("timeline.\\nFollowUp writes it \\\\ say"))
    #expect(!description.contains("\n"))
    #expect(ICalendar.escaped("a\r\nb\rc\u{7}d") == "a\\nb\\ncd")
  }

  @Test("the UID is stable for the same conversation and differs for another")
  func uid() {
    let first = ICalendar.event(Self.reminder)
    #expect(ICalendar.event(Self.reminder) == first)
    var other = Self.reminder
    other.identity += "x"
    let uid = { (text: String) in Self.unfolded(text).first { $0.hasPrefix("UID:") } ?? "" }
    #expect(uid(first) != uid(ICalendar.event(other)))
    #expect(uid(first).hasSuffix("@followup.invalid") && uid(first).count > 30)
    // Through a conversation: the same conversation saved twice gives the same UID.
    func saved() -> String {
      var conversation = Conversation(today: Fixture.today, surface: .remote)
      for message in [
        "I'm Jordan, I met Priya Shah at Northgate Foods yesterday for the operations coordinator job",
        "well", "we talked about their switch to electric cargo bikes", "yes", "skip", "email",
        "save reminder.ics",
      ] {
        _ = conversation.send(message)
      }
      return conversation.send("save reminder.ics").export?.ics ?? ""
    }
    #expect(!saved().isEmpty)
    #expect(uid(saved()) == uid(saved()))
  }
}

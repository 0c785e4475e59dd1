import Foundation

@testable import FollowUpKit

/// What a first note claims beyond grammar, checked against the conversation it came from
/// (the transcript: "> " before each thing the person typed, the replies between): the day
/// it thanks them for, a rejection it answers, news it calls good, and its point's sentences.
/// Tuning 23's blind judge faulted each: "Thank you for your time on 11 November" when the
/// 11th was the decision (au007), "today" from an aside (au016), "Thank you for letting me
/// know" to someone who was told nothing (au046), "It was great to hear that" of news the
/// interviewer called difficult (au011), a point strung on "and" (au022).
enum NoteClaims {
  /// Each thing the person typed, with the reply before it (the question it answers).
  static func turns(_ conversation: String) -> [(asked: String, text: String)] {
    var result: [(asked: String, text: String)] = []
    var reply: [String] = []
    for line in conversation.components(separatedBy: "\n") {
      if line.hasPrefix("> ") {
        result.append((reply.joined(separator: "\n"), String(line.dropFirst(2))))
        reply = []
      } else {
        reply.append(line)
      }
    }
    return result
  }

  static func problems(note: String, conversation: String, today: CivilDate) -> [String] {
    let turns = Self.turns(conversation)
    var found: [String] = []
    if let day = dayProblem(note, turns, today: today) { found.append(day) }
    if let rejection = rejectionProblem(note, turns) { found.append(rejection) }
    if let news = hardNewsProblem(note, turns) { found.append(news) }
    return found
  }

  /// The day the note names must be one a message gives as the interview's: the answer to
  /// the question of when, or a message read as telling when.
  static func dayProblem(
    _ note: String, _ turns: [(asked: String, text: String)], today: CivilDate
  ) -> String? {
    let pattern =
      #"(today|yesterday|this morning|on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|on \d{1,2} [A-Z][a-z]+)"#
    guard let thanks = note.components(separatedBy: "\n").first(where: { $0.hasPrefix("Thank") }),
      let range = thanks.range(of: pattern, options: .regularExpression)
    else { return nil }
    let said = String(thanks[range])
    let reader = FactReader(today: today)
    var days: [String] = []
    for (index, turn) in turns.enumerated() {
      let day =
        turn.asked.contains("When was the interview")
        ? reader.answer(turn.text, to: .when)?.when ?? reader.facts(in: turn.text).when
        : reader.facts(in: turn.text).when
      let reply = index + 1 < turns.count ? turns[index + 1].asked : ""
      guard let day else {
        // A correction the plain reading finds no day in ("sorry sir the date was 4th not
        // 3rd"): the day its reply took counts when the message corrects and names that day's
        // number. A day said of something else ("They said decision by the 11th", which a
        // reply once took for the interview's, au007) corrects nothing, so it never counts.
        let lower = turn.text.lowercased()
        if let taken = acknowledgedDate(reply, today: today),
          lower.range(
            of: #"\b(not|sorry|actually|meant|wrong|wait)\b"#, options: .regularExpression)
            != nil,
          lower.range(of: #"\b0?\#(taken.day)(st|nd|rd|th)?\b"#, options: .regularExpression)
            != nil
        {
          days.append(InterviewDay(phrase: "", date: taken).reference(today: today))
        }
        continue
      }
      days.append(day.reference(today: today))
      // A message naming a day may correct the one before ("oh wait it wasnt friday it was
      // thursday last week"): the day the reply took from it counts too.
      if let taken = acknowledgedDate(reply, today: today) {
        days.append(InterviewDay(phrase: "", date: taken).reference(today: today))
      }
    }
    let named = days.contains { $0 == said || ($0 == "today" && said == "this morning") }
    return named ? nil : "a day nobody gave as the interview's (\"\(said)\")"
  }

  /// The day a reply says it took ("Got it: the interview was on Thursday 26 November.").
  static func acknowledgedDate(_ reply: String, today: CivilDate) -> CivilDate? {
    guard let line = reply.components(separatedBy: "\n").first(where: { $0.hasPrefix("Got it") })
    else { return nil }
    if line.contains(" today") { return today }
    let months = [
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December",
    ]
    guard let match = line.range(of: #"\d{1,2} [A-Z][a-z]+"#, options: .regularExpression)
    else { return nil }
    let parts = line[match].split(separator: " ")
    guard let day = Int(parts[0]), let month = months.firstIndex(of: String(parts[1])),
      let date = CivilDate(year: today.year, month: month + 1, day: day)
    else { return nil }
    return date
  }

  /// A rejection reply's thanks "for letting me know" and its wishes "every success" need a
  /// message that tells of the decision.
  static func rejectionProblem(_ note: String, _ turns: [(asked: String, text: String)])
    -> String?
  {
    guard note.contains("for letting me know") || note.contains("every success") else {
      return nil
    }
    let told =
      turns.contains { OccasionReader.read($0.text)?.occasion == .rejectionReply }
      || turns.contains { $0.text.trimmingCharacters(in: .whitespaces) == "3" }
    return told ? nil : "a rejection nobody told of"
  }

  /// News framed as good ("It was great to hear that", "I was glad to hear that") that the
  /// person's account calls hard (`HardNews`).
  static func hardNewsProblem(_ note: String, _ turns: [(asked: String, text: String)])
    -> String?
  {
    let frames = ["It was great to hear that ", "I was glad to hear that "]
    let discussion = turns.map(\.text).joined(separator: "\n")
    for frame in frames {
      guard let start = note.range(of: frame),
        let end = note[start.upperBound...].range(of: ". ")
          ?? note[start.upperBound...].range(
            of: ".\n")
      else { continue }
      let topic = String(note[start.upperBound..<end.lowerBound])
      if HardNews.marks(topic: topic, in: discussion) {
        return "hard news called good (\"\(frame)\(topic)\")"
      }
    }
    return nil
  }

  /// The point's sentence as the reply quoted it ('the note will say "..."'), when the note
  /// holds it.
  static func point(note: String, conversation: String) -> String? {
    guard let quote = conversation.range(of: "the note will say \"") else { return nil }
    let rest = conversation[quote.upperBound...]
    guard let close = rest.range(of: "\"\n") ?? rest.range(of: "\"") else { return nil }
    let point = String(rest[..<close.lowerBound])
    let first = point.components(separatedBy: ". ").first ?? point
    return note.contains(first) ? point : nil
  }
}

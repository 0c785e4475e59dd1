@testable import FollowUpKit

// Fuzz target: the note composer on any request.
//
// Byte 0 picks the channel, tone, length and free account; byte 1 the topic's kind, the outcome
// and whether there is a day; the rest, split on 0x00, is the sender, recipient, company, role
// and topic, then sentences to add and "old\u{1}new" swaps. Every note greets, thanks and makes
// its point (the thanks and topic lines are never dropped; a topic that is only the role has
// no sentence of its own) and signs off; it holds no leftover "{placeholder}" and no double
// space that its inputs did not bring; a formal note holds no contraction its inputs did not
// bring; and a note from short inputs (a company among them) with nothing added or swapped
// keeps its channel's limits.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
  let bytes = fuzzBytes(data, size)
  guard bytes.count >= 2 else { return 0 }
  let settings = bytes[0]
  let details = bytes[1]
  var fields = bytes.dropFirst(2).split(
    separator: 0, maxSplits: Int.max, omittingEmptySubsequences: false
  ).map { String(decoding: $0, as: UTF8.self) }
  while fields.count < 5 { fields.append("") }
  let channel = Channel.allCases[Int(settings & 0x03) % Channel.allCases.count]
  let tone = Tone.allCases[Int((settings >> 2) & 0x03) % Tone.allCases.count]
  let kinds = Topic.Kind.allCases
  var added: [String] = []
  var swaps: [NoteRequest.Replacement] = []
  // Empty sentences are not added: the engine never asks for one.
  for field in fields.dropFirst(5) where !field.isEmpty {
    let parts = field.split(separator: "\u{1}", maxSplits: 1).map(String.init)
    if parts.count == 2 {
      swaps.append(NoteRequest.Replacement(from: parts[0], to: parts[1]))
    } else {
      added.append(field)
    }
  }
  let day = InterviewDay(phrase: "yesterday", date: fuzzToday.adding(days: -1))
  let request = NoteRequest(
    sender: PersonName(parsing: fields[0]) ?? PersonName(given: "Jordan"),
    recipient: PersonName(parsing: fields[1]) ?? PersonName(given: "Priya", family: "Shah"),
    company: fields[2], role: fields[3].isEmpty ? nil : fields[3],
    when: details & 0x80 == 0 ? nil : day,
    today: fuzzToday, outcome: [nil, .well, .mixed, .badly][Int((details >> 4) & 0x03)],
    topic: Topic(
      text: fields[4].isEmpty ? "your new depot" : fields[4], score: 0.5,
      kind: kinds[Int(details & 0x0F) % kinds.count]),
    channel: channel, freeAccount: settings & 0x40 != 0, tone: tone,
    length: Int((settings >> 4) & 0x03) % 3 - 1, added: added, replacements: swaps)
  let note = NoteComposer.compose(request)
  checkNote(note, request, fields: Array(fields.prefix(5)), inputs: fields + swaps.map(\.to))
  return 0
}

private func checkNote(_ note: Note, _ request: NoteRequest, fields: [String], inputs: [String]) {
  let body = note.body
  let shown = body.debugDescription
  let parts = Set(note.lines.map(\.part))
  for part in [Note.Part.greeting, .thanks, .signOff] {
    check(parts.contains(part), "no \(part) line: \(shown)")
  }
  // A topic that is only the role the thanks names ("the ambassador role") has no sentence of
  // its own (`NoteRequest.topicIsOnlyTheRole`); every other topic has exactly one.
  let topicLines = note.lines.filter { $0.part == .topic }.count
  check(
    topicLines == (request.topicIsOnlyTheRole ? 0 : 1),
    "\(topicLines) topic lines: \(shown)")
  check(note.channel == request.channel, "the note changed channel")
  check((note.subject != nil) == (request.channel == .email), "a subject only for email")
  let brought = inputs.joined(separator: "\n")
  if !brought.contains("{") && !brought.contains("}") {
    check(!body.contains("{") && !body.contains("}"), "a placeholder left: \(shown)")
  }
  // Clean inputs, as the engine passes them: trimmed, single spaces, no other white space or
  // control characters.
  let clean = inputs.allSatisfy { text in
    text == text.trimming(" ") && !text.contains("  ")
      && !text.unicodeScalars.contains {
        ($0.properties.isWhitespace && $0 != " ") || $0.value < 0x20
          || (0x7F...0x9F).contains($0.value)
      }
  }
  if clean { check(!body.contains("  "), "a double space: \(shown)") }
  let lowered = brought.lowercased()
  if request.tone == .formal, !lowered.contains("'"), !lowered.contains("\u{2019}"),
    !lowered.contains("thanks")
  {
    let words = body.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "\u{2019}" })
    let contracted = words.first {
      Contractions.expansions[$0.lowercased().replacingApostrophes()] != nil
    }
    check(contracted == nil, "a formal note says \(contracted ?? ""): \(shown)")
  }
  // Short inputs, with a company: without one, a shorter email after a hard interview has too
  // little to say to reach 50 words (the engine never asks for that).
  let short = fields.allSatisfy { $0.count <= 24 } && !request.company.isEmpty
  if clean, short, request.added.isEmpty, request.replacements.isEmpty {
    check(
      note.fits(request.limits),
      "a note from short inputs breaks the \(note.channel) limits (\(note.wordCount) words, "
        + "\(note.characterCount) characters): \(shown)")
  }
}

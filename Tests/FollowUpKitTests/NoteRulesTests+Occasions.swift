import FollowUpTestSupport
import Foundation
import Testing

@testable import FollowUpKit

/// The notes of every occasion keep the first note's rules: length per channel, greeting by
/// name, thanks, no apology, no desperation, no cover letter, nothing the reviewer would flag,
/// over the whole table of conversations and over generated conversations run through the
/// engine.
extension NoteRulesTests {
  /// Each table request as every occasion's note: check-ins with and without a development,
  /// rejection replies with and without feedback, a later round, an offer call.
  static var occasionRequests: [(name: String, request: NoteRequest)] {
    let variants: [(String, OccasionNote)] = [
      ("check-in", OccasionNote(occasion: .checkIn)),
      (
        "check-in with development",
        OccasionNote(occasion: .checkIn, development: "I saw the new Leeds centre has opened")
      ),
      ("rejection reply", OccasionNote(occasion: .rejectionReply)),
      ("rejection reply with feedback", OccasionNote(occasion: .rejectionReply, feedback: true)),
      (
        "second interview",
        OccasionNote(occasion: .laterRound, round: .interview("second interview"))
      ),
      ("offer call", OccasionNote(occasion: .laterRound, round: .offer)),
    ]
    return requests.flatMap { conversation, request in
      variants.map { name, occasion in
        var occasion = occasion
        if occasion.occasion != .laterRound { occasion.earlierTopic = request.topic }
        var copy = request
        copy.occasion = occasion
        return ("\(name): \(conversation)", copy)
      }
    }
  }

  /// Every failure of the first note's rules in one note of an occasion.
  static func occasionFailures(_ note: Note, _ request: NoteRequest) -> [String] {
    var failures: [String] = []
    let limits = ChannelLimits.of(request.channel, freeAccount: request.freeAccount)
    if !note.fits(limits) {
      failures.append("limits: \(note.wordCount) words, \(note.characterCount) characters")
    }
    if request.channel == .email {
      if (note.subject ?? "").isEmpty || (note.subject ?? "").count > 60 {
        failures.append("subject \(note.subject ?? "none")")
      }
    } else if note.subject != nil {
      failures.append("a subject off email")
    }
    let lines = note.body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let greeting = lines.first ?? ""
    if !(greeting.hasPrefix("Dear ") || greeting.hasPrefix("Hi ")) || !greeting.hasSuffix(",") {
      failures.append("greeting \(greeting)")
    }
    // The signature the request carries (`SignOffName`), else the sender's name.
    let signature =
      request.signature
      ?? (request.channel.isShortMessage
        ? request.channel.shortSignature(request.sender) : request.sender.full)
    if lines.last != signature { failures.append("signed \(lines.last ?? "")") }
    if !NoThanksRule.hasThanks(note.body.lowercased()) { failures.append("no thanks") }
    // "Thank you for your time at the final round ... Thank you again for your time." repeats a
    // template (a blind judge faulted it): the thanks and the close never say the same thing.
    if note.body.lowercased().components(separatedBy: "for your time").count > 2 {
      failures.append("thanks for their time twice")
    }
    let text = ((note.subject ?? "") + "\n" + note.body).lowercased().replacingApostrophes()
    for phrase in banned + ["haven't heard", "by now", "why", "reconsider", "mistake"]
    where text.contains(phrase) {
      failures.append("banned: \(phrase)")
    }
    if request.tone == .formal {
      for word in text.split(whereSeparator: { !$0.isLetter && $0 != "'" })
      where word == "it's"
        || ["'ve", "'m", "n't", "'re", "'d", "'ll"].contains(where: word.hasSuffix)
      {
        failures.append("contraction \(word)")
      }
    }
    let occasion = request.occasion?.occasion ?? .firstNote
    let findings = DraftReviewer.review(
      note.body, occasion: occasion, interviewers: [request.recipient], company: request.company)
    if !findings.isEmpty { failures.append("review: \(findings.map(\.message))") }
    // A check-in is two or three sentences; the others stay as short as the first note.
    let middle = note.paragraphs.count > 1 ? note.paragraphs[1] : []
    if occasion == .checkIn, !(2...(request.length > 0 ? 4 : 3)).contains(middle.count) {
      failures.append("a check-in of \(middle.count) sentences")
    }
    if middle.count > 5 { failures.append("\(middle.count) sentences") }
    return failures
  }

  @Test("every occasion's note keeps the first note's rules, over the whole table")
  func occasionNotes() {
    var failures: [String] = []
    let all = Self.occasionRequests
    for (name, request) in all {
      let note = NoteComposer.compose(request)
      let found = Self.occasionFailures(note, request)
      if !found.isEmpty { failures.append("\(name): \(found)\n\(note.body)") }
      if NoteComposer.compose(request) != note { failures.append("\(name): not deterministic") }
    }
    print("occasion notes checked: \(all.count)")
    #expect(all.count >= 6 * 48)
    #expect(failures.isEmpty, "\(failures.joined(separator: "\n\n"))")
  }

  @Test("generated conversations of every occasion end in notes that keep the rules")
  func generatedOccasionConversations() {
    var generator = SeededGenerator(seed: 14)
    func any(_ options: [String]) -> String {
      options[Int(generator.next() % UInt64(options.count))]
    }
    let senders = ["Jordan Lee", "Zoë O'Brien", "Sam", "José Álvarez-Núñez", "Aisha Rahman"]
    let people = [
      "Priya Shah", "Dr Amara Okafor", "Mrs Joan Whitley", "Raj", "Professor Alan Hughes",
    ]
    // Long company names are in the table above; answers here must be readable as answers.
    let companies = [
      "Northgate Foods", "St Brigid's Hospital", "Parcel & Pine", "Calder Valley Academy Trust",
    ]
    let roles = ["operations coordinator", "skip", "senior commissioning and contracts officer"]
    let channels = ["email", "linkedin", "card", "linkedin, free account", "text"]
    let revisions = ["", "shorter", "longer", "more formal", "warmer", "drop the last line"]
    var failures: [String] = []
    var notes = 0
    for index in 0..<120 {
      var conversation = Conversation(today: Fixture.today)
      let opening: [String]
      switch index % 5 {
      case 0:
        opening = [
          "it's been \(any(["ten days", "two weeks", "three days"])) and I haven't heard back",
          any(senders), any(people), any(companies), any(roles),
          any(["nothing", "by Friday", "within a week"]),
          any(["skip", "I saw the new depot has opened", "their Leeds centre opened last week"]),
        ]
      case 1:
        opening = [
          "they turned me down", any(senders), any(people), any(companies), any(roles),
          any(["yes", "no"]),
        ]
      case 2:
        opening = [
          "I've had my second interview", any(senders), any(people), any(companies), any(roles),
          "yesterday", "well", "we talked about their switch to electric cargo bikes", "yes",
          "skip",
        ]
      case 3:
        opening = [
          "they offered me the job", any(senders), any(people), any(companies), any(roles), "today",
        ]
      default:
        opening = [
          "I need to write a follow up email to the employer", any(["2", "3", "5"]), any(senders),
          any(people), any(companies), any(roles),
        ]
      }
      for message in opening + [any(channels)] { _ = conversation.send(message) }
      // The menu's flows ask what they ask: answer until there is a draft.
      var guardTurns = 0
      while conversation.stage != .draft, guardTurns < 6 {
        _ = conversation.send(conversation.stage.isOptional ? "skip" : any(["yes", "email"]))
        guardTurns += 1
      }
      let revision = any(revisions)
      if !revision.isEmpty { _ = conversation.send(revision) }
      guard let request = conversation.currentRequest(), let note = conversation.note else {
        failures.append("\(index): no note at \(conversation.stage) (\(opening))")
        continue
      }
      notes += 1
      let found = Self.occasionFailures(note, request)
      if !found.isEmpty {
        failures.append("\(index) \(conversation.occasion) \(revision): \(found)\n\(note.body)")
      }
    }
    print("generated occasion conversations: 120, notes: \(notes)")
    #expect(notes == 120)
    #expect(failures.isEmpty, "\(failures.joined(separator: "\n\n"))")
  }
}

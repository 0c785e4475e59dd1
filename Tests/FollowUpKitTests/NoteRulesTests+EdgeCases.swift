import Testing

@testable import FollowUpKit

extension NoteRulesTests {
  @Test("a topic too long for a free LinkedIn note is cut where a phrase can end")
  func longTopicOnFreeAccount() throws {
    let request = NoteRequest(
      sender: PersonName(given: "Maximiliana", family: "Castellanos-Villanueva"),
      recipient: PersonName(title: "Prof", given: "Bartholomew", family: "Featherstonehaugh"),
      company: Self.longCompany, today: Self.today,
      topic: Topic(
        text: "your new plan for the Northumberland refrigerated pharmaceutical distribution "
          + "infrastructure internationalisation programme", score: 0.8, kind: .plan),
      channel: .linkedin, freeAccount: true, tone: .warm)
    let note = NoteComposer.compose(request)
    #expect(note.fits(request.limits))
    let line = try #require(note.lines.first { $0.part == .topic }?.text)
    let last = line.dropLast().split(separator: " ").last.map { $0.lowercased() } ?? ""
    let endsOnFunctionWord = Lexicon.stopwords.contains(last)
    #expect(!endsOnFunctionWord, "\(line)")
  }

  @Test("an email from the sparsest request still reaches 50 words, whatever wordings come up")
  func sparseEmailReachesMinimum() {
    // Found by fuzzing: one-word names, no day, a hard interview and the shortest wordings
    // together gave 49 words at the fullest detail. Every sender name gives other wordings.
    var short: [String] = []
    for sender in (0..<120).map({ "Sam\($0)" }) {
      for kind in Topic.Kind.allCases {
        for outcome in [nil, Outcome.well, .mixed, .badly] {
          for tone in Tone.allCases {
            let request = NoteRequest(
              sender: PersonName(given: sender), recipient: PersonName(given: "Ola"),
              company: "Hale", role: nil, when: nil, today: Self.today, outcome: outcome,
              topic: Topic(text: "your depot", score: 0.5, kind: kind), channel: .email,
              tone: tone, length: -1)
            let note = NoteComposer.compose(request)
            if !note.fits(request.limits) { short.append("\(note.wordCount): \(note.body)") }
          }
        }
      }
    }
    #expect(short.isEmpty, "\(short.count) notes outside the limits, first: \(short.first ?? "")")
  }

  @Test("word swaps that feed each other stop growing a line, and the note stays bounded")
  func feedingSwaps() {
    // Found by fuzzing: swaps applied one after another, each putting back more of the word it
    // replaced, multiplied a line's length at every step.
    let swaps = (0..<8).map { _ in
      NoteRequest.Replacement(from: "your", to: "your your your your your your your your")
    }
    let request = NoteRequest(
      sender: PersonName(given: "Jordan"), recipient: PersonName(given: "Priya", family: "Shah"),
      company: "Northgate Foods", today: Self.today,
      topic: Topic(text: "your new depot", score: 0.5, kind: .plan), replacements: swaps)
    let note = NoteComposer.compose(request)
    #expect(note.lines.allSatisfy { $0.text.utf8.count <= 4096 })
    #expect(note.body.contains("your your"))
  }

  @Test("an added 'sentence' with no letter or digit is left out, and leaves no double space")
  func emptyAddedSentence() {
    let request = NoteRequest(
      sender: PersonName(given: "Jordan"), recipient: PersonName(given: "Priya", family: "Shah"),
      company: "Northgate Foods", today: Self.today,
      topic: Topic(text: "your new depot", score: 0.5, kind: .plan), tone: .formal,
      added: ["\u{07F2}", "c", "!!"])
    let note = NoteComposer.compose(request)
    #expect(!note.body.contains("  "), "\(note.body.debugDescription)")
    #expect(note.lines.filter { $0.part == .added }.map(\.text) == ["C."])
  }
}

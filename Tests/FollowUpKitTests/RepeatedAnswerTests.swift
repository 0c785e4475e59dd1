import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// No dead ends, whatever the words: a person who types the same thing again at a question
/// means it as their answer, so no question is shown a third time, and the conversation always
/// reaches a note. Checked at every question of the first note with answers of many kinds that
/// a reader might take for something else: questions back, hedges, chat, symbols, a sentence
/// about another thing.
@Suite("Repeated answers never trap the person")
struct RepeatedAnswerTests {
  static let today = CivilDate(year: 2026, month: 12, day: 1) ?? Fixture.today

  /// A plain conversation's answers, by the question they answer.
  static let plain: [Stage: String] = [
    .name: "Sam Patel", .interviewer: "Priya Shah", .company: "Northgate Foods",
    .role: "analyst", .when: "yesterday", .outcome: "good",
    .discussion: "we talked about the new depot in Leeds", .topic: "yes", .interest: "skip",
    .channel: "email",
  ]

  /// Commands ("?" and "help me pls" ask for help) are exempt: each is answered, and the
  /// question shown after it, however often it is asked for.
  static let odd = [
    "what do you mean?", "not sure, the weekend? sat or sun", "why do you need that",
    "wetin be that sef", "idk", "hmm", "👍", "...", "see above", "i already said",
    "is that important?", "can we skip this", "no", "yes", "same as before",
    "does it matter which one?", "lol", "you tell me",
  ]

  @Test("the same odd answer typed again and again at any question", arguments: odd)
  func repeated(_ text: String) {
    for stage in Self.plain.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
      var conversation = Conversation(today: Self.today, surface: .remote)
      _ = conversation.send("hi")
      var shown: [Stage: Int] = [:]
      var turns = 0
      while conversation.note == nil, turns < 30 {
        turns += 1
        let now = conversation.stage
        guard now != .draft, now != .done else { break }
        shown[now, default: 0] += 1
        _ = conversation.send(now == stage ? text : Self.plain[now] ?? "skip")
      }
      let most = shown.values.max() ?? 0
      #expect(conversation.note != nil, "\"\(text)\" at \(stage.rawValue): no note")
      #expect(most <= 3, "\"\(text)\" at \(stage.rawValue): \(shown)")
    }
  }
}

/// A reply made only of interjections ("Sorry", "oops sorry", "oh wait") answers nothing: it
/// never fills a name, a company or a role (issue 10: a field never holds chat words).
@Suite("Interjections are no answer")
struct InterjectionAnswerTests {
  @Test(
    "an interjection alone is asked about again, never taken as the fact",
    arguments: ["Sorry", "oops sorry", "oh wait", "Sorry!", "my bad", "huh"])
  func interjectionAtRole(_ text: String) {
    let conversation = Conversation.after(
      ["Sam Patel", "Priya Shah", "Northgate Foods", text], today: RepeatedAnswerTests.today)
    #expect(conversation.facts.role == nil, "\(text)")
    #expect(conversation.stage == .role, "\(text)")
  }

  @Test(
    "an interjection before the answer leaves the answer",
    arguments: [
      ("sorry, night shift supervisor", "night shift supervisor"),
      ("oh wait its warehouse operative", "warehouse operative"),
    ])
  func interjectionBeforeAnswer(_ text: String, _ role: String) {
    let conversation = Conversation.after(
      ["Sam Patel", "Priya Shah", "Northgate Foods", text], today: RepeatedAnswerTests.today)
    #expect(conversation.facts.role == role, "\(text)")
  }

  @Test("names that hold an interjection's letters are still names")
  func namesStayNames() {
    let conversation = Conversation.after(
      ["Ahmed Sorrell", "Waite Oh"], today: RepeatedAnswerTests.today)
    #expect(conversation.facts.name?.full == "Ahmed Sorrell")
    #expect(conversation.stage == .company)
  }
}

import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// Whom the note is addressed to, read from what the person said about the people at the
/// interviewer question and kept as one decision the note obeys (greet23, from a blind judge's
/// faults on tuning conversations 23): "address it to both though, fenella and tom" had greeted
/// Fenella alone, "just send it to imran" greeted Sharon, "so i rather send it to mrs ndlovu
/// only" greeted the engineer, "send it to the engineer" greeted the one from HR.
@Suite("Whom the note is addressed to")
struct AddressedTogetherTests {
  static let reader = FactReader(today: Fixture.today)

  static func greetings(_ text: String) -> [String] {
    (reader.answer(text, to: .interviewer)?.interviewers ?? []).map(\.informal)
  }

  @Test(
    "a wish for one note to all of them is read as one, with the forms it names",
    arguments: [
      (
        "fenella rigby head of production and tom okafor. address it to both though, fenella and tom",
        ["fenella", "tom"]
      ),
      (
        "mr jonathan pembury-smythe and kelly. both of them i suppose, mr pembury-smythe and kelly",
        ["mr pembury-smythe", "kelly"]
      ),
      (
        "Dr Simon Ashdown and Lauren Pike. Please address both, Lauren and Dr Ashdown",
        ["lauren", "dr ashdown"]
      ),
      ("mr rhys bevan the head and mrs hughes, shes the ALNCo. both please", []),
      (
        "Breda O'Sullivan and Kieran Foley. I'd send it to Ms O'Sullivan and Mr Foley",
        ["ms o'sullivan", "mr foley"]
      ),
    ])
  func together(answer: String, listed: [String]) throws {
    let remark = try #require(AddresseeRemark.read(answer))
    #expect(remark.together)
    let forms = (remark.named.isEmpty ? remark.listed : remark.named).map { $0.lowercased() }
    #expect(forms == listed)
  }

  @Test(
    "a wish to send to one of them, after a remark or a marker, picks that one",
    arguments: [
      (
        "engineer sibanda who is the works manager and mrs ndlovu from HR. to be honest the"
          + " engineer was a bit rough with me so i rather send it to mrs ndlovu only",
        ["Mrs Ndlovu"]
      ),
      (
        "sharon fitzpatrick from repairs and imran qureshi. sharon was reading questions off a"
          + " sheet. just send it to imran", ["Imran"]
      ),
      (
        "ms candice joseph from HR and ravi persad the distribution engineer. ravi was cool."
          + " send it to the engineer", ["Ravi"]
      ),
    ])
  func onlyOne(answer: String, greeted: [String]) {
    #expect(Self.greetings(answer) == greeted)
  }

  @Test(
    "both said of the people, not chosen, is no wish",
    arguments: ["dave and sue, both were lovely", "priya and tom. both of them asked about excel"])
  func bothSaidOfThem(answer: String) {
    #expect(AddresseeRemark.read(answer)?.together != true)
  }

  /// A whole conversation to the first note, answering each question asked.
  static func firstNote(interviewer: String, correction: String? = nil) -> (Conversation, String) {
    var conversation = Conversation(today: Fixture.today, surface: .remote)
    var replies: [String] = []
    let answers: [Stage: String] = [
      .name: "Sam Patel", .interviewer: interviewer, .company: "Northgate Foods",
      .role: "operations coordinator", .when: "yesterday", .outcome: "it went well",
      .discussion: "she told me about the plans to open a second centre in Leeds",
      .topic: "yes", .interest: "skip", .channel: "email",
    ]
    replies.append(conversation.send("hi").text)
    var corrected = correction == nil
    for _ in 0..<30 where conversation.stage != .draft {
      if !corrected, conversation.stage == .outcome, let correction {
        corrected = true
        replies.append(conversation.send(correction).text)
        continue
      }
      replies.append(conversation.send(answers[conversation.stage] ?? "skip").text)
    }
    return (conversation, replies.joined(separator: "\n"))
  }

  @Test("one note greets both people asked for, said back when heard")
  func oneNoteToBoth() throws {
    let (conversation, replies) = Self.firstNote(
      interviewer: "fenella rigby head of production and tom okafor. address it to both though,"
        + " fenella and tom")
    #expect(replies.contains("the note will greet Fenella and Tom together"))
    let note = try #require(conversation.note)
    #expect(
      note.body.contains("Dear Fenella and Tom,") || note.body.contains("Hi Fenella and Tom,"))
  }

  @Test("both of them greets whoever is held when the note is written, corrected since")
  func bothAfterCorrection() throws {
    let (conversation, _) = Self.firstNote(
      interviewer: "mr rhys bevan the head and mrs hughes, shes the ALNCo. both please",
      correction: "sorry its mrs huws not hughes")
    let note = try #require(conversation.note)
    let greeting = note.body.split(separator: "\n").first.map(String.init) ?? ""
    #expect(greeting.contains("Mr Bevan") && greeting.contains("Mrs Huws"), "\(greeting)")
    #expect(!greeting.contains("Hughes"), "\(greeting)")
  }
}

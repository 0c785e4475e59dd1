import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// The note's second sentence, its frames' claims and its date line, as tuning 23's blind judge
/// read them: a point strung on "and" (au022), a rejection reply to someone who was told
/// nothing (au046), news the interviewer called difficult framed as "great to hear" (au011),
/// and a day taken from a deadline (au007) or from an aside about someone else (au016).
@Suite("The point, the frames' claims and the date line say only what was said")
struct PointAndClaimsTests {
  static let today = CivilDate(year: 2026, month: 12, day: 3) ?? Fixture.today

  // MARK: - The point

  @Test("a third part strung on \"and\" opens a sentence of its own, and the chat tail goes")
  func andRunSplit() {
    let point = InterestReader.point(
      from: "I did the vaccination training last year and ran the flu clinic in my old branch "
        + "and it was my favourite part of the job by a mile.",
      context: ExtractionContext())
    #expect(
      point
        == "I did the vaccination training last year and ran the flu clinic in my old branch. "
        + "It was my favourite part of the job")
  }

  @Test(
    "one \"and\" between two clauses, or a list, stays one sentence",
    arguments: [
      "I ran the flu clinic and I loved it",
      "I did stock control and ordering and customer service at Boots",
    ])
  func singleAndKept(_ line: String) {
    #expect(InterestReader.splittingAndRuns(line) == line)
  }

  @Test("the gate holds back a line still strung on \"and\"")
  func andRunHeld() {
    let line =
      "I did the vaccination training and ran the flu clinic and it was my favourite part."
    #expect(VouchedPoint.doubt(in: line) != nil)
    #expect(
      VouchedPoint.doubt(
        in: "I did the vaccination training and ran the flu clinic. It was my favourite part.")
        == nil)
  }

  // MARK: - A rejection only when told

  @Test(
    "a guess at the outcome is no rejection; being told is",
    arguments: [
      (
        "I want to send a follow up email after a hospital interview, although I think I didn't get it",
        false
      ),
      ("pretty sure I didn't get the job but want to send a thank you", false),
      ("i reckon they went with someone else", false),
      ("they told me I didn't get it", true),
      ("I didn't get the job, not sure why", true),
      ("they went with someone else", true),
    ])
  func rejectionOnlyWhenTold(_ text: String, _ rejected: Bool) {
    #expect((OccasionReader.read(text)?.occasion == .rejectionReply) == rejected, "\(text)")
  }

  // MARK: - The date line

  @Test(
    "a day named as a deadline or in someone else's doing is not the interview's",
    arguments: [
      (
        "Hello! interview done at an accountancy firm, want to send a thank you. They said decision by the 11th",
        nil
      ),
      ("decision by the 11th, I had the interview yesterday", "2026-12-02"),
      ("sorry my youngest just came in crying hes fallen off the sofa, back in a sec", nil),
      ("they just got funding for a new lab", nil),
      ("just had my interview at the bank", "2026-12-03"),
      ("I've just had my interview", "2026-12-03"),
      ("my interview just finished", "2026-12-03"),
    ] as [(String, String?)])
  func interviewDay(_ text: String, _ iso: String?) {
    let facts = FactReader(today: Self.today).facts(in: text)
    #expect(facts.when?.date?.iso == iso, "\(text)")
  }

  @Test("an aside at a later question leaves the day answered alone")
  func asideKeepsDay() {
    var conversation = Conversation(today: Self.today, surface: .remote)
    for text in [
      "i had an interview for a TA job and i want to email to say thanks", "dawn archer",
      "the head mrs o'connell", "st anne's primary", "teaching assistant", "tuesday after school",
      "good i think",
      "sorry my youngest just came in crying hes fallen off the sofa, back in a sec",
    ] {
      _ = conversation.send(text)
    }
    #expect(conversation.facts.when?.date?.iso == "2026-12-01")
  }

  // MARK: - News called hard

  @Test(
    "news the account calls hard is marked; effort and negation are not",
    arguments: [
      (
        "the practice is going fully private from April",
        "she said the practice is going fully private from april so patients will have to pay, she said it will be difficult phone calls. and they are changing software",
        true
      ),
      (
        "you are changing software at the same time",
        "she said the practice is going private, it will be difficult. and they are changing software at the same time",
        false
      ),
      (
        "the team is moving to Leeds", "the team is moving to leeds and everyone worked hard on it",
        false
      ),
      (
        "the team is moving to Leeds", "the team is moving to leeds, she said it won't be hard",
        false
      ),
      // A worry said before the news, and a person's state after it, judge no news (au045).
      (
        "the nurture room",
        "what would i do if a child told me something worrying, then she told me about the nurture room theyre opening for the year 2s who are struggling since covid",
        false
      ),
    ])
  func hardNews(_ topic: String, _ discussion: String, _ hard: Bool) {
    #expect(HardNews.marks(topic: topic, in: discussion) == hard)
  }

  @Test("a topic marked hard is heard plainly, never as great or glad news")
  func hardFrames() {
    for variant in UInt64(0)..<12 {
      var request = NoteRequest(
        sender: PersonName(parsing: "Nusrat Jahan") ?? PersonName(),
        recipient: PersonName(parsing: "Mrs Kapoor") ?? PersonName(), company: "Smile Studio",
        today: Self.today,
        topic: Topic(
          text: "the practice is going fully private from April", score: 0.8, kind: .news),
        variant: variant)
      request.topicHard = true
      let body = NoteComposer.compose(request).body
      #expect(!body.contains("great to hear") && !body.contains("glad"), "\(body)")
      #expect(body.contains("the practice is going fully private from April"))
    }
  }
}

import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// What the judged first notes of tuning 45 and the misses of answers tuning 40 showed, each as
/// the kind it is: a day's name typed wrong or counted a week back, an aside or a refusal read
/// as a value, a self-correction or a shared job inside the list of who interviewed, a call-name
/// given to the wrong person, a description taken for a name, and the person's line lost to a
/// mark dropped, a comparing "like" or three well-joined clauses.
@Suite("Tuning 45: answers read for what they say, and the person's line kept")
struct TuningFortyFiveTests {
  static let today = CivilDate(year: 2026, month: 12, day: 6) ?? Fixture.today

  /// A conversation at `question` holding a name, one interviewer, a company and a role.
  static func asking(_ question: Question) -> Conversation {
    var conversation = Conversation(today: today, surface: .remote)
    conversation.started = true
    conversation.answers.facts = Facts(
      name: question == .name ? nil : PersonName(parsing: "Sam Lee"),
      interviewers: question == .name || question == .interviewer
        ? nil : [PersonName(parsing: "Janet Fairweather")].compactMap { $0 },
      company: question == .company ? nil : "Hallmark Care Homes",
      role: question == .role ? nil : "senior care assistant")
    conversation.phase = .asking(question)
    return conversation
  }

  @Test(
    "a day's name typed a letter or two wrong is that day, where the day was asked",
    arguments: [
      ("yesterdy morning", "2026-12-05"), ("wensday", "2026-12-02"), ("thrusday", "2026-12-03"),
      ("friday before last", "2026-11-27"), ("weds", "2026-12-02"),
    ])
  func nearDay(_ text: String, _ iso: String) {
    var conversation = Self.asking(.when)
    _ = conversation.send(text)
    #expect(conversation.facts.when?.date?.iso == iso, "\(text)")
  }

  @Test("a near miss is read only against the days, never a word that is no day's")
  func nearDayBounds() {
    #expect(DateReader.nearDay("monkey") == nil)
    #expect(DateReader.nearDay("friend") == nil)
    #expect(DateReader.nearDay("sunday") == nil)
    #expect(DateReader.nearDay("tusday") == "tuesday")
  }

  @Test("an apology before stepping away is no name")
  func sorryBeRightBack() {
    var conversation = Self.asking(.name)
    _ = conversation.send("sorry brb kids")
    #expect(conversation.facts.name == nil)
  }

  @Test("stepping away spends no ask: the aside is never taken as the answer at the limit")
  func asideSpendsNoAsk() {
    var conversation = Conversation(today: Self.today, surface: .remote)
    _ = conversation.send("hi")
    _ = conversation.send("hang on someone at the door")
    _ = conversation.send("brb kids")
    _ = conversation.send("Tendai Moyo")
    #expect(conversation.facts.name?.full == "Tendai Moyo")
  }

  @Test("a refusal with its reason after it sets no company")
  func refusalWithReason() {
    var conversation = Self.asking(.company)
    _ = conversation.send("rather not say, the agency said to keep it confidential for now")
    #expect(conversation.facts.company == nil)
    #expect(Decline.refuses("rather not say, the agency said to keep it confidential for now"))
    #expect(!Decline.refuses("Sam Lee, but the recruiter said they'd rather not hear from me"))
  }

  @Test(
    "who interviewed: a self-correction, a job both share, the speaker never one of them",
    arguments: [
      ("mr okoro sorry i mean mr okafor autocorrect", ["Mr Okafor"]),
      ("steve and jas both shift managers", ["Steve", "Jas"]),
      ("mr singh and mrs kaur both from the housing team", ["Mr Singh", "Mrs Kaur"]),
      (
        "Mrs Thornton, the deputy head. And Mr Gill, the exams officer I'd be replacing when he retires",
        ["Mrs Thornton", "Mr Gill"]
      ),
    ])
  func interviewers(_ text: String, _ met: [String]) {
    var conversation = Self.asking(.interviewer)
    _ = conversation.send(text)
    #expect(conversation.facts.interviewers?.map(\.full) == met, "\(text)")
  }

  @Test("a call-name goes to the person it was said of, not the last one named")
  func callNameOwner() {
    var conversation = Self.asking(.interviewer)
    _ = conversation.send(
      "Dr Hussain the consultant (said call him Sami) and Claire the ward manager")
    let people = conversation.facts.interviewers ?? []
    #expect(people.map(\.full) == ["Dr Hussain", "Claire"])
    #expect(people.first?.greetAs == "Sami")
    #expect(people.last?.greetAs == nil)
  }

  @Test("words in lower case before 'here', among capitals, describe the person")
  func describedHere() {
    #expect(
      DirectAnswer.describesWithHere("Hi there - career changer here, 57, after three decades"))
    #expect(!DirectAnswer.describesWithHere("Hi, Priya here"))
    #expect(!DirectAnswer.describesWithHere("hi priya here"))
    var conversation = Conversation(today: Self.today, surface: .remote)
    _ = conversation.send(
      "Hi there - career changer here, 57, after three decades in banking. Had an interview with a homelessness charity and want to send a thank-you."
    )
    #expect(conversation.facts.name == nil)
  }

  @Test("the person's line keeps its owner's mark, its comparing 'like' and its joined clauses")
  func lineKept() {
    let context = ExtractionContext()
    #expect(
      InterestReader.point(
        from: "I grew up on my grandparents' shamba in Kiambu so I know a bit about growing things",
        context: context)?.contains("grandparents' shamba") == true)
    #expect(
      PointGate.problem(
        in:
          "During my masters I did a small nanopore project and I think portable sequencing can change surveillance in places without big labs, like where I grew up in Pará.",
        topic: "the portable sequencing pilot") == nil)
    #expect(
      VouchedPoint.doubt(
        in:
          "I worked in ICU in Riyadh with NIV patients, so I can help and I also want to get the competency here."
      ) == nil)
    // A comma alone, or one joining word used twice, is still a run-on.
    #expect(
      VouchedPoint.doubt(
        in: "I worked nights and I hated it and I left after a year because of the pay.") != nil)
    #expect(ComparingLike.compares(["like", "where", "i", "grew", "up"], at: 0))
    #expect(!ComparingLike.compares(["like", "the", "idea"], at: 0))
  }

  @Test("'same' before a thing takes its article")
  func sameDetermined() {
    #expect(
      VouchedPoint.repairs(of: "In my old hotel we had same problem.").text
        == "In my old hotel we had the same problem.")
    #expect(
      VouchedPoint.repairs(of: "It was the same idea at my last job.").text
        == "It was the same idea at my last job.")
  }

  @Test("a plural needs no article as an infinitive's object in a topic")
  func bareCountedObject() {
    #expect(
      NoteComposer.spoken("funding for a pilot line to make pouch cells in the lab", interest: nil)
        == "funding for a pilot line to make pouch cells in the lab")
  }
}

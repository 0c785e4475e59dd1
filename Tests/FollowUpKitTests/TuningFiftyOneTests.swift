import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// What tuning 51's conversations showed once its judged notes were read beside the current
/// program. Most faulted notes left the person's own line out, and most of those lines had one
/// written form the tidying did not know ("20k followers", "cos", a subjectless "been", "want
/// learn", "all the stuff") or were read by a check as something else (a third clause, "from
/// day one" as a name typed small, "theyre" about buses turned to the reader). Beside them:
/// second-language reported speech ("he tell they change to ...", "they build own smokehouse")
/// found no topic or printed a thing cut from it; a typed topic named the rest of a clause
/// offered cut short; and four corrections were misread ("the job is called ...", a whole name
/// beside one word re-spelled, a bracket before "not", "i got mixed up" as the verdict). Each
/// mechanism has sentences it must read and ones it must leave alone.
@Suite("Tuning 51: chat with one written form, reported plans and misread corrections")
struct TuningFiftyOneTests {
  /// Monday 7 December 2026, tuning 51's "today".
  static let today = TuningFortyNineTests.today

  /// A conversation after `lines` (`TuningFortyNineTests.after`).
  static func after(_ lines: [String]) -> Conversation { TuningFortyNineTests.after(lines) }

  /// The person's line as the note would print it.
  static func point(_ line: String) -> String {
    InterestReader.point(from: line, context: ExtractionContext()) ?? ""
  }

  /// The note's sentences after `lines`, joined.
  static func note(after lines: [String]) -> String {
    after(lines).currentNote()?.lines.map(\.text).joined(separator: " ") ?? ""
  }

  @Test(
    "chat with one written form is written so in the person's line",
    arguments: [
      ("im vegan and ive been a creator on tiktok myself, like 20k followers", "20,000 followers"),
      ("i think people are scared of evs cos nobody explains them properly", "because nobody"),
      (
        "been a season ticket holder since i was 8 so id be good at explaining it",
        "I've been a season ticket holder"
      ),
      ("petrol cars will not be forever so i want learn this", "I want to learn this"),
      (
        "i planned my cousins wedding so i know all the stuff that goes wrong with old venues",
        "I know everything that goes wrong"
      ),
      ("we raised £4k for the hospice", "£4,000"),
    ])
  func writtenForms(_ line: String, _ expected: String) {
    #expect(Self.point(line).contains(expected), "\(Self.point(line))")
  }

  @Test("a count with no counted thing, or a wish for a thing, is left as typed")
  func notWrittenForms() {
    #expect(InterestReader.thousandsWritten("4k", next: "for") == nil)
    #expect(InterestReader.thousandsWritten("2.5k", next: "views") == "2,500")
    #expect(InterestReader.thousandsWritten("4K", next: "screens") == nil)
    #expect(InterestReader.thousandsWritten("£30K", next: "a") == "£30,000")
    #expect(InterestReader.thousandsWritten("12k,", next: "members") == "12,000,")
    #expect(Self.point("i want work experience in a lab").contains("want work experience"))
    #expect(!Self.point("i want work experience in a lab").contains("to work"))
  }

  @Test("a closing 'so I think it's brilliant' goes: the topic's sentence says it")
  func closingCheer() {
    let line = Self.point(
      "I saw a documentary about floral foam and microplastics and I was shocked, so I think it is brilliant"
    )
    #expect(!line.contains("brilliant"), "\(line)")
    #expect(line.contains("floral foam"))
  }

  @Test("a third clause joined after 'and I ...' splits the line at that 'and'")
  func thirdClauseSplits() {
    let line = InterestReader.splittingAndRuns(
      "I helped my dad use the NHS app and I know how confusing it can be, so I'd like to be the one who helps"
    )
    #expect(line.hasPrefix("I helped my dad use the NHS app. I know how confusing"), "\(line)")
    // One "and" between two clauses stays one sentence.
    let two = "I ran the breakfast club and I loved it"
    #expect(InterestReader.splittingAndRuns(two) == two)
  }

  @Test("a 'they' after a 'them' kept as said is those things, not the reader")
  func theyAfterThem() {
    let line = Self.point(
      "id love to learn on them from day one, theyre meant to be much quieter for the driver")
    #expect(line.contains("They're meant") || line.contains("they're meant"), "\(line)")
    #expect(!line.contains("you're meant"))
    // With no "them" before it, the employer's "they" is still the reader.
    #expect(Self.point("i love that theyre expanding into wales").contains("you're expanding"))
  }

  @Test("'from day one' is no name typed small; 'in costa' still may be")
  func dayIsNoName() {
    #expect(ProperSpelling.uncasedName(in: "I'd love to learn on them from day one") == nil)
    #expect(ProperSpelling.uncasedName(in: "I worked in costa for a year") == "costa")
  }

  @Test("a line opening on a place with its own subject later is no thing 'interested in'")
  func placeThenSubject() {
    let line = Self.point(
      "At my current job at the council I've seen how long damp cases drag on")
    #expect(!line.hasPrefix(InterestReader.framing), "\(line)")
    #expect(line.lowercased().hasPrefix("at my current job"))
  }

  @Test("a point about the chosen thing named another way is not about another topic")
  func sameThingNamedTwoWays() {
    let chosen = Topic(text: "moon jar exhibition", score: 1, kind: .typed)
    let other = Topic(text: "the big Korean ceramics exhibition next autumn", score: 1, kind: .news)
    let clinic = Topic(text: "the Korean language classes", score: 1, kind: .news)
    let point = "I can help Korean visitors and maybe translate labels"
    #expect(PointCheck.otherTopic(of: point, chosen: chosen, offered: [other]) == nil)
    #expect(PointCheck.otherTopic(of: point, chosen: chosen, offered: [clinic]) != nil)
  }

  @Test("'he tell they change to ...' reports a plan, printed in the progressive")
  func reportedWithTell() {
    let note = Self.note(after: [
      "hi", "Lan Nguyen", "Mark Hensall", "Greenway Homes", "repairs scheduler", "monday",
      "ok",
      "he ask about my job in warehouse scheduling deliveries, using excel. "
        + "he tell they change to new repairs system where tenants book online", "yes", "skip",
      "email",
    ])
    #expect(note.contains("changing to a new repairs system"), "\(note)")
  }

  @Test("a verb of making told in the bare present is printed as the plan, with 'your own'")
  func makingInBarePresent() {
    #expect(
      NoteComposer.spoken("you build own smokehouse in the back yard", interest: nil)
        == "you are building your own smokehouse in the back yard")
    // A verb of state is no plan: never "you are needing".
    #expect(!NoteComposer.spoken("you need more drivers", interest: nil).contains("needing"))
  }

  @Test("a typed topic naming the rest of a clause offered cut short is that clause")
  func restOfClause() {
    let note = Self.note(after: [
      "hi", "Grace Whitfield", "Sanjay Dhillon", "Pennine & Dales Building Society",
      "Customer Service Adviser", "Friday", "well",
      "The usual competency questions, working Saturdays on the rota. He told me they're "
        + "refitting the branch in the new year to add a community room for free money workshops.",
      "The community room", "skip", "email",
    ])
    #expect(note.contains("refitting the branch"), "\(note)")
    #expect(note.contains("community room"))
  }

  @Test("a compound whose head in '-ion' is a thing one counts takes its article")
  func countedIonHeads() {
    #expect(NoteComposer.spoken("moon jar exhibition", interest: nil) == "the moon jar exhibition")
    // An abstract head in "-ion" still stands bare.
    #expect(NoteComposer.spoken("data protection", interest: nil) == "data protection")
  }

  /// A conversation with a role and a company held, at the outcome question.
  static func held(company: String, role: String) -> Conversation {
    after(["hi", "Kirsty MacLeod", "Moira Grant", company, role, "thursday"])
  }

  @Test("'the job is called X not Y' puts the role right, not the company")
  func jobCalled() {
    var conversation = Self.held(company: "Welsh Mountain Zoo", role: "education officer")
    _ = conversation.send(
      "oh wait the job is called learning officer not education officer they changed it")
    #expect(conversation.facts.role?.lowercased() == "learning officer")
    #expect(conversation.facts.company == "Welsh Mountain Zoo")
  }

  @Test(
    "a whole company name typed in capitals wins over one word re-spelled; chat or less does not",
    arguments: [
      (
        "JCT motors", "autocorrect changed it, company is JCT Motor Group not motors",
        "JCT Motor Group"
      ),
      (
        "giant thornton", "ugh autocorrect, its grant thornton obviously not giant",
        "Grant Thornton"
      ),
      (
        "Crestfield Bank UK",
        "sorry sorry the bank name is Crestline Bank not crestfield, autocorrect",
        "Crestline Bank UK"
      ),
    ])
  func wholeCompanyName(_ company: String, _ message: String, _ expected: String) {
    var conversation = Self.held(company: company, role: "trainee")
    _ = conversation.send(message)
    #expect(conversation.facts.company == expected)
  }

  @Test("a short bracket before 'not' is an aside to the value, not the value")
  func bracketBeforeNot() {
    var conversation = Self.held(company: "Sunny Lodge", role: "senior carer nights")
    _ = conversation.send(
      "oh wait the job is senior care assistant (nights) not senior carer, sorry")
    #expect(conversation.facts.role == "senior care assistant")
  }

  @Test("at how it went, 'i got mixed up' beside a corrected day is no verdict")
  func slipRemarkIsNoVerdict() {
    var conversation = Self.held(company: "Transport for Wales", role: "station assistant")
    _ = conversation.send("wait sorry it wasnt thursday it was wednesday the 2nd, i got mixed up")
    #expect(conversation.facts.outcome == nil)
    #expect(conversation.stage == .outcome)
    var told = Self.held(company: "Transport for Wales", role: "station assistant")
    _ = told.send("wait sorry it wasnt thursday it was wednesday the 2nd, went well though")
    #expect(told.facts.outcome == .well)
  }

  @Test("'mibbe' asks as 'maybe' does")
  func mibbe() {
    let reader = FactReader(today: Self.today)
    let maybe = DraftRequestReader.read("maybe take out the bit about my dad", reader: reader)
    #expect(maybe != nil)
    #expect(DraftRequestReader.read("mibbe take out the bit about my dad", reader: reader) == maybe)
  }
}

import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// Corrections whose shape the reader missed on every tuning answer set: the fact word after
/// the value ("the assistant store manager role"), "sign" as a thing ("what the sign says"), a
/// company's "&" for its "and", a part of the day cut from its "this", a title closed by an
/// adverb, and a company typed in lower case. Three sentences of my own each mechanism must
/// read, two it must leave alone.
@Suite("Corrections by their shape")
struct CorrectionShapesTests {
  static let today = CivilDate(year: 2026, month: 12, day: 1) ?? Fixture.today

  static func read(_ text: String, _ facts: Facts) -> Correction? {
    CorrectionReader(reader: FactReader(today: today), known: facts).read(text)
  }

  static func held(role: String? = nil, company: String? = nil, day: Int? = nil) -> Facts {
    var facts = Facts()
    facts.name = PersonName(parsing: "Sam Lee")
    facts.role = role
    facts.company = company
    if let day, let date = CivilDate(year: 2026, month: 11, day: day) {
      facts.when = InterviewDay(phrase: "yesterday", date: date)
    }
    return facts
  }

  @Test(
    "a role closed by the word that names it",
    arguments: [
      ("sorry i meant the senior barista role", "senior barista"),
      ("oops its warehouse team leader thats the correct title", "warehouse team leader"),
      ("trainee accountant is the official job title sorry", "trainee accountant"),
    ])
  func closedRole(_ text: String, _ want: String) {
    #expect(Self.read(text, Self.held(role: "barista")) == .role(want), "\(text)")
  }

  @Test(
    "a role word in a remark corrects no role",
    arguments: ["i really liked the sound of the role", "sorry, they asked why i wanted the job"])
  func roleWordInRemark(_ text: String) {
    let read = Self.read(text, Self.held(role: "barista"))
    if case .role = read { Issue.record("\(text) read as \(String(describing: read))") }
  }

  @Test(
    "a shop's sign or a character's sign is no sign-off",
    arguments: [
      ("its Boots Opticians actually, thats what the sign said", "Boots Opticians"),
      ("sorry its Hope & Glory, with the & sign", "Hope & Glory"),
      ("oops, Greggs Bakery is what the sign outside says", "Greggs Bakery"),
    ])
  func signAsThing(_ text: String, _ want: String) {
    let read = Self.read(text, Self.held(company: "Greggs Boots Hope and Glory"))
    if case .signOff = read { Issue.record("\(text) read as a sign-off") }
  }

  @Test(
    "sign as a verb is still the sign-off",
    arguments: ["sorry can you sign it as Dr Sam Lee", "oops sign it Sam please"])
  func signAsVerb(_ text: String) {
    let read = Self.read(text, Self.held(company: "Acme"))
    var signs = false
    if case .signOff = read { signs = true }
    if case .name = read { signs = true }
    #expect(signs, "\(text): \(String(describing: read))")
  }

  @Test(
    "a company's & is its and",
    arguments: [
      ("oh its Loop&Co no spaces", "Loop and Co", "Loop&Co"),
      ("sorry its Hope & Glory", "Hope and Glory", "Hope & Glory"),
      ("oops Fox&Hound, one word", "Fox and Hound", "Fox&Hound"),
      // A name of more than four words is compared with its "&" all the same.
      (
        "oops its Smile Bright Dental & Co, with the & sign", "Smile Bright Dental and Co",
        "Smile Bright Dental & Co"
      ),
    ])
  func ampersand(_ text: String, _ held: String, _ want: String) {
    #expect(Self.read(text, Self.held(company: held)) == .company(want), "\(text)")
  }

  @Test(
    "an & in a message about something else changes no company",
    arguments: ["the & key on my phone is broken", "they do fish & chips on fridays"])
  func ampersandElsewhere(_ text: String) {
    let read = Self.read(text, Self.held(company: "Loop and Co"))
    if case .company = read { Issue.record("\(text) read as \(String(describing: read))") }
  }

  @Test(
    "a part of the day corrects the day to today",
    arguments: [
      "oh wait it was this afternoon not yesterday",
      "sorry, this morning not yesterday",
      "no it was this evening, not yesterday, long week",
    ])
  func partOfDay(_ text: String) {
    let read = Self.read(text, Self.held(day: 30))
    #expect(
      read.flatMap { if case .when(let day) = $0 { day.date?.iso } else { nil } } == "2026-12-01",
      "\(text)")
  }

  @Test(
    "a part of the day in a remark is no day",
    arguments: ["i prefer mornings not evenings", "the morning shift starts at 6"])
  func partOfDayRemark(_ text: String) {
    let read = Self.read(text, Self.held(day: 30))
    if case .when = read { Issue.record("\(text) read as \(String(describing: read))") }
  }

  @Test(
    "a closing adverb of precision is no part of a title",
    arguments: [
      ("sorry its night shift supervisor specifically", "supervisor", "night shift supervisor"),
      ("oops the role is supply teacher", "teacher", "supply teacher"),
      ("sorry the job is family liaison officer", "officer", "family liaison officer"),
    ])
  func adverb(_ text: String, _ held: String, _ want: String) {
    #expect(Self.read(text, Self.held(role: held)) == .role(want), "\(text)")
  }

  @Test("a company corrected in lower case is written with the held capitals")
  func lowerCaseCompany() {
    let read = Self.read(
      "oh the firm is smith & jones with the & sign", Self.held(company: "Smith Jones Solicitors"))
    #expect(read == .company("Smith & Jones Solicitors"))
  }
}

import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A field never holds chat words (tuning 18, blind judges): "Dear Format," from "Panel format,
/// three people."; "Hi Chef Trial," from "a sous chef trial+interview"; a company "Actually Only
/// Send to Ms Duckworth"; a company "Btw Its Calder and Finch Building"; "Dear Ma'Am," for Janet;
/// "Dear Dame Moorcroft" for Dame Elizabeth; "Hello," when the person said they remember Kelly.
@Suite("A field never holds chat words")
struct ChatWordsInFieldsTests {
  static let today = CivilDate(year: 2026, month: 12, day: 2) ?? Fixture.today

  @Test(
    "an opening names no one with a common word: capitals by habit, a title that heads a job",
    arguments: [
      "Good evening. I'd like a follow-up email drafted for a treasury manager interview. Panel format, three people.",
      "yo need a quick message to the owners after a sous chef trial+interview",
      "need a note for the ward sister interview",
    ])
  func openingNamesNoOne(_ text: String) {
    let conversation = Conversation.after([text], today: Self.today)
    #expect(conversation.facts.interviewers == nil, "\(text)")
  }

  @Test(
    "a name in an opening is still read where the writing shows it is one",
    arguments: [
      ("i met chef marco at the bistro yesterday", "Chef Marco"),
      ("Hi. I had an interview with Priya Shah at Northgate Foods.", "Priya Shah"),
      ("met sarah today for my interview", "Sarah"),
    ])
  func openingStillNames(_ text: String, _ name: String) {
    let facts = FactReader(today: Self.today).facts(in: text)
    #expect(facts.interviewers?.map(\.full) == [name], "\(text)")
  }

  @Test("a wish about who gets the note, at the company question, keeps the one named")
  func onlySendToAtCompany() {
    var conversation = Conversation.after(
      [
        "hello", "Yasmin Al-Khatib",
        "Ms Fiona Duckworth who is partner, and a trainee called Josh who sat in",
      ], today: Self.today)
    #expect(conversation.stage == .company)
    _ = conversation.send("actually only send to Ms Duckworth, Josh was just watching")
    #expect(conversation.facts.company == nil)
    #expect(conversation.facts.interviewers?.map(\.full) == ["Ms Fiona Duckworth"])
    #expect(conversation.stage == .company)
    _ = conversation.send("duckworth harrow solicitors")
    #expect(conversation.facts.company == "Duckworth Harrow Solicitors")
  }

  @Test("a correction's value starts after its lead-in")
  func correctionLeadIn() {
    var conversation = Conversation.after(
      ["hello", "Kwame", "Gerry Blythe", "calder & finch construction"], today: Self.today)
    _ = conversation.send(
      "btw its calder and finch building not construction, just checked the email")
    #expect(conversation.facts.company == "Calder and Finch Building")
  }

  @Test(
    "a lead-in typed with a capital may be the name's own",
    arguments: [("Well Pharmacy not Boots", "Well Pharmacy"), ("oh its Ivy not Ivey", "Ivy")])
  func capitalisedOpenerKept(_ text: String, _ value: String) {
    #expect(CorrectionReader.changes(in: text).first?.new == value)
  }

  @Test(
    "at the interviewer question, whom the person remembers is named; a name not remembered is not",
    arguments: [
      ("3 people, only remember kelly, platform lead", ["Kelly"]),
      ("cant remember her name, the hr lady", [String]()),
    ])
  func remembered(_ text: String, _ names: [String]) {
    let people = PeopleAnswer.read(text).filter { !$0.isUnnamed }
    #expect(people.map(\.informal) == names, "\(text)")
  }

  @Test(
    "what someone did not do ends their name (tuning 28's 'Kojo Didnt Really Talk')",
    arguments: [
      ("ama from finance and kwesi, kwesi didnt really talk", ["Ama", "Kwesi"]),
      ("efe and tolu but tolu barely spoke", ["Efe", "Tolu"]),
      ("Mr Grant who didn't say much", ["Mr Grant"]),
      // After a titled name, a verb of coming in (tuning 12's "Ashby-Lowe Joined").
      (
        "mr cole from IT, then mrs fairley-hughes joined at the end",
        ["Mr Cole", "Mrs Fairley-Hughes"]
      ),
    ])
  func didNotDo(_ text: String, _ names: [String]) {
    let people = PeopleAnswer.read(text).filter { !$0.isUnnamed }
    #expect(people.map(\.informal) == names, "\(text)")
  }

  @Test(
    "two of a woman's titles joined by 'or' are the neutral 'Ms' (tunings 24 and 27)",
    arguments: [
      ("ms or mrs okafor, not sure if shes married", "Ms Okafor"),
      ("Mrs or Miss Bhatti, not sure which tbh. shes the practice manager", "Ms Bhatti"),
    ])
  func unsureTitle(_ text: String, _ greeted: String) {
    #expect(DirectAnswer.people(text)?.first?.formal == greeted)
  }

  @Test("a question back with a verb after its first word names no one")
  func questionBack() {
    #expect(PeopleAnswer.read("why does that matter").filter { !$0.isUnnamed }.isEmpty)
  }

  @Test("a spoken courtesy before a name is no part of it: \"ma'am janet\" is Janet")
  func spokenAddress() {
    #expect(PersonName(parsing: "ma'am janet")?.full == "Janet")
    #expect(PeopleAnswer.read("ma'am janet the registered manager").map(\.informal) == ["Janet"])
  }

  @Test(
    "titles of honour go with the given name",
    arguments: [
      ("Dame Elizabeth Moorcroft", "Dame Elizabeth"), ("Sir John Major", "Sir John"),
      ("Dr Priya Shah", "Dr Shah"),
    ])
  func honours(_ text: String, _ greeting: String) {
    #expect(PersonName(parsing: text)?.formal == greeting)
  }
}

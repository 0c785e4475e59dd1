import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A value has the shape of its kind before it fills a field (tuning 19, blind judges): a company
/// "Actually Can We Just Send It To Gemma", "Abeg My Phone Changed My Surname", "Came Through A
/// Recruiter", "weird to email the council"; a role "the dave okoro hes head chef". A company, a
/// role or a name is a noun phrase, and the grammar a noun phrase never holds is read from
/// closed classes (`FieldShape`).
@Suite("A field holds a noun phrase")
struct FieldShapeTests {
  static let today = CivilDate(year: 2026, month: 12, day: 2) ?? Fixture.today

  @Test(
    "a clause is no noun phrase",
    arguments: [
      ("Actually Can We Just Send It To Gemma", FieldShape.Fault.interjection("actually")),
      ("Can We Just Send It To Gemma", .pronoun("we")),
      ("Abeg My Phone Changed My Surname", .interjection("abeg")),
      ("My Phone Changed My Surname", .pronoun("my")),
      ("Came Through A Recruiter", .openingVerb("came")),
      ("Wee One Grabbed the Phone", .pastVerb("grabbed")),
      ("weird to email the council", .infinitive("email")),
      ("the dave okoro hes head chef", .pronoun("hes")),
      ("is it weird", .pronoun("it")),
      ("Send It To Gemma", .pronoun("it")),
      ("the job I applied for", .pronoun("i")),
      ("Hubspot?", .question),
      ("from another company", .preposition("from")),
      ("and one shift supervisor", .conjunction("and")),
      ("feels like emailing the tax office", .openingVerb("feels")),
    ])
  func clauses(_ value: String, _ fault: FieldShape.Fault) {
    #expect(FieldShape.fault(value) == fault, "\(value)")
  }

  @Test(
    "names, companies and titles keep their shape",
    arguments: [
      "Lang Heating and Gas", "University of Manchester IT", "Our Lady of Lourdes Primary School",
      "Back to the Future Ltd", "head chef", "IT Service Desk Manager", "The Fox and Anchor",
      "Will Young", "May Long", "Made in Leeds", "Ward 8", "Tea to Go", "US Foods", "WOW Air",
      "Her Majesty's Courts and Tribunals Service", "From Scratch Bakery", "With Love Bakery",
      "For Goodness Shakes", "Next Level It Solutions", "Homecare 4 U",
      "It Services Ltd", "lecturer I in microbiology", "Sorry and Sons", "Speed the Plough",
      "The Salted Caramel Co", "Reclaimed Timber Co",
    ])
  func nounPhrases(_ value: String) {
    #expect(FieldShape.fault(value) == nil, "\(value)")
  }

  @Test(
    "a remark at the company question names no company, and the question stays open",
    arguments: [
      "actually can we just send it to gemma, i dont know lorraines surname and it was gemma who said to email her",
      "abeg my phone changed my surname, it is FASHOLA with h",
    ])
  func remarkAtCompany(_ text: String) {
    var conversation = Conversation.after(
      ["hello", "Beth Hollis", "Gemma Pryce"], today: Self.today)
    #expect(conversation.stage == .company)
    let reply = conversation.send(text)
    #expect(
      reply.text.hasPrefix(
        "I've read that as a remark to me rather than the company's name, so I've left it empty."),
      "\(reply.text)")
    #expect(conversation.facts.company == nil, "\(text)")
    #expect(conversation.stage == .company, "\(text)")
  }

  @Test("a question back is no correction of the company")
  func questionIsNoCorrection() {
    var conversation = Conversation.after(
      ["hello", "Sioned Pritchard", "Rhys Bevan", "conwy county borough council"],
      today: Self.today)
    _ = conversation.send(
      "Sorry, is it weird to email the council? feels like emailing the tax office")
    #expect(conversation.facts.company == "Conwy County Borough Council")
  }

  @Test("a clause in a correction corrects nothing; the fact it names later does")
  func clauseInCorrection() {
    var conversation = Conversation.after(
      ["hello", "Lucía Fernández", "Niamh", "hubspot", "customer success manager"],
      today: Self.today)
    #expect(conversation.stage == .when)
    _ = conversation.send(
      "sorry, the job came through a recruiter, from another company, but the company of the job is hubspot. ok continue"
    )
    #expect(conversation.facts.company?.lowercased() == "hubspot")
  }

  @Test("a pronoun in the interviewer's answer makes no role")
  func pronounMakesNoRole() {
    let facts = FactReader(today: Self.today).answer(
      "big dave, dave okoro hes head chef. the owner sunny popped in at the end but i mostly spoke to dave",
      to: .interviewer)
    #expect(facts?.role == nil)
  }

  @Test("an interviewer named as the company is no one met; the interviewer question is asked")
  func interviewerNamedAsCompany() {
    var conversation = Conversation.after(
      ["need a thank you email for amazon, i went for shift manager at the fulfilment centre"],
      today: Self.today)
    _ = conversation.send("sunny dhillon")
    #expect(conversation.stage == .company)
    _ = conversation.send("amazon, the coventry site (BHX4 or whatever they call it)")
    #expect(conversation.facts.company == "Amazon")
    #expect(conversation.facts.interviewers == nil)
    #expect(conversation.stage == .interviewer)
    _ = conversation.send("dean walsh")
    #expect(conversation.facts.interviewers?.map(\.full) == ["Dean Walsh"])
  }

  @Test(
    "a word for a kind of organisation alone is no one to greet",
    arguments: ["Service", "Council", "Trust"])
  func organisationNounIsNoName(_ word: String) {
    #expect(VouchedName.vouched(PersonName(given: word)) == nil)
    #expect(VouchedName.vouched(PersonName(title: "Mr", family: "Service")) != nil)
  }

  @Test("a greeting asked for the person taken for the company waits for the one named")
  func greetingWishKept() {
    var conversation = Conversation.after(
      [
        "Hey, had a really good call with Arm today for an ML role, want to send a quick thank you email while it's fresh",
        "Siddharth Iyer", "btw she said call her anjali, so not dr menon", "arm",
      ], today: Self.today)
    #expect(conversation.stage == .interviewer)
    _ = conversation.send("Dr Anjali Menon, principal engineer in the ML tooling team")
    #expect(conversation.facts.interviewers?.map(\.full) == ["Dr Anjali Menon"])
    #expect(conversation.answers.greetAs == "anjali" || conversation.answers.greetAs == "Anjali")
  }

  @Test("a job then a name in one clause of several names that person (tuning 19, am050)")
  func jobThenNameInAClause() {
    let facts = FactReader(today: Self.today).answer(
      "transport manager gary, and one shift supervisor", to: .interviewer)
    #expect(facts?.interviewers?.map(\.full) == ["Gary"])
    #expect(facts?.interviewers?.first?.job == "transport manager")
    #expect(facts?.role == nil)
    let sentence = FactReader(today: Self.today).answer(
      "i dont know who it was honestly, do i need that", to: .interviewer)
    #expect(sentence?.interviewers == nil)
  }

  @Test("a question back at the point question is asked about, not kept as the point")
  func questionAtPoint() {
    #expect(
      Conversation.opensWithQuestion(
        "Sorry, is it weird to email the council? feels like emailing the tax office"))
    #expect(!Conversation.opensWithQuestion("the portal matters to me. really"))
    #expect(!Conversation.opensWithQuestion("I liked it? yes, a lot"))
  }
}

import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// Who the note greets, as the person said it (greet21, from a blind judge's faults on tuning
/// conversations 21): the person's own short name taken for an interviewer ("Dear Lupe,"), a
/// verb from chat taken for a name ("Hi Accepted,"), "she said ama is fine" ignored ("Hi Dr
/// Boateng,"), and requests to greet a second person ("add Tunde in the greeting too", "put
/// phil in as well", "ok both is fine, Prof Cleary and Aisling") ignored before and after the
/// note.
@Suite("Greeting another person as well, and names said as preferred")
struct GreetingAdditionTests {
  static let today = CivilDate(year: 2026, month: 12, day: 3) ?? Fixture.today
  static let reader = FactReader(today: today)

  @Test(
    "at the name question, the form the person goes by is theirs, never someone met",
    arguments: [
      ("guadalupe reyes, i go by lupe", "Guadalupe Reyes", "Lupe"),
      // The short name stated is the one the note signs with (`SignOffName`).
      ("katherine o'connor, kat for short", "Katherine O'Connor", "Kat"),
      ("tomas ruiz, i go by tommy", "Tomas Ruiz", "Tommy"),
    ])
  func ownPreferredName(_ text: String, _ name: String, _ signOff: String?) throws {
    let facts = try #require(Self.reader.answer(text, to: .name), "\(text)")
    #expect(facts.name?.full == name)
    #expect(facts.signOff?.full == signOff)
    #expect(facts.interviewers == nil, "\(facts.interviewers ?? [])")
  }

  @Test(
    "an instruction, or a thing one goes by, at the name question is no form of the name",
    arguments: [
      (
        "myself venkata subramanian iyer, at the end you can write venkat only",
        "Venkata Subramanian Iyer"
      ),
      ("Dana Cole, i go by train usually", "Dana Cole"),
    ])
  func instructionNotLoosened(_ text: String, _ name: String) throws {
    let facts = try #require(Self.reader.answer(text, to: .name))
    #expect(facts.name?.full == name)
  }

  @Test(
    "a word with a determiner straight after it is a verb, not a name after a job",
    arguments: [
      "can you help me with a thank you message, the manager accepted my connect already",
      "thank you note pls, the manager emailed the details this morning",
    ])
  func verbAfterJob(_ text: String) {
    let facts = Self.reader.facts(in: text)
    #expect(facts.interviewers == nil, "\(facts.interviewers ?? [])")
  }

  @Test(
    "a name said to be enough is the greeting, with or without 'just'",
    arguments: [
      ("dr ama boateng, director of fundraising. she said ama is fine", "Ama"),
      ("Dr Ama Boateng, Ama is fine she said", "Ama"),
      ("mr kofi mensah, he said Mr Mensah is fine", "Mr Mensah"),
    ])
  func saidFine(_ text: String, _ greeting: String) throws {
    let person = try #require(
      Self.reader.answer(text, to: .interviewer)?.interviewers?.first, "\(text)")
    #expect(person.informal == greeting)
  }

  @Test("'X is fine' about a name the person never gave greets no one")
  func fineWithoutName() throws {
    let person = try #require(
      Self.reader.answer("Amir Haddad, the pay is fine", to: .interviewer)?.interviewers?.first)
    #expect(person.greetAs == nil)
  }

  @Test(
    "a request to greet someone as well is read by its shape",
    arguments: [
      ("Sorry please add Tunde in the greeting too, he asked most of the questions", ["Tunde"]),
      ("oh put phil in as well, he was on the phone at the end", ["Phil"]),
      ("put tyler in too since he was there", ["Tyler"]),
      ("wait i want to include captain adewale too since he told us", ["Captain Adewale"]),
      (
        "maybe I only write to Prof Cleary and copy Aisling? or both in the greeting? ok both is "
          + "fine, Prof Cleary and Aisling", ["Prof Cleary", "Aisling"]
      ),
    ])
  func reads(_ text: String, _ people: [String]) {
    #expect(GreetingAddition.read(text) == people)
  }

  @Test(
    "adding a thing, a request asked about or turned down, or 'both' with no names is no request",
    arguments: [
      "add that i love solar too",
      "can you add more detail too",
      "dont put tyler in too",
      "or both in the greeting?",
      "email to both, they give the shop email",
      "put it in as well",
    ])
  func noRequest(_ text: String) {
    #expect(GreetingAddition.read(text) == nil, "\(text)")
  }

  static let interview = [
    "I want to write a thank-you note", "Blessing Adeyemi",
    "Sister Margaret Doyle the matron, I call her Sister Margaret everyone does. And the deputy "
      + "manager Tunde Bakare",
    "Willowbrook House Care Home", "senior care assistant", "yesterday", "good",
    "Tunde told me they are moving from paper care plans to electronic care records on tablets "
      + "from February",
  ]

  @Test("before the note: said back, the question asked again, one note greeting both")
  func beforeTheNote() throws {
    var conversation = Conversation.after(Self.interview, today: Self.today)
    let question = conversation.phase
    let reply = conversation.send("Sorry please add Tunde in the greeting too")
    #expect(reply.text.contains("greet Sister Margaret and Tunde together"), "\(reply.text)")
    #expect(conversation.phase == question)
    _ = conversation.send("yes")
    _ = conversation.send("skip")
    let shown = conversation.send("email")
    let body = try #require(conversation.note?.body)
    #expect(body.contains("Dear Sister Margaret and Tunde,"), "\(body)")
    #expect(!shown.text.contains("one note each"), "\(shown.text)")
    let draft = try #require(conversation.draft)
    #expect(conversation.keptRecipients.count == 1, "\(draft.leftOut)")
  }

  @Test("after the note: the note in view greets the person named too, beside another change")
  func afterTheNote() throws {
    var conversation = Conversation.after(
      [
        "I want to write a thank-you note", "Hunter Brooks", "dale kowalski hes the owner",
        "Kowalski Electric", "apprentice electrician", "yesterday", "good",
        "they just landed the contract for the new school on route 9 with solar on the roof",
        "yes", "skip",
      ], today: Self.today)
    _ = conversation.send("text")
    let reply = conversation.send(
      "make it sound more confident, and put tyler in too since he was there")
    let body = try #require(conversation.note?.body)
    #expect(body.hasPrefix("Hi Dale and Tyler,"), "\(reply.text)\n\(body)")
  }

  @Test("a second person added after the note keeps the first one added")
  func addedTwice() throws {
    var conversation = Conversation.after(
      [
        "I want to write a thank-you note", "Dean Carpenter", "sue ridley, she does the office",
        "Ridley Heating", "heating engineer", "yesterday", "good",
        "they have a council contract fitting air source heat pumps in 40 houses from march",
        "oh put phil in as well", "yes", "skip",
      ], today: Self.today)
    _ = conversation.send("text")
    #expect(conversation.note?.body.hasPrefix("Hi Sue and Phil,") == true)
    _ = conversation.send("put kemi in too")
    let body = try #require(conversation.note?.body)
    #expect(body.hasPrefix("Hi Sue, Phil and Kemi,"), "\(body)")
  }
}

import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// The four mechanisms of the names round (names15): a name read as parts, a title that needs a
/// family name, every person of a panel with their own job, and chat words that are never a
/// name. Each table holds three sentences it must read and two it must leave alone.
@Suite("Name parts, titles, panels and chat words")
struct NamePartsTests {
  static let reader = FactReader(today: CivilDate(year: 2026, month: 12, day: 2) ?? Fixture.today)

  /// (1) Particles bind to the part after them, "St." is kept whole, and the part the person
  /// calls given is the given name.
  @Test(
    "a name read as parts",
    arguments: [
      ("de la cruz, maria", "Maria de la Cruz", "Maria"),
      ("orla mac an bhreithimh", "Orla Mac an Bhreithimh", "Orla"),
      ("Jean St. Clair, happy to sign as Jean", "Jean St. Clair", "Jean"),
      ("li na. li is my family name so na is my first name", "Li Na", "Na"),
      (
        "Santos Maria Luisa, sorry surname first, a habit from forms", "Maria Luisa Santos",
        "Maria Luisa"
      ),
      // The Arabic article is written with its capital; "bin" stays lower (tunings 11-25).
      ("hessa bin khalid al qasimi", "Hessa bin Khalid Al Qasimi", "Hessa"),
      ("samira el fassi", "Samira El Fassi", "Samira"),
      // Left alone: no particle opens the reply, and a sentence after a name is no part of it.
      ("will young, and no not the singer", "Will Young", "Will"),
      ("Sam Price. Had my interview today", "Sam Price", "Sam"),
    ])
  func parts(_ text: String, _ name: String, _ given: String) {
    let facts = Self.reader.answer(text, to: .name)
    #expect(facts?.name?.full == name)
    #expect(facts?.name?.given == given)
  }

  /// (2) A social title is printed only with a family name.
  @Test(
    "a title needs a family name",
    arguments: [
      (PersonName(title: "Mrs", given: "Rania"), "Rania"),
      (PersonName(title: "Dr", given: "Amal"), "Amal"),
      (PersonName(title: "Mr", given: "Brian"), "Brian"),
      // Left alone: a title with a family name, and a title that goes with a given name.
      (PersonName(title: "Mrs", given: "Rania", family: "Saleh"), "Mrs Saleh"),
      (PersonName(title: "Sister", given: "Mary"), "Sister Mary"),
    ])
  func titled(_ person: PersonName, _ greeting: String) {
    #expect(person.formal == greeting)
    #expect(person.informal == greeting)
  }

  /// (3) Every person of a panel, each with their own job or team, never in the name.
  @Test(
    "every person named, jobs apart",
    arguments: [
      ("two of them, a woman from finance and someone called raj", ["", "Raj"], ["", "Raj"]),
      ("matron, mrs ruth adebayo", ["Mrs Ruth Adebayo"], ["Mrs Adebayo"]),
      ("mrs p cole marketing manager", ["Mrs P Cole"], ["Mrs Cole"]),
      ("lead was priya shah", ["Priya Shah"], ["Priya"]),
      ("Inspector Hale? no wait he's a sergeant. Sgt Tom Hale", ["Sgt Tom Hale"], ["Sgt Hale"]),
      // Left alone: two people joined by "and", and a panel that names only two.
      ("Mr and Mrs Byrne", ["Mr Byrne", "Mrs Byrne"], ["Mr Byrne", "Mrs Byrne"]),
      (
        "a panel - Mrs Amadi, Mr Obi and someone from the governors", ["Mrs Amadi", "Mr Obi"],
        ["Mrs Amadi", "Mr Obi"]
      ),
    ])
  func panel(_ text: String, _ names: [String], _ greetings: [String]) {
    let people = Self.reader.answer(text, to: .interviewer)?.interviewers ?? []
    #expect(people.map(\.full) == names)
    #expect(people.map { $0.isNameless ? "" : $0.informal } == greetings)
  }

  @Test("a job phrase after a name is the job's")
  func jobAfterName() {
    let people =
      Self.reader.answer("kemi ade front of house manager", to: .interviewer)?.interviewers ?? []
    #expect(people.map(\.full) == ["Kemi Ade"])
    #expect(people.first?.job == "front of house manager")
  }

  /// (4) Chat words are never a name; the name beside them is.
  @Test(
    "chat words are no name",
    arguments: [
      ("kofi mensah sorry typo", "Kofi Mensah"),
      ("who me? its ngozi eze", "Ngozi Eze"),
      ("lol its aisha bello", "Aisha Bello"),
      // Left alone: a name that holds such a word inside it, and a plain name.
      ("Thomas More", "Thomas More"),
      ("Maybelle Okafor", "Maybelle Okafor"),
    ])
  func chat(_ text: String, _ name: String) {
    #expect(Self.reader.answer(text, to: .name)?.name?.full == name)
  }

  @Test("a change request or a question back is no name")
  func requestsAndQuestions() {
    #expect(ChatInName.cleaned(PersonName(given: "More", family: "Formal")) == nil)
    #expect(ChatInName.cleaned(PersonName(given: "Warmer")) == nil)
    #expect(Self.reader.answer("hmm does it matter", to: .interviewer) == nil)
    #expect(Self.reader.answer("idk is that needed", to: .interviewer) == nil)
    #expect(Self.reader.answer("Kasia Nowak", to: .interviewer)?.interviewers?.count == 1)
  }

  /// "nobody calls me X" at the name question says what the person is called: the name is
  /// taken, the note stays a thank-you note.
  @Test("a remark on what the person is called is no check-in")
  func calledRemark() {
    var conversation = Conversation(today: Self.today, surface: .remote)
    conversation.started = true
    conversation.phase = .asking(.name)
    _ = conversation.send("theodora kallis but sign it thea, nobody calls me theodora")
    #expect(conversation.facts.name?.full == "Theodora Kallis")
    #expect(conversation.facts.signOff?.full == "Thea")
    #expect(conversation.occasion == .firstNote)
  }

  /// "a job with focus ireland": after a job's noun, "with" names the employer.
  @Test("a job with an employer names no interviewer")
  func jobWith() {
    let facts = Self.reader.facts(in: "went for a job with focus ireland, need a follow up")
    #expect(facts.interviewers == nil)
    let met = Self.reader.facts(in: "had my interview with Priya Shah at Lumen")
    #expect(met.interviewers?.map(\.full) == ["Priya Shah"])
  }

  static var today: CivilDate { CivilDate(year: 2026, month: 12, day: 2) ?? Fixture.today }
}

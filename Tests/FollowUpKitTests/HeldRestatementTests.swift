import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A name held, typed again in changed form, is read as its correction whatever the wording
/// around it, before the message is read as the answer to the question in hand; a message that
/// only shares a word with a name held, or names something else, changes nothing.
@Suite("Names held, typed again in changed form")
struct HeldRestatementTests {
  static let today = CivilDate(year: 2026, month: 12, day: 3) ?? Fixture.today

  /// Dana Whyte met Mr Reed and Anna Kowalczyk; the company is not known yet.
  static func conversation(at question: Question, name: String = "Dana Whyte") -> Conversation {
    Conversation.holding(
      Facts(
        name: PersonName(parsing: name),
        interviewers: [
          PersonName(title: "Mr", family: "Reed"),
          PersonName(given: "Anna", family: "Kowalczyk"),
        ]),
      at: question, today: today)
  }

  static func people(_ conversation: Conversation) -> String? {
    conversation.facts.interviewers?.map(\.full).joined(separator: ", ")
  }

  @Test(
    "a re-spelled name is put right, and the rest of the message answers the question",
    arguments: [
      // No correction template: "no its" and the resemblance alone.
      ("no its Reid. the company is harrow & sons removals", "Mr Reid, Anna Kowalczyk"),
      // A long shared start, a remark after the name.
      (
        "sorry i meant Kowalska not Kowalczyk for the lady lol. company: dpd",
        "Mr Reed, Anna Kowalska"
      ),
      // The same length and first letter, in lower case.
      ("oops its anka not anna. the company is dpd", "Mr Reed, Anka Kowalczyk"),
    ])
  func respelledBesideAnswer(_ text: String, _ people: String) {
    var conversation = Self.conversation(at: .company)
    _ = conversation.send(text)
    #expect(Self.people(conversation) == people)
    #expect(conversation.facts.company != nil)
    #expect(conversation.stage == .role)
  }

  @Test(
    "one's own name put right by resemblance: fuller, joined, shorter",
    arguments: [
      // The held word the start of the name typed ("Will" for "William").
      ("Will Young", "oops i put will but its william on my cv", "William Young"),
      // Two held words typed as one joined name.
      ("Yaw Owusu Ansah", "wait its owusu-ansah with a dash", "Yaw Owusu-Ansah"),
      // A middle word left out, the first and last kept.
      ("Deepak Kumar Sharma", "btw its Deepak Sharma only", "Deepak Sharma"),
    ])
  func ownName(_ held: String, _ text: String, _ name: String) {
    var conversation = Self.conversation(at: .outcome, name: held)
    _ = conversation.send(text)
    #expect(conversation.facts.name?.full == name)
    #expect(conversation.stage == .outcome)
  }

  @Test("a word half its letters from a held name is another word, not a re-spelling")
  func halfTheLettersIsAnotherWord() {
    var conversation = Self.conversation(at: .outcome, name: "Andrea Costa")
    _ = conversation.send("ok I think, but I did not know what to answer on the SQL part")
    #expect(conversation.facts.name?.full == "Andrea Costa")
  }

  @Test("the value set aside says whose name it was: the interviewer's, not one's own")
  func setAsideNamesTheTarget() {
    var conversation = Conversation.holding(
      Facts(
        name: PersonName(parsing: "Ayesha Siddiqui"),
        interviewers: [PersonName(title: "Dr", family: "Siddique")]),
      at: .outcome, today: Self.today)
    _ = conversation.send("hang on i wrote dr siddique but its siddiqi")
    #expect(Self.people(conversation) == "Dr Siddiqi")
    #expect(conversation.facts.name?.full == "Ayesha Siddiqui")
  }

  @Test("one word re-spelled is a swap, so the reply says what changed")
  func oneWordIsASwap() {
    let conversation = Self.conversation(at: .outcome)
    let reader = CorrectionReader(reader: FactReader(today: Self.today), known: conversation.facts)
    #expect(reader.restatedName("sorry its Reed-Kibet") == .swap("Reed-Kibet", for: "Reed"))
  }

  @Test("the title typed with the re-spelled name is put right with it")
  func titleTypedWithTheName() {
    var conversation = Conversation.holding(
      Facts(
        name: PersonName(parsing: "Maria Dela Cruz"),
        interviewers: [
          PersonName(title: "Sister", given: "Ann", family: "Rafferty"),
          PersonName(title: "Mr", given: "Joseph", family: "Mensah"),
        ]),
      at: .when, today: Self.today)
    _ = conversation.send(
      "sorry the matron is Mrs Josephine Mensah not Mr Joseph, I mixed up the name from the letter")
    #expect(Self.people(conversation) == "Sister Ann Rafferty, Mrs Josephine Mensah")
    #expect(conversation.stage == .when)
  }

  @Test("a greeting made with the old title follows the new one")
  func greetingFollowsTheTitle() {
    var held = PersonName(title: "Mrs", given: "Yasmin", family: "Begum")
    held.greetAs = "Mrs Begum"
    var conversation = Conversation.holding(
      Facts(name: PersonName(parsing: "Roisin Gallagher"), interviewers: [held]),
      at: .discussion, today: Self.today)
    _ = conversation.send(
      "sorry just to say shes ms begum not mrs, she corrected the hr guy at the start lol")
    #expect(conversation.facts.interviewers?.first?.title == "Ms")
    #expect(conversation.facts.interviewers?.first?.greetAs == "Ms Begum")
  }

  @Test("a particle of one letter is part of the name restated: Ó Briain keeps its Ó")
  func oneLetterParticle() {
    var conversation = Conversation.holding(
      Facts(
        name: PersonName(parsing: "Aoife Byrne"),
        interviewers: [
          PersonName(title: "Mr", family: "O Brian"), PersonName(given: "Niamh"),
        ]),
      at: .outcome, today: Self.today)
    _ = conversation.send(
      "chief pharmacist name I spelled wrong, it is Ó Briain with the accent, I wrote O Brian")
    #expect(Self.people(conversation) == "Mr Ó Briain, Niamh")
  }

  @Test("after a subject pronoun a word is its verb: 'i saw' is no 'Sam'")
  func verbAfterPronoun() {
    let facts = Facts(
      name: PersonName(parsing: "Rose Abernethy"),
      interviewers: [PersonName(given: "Mike", family: "Hollis"), PersonName(given: "Sam")])
    let reader = CorrectionReader(reader: FactReader(today: Self.today), known: facts)
    #expect(
      reader.restatedName(
        "at citizens advice i saw so many people ignore letters so i actually have a view on that")
        == nil)
    // The same word where a name is restated is read as one.
    #expect(reader.restatedName("sorry its Sim not Sam") == .swap("Sim", for: "Sam"))
  }

  @Test(
    "left alone: a message that only resembles a name held",
    arguments: [
      // The answer to the question in hand, sharing a word with a name held.
      ("Reid Logistics", Question.company),
      ("its Reid Logistics", Question.company),
      // A name with no word saying it is put right is the answer asked for.
      ("Jo Reid", Question.role),
      // A possessive is the name held.
      ("no, Reeds", Question.role),
      // After a determiner, a noun: "the luas", "the date".
      ("oops, the reel was late", Question.role),
      // The sign-off keeps the name held: its own reading says so.
      ("sign it Will please", Question.role),
    ])
  func leftAlone(_ text: String, _ question: Question) {
    let conversation = Self.conversation(at: question, name: "Will Young")
    let reader = CorrectionReader(reader: FactReader(today: Self.today), known: conversation.facts)
    #expect(reader.restatedName(text) == nil)
  }
}

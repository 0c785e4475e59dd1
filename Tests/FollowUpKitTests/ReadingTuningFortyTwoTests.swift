import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// Messages as the writers of tuning 42 (the judged held-out 41) typed them, each read at the
/// question it answers (the thirty-seventh session's round corr42): what a thing means to the
/// person is no "I meant", stacked words owning a slip before a company's copula, a company put
/// right by denying the one held, and a message that names itself a correction.
@Suite("Corrections read as tuning 42 typed them")
struct ReadingTuningFortyTwoTests {
  static let today = CivilDate(year: 2026, month: 12, day: 6) ?? Unseen.today

  static func asking(_ question: Question, company: String, role: String?) -> Conversation {
    var conversation = Conversation(today: today, surface: .remote)
    conversation.started = true
    conversation.answers.facts = Facts(
      name: PersonName(parsing: "Darragh Ó Briain"),
      interviewers: [PersonName(parsing: "Hannah Bishop")].compactMap { $0 },
      company: company, role: role)
    conversation.phase = .asking(question)
    return conversation
  }

  @Test("what a thing means to the person puts nothing right; the person meaning still does")
  func meaningToThePerson() {
    var conversation = Self.asking(.interest, company: "Mardyke Arena", role: "swim teacher")
    let reply = conversation.send(
      "my dad never learned to swim so adult lessons mean a lot to me"
    ).text
    #expect(conversation.facts.role == "swim teacher")
    #expect(!reply.contains("the role is"))
    var meant = Self.asking(.outcome, company: "Mardyke Arena", role: "swim teacher")
    _ = meant.send("sorry i meant swim coach not swim teacher")
    #expect(meant.facts.role?.lowercased() == "swim coach")
  }

  @Test(
    "words owning a slip, stacked before the company's copula, leave the value after it",
    arguments: [
      "oops sorry the agency is Brightfield & Co not Brightside, I was thinking of somewhere else",
      "oops sorry the agency is Brightfield & Co not Brightside",
      "sorry the agency is Brightfield & Co not Brightside",
    ])
  func stackedSlipWords(_ text: String) {
    var conversation = Self.asking(.role, company: "Brightside & Co", role: nil)
    let reply = conversation.send(text).text
    #expect(conversation.facts.company == "Brightfield & Co")
    #expect(conversation.facts.role == nil)
    #expect(reply.contains("Brightfield & Co"))
  }

  @Test(
    "the company held, denied, and one other name written with capitals: that name",
    arguments: [
      "Correction: not Compass Group directly. The job ad said Eurest, it's their subsidiary",
      "not Compass Group directly. The job ad said Eurest, it's their subsidiary",
    ])
  func deniedHeldCompany(_ text: String) {
    var conversation = Self.asking(.role, company: "Compass Group", role: nil)
    _ = conversation.send(text)
    #expect(conversation.facts.company == "Eurest")
    #expect(conversation.facts.role == nil)
  }

  @Test("two new names beside the denial are a guess, and neither is taken")
  func twoNamesAreAGuess() {
    let reader = CorrectionReader(
      reader: FactReader(today: Self.today),
      known: Facts(name: PersonName(parsing: "Ana Lima"), company: "Compass Group"))
    #expect(reader.deniedHeldCompany("not Compass Group. Eurest or Medirest, I forget") == nil)
    #expect(reader.deniedHeldCompany("not sure, The ad said Eurest") == nil)
  }

  @Test("a message that names itself a correction is never the answer in hand")
  func labelledCorrection() {
    var conversation = Self.asking(.role, company: "Compass Group", role: nil)
    let reply = conversation.send("correction - its Eurest").text
    #expect(conversation.facts.role == nil)
    #expect(reply.hasPrefix(InterviewScript.unclearCorrection))
    #expect(reply.contains("What role"))
    // Nothing else changed, and the role is still taken when given.
    #expect(conversation.facts.company == "Compass Group")
    _ = conversation.send("Payroll Officer")
    #expect(conversation.facts.role == "Payroll Officer")
  }

  @Test(
    "'wrong' after a thing someone does owns no slip; after the slip's own words it does",
    arguments: [
      (
        "I've seen so many patients use inhalers wrong, tracking it would make a real difference",
        false
      ),
      ("sorry i got his name wrong its Marc Evans", true),
      ("Marc not Mark, i spelt it wrong", true),
      ("and i got the interviewer wrong, it was Marc", true),
    ])
  func wrongOwnsASlip(_ text: String, _ corrects: Bool) {
    var conversation = Self.asking(.interest, company: "AstraZeneca", role: "sales rep")
    conversation.answers.facts.interviewers = [PersonName(parsing: "Mark Evans")].compactMap { $0 }
    _ = conversation.send(text)
    let met = conversation.facts.interviewers?.first?.full
    #expect((met == "Marc Evans" || met == "Marc") == corrects, "\(text): \(met ?? "nil")")
    #expect(met != "Make Evans")
  }

  @Test(
    "a clipped 'grad' before a title's word is written out",
    arguments: [
      ("grad civil engineer", "graduate civil engineer"),
      ("Grad Software Engineer", "Graduate Software Engineer"),
    ])
  func gradWrittenOut(_ typed: String, _ written: String) {
    #expect(TitleClipping.writtenOut(typed) == written)
  }

  @Test(
    "'Uni' in an organisation's name is written out after 'at'",
    arguments: [
      ("Newcastle Uni", "Newcastle University"), ("Uni of Leeds", "the University of Leeds"),
      ("Unilever", "Unilever"),
    ])
  func uniWrittenOut(_ name: String, _ phrase: String) {
    #expect(InstitutionName.phrase(name) == phrase)
  }

  @Test("the word after 'head' is the job's noun, and the name after it is the person's")
  func headPorter() {
    var conversation = Conversation(today: Self.today, surface: .remote)
    conversation.started = true
    conversation.answers.facts = Facts(name: PersonName(parsing: "Ahmad Faiz bin Rahmat"))
    conversation.phase = .asking(.interviewer)
    _ = conversation.send("the Head Porter, Mr Dobson")
    #expect(conversation.facts.interviewers?.map(\.full) == ["Mr Dobson"])
    var gardener = Conversation(today: Self.today, surface: .remote)
    gardener.started = true
    gardener.answers.facts = Facts(name: PersonName(parsing: "Ahmad Faiz bin Rahmat"))
    gardener.phase = .asking(.interviewer)
    _ = gardener.send("the head gardener, Mr Dobson")
    #expect(gardener.facts.interviewers?.map(\.full) == ["Mr Dobson"])
  }

  @Test(
    "a capitalised word ending like an adverb, right after a name's word, is the name's",
    arguments: [
      (
        "hey, after a card for Professor Lorraine Whitely at Murraybank Uni",
        "Professor Lorraine Whitely"
      ),
      ("interview with Tom Manning at Acme yesterday", "Tom Manning"),
    ])
  func adverbLikeSurname(_ text: String, _ name: String) {
    let facts = FactReader(today: Self.today).facts(in: text)
    #expect(facts.interviewers?.map(\.full) == [name])
  }

  @Test("a sentence adverb after a name stays out of it")
  func sentenceAdverbAfterName() {
    let facts = FactReader(today: Self.today).facts(
      in: "I met Mrs Patel Honestly it went fine")
    #expect(facts.interviewers?.map(\.full) == ["Mrs Patel"])
  }

  @Test("a people's or language's word alone after 'for' is what the post is about, no company")
  func languageIsNoCompany() {
    let facts = FactReader(today: Self.today).facts(
      in:
        "Hello. I want to write follow up mail. Interview was for Japanese localisation QA tester at games company."
    )
    #expect(facts.company == nil)
    #expect(facts.role == "Japanese localisation QA tester")
  }

  @Test("a denial after the new value is left to the readings of a pair")
  func denialAfterValue() {
    let reader = CorrectionReader(
      reader: FactReader(today: Self.today),
      known: Facts(name: PersonName(parsing: "Ana Lima"), company: "Kavanagh Co"))
    #expect(reader.deniedHeldCompany("oops company is Kavanagh & Co not kavanagh co") == nil)
    #expect(
      reader.deniedHeldCompany("not Kavanagh Co. The letter says Kavanagh Bros")
        == .company("Kavanagh Bros"))
    // A symbol joining a name's words keeps them one name.
    #expect(
      reader.deniedHeldCompany("not Kavanagh Co. The letter says Doyle & Sons")
        == .company("Doyle & Sons"))
  }
}

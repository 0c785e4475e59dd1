import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// Names written the way a careful person writes them, and as the person said to write them:
/// a message in capitals throughout read as lower-case typing, a word on a name's letters
/// obeyed, a saint's owner's "s", and a name in brackets that is another form of the one before.
@Suite("Names in their written form")
struct WrittenFormTests {
  static let today = CivilDate(year: 2026, month: 12, day: 3) ?? Fixture.today
  static let reader = FactReader(today: today)

  @Test(
    "a message is shouted when most of its letters are capitals, a short one only from a shouter",
    arguments: [
      ("MAPLE RIDGE SCHOOL DISTRICT", false, true),
      ("WENT FINE. HARD TO SAY WITH THESE PEOPLE", false, true),
      ("THE HVAC", true, true),
      ("TUESDAY", true, true),
      // Not shouted: a word or two in capitals, an ordinary message with an acronym in it.
      ("THE HVAC", false, false),
      ("IBM", false, false),
      ("the role at PAYSTACK, sorry", false, false),
      ("Earl Washington", true, false),
      ("NHS Lothian", true, false),
    ])
  func shouted(_ text: String, personShouts: Bool, expected: Bool) {
    #expect(Shouting.isShouted(text, personShouts: personShouts) == expected)
  }

  @Test("a conversation typed in capitals is written with the usual capitals")
  func shoutedConversation() {
    let conversation = Conversation.after(
      [
        "MY GRANDDAUGHTER SAID YOU CAN HELP WRITE A THANK YOU NOTE FOR A JOB INTERVIEW",
        "Earl Washington",
        "MR HASKINS DIRECTOR OF FACILITIES FOR THE DISTRICT AND THE PRINCIPAL MRS NG",
        "MAPLE RIDGE SCHOOL DISTRICT",
        "HEAD CUSTODIAN AT THE HIGH SCHOOL",
      ], today: Self.today)
    #expect(conversation.facts.interviewers?.map(\.formal) == ["Mr Haskins", "Mrs Ng"])
    #expect(conversation.facts.company == "Maple Ridge School District")
    #expect(conversation.facts.role?.lowercased() == "head custodian")
    #expect(conversation.shouts)
  }

  @Test("a word or two in capitals from a person who does not shout is kept as typed")
  func capitalsKeptFromOthers() {
    let conversation = Conversation.after(
      ["Sam Patel", "Priya Shah", "KPMG"], today: Self.today)
    #expect(conversation.facts.company == "KPMG")
    #expect(!conversation.shouts)
  }

  @Test(
    "a name said to be written in small letters is written so",
    arguments: [
      ("fenn&fire (small letters)", "fenn&fire"),
      ("plnt.io, all lowercase with the .io", "plnt.io"),
      ("kn0tworks, all lower case, with a zero", "kn0tworks"),
      // Left alone: no word on its letters.
      ("fenn&fire", "Fenn&Fire"),
    ])
  func smallLetters(answer: String, company: String) {
    #expect(Self.reader.answer(answer, to: .company)?.company == company)
  }

  @Test("a name said to be lower case at its question is kept so, and the reply says so")
  func smallLettersInConversation() {
    var conversation = Conversation.after(
      [
        "just got off a call for a product designer role at plnt.io and it went great",
        "skye nakamura", "marcus bell, design lead",
      ], today: Self.today)
    let reply = conversation.send("plnt.io, all lowercase with the .io")
    #expect(conversation.facts.company == "plnt.io")
    #expect(reply.text.contains("small letters, as you said"))
  }

  @Test("a word on the company's letters later, or after the note, sets its written form")
  func smallLettersLater() {
    var conversation = Conversation.after(
      ["Tomasz Wisniewski", "Chef Danny", "fenn&fire"], today: Self.today)
    #expect(conversation.facts.company == "Fenn&Fire")
    let reply = conversation.send("oh and fenn&fire is all small letters")
    #expect(conversation.facts.company == "fenn&fire")
    #expect(reply.text.contains("in small letters, as you said"))
    #expect(conversation.stage == .role)

    var drafted = Conversation.after(
      [
        "Tomasz Wisniewski", "Chef Danny", "fenn&fire", "commis chef", "tuesday", "fine",
        "he showed me the new dry ageing cabinet", "yes", "skip", "text",
      ], today: Self.today)
    #expect(drafted.draft != nil)
    let redrafted = drafted.send("the company name should be in lower case")
    #expect(redrafted.text.contains("at fenn&fire"))
    #expect(!redrafted.text.contains("Fenn&Fire"))
  }

  @Test(
    "a saint's name typed with an s after a vowel takes the owner's apostrophe",
    arguments: [
      ("st annes primary", "St Anne's Primary"),
      ("st columbas hospice", "St Columba's Hospice"),
      ("st josephs hospital", "St Joseph's Hospital"),
      // Left alone: a saint whose own name ends in s, and a town.
      ("st james primary school", "St James Primary School"),
      ("st thomas hospital", "St Thomas Hospital"),
      ("st andrews university", "St Andrews University"),
    ])
  func saintsOwner(answer: String, company: String) {
    #expect(Self.reader.answer(answer, to: .company)?.company == company)
  }

  @Test("a first name in brackets after a title and surname is no second person")
  func firstNameAfterTitle() {
    let people = Self.reader.answer("mrs khan (nadia) payroll manager", to: .interviewer)?
      .interviewers
    #expect(people?.map(\.formal) == ["Mrs Khan"])
  }

  @Test(
    "a name in brackets that gives another form of the name before it is the same person",
    arguments: [
      ("helen stokes head of fundraising and mo from comms (mohammed i think)", ["Helen", "Mo"]),
      ("liz (elizabeth) and tom", ["Liz", "Tom"]),
      ("Dave Hughes (David really) and Priya", ["Dave", "Priya"]),
      // Left alone: the name in full after a title and surname.
      ("Ms Kim (Kim Soo-yeon), she is team manager", ["Kim"]),
    ])
  func aliasInBrackets(answer: String, greeted: [String]) {
    let people = Self.reader.answer(answer, to: .interviewer)?.interviewers
    #expect(people?.map(\.given) == greeted)
  }
}

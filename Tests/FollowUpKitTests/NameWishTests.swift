import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// The person's own wish about their name wins over every reading of the words around it, and
/// its form is printed exactly as typed; a greeting is printed only for a name vouched for as the
/// interviewer's, with the title the person used.
@Suite("Name wish")
struct NameWishTests {
  static let reader = FactReader(today: Fixture.today)

  @Test(
    "a wish at the name question is the name, as typed",
    arguments: [
      ("tran thi mai, tran is family name. please write Mai Tran on the note", "Mai Tran"),
      ("Wong Siu Ming but I go by Kevin Wong", "Kevin Wong"),
      (
        "siobhan kelly.. put it as Siobhán Ní Cheallaigh, thats the irish form",
        "Siobhán Ní Cheallaigh"
      ),
      ("zofia kaminska, proper is Zofia Kamińska", "Zofia Kamińska"),
      ("My surname is Okonkwo, first name Chidi", "Chidi Okonkwo"),
      // Left alone: a cue before a thing, not a name.
      ("Priya Raman, I write software for a living", "Priya Raman"),
      ("Dana Cole, i go by train usually", "Dana Cole"),
    ])
  func wishedName(answer: String, name: String) {
    #expect(Self.reader.answer(answer, to: .name)?.name?.full == name)
  }

  @Test(
    "what people call the person, a part of the name, is the given name",
    arguments: [
      ("pham thi mai anh, pham is the family name, friends call me mai anh", "Mai Anh"),
      ("le van duc. le is surname. i am usually called duc", "Duc"),
      ("kim soo-min - family name first, Soo-min is what people call me", "Soo-min"),
      // Left alone: a nickname that is no part of the name.
      ("rebecca thompson, everyone calls me bec", "Rebecca"),
      ("Daniel Okoro, my mates call me Danny", "Daniel"),
    ])
  func calledGiven(answer: String, given: String) {
    #expect(Self.reader.answer(answer, to: .name)?.name?.given == given)
  }

  @Test(
    "a word of the name typed in lower case beside capitals is written with its capital",
    arguments: [
      ("Tomasz wiśniewski", "Tomasz Wiśniewski"),
      ("Inés garcía lópez", "Inés García López"),
      ("rhys ap gwilym", "Rhys ap Gwilym"),
      // Left alone: particles typed in lower case inside a name.
      ("Maria de la Cruz", "Maria de la Cruz"),
      ("Ludwig van Dijk", "Ludwig van Dijk"),
      ("Jerome dela Cruz", "Jerome dela Cruz"),
    ])
  func lowerCaseWords(answer: String, name: String) {
    #expect(Self.reader.answer(answer, to: .name)?.name?.full == name)
  }

  @Test("a sign-off wished is signed as typed, never re-accented")
  func wishedSignOff() {
    let facts = Self.reader.answer(
      "Nguyễn Văn Minh, people call me Minh. please sign Minh Nguyen, easier for english readers",
      to: .name)
    #expect(facts?.name?.full == "Nguyễn Văn Minh")
    #expect(facts?.signOff?.full == "Minh Nguyen")
  }

  @Test("the person's own name is never taken for the interviewer")
  func ownNameIsNoInterviewer() {
    let facts = Self.reader.answer("Chan Ka Yan but I go by Karen Chan", to: .name)
    #expect(facts?.name?.full == "Karen Chan")
    #expect(facts?.interviewers == nil)
  }

  @Test(
    "a wish said at a later question replaces the name held",
    arguments: [
      (
        "Jorge Luis Ramirez",
        "sorry my name is Ramírez with accent, and second surname Ortega, Jorge Luis Ramírez Ortega",
        "Jorge Luis Ramírez Ortega"
      ),
      (
        "Maria Gonzalez", "oh and my full name has both surnames, María González Pérez",
        "María González Pérez"
      ),
      ("sean murphy", "actually put it as Seán Ó Murchú please", "Seán Ó Murchú"),
      // Left alone: someone else's name beside a word about accents.
      ("Ana Silva", "Ana Silva", "Ana Silva"),
    ])
  func laterWish(name: String, wish: String, expected: String) {
    var conversation = Conversation.after(
      ["hi", name, "Priya Shah", "Northgate Foods", "analyst", "yesterday"], today: Fixture.today)
    _ = conversation.send(wish)
    #expect(conversation.facts.name?.full == expected)
  }

  @Test("a name with nothing in common with the one held is someone else's")
  func otherNameLeftAlone() {
    var conversation = Conversation.after(
      ["hi", "Ana Silva", "Priya Shah", "Northgate Foods", "analyst", "yesterday"],
      today: Fixture.today)
    _ = conversation.send("she said the accent in the logo matters, Maria Lopez drew it")
    #expect(conversation.facts.name?.full == "Ana Silva")
  }

  @Test(
    "a title after an article, or a job word, is never a name in an opening",
    arguments: [
      "hola, I had a trial shift, the chef gave me his number",
      "my doctor told me to send a note after the interview",
      "Please I want to write follow up email for vet nurse interview",
      "need a message for care assistant interview",
      "email for dental nurse interview please",
    ])
  func jobIsNoName(opening: String) {
    #expect(Self.reader.facts(in: opening).interviewers == nil)
  }

  @Test(
    "a job before a title, or initials after a name, say no one is named there",
    arguments: [
      ("stage and a chat with the head chef Tommy Reyes, went ok", ["Tommy Reyes"]),
      (
        "Interview on Monday with North Sea Renewables (NSR), with Ingrid Solberg",
        ["Ingrid Solberg"]
      ),
      ("had a chat with the head chef, Marco", ["Marco"]),
    ])
  func jobBeforeTitle(opening: String, people: [String]) {
    #expect(Self.reader.facts(in: opening).interviewers?.map(\.full) == people)
  }

  @Test("a correction that names no one leaves the person named")
  func correctionNamingNoOne() {
    let held = [PersonName(title: "Mr", given: "James", family: "Whitlock")]
    let job = PersonName(title: "Mr", given: "Finance", family: "Manager")
    #expect(VouchedName.corrected(job, held: held).full == "Mr James Whitlock")
    // Left alone: a correction that names someone else.
    let other = PersonName(title: "Dr", given: "Amy", family: "Lee")
    #expect(VouchedName.corrected(other, held: held).full == "Dr Amy Lee")
  }

  @Test(
    "a titled or named recipient in an opening is still read",
    arguments: [
      ("Chef Marco gave me a trial shift, want to thank him", "Chef Marco"),
      ("i want a message for Dr Okafor", "Dr Okafor"),
    ])
  func namedRecipientKept(opening: String, person: String) {
    #expect(Self.reader.facts(in: opening).interviewers?.first?.full == person)
  }

  @Test(
    "a title said again with the family name is kept",
    arguments: [
      ("helen price, she's Mrs Price, deputy head", "Mrs Helen Price"),
      ("raj patel, he's Dr Patel, the lab lead", "Dr Raj Patel"),
      ("anna berg, Prof Berg", "Prof Anna Berg"),
      // Left alone: a name without a title, and a title held already.
      ("Tom Hale, head of estates", "Tom Hale"),
      ("Dr Lena Fox, Lena Fox", "Dr Lena Fox"),
    ])
  func titleRestated(answer: String, person: String) {
    #expect(Self.reader.answer(answer, to: .interviewer)?.interviewers?.first?.full == person)
  }

  @Test(
    "a question mark after a name is doubt, and the name is the answer",
    arguments: [
      ("um the deputy, Lorraine? didnt catch her last name", "Lorraine"),
      ("some lady called fatima? from HR", "Fatima"),
      ("jo? i think it was jo", "Jo"),
    ])
  func doubtedName(answer: String, given: String) {
    #expect(Self.reader.answer(answer, to: .interviewer)?.interviewers?.first?.given == given)
  }

  @Test(
    "a real question is not an answer",
    arguments: ["is it ok if i dont know her name?", "do you need her surname?"])
  func questionLeftAlone(answer: String) {
    #expect(DirectAnswer.people(answer) == nil)
  }

  /// Tuning 27's bc034 was signed "Venkata": "sign as that" points back at the form the person
  /// said they are called, and "my name is ..." asked for the name with none held is the answer,
  /// not a correction that left the wish unread.
  @Test(
    "a sign-off that points back at the name the person is called",
    arguments: [
      (
        "My name is Venkata Lakshmi Narayanan. Friends call me Lakshmi only, you can sign as that.",
        "Lakshmi"
      ),
      ("Rebecca Thompson, everyone calls me Becs, sign it with that", "Becs"),
    ])
  func signOffPointsBack(answer: String, signOff: String) {
    var conversation = Conversation.after(
      ["hi can you help me write a thank you email"], today: Fixture.today)
    _ = conversation.send(answer)
    #expect(conversation.facts.signOff?.full == signOff)
  }

  @Test("a pronoun after a sign-off cue with no name called before names nothing")
  func pointsBackToNothing() {
    #expect(NameWish.read("Dana Cole, sign it as that please", held: nil)?.use != .signOff)
  }
}

/// How to sign, said anywhere in the reply to the name question, wins: "I go by Vivian at work
/// so please sign it Vivian Wang" had signed "Vivian", "for the sign off pls put Dami Fashola"
/// had signed "Oluwadamilare" (tuning 27's bn138, bn128); and words about the name say how
/// many names there are, not which ("sutrisno (just one name)" had signed "One", tuning 32's
/// bm060).
@Suite("A sign-off asked for beside the name")
struct SignOffWishTests {
  static let reader = FactReader(today: Fixture.today)

  @Test(
    "the sign-off is the one asked for",
    arguments: [
      (
        "Wang Jiahui, surname first (Wang). I go by Vivian at work so please sign it Vivian Wang",
        "Vivian Wang"
      ),
      (
        "Oluwadamilare Fashola. for the sign off pls put Dami Fashola, its shorter",
        "Dami Fashola"
      ),
      // Where it goes says it is the sign-off (tuning 20's "put Seun").
      ("Babatunde Okonjo-Adeyemi, just put Tunde at the bottom", "Tunde"),
      ("kofi mensah. put kofi m at the end pls", "Kofi M"),
    ])
  func asked(_ text: String, _ signOff: String) {
    #expect(NameWish.read(text, held: nil, askedForName: true)?.form.full == signOff)
    #expect(NameWish.read(text, held: nil, askedForName: true)?.use == .signOff)
  }

  @Test("a remark on how many names there are signs with the name")
  func oneName() {
    var conversation = Conversation.after(
      ["hi can you help me write a thank you note"], today: Fixture.today)
    let reply = conversation.send("sutrisno (just one name)").text
    #expect(reply.contains("Sutrisno"), "\(reply)")
    #expect(!reply.contains("as One"), "\(reply)")
  }
}

/// A given name of two words, said whole in its place at the front ("Juan Sebastián Restrepo
/// Gómez (first name is Juan Sebastián, people always get confused)"), is the given name: the
/// first word alone had signed the note "Juan" (tuning 32's bm044).
@Suite("A given name of two words")
struct TwoWordGivenNameTests {
  @Test("the given name is every word the remark names")
  func twoWords() {
    let name = FactReader(today: Fixture.today).answer(
      "Juan Sebastián Restrepo Gómez (first name is Juan Sebastián, people always get confused)",
      to: .name)?.name
    #expect(name?.given == "Juan Sebastián")
    #expect(name?.family == "Restrepo Gómez")
  }
}

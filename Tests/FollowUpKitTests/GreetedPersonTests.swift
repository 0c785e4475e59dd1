import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// What a note greets must be read as a person's name in an answer about people: a chat word,
/// a team, a job or the candidate's own role never is, and a correction of a name, a title or a
/// spelling reaches the greeting (tuning 16: "Dear Asked,", "Hi Text,", "Dear Benefits,", "Hi
/// Chef de Partie,", "Dear Mrs Thing,"; tuning 11: "Managers Jo", "Joy Who Sat", "Never").
@Suite("What a note greets")
struct GreetedPersonTests {
  static let today = CivilDate(year: 2026, month: 12, day: 1) ?? Fixture.today

  static func read(_ text: String) -> [String] {
    PeopleAnswer.read(text).map(\.full)
  }

  @Test(
    "words about the people are no names: a team, a plural job, a clause, a person noun",
    arguments: [
      (
        "two people from revenues and benefits, Mrs Patel and a man called Steve",
        ["Mrs Patel", "Steve"]
      ),
      ("the two managers jo and kev, kev did most of the talking", ["Jo", "Kev"]),
      ("tomasz (ops lead) and a lady from finance called joy who sat in", ["Tomasz", "Joy"]),
      ("Sam who runs the kitchen", ["Sam"]),
      ("older fella, ifeanyi something, farm manager", ["Ifeanyi"]),
      ("the owners, bruce and his wife jo", ["Bruce", "Jo"]),
      ("Guy Ritchie", ["Guy Ritchie"]),
    ])
  func people(_ text: String, _ want: [String]) {
    #expect(Self.read(text) == want, "\(text)")
  }

  @Test(
    "a name said again is one person; two with one family name and other titles are two",
    arguments: [
      ("kobayashi, the team lead. kobayashi is his surname", ["Kobayashi"]),
      (
        "Mr Bangura. i think its Abu Bakarr Bangura, the site supervisor", ["Mr Abu Bakarr Bangura"]
      ),
      ("Mr and Mrs Byrne", ["Mr Byrne", "Mrs Byrne"]),
      ("Sarah Smith and Sarah Jones", ["Sarah Smith", "Sarah Jones"]),
    ])
  func saidAgain(_ text: String, _ want: [String]) {
    #expect(Self.read(text) == want, "\(text)")
  }

  @Test("a person introduced with a title and then named in full is greeted as introduced")
  func introducedFirst() {
    let people = PeopleAnswer.read("Mr Bangura. i think its Abu Bakarr Bangura")
    #expect(people.map(\.informal) == ["Mr Bangura"])
  }

  @Test(
    "a remark that the name was never said names no one",
    arguments: [
      "the woman who interviewed me never actually said her name",
      "a man from finance, he didnt say his name",
    ])
  func neverSaid(_ text: String) {
    let named = PeopleAnswer.read(text).filter { !$0.fullWords.isEmpty }
    #expect(named.isEmpty, "\(text)")
  }

  static func conversation(_ people: [PersonName], at question: Question) -> Conversation {
    var conversation = Conversation(today: today, surface: .remote)
    conversation.started = true
    conversation.answers.facts = Facts(
      name: PersonName(given: "Grace", family: "Reading"), interviewers: people, company: "Acme")
    conversation.phase = .asking(question)
    return conversation
  }

  @Test(
    "a sentence at another question re-names nobody",
    arguments: [
      (
        "not great tbh. he asked me about a probate scenario and i got the wrong end of it. priya was nicer",
        Question.outcome
      ),
      ("text, ill whatsapp bruce", Question.channel),
      ("he was nicer than i expected tbh, asked loads about my degree", Question.outcome),
    ])
  func namesNobody(_ text: String, _ question: Question) {
    let held = [
      PersonName(given: "Edward", family: "Harcourt-Lowe"), PersonName(given: "Bruce"),
      PersonName(given: "Priya", family: "Shah"),
    ]
    var conversation = Self.conversation(held, at: question)
    _ = conversation.send(text)
    #expect(conversation.facts.interviewers?.map(\.full) == held.map(\.full), "\(text)")
  }

  @Test(
    "a correction of a title, a double-barrelled name or a spelling reaches the greeting",
    arguments: [
      (
        PersonName(title: "Mrs", given: "Nasreen", family: "Bashir"),
        "one thing, she is not Mrs she is Sister Bashir, she is senior nurse", "Sister Bashir"
      ),
      (
        PersonName(title: "Mrs", given: "Nasreen", family: "Bashir"),
        "shes not mrs, shes dr bashir", "Dr Bashir"
      ),
      (
        PersonName(title: "Ms", given: "Rachel", family: "Goldberg"),
        "Sorry, correction: it's Goldberg-Hale, double barrelled", "Ms Goldberg-Hale"
      ),
      (
        PersonName(title: "Mrs", given: "Rania", family: "Salah"),
        "sorry her name is Saleh, with e, not Salah", "Mrs Saleh"
      ),
    ])
  func corrected(_ held: PersonName, _ text: String, _ greeting: String) {
    var conversation = Self.conversation([held], at: .role)
    _ = conversation.send(text)
    #expect(conversation.facts.interviewers?.first?.informal == greeting, "\(text)")
  }

  @Test(
    "the job the person went for is no one met",
    arguments: [
      "ciao, i make interview as chef de partie in restaurant friday, i want send thanks",
      "had an interview as sister on the stroke ward yesterday",
    ])
  func ownJob(_ text: String) {
    #expect(FactReader(today: Self.today).facts(in: text).interviewers == nil, "\(text)")
  }
}

import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// The message that opens a session, before any question: read for what it states, never
/// trusted as the answer to the first question; and the name the note is signed with.
@Suite("Openings and the sign-off")
struct OpeningReadingTests {
  static let today = CivilDate(year: 2026, month: 12, day: 1) ?? Fixture.today

  @Test(
    "an opening is not the answer to the name question",
    arguments: [
      "Good morning. Yesterday I attended interview for IT support engineer. Need thank you mail.",
      "yo quick one - linkedin thank-you msg for a QA interview i did this arvo",
    ])
  func openingNamesNoOne(_ opening: String) {
    let conversation = Conversation.after([opening], today: Self.today)
    #expect(conversation.facts.name == nil)
    #expect(conversation.stage == .name)
  }

  @Test("where the person moved from is no employer, a word of direction between")
  func movedFrom() {
    let conversation = Conversation.after(
      [
        "I interviewed yesterday for a lab role at a water company, I've been applying since I moved over from Trinidad in the summer"
      ],
      today: Self.today)
    #expect(conversation.facts.company == nil)
  }

  @Test("what an opening states is still taken")
  func openingFacts() {
    let conversation = Conversation.after(
      [
        "Good morning. Yesterday I attended interview for IT support engineer. Need thank you mail."
      ],
      today: Self.today)
    #expect(conversation.facts.role == "IT support engineer")
    #expect(conversation.facts.when?.date == CivilDate(year: 2026, month: 11, day: 30))
  }

  @Test(
    "a channel said in the opening is not asked for",
    arguments: [
      ("Hi, I need to write a thank-you message on LinkedIn after my interview.", Channel.linkedin),
      ("need a quick thank u txt", .text),
      ("I need to text the man who interviewed me for a security job.", .text),
    ])
  func openingChannel(_ opening: String, _ channel: Channel) {
    let conversation = Conversation.after([opening], today: Self.today)
    #expect(conversation.answers.channel?.channel == channel)
  }

  @Test(
    "an opening's 'email' or a video call's 'teams' leaves the channel question",
    arguments: [
      "Hi, I need a follow up email but I don't think I got it",
      "my interview on teams went ok, can you help me follow up",
    ])
  func openingNoChannel(_ opening: String) {
    #expect(Conversation.after([opening], today: Self.today).answers.channel == nil)
  }

  @Test("a company the opening typed in lower case is offered at its question, not taken")
  func lowerCaseCompanyHeard() {
    let conversation = Conversation.after(
      ["hi can you help me to write message after my interview at dental clinic"],
      today: Self.today)
    #expect(conversation.answers.companyHeard == "Dental Clinic")
    #expect(conversation.isAnswered(.company) == false)
  }

  @Test(
    "facts read from a message, as the person wrote them",
    arguments: [
      // What one interviews for is a post, not a company.
      ("i need to write thank you letter to the hospital where i did interview for HCA", nil, nil),
      // "for" inside a name typed with capitals.
      (
        "had a video interview on Friday for a policy officer role at the Department for Rural Affairs",
        "Department for Rural Affairs", "policy officer"
      ),
      // Who the note is for is no job title of the person's.
      (
        "i need to send a thank you message to the recruiter.. actually to the ops manager", nil,
        nil
      ),
    ])
  func statedFacts(_ text: String, _ company: String?, _ role: String?) {
    let facts = FactReader(today: Self.today).facts(in: text)
    #expect(facts.company == company)
    #expect(facts.role == role)
  }

  @Test(
    "a role answer ends at its title: the place it is for and the shift are left out",
    arguments: [
      ("waitress for the rooftop resto", "waitress"),
      ("virtual assistant for property management", "virtual assistant"),
      ("forklift driver nights", "forklift driver"),
      ("night shift team leader", "night shift team leader"),
    ])
  func roleAnswer(_ text: String, _ role: String) {
    #expect(FactReader(today: Self.today).answer(text, to: .role)?.role == role)
  }

  @Test("two remarks on a family-first name: the second reads the order the first left")
  func twoRemarks() {
    let name = FactReader(today: Self.today).answer(
      "Zhang Wei (Wei is my given name, Zhang is family name)", to: .name)?.name
    #expect(name?.full == "Zhang Wei")
    #expect(name?.given == "Wei")
  }

  @Test("the words taken as the name are not also a job")
  func nameIsNoJob() {
    let facts = FactReader(today: Self.today).answer("joy baker", to: .name)
    #expect(facts?.name?.full == "Joy Baker")
    #expect(facts?.role == nil)
  }

  @Test("a job said at the interviewer question with no name is the interviewer's, not the role")
  func interviewersJob() {
    let conversation = Conversation.after(
      [
        "I want to write a thank-you note", "Thandiwe Nkosi",
        "the store manager, didnt catch her name sorry",
      ], today: Self.today)
    #expect(conversation.facts.role == nil)
  }

  @Test("'Myself X' (Indian English for 'I am X') gives the name without 'Myself'")
  func myself() {
    let reader = FactReader(today: Self.today)
    #expect(
      reader.answer("Myself Karthik Subramanian", to: .name)?.name?.full == "Karthik Subramanian")
  }

  static let toLinkedIn = [
    "I want to write a thank-you note", "Ananya Chatterjee", "Kate Reid", "Acme Ltd", "engineer",
    "yesterday", "good", "they talked about the new wind farm project in the north sea", "yes",
    "skip", "linkedin",
  ]

  /// No channel changes the default sign-off (`SignOffName`).
  @Test("a LinkedIn message is signed with the name the person goes by")
  func linkedInSignOff() {
    let conversation = Conversation.after(Self.toLinkedIn, today: Self.today)
    #expect(conversation.note?.body.split(separator: "\n").last == "Ananya")
  }

  @Test(
    "'only' and 'just' around a sign-off name are how it was asked",
    arguments: ["sign Aisyah only", "can you sign with Aisyah only", "sign it just Aisyah"])
  func signOnly(_ request: String) {
    let conversation = Conversation.after(Self.toLinkedIn + [request], today: Self.today)
    #expect(conversation.note?.body.split(separator: "\n").last == "Aisyah")
  }
}

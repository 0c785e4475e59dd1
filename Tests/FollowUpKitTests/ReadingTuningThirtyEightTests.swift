import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// Messages as the writers of tuning 38 (the judged held-out 37) and answers tuning 33 typed
/// them, each read at the question it answers and carried into the note (the thirty-third
/// session's rounds).
@Suite("Answers and notes read as tuning 38 typed them")
struct ReadingTuningThirtyEightTests {
  static let today = CivilDate(year: 2026, month: 12, day: 5) ?? Fixture.today

  /// A conversation at `question` holding a name, an interviewer and, unless it is asked, a
  /// company and a role.
  static func asking(
    _ question: Question, company: String? = "Acme", role: String? = "Cook",
    interviewer: String = "Jade"
  ) -> Conversation {
    var conversation = Conversation(today: today, surface: .remote)
    conversation.started = true
    conversation.answers.facts = Facts(
      name: PersonName(parsing: "Inês Sousa"),
      interviewers: [PersonName(parsing: interviewer)].compactMap { $0 },
      company: question == .company ? nil : company, role: question == .role ? nil : role)
    conversation.phase = .asking(question)
    return conversation
  }

  @Test(
    "a channel's word inside a name answers the company question",
    arguments: [("royal mail", "Royal Mail"), ("card factory", "Card Factory")])
  func channelWordInName(_ text: String, _ company: String) {
    var conversation = Self.asking(.company)
    let reply = conversation.send(text).text
    #expect(conversation.facts.company == company, "\(reply)")
    #expect(conversation.answers.channel == nil)
  }

  @Test("a channel said alone at the company question is still kept for later")
  func channelAlone() {
    var conversation = Self.asking(.company)
    let reply = conversation.send("by email pls").text
    #expect(reply.hasPrefix("Got it: an email."), "\(reply)")
    #expect(conversation.facts.company == nil)
    #expect(conversation.answers.channel?.channel == .email)
  }

  @Test(
    "the answer typed before a remark on a slip is taken beside the correction",
    arguments: [
      (
        "retail assistant but i wrote the company wrong its TK Maxx not TJ Maxx, thats the american one",
        "TJ Maxx", "retail assistant", "TK Maxx"
      ),
      (
        "improver plasterer, not fully qualified yet. also i wrote acme for the firm but its Acme Plastering",
        "Acme", "improver plasterer", "Acme Plastering"
      ),
    ])
  func answerBeforeRemark(_ text: String, _ held: String, _ role: String, _ company: String) {
    var conversation = Self.asking(.role, company: held)
    let reply = conversation.send(text).text
    #expect(conversation.facts.role?.lowercased() == role, "\(reply)")
    #expect(conversation.facts.company == company, "\(reply)")
    #expect(conversation.phase.question != .role, "\(reply)")
  }

  @Test("the day typed before 'and i spelt ...' is the day, and the name is respelled")
  func dayBeforeRemark() {
    var conversation = Self.asking(.when, interviewer: "Ms Turcanu")
    let reply = conversation.send(
      "3/12 and i spelt the interviewer wrong its Ms Țurcanu with the romanian t"
    ).text
    #expect(conversation.facts.when?.date == CivilDate(year: 2026, month: 12, day: 3), "\(reply)")
    #expect(conversation.facts.interviewers?.first?.full.contains("Țurcanu") == true, "\(reply)")
  }

  @Test("'not sure how it went' is no swap of one value for another")
  func notSureIsNoSwap() {
    #expect(
      !CorrectionReader.changes(in: "honestly not sure how it went").contains {
        $0.old?.contains("how it went") == true
      })
    var conversation = Self.asking(.outcome)
    let reply = conversation.send(
      "honestly not sure how it went. the role was actually relief cook not cook"
    ).text
    #expect(conversation.facts.role?.lowercased() == "relief cook", "\(reply)")
    // A swap whose old value is a name with a remark after it is still one.
    #expect(
      CorrectionReader.changes(in: "its PwC not kpmg sorry i meant pwc").contains {
        $0.new.lowercased() == "pwc"
      })
  }

  @Test(
    "a thing with a time said of its verb keeps the verb beside the time",
    arguments: [
      (
        "you are starting new AI invoice scanning next year",
        "the new AI invoice scanning you are starting next year"
      ),
      (
        "they are getting new 3D scanner in January",
        "the new 3D scanner you are getting in January"
      ),
    ])
  func timeKeepsItsVerb(_ topic: String, _ spoken: String) {
    #expect(NoteComposer.spoken(topic, interest: nil) == spoken)
    #expect(NoteComposer.form(of: spoken) == .nounPhrase)
  }

  @Test("a place or a phrase of the thing's own stays the thing's, and a bare present is no tense")
  func placeStaysTheThings() {
    let spoken = NoteComposer.spoken(
      "you are opening new respiratory unit with 6 NIV beds", interest: nil)
    #expect(!spoken.contains("you are opening with"), "\(spoken)")
    let bare = NoteComposer.spoken("you install new filling line for the yogurts", interest: nil)
    #expect(!bare.contains("line you install"), "\(bare)")
  }

  @Test("a time that says when is no part of the thing; a count of weeks is")
  func timeSaysWhen() {
    #expect(TypedReference.saysWhen(["in", "the", "new", "year"]))
    #expect(TypedReference.saysWhen(["in", "january", "he", "was"]))
    #expect(TypedReference.saysWhen(["next", "spring"]))
    #expect(!TypedReference.saysWhen(["in", "40", "weeks", "across"]))
    #expect(!TypedReference.saysWhen(["in", "the", "new", "building"]))
  }

  @Test("a typed reference to a thing with a time after it names the thing, not the time")
  func typedReferenceWithoutTime() {
    let conversation = Conversation.after(
      [
        "Gemma Whitehouse", "Raj Bains (team manager)", "Sandwell Council",
        "business support officer",
        "yesterday", "ok-ish",
        "raj said theyre moving all the housing repair requests off paper forms onto a new online portal in the new year and the support team will help tenants who cant use it",
      ], today: Self.today)
    let topic = conversation.topicNamed("the housing repairs portal")?.text ?? ""
    #expect(topic.hasSuffix("portal"), "\(topic)")
    #expect(!topic.contains("new year"), "\(topic)")
  }

  @Test(
    "a company corrected in a learner's or a restating wording takes the name meant",
    arguments: [
      (
        "perdón, the company is not ATP, is the LTA (lawn tennis association). I wrote wrong",
        "ATP", "LTA"
      ),
      (
        "oops sorry, it's Little Acorns Nursery, not Early Learning Centre, I was mixing it up with the council's name for it",
        "Little Acorns Early Learning Centre", "Little Acorns Nursery"
      ),
    ])
  func companyCorrected(_ text: String, _ held: String, _ meant: String) {
    var conversation = Self.asking(.outcome, company: held)
    let reply = conversation.send(text).text
    #expect(conversation.facts.company == meant, "\(reply)")
  }

  @Test("'HM' typed in capitals opens the company's name; 'hm' in lower case is a hesitation")
  func capitalsAreNoHesitation() {
    var conversation = Self.asking(.company)
    _ = conversation.send("HM Revenue & Customs, Birmingham regional centre (Three Snowhill)")
    #expect(conversation.facts.company == "HM Revenue & Customs")
    var hesitant = Self.asking(.company)
    _ = hesitant.send("hm pret a manger")
    #expect(hesitant.facts.company?.lowercased() == "pret a manger")
  }

  @Test("a channel's word after 'with' in the opening is no one met")
  func channelAfterWith() {
    var conversation = Conversation(today: Self.today, surface: .remote)
    _ = conversation.send(
      "hi i need help with text message after my job interview for cleaner at the hospital")
    #expect(conversation.facts.interviewers == nil)
    #expect(conversation.answers.channel?.channel == .text)
  }

  @Test("'and' between two nouns closed by a mark joins one phrase; before a clause it ends it")
  func andJoinsNouns() {
    let said = ["tea", "with", "scottish", "and", "world", "flavours,", "they", "are"]
    let plain = said.map(TopicPhraseCheck.plain)
    let stops = said.map { $0.last.map { ",.;:!?".contains($0) } ?? false }
    #expect(TopicCompletion.joinsNouns(plain, stops, at: 3))
    let clause = ["tills", "and", "he", "was", "pleased."]
    #expect(
      !TopicCompletion.joinsNouns(
        clause.map(TopicPhraseCheck.plain), clause.map { $0.hasSuffix(".") }, at: 1))
    let conversation = Conversation.after(
      [
        "Chaminda Jayasuriya", "Chef Marc", "Gleneagles", "chef de partie", "Tuesday", "good",
        "He said for next year they want to do afternoon tea with Scottish and world flavours, they are looking for new ideas.",
      ], today: Self.today)
    let topic = conversation.topicNamed("the afternoon tea")?.text ?? ""
    #expect(topic.hasSuffix("afternoon tea with Scottish and world flavours"), "\(topic)")
  }

  @Test("one new thing as the object of a plain present is work under way")
  func plainPresentUnderWay() {
    #expect(
      NoteComposer.spoken("you design the new children's hospital in Leeds", interest: nil)
        == "you are designing the new children's hospital in Leeds")
    // A plain present with no new thing is left as said.
    #expect(
      NoteComposer.spoken("you design hospitals in Leeds", interest: nil)
        == "you design hospitals in Leeds")
  }

  @Test("'canadian here' says where the person is from; 'priya here' names them")
  func peopleWordBeforeHere() {
    var conversation = Conversation(today: Self.today, surface: .remote)
    _ = conversation.send(
      "hey! canadian here, job hunting in london, had an interview yesterday and want to send a quick thanks on linkedin"
    )
    #expect(conversation.facts.name == nil)
    var named = Conversation(today: Self.today, surface: .remote)
    _ = named.send("priya here, had an interview yesterday")
    #expect(named.facts.name?.full == "Priya")
  }

  @Test("the channel question's hint names every channel it offers")
  func channelHint() {
    var conversation = Self.asking(.channel)
    let reply = conversation.send("btw i also have one at brook vets next week lol").text
    #expect(reply.contains("email, LinkedIn, text or card"), "\(reply)")
    #expect(conversation.answers.channel == nil)
  }
}

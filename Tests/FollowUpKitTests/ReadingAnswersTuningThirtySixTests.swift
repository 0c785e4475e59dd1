import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// Answers as the writers of answers tuning 36 typed them, each read at the question it
/// answers (the thirty-sixth session's round read36): a remark on the slip after a corrected
/// value, a day or an answer beside a correction, a stance or a pause before the answer, a
/// postscript, and a name's words said beside a size or a place.
@Suite("Answers read as answers tuning 36 typed them")
struct ReadingAnswersTuningThirtySixTests {
  /// A conversation at `question` holding a name, the interviewers and, unless asked, a company
  /// (`ReadingAnswersTuningThirtyFiveTests.asking`).
  static func asking(
    _ question: Question, name: String = "Darius Petrauskas", interviewers: [String] = ["Marek"],
    company: String = "Kuhne Nagel"
  ) -> Conversation {
    var conversation = ReadingAnswersTuningThirtyFiveTests.asking(
      question, name: name, interviewers: interviewers)
    if question != .company { conversation.answers.facts.company = company }
    return conversation
  }

  @Test(
    "a clause about the slip after the corrected company is no part of it, and the day beside it is taken"
  )
  func slipRemarkAfterValue() {
    var conversation = Self.asking(.when)
    let reply = conversation.send(
      "wed morning. also the company is kuehne+nagel i spelt it wrong"
    ).text
    #expect(conversation.facts.company?.lowercased().hasPrefix("kuehne") == true, "\(reply)")
    #expect(!reply.contains("Wed Morning"), "\(reply)")
    #expect(
      conversation.facts.when?.date == CivilDate(year: 2026, month: 12, day: 2), "\(reply)")
  }

  @Test("the words of a clause joined to the value, or opening the message, are never the value")
  func clauseWordsAreNoValue() {
    var joined = Self.asking(.outcome)
    let said = joined.send(
      "company is actually avanade, its owned by accenture so i got confused"
    ).text
    #expect(joined.facts.company == "Avanade", "\(said)")
    var opening = Self.asking(.discussion)
    opening.answers.facts.role = "Writer"
    let reply = opening.send(
      "oh before i forget, the official title is Bid Writer, can you use that"
    ).text
    #expect(opening.facts.role == "Bid Writer", "\(reply)")
  }

  @Test("'like i said' before the role quotes the answer: the role is what follows it")
  func likeISaid() {
    var conversation = Self.asking(.role)
    let reply = conversation.send("like i said, paralegal, insurance litigation team").text
    #expect(conversation.facts.role?.lowercased().contains("paralegal") == true, "\(reply)")
  }

  @Test("a day told in a statement of its own after the company is the interview day")
  func dayAfterCompany() {
    var conversation = Self.asking(.company)
    let reply = conversation.send(
      "amazon. the warehouse near the motorway. it was yesterday btw"
    ).text
    #expect(conversation.facts.company == "Amazon", "\(reply)")
    #expect(
      conversation.facts.when?.date == CivilDate(year: 2026, month: 12, day: 5), "\(reply)")
  }

  @Test(
    "a size or a place after a name's word is the name's; opening it, or after an article, it describes",
    arguments: [
      ("sainsburys local", "Sainsburys Local"), ("co op local", "Co Op Local"),
      ("small local firm", nil), ("just said a big logistics firm", nil),
    ] as [(String, String?)])
  func describingWords(_ text: String, _ company: String?) {
    var conversation = Self.asking(.company)
    let reply = conversation.send(text).text
    #expect(conversation.facts.company == company, "\(reply)")
  }

  @Test("an answer beside a correction of someone met is kept")
  func answerBesideSwap() {
    var conversation = Self.asking(.company, interviewers: ["Raj", "Mrs Kaur", "Pat"])
    let reply = conversation.send(
      "sainsburys local. btw the 3rd person wasnt pat it was pam"
    ).text
    #expect(conversation.facts.company == "Sainsburys Local", "\(reply)")
    #expect(conversation.facts.interviewers?.map(\.full) == ["Raj", "Mrs Kaur", "Pam"], "\(reply)")
  }

  @Test("a word typed small before 'me' is a verb, never a held name re-spelled")
  func verbBeforeObjectPronoun() {
    var conversation = Self.asking(.role, name: "Jiang Lei", interviewers: ["Ms Ross"])
    let before = conversation.facts
    let reply = conversation.send(
      "hmm not sure what the official title is, let me check the email"
    ).text
    #expect(conversation.facts == before, "\(reply)")
    #expect(!reply.contains("not Lei"), "\(reply)")
  }

  @Test(
    "after a pause, only what follows its stop may answer",
    arguments: [
      ("hold on, i forgot her name", [String]?.none),
      ("hold on let me find the email, i forgot her name", nil),
      ("one sec, its jane okoro", ["Jane Okoro"]),
    ])
  func pauseThenAnswer(_ text: String, _ people: [String]?) {
    var conversation = Self.asking(.interviewer)
    let reply = conversation.send(text).text
    #expect(conversation.facts.interviewers?.map(\.full) == people, "\(reply)")
    #expect(!reply.contains("Hold"), "\(reply)")
  }

  @Test("'its a long title' names no role")
  func titleIsNoRole() {
    var conversation = Self.asking(.role)
    let reply = conversation.send("let me check the job ad one sec, its a long title").text
    #expect(conversation.facts.role == nil, "\(reply)")
  }

  @Test("a stance before 'it was' is no name")
  func stanceBeforeName() {
    var conversation = Self.asking(.interviewer, name: "Ionana Marinescu")
    let reply = conversation.send(
      "pretty sure it was mrs whitfield, salon manager. my name is ioana btw not ionana"
    ).text
    #expect(conversation.facts.interviewers?.map(\.full) == ["Mrs Whitfield"], "\(reply)")
    #expect(conversation.facts.name?.full == "Ioana Marinescu", "\(reply)")
  }

  @Test("the person's own name put right beside the answer to who they met")
  func ownNameBesidePeople() {
    var preface = Self.asking(.interviewer, name: "Gabriel Silva")
    let said = preface.send(
      "before i forget my surname is da Silva not Silva. anyway it was rebecca stone, claims manager"
    ).text
    #expect(preface.facts.name?.full == "Gabriel da Silva", "\(said)")
    #expect(preface.facts.interviewers?.map(\.full) == ["Rebecca Stone"], "\(said)")
    var noticed = Self.asking(.interviewer, name: "Oluwaseun Adebayo-Johnson")
    let reply = noticed.send("mrs okafor. sorry just noticed, its adebayo johnson no hyphen").text
    #expect(noticed.facts.name?.full == "Oluwaseun Adebayo Johnson", "\(reply)")
    #expect(noticed.facts.interviewers?.map(\.full) == ["Mrs Okafor"], "\(reply)")
  }

  @Test("a postscript's 'ps' and a likeness after the name are no part of it")
  func postscript() {
    var conversation = Self.asking(.interviewer, name: "Wei Zhang")
    let reply = conversation.send(
      "ms o'brien, head of people. ps i put my name the wrong way round, should be Zhang Wei like my passport, Wei is my first name"
    ).text
    #expect(conversation.facts.name?.full == "Zhang Wei", "\(reply)")
    #expect(!reply.contains("Ps"), "\(reply)")
  }

  @Test("'yday' is yesterday, as chat writes it")
  func yday() {
    let today = CivilDate(year: 2026, month: 12, day: 6) ?? Fixture.today
    #expect(
      InterviewDay(reading: "yday morning", today: today)?.date
        == CivilDate(year: 2026, month: 12, day: 5))
    #expect(InterviewDay(reading: "y'day", today: today)?.phrase == "yesterday")
  }

  @Test("an opening verdict with a part that went the other way after 'but' is mixed")
  func partWentTheOtherWay() {
    #expect(
      Outcome(
        reading:
          "Not my best. I rambled a lot on the competency questions, but the part about my dashboard project went really well."
      ) == .mixed)
    #expect(Outcome(reading: "not my best honestly") == .badly)
  }

  @Test("a trade's title after an owner and a word of the job is the job's, not the name's")
  func sousChef() {
    var conversation = Self.asking(.interviewer)
    let reply = conversation.send("chef rossi, and his sous chef marco").text
    #expect(conversation.facts.interviewers?.map(\.full) == ["Chef Rossi", "Marco"], "\(reply)")
  }
}

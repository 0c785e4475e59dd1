import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// Answers as the writers of answers tuning 35 typed them, and the later corrections of tuning
/// 40's conversations, each read at the question it answers (the thirty-fifth session's rounds
/// corr40, names35 and corr35).
@Suite("Answers read as answers tuning 35 typed them")
struct ReadingAnswersTuningThirtyFiveTests {
  /// A conversation at `question` holding a name, the interviewers and, unless it is asked, a
  /// company (`ReadingTuningFortyTests.asking`, with no role held).
  static func asking(
    _ question: Question, name: String = "Hiroshi Kato", interviewers: [String] = ["Ms Green"]
  ) -> Conversation {
    var conversation = ReadingTuningFortyTests.asking(
      question, name: name, interviewers: interviewers)
    conversation.answers.facts.company = question == .company ? nil : "Lidl"
    conversation.answers.facts.role = nil
    return conversation
  }

  @Test(
    "a name given with a remark on its hyphen or a particle is taken, never asked for again",
    arguments: [
      ("its tajay campbell brown with a hyphen in the middle", "Tajay Campbell-Brown", "Tajay"),
      ("tajay campbell brown, double barrelled", "Tajay Campbell-Brown", "Tajay"),
      ("sanne van 't hof", "Sanne van 't Hof", "Sanne"),
      ("jean-baptiste legall, just JB for the sign off", "Jean-Baptiste Legall", "JB"),
    ])
  func namesWithRemarks(_ text: String, _ full: String, _ signed: String) {
    var conversation = Self.asking(.name)
    let reply = conversation.send(text).text
    #expect(conversation.facts.name?.full == full, "\(reply)")
    #expect(reply.contains("I'll sign the note as \(signed)"), "\(reply)")
    #expect(conversation.phase.question == .interviewer, "\(reply)")
  }

  @Test("a word that says which of two people is meant names no one")
  func differentIsNoName() {
    var conversation = Self.asking(.interviewer, name: "Yui Tanaka")
    let reply = conversation.send(
      "mr tanaka and ms sato from the audit team. (different tanaka, not related lol)"
    ).text
    #expect(conversation.facts.name?.full == "Yui Tanaka", "\(reply)")
    #expect(
      conversation.facts.interviewers?.map(\.full) == ["Mr Tanaka", "Ms Sato"], "\(reply)")
  }

  @Test(
    "people named by a relation, a job before the name or a naming word are met",
    arguments: [
      ("mr hussain and his wife, they own the shop", ["Mr Hussain", "Mrs Hussain"]),
      ("Ms Okafor and her husband", ["Ms Okafor", "Mr Okafor"]),
      ("Ingrid Smeets (HR) and the lead architect Ruben", ["Ingrid Smeets", "Ruben"]),
      ("professor yamamoto and his postdoc daisuke", ["Professor Yamamoto", "Daisuke"]),
      ("it was on teams with a lady called blessing, didnt get her surname", ["Blessing"]),
    ])
  func peopleMet(_ text: String, _ people: [String]) {
    var conversation = Self.asking(.interviewer)
    let reply = conversation.send(text).text
    #expect(conversation.facts.interviewers?.map(\.full) == people, "\(reply)")
  }

  @Test("the job said before a name typed with its capital is theirs, whole")
  func jobBeforeName() {
    let people = PeopleAnswer.read("Ingrid Smeets (HR) and the lead architect Ruben")
    #expect(people.last?.job == "lead architect")
  }

  @Test("at the company question, ordinary words naming a body are its name")
  func bodyNamedInOrdinaryWords() {
    var conversation = Self.asking(.company)
    let reply = conversation.send("the home office").text
    #expect(conversation.facts.company?.lowercased() == "the home office", "\(reply)")
    // Words that only say a place, or how to write, are still no name.
    var place = Self.asking(.company)
    _ = place.send("the main office")
    #expect(place.facts.company == nil)
    var formal = Self.asking(.company)
    _ = formal.send("more formal")
    #expect(formal.facts.company == nil)
  }

  @Test("someone who joined, or 'both' said of one person held, is added beside them")
  func joinedIsAdded() {
    var conversation = Self.asking(.role, interviewers: ["Claire Dunmore"])
    let reply = conversation.send(
      "sorry it was claire and also her manager joined at the end, Olu Adebayo. i think i should thank both of them"
    ).text
    #expect(
      conversation.facts.interviewers?.map(\.full) == ["Claire Dunmore", "Olu Adebayo"],
      "\(reply)")
    var two = Self.asking(.role, interviewers: ["Craig Lewis"])
    let said = two.send(
      "wait sorry there were two of them, Craig and Nadia the store manager, she did most of the store walk"
    ).text
    #expect(two.facts.interviewers?.map(\.full) == ["Craig Lewis", "Nadia"], "\(said)")
    // Interviews at two places are no second person.
    var places = Self.asking(.company, interviewers: ["Mrs Patel"])
    _ = places.send(
      "tesco... wait no sorry it was sainsbury's, i had interviews at both this month")
    #expect(places.facts.interviewers?.map(\.full) == ["Mrs Patel"])
  }

  @Test("'Steve is Stephen' in a message owning up to a slip renames Steve")
  func identityRename() {
    var conversation = Self.asking(.channel, interviewers: ["Marcia", "Steve"])
    let reply = conversation.send(
      "wait correction, Steve is Stephen, he said he doesnt like Steve haha"
    )
    .text
    #expect(conversation.facts.interviewers?.map(\.full) == ["Marcia", "Stephen"], "\(reply)")
  }

  @Test("titled names asked for after the draft are how to greet, never a topic")
  func titledNamesAreNoTopic() {
    #expect(DraftRequestReader.addressesPeople("Ms McAllister and Mr Rao please, they were formal"))
    #expect(DraftRequestReader.addressesPeople("Dr Blyth"))
    #expect(!DraftRequestReader.addressesPeople("the Advantage Card relaunch"))
    #expect(!DraftRequestReader.addressesPeople("Mr Men books"))
  }
}

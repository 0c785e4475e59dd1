import Testing

@testable import FollowUpKit

/// Tuning 30's judged faults in who the note is to, from, and when: "becky store manager"
/// asked again and then greeted "Hello,"; "dr okafor chaired it" greeted "Dear Dr Chaired,";
/// "Tran Minh Khoa, Khoa is my first name (we put family name first in Vietnam)" signed "Minh
/// Khoa"; "few days ago" thanked "for meeting with me few days ago".
@Suite("People and days as tuning 30 typed them")
struct PeopleThirtiethTests {
  static let today = CivilDate(year: 2026, month: 12, day: 4) ?? Unseen.today

  @Test("one word before a job of two job words is the name; a rank word is the job's")
  func nameBeforeJob() {
    let becky = PeopleAnswer.person(in: "becky store manager")
    #expect(becky.0?.full == "Becky")
    #expect(becky.1 == "store manager")
    #expect(PeopleAnswer.person(in: "general store manager").0 == nil)
    let conversation = Conversation.holding(Facts(), at: .interviewer, today: Self.today)
    var after = conversation
    let reply = after.send("becky store manager").text
    #expect(reply.contains("Becky") && !reply.contains("I need the name"), "\(reply)")
  }

  @Test("a verb in the past with a pronoun after it ends the name")
  func verbAfterName() {
    #expect(PeopleAnswer.person(in: "dr okafor chaired it").0?.full == "Dr Okafor")
    #expect(
      PeopleAnswer.read(
        "a committee of 3: dr okafor chaired it, ms lin from the registrar's office, and a grad "
          + "student named jordan"
      ).map(\.full) == ["Dr Okafor", "Ms Lin", "Jordan"])
    // A name in "-ed" keeps its word.
    #expect(PeopleAnswer.person(in: "Ahmed Khan").0?.full == "Ahmed Khan")
  }

  @Test("the given name the person names wins over the order said after it")
  func namedGiven() {
    let conversation = Conversation.after(
      ["hi", "Tran Minh Khoa, Khoa is my first name (we put family name first in Vietnam)"],
      today: Self.today)
    #expect(
      conversation.facts.name?.given == "Khoa", "\(String(describing: conversation.facts.name))")
  }

  @Test("'few days ago' is written with its article")
  func fewDaysAgo() {
    let conversation = Conversation.after(
      ["Hi, I finish interview few days ago and my friend say I should send thank you email"],
      today: Self.today)
    #expect(conversation.facts.when?.phrase == "a few days ago")
  }

  @Test("a weekday a word of grammar away from 'last week' names that day of last week")
  func weekdayOfLastWeek() {
    // Tuning 25's bj102 and bj208: "last week" alone, and "Monday 30 November", had been read.
    for text in ["last week, the wednesday", "wednesday last week"] {
      #expect(
        InterviewDay(reading: text, today: Self.today)?.date
          == CivilDate(year: 2026, month: 11, day: 25), "\(text)")
    }
    #expect(
      InterviewDay(reading: "the monday of last week", today: Self.today)?.date
        == CivilDate(year: 2026, month: 11, day: 23))
    #expect(InterviewDay(reading: "last week", today: Self.today)?.date == nil)
  }

  @Test("a place joined to a place's name, and a school year, are written as names")
  func namesWritten() {
    #expect(
      ProperSpelling.placesCapitalised("lending to small farmers in Meru and nyeri")
        == "lending to small farmers in Meru and Nyeri")
    #expect(NumberedName.capitalised("the year 10 fieldwork trip") == "the Year 10 fieldwork trip")
    #expect(
      NumberedName.capitalised("a nurture group for the year 1s")
        == "a nurture group for the Year 1s")
    #expect(NumberedName.capitalised("in year 2 of the project") == "in year 2 of the project")
  }
}

import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// The person's line goes into the note only when, as the reading tidied it, it reads as
/// written to the interviewer (`PointRegister`); a line still chat once tidied, or one whose
/// names cannot be told, is kept out, shown, and offered to add as typed or in their own words.
@Suite("The register of the person's line as typed")
struct PointRegisterTests {
  static let today = CivilDate(year: 2026, month: 12, day: 1) ?? Fixture.today

  @Test(
    "a line typed as written reads as written",
    arguments: [
      "I did the office move at my last job in the credit union so I know what a big move involves",
      "In Manila I scanned and indexed the whole archive of our office.",
      "My mother ran a provisions shop for 20 years. She never got a loan from any bank",
      "I've used the iPhone app every day since it came out",
      "\"I run a repair cafe\" is how my church puts it",
    ])
  func written(_ line: String) {
    #expect(PointRegister.chatSign(in: line) == nil)
  }

  @Test(
    "a line typed as chat says the first sign of it",
    arguments: [
      ("in costa i was always on the bar at rush hour", "it starts with a small letter"),
      (
        "I was always on the bar. i like when it is busy",
        "a sentence in it starts with a small letter"
      ),
      ("My dad is a sparky so i know the people", "it has a small \"i\""),
      ("I used Chromebooks at school lol", "it has \"lol\""),
      ("I'm kinda living it already", "it has \"kinda\""),
      ("My sister lives in Leeds so Im happy to move", "it spells \"im\" as chat does"),
      ("I love this project!!", "it has \"!!\""),
      ("I love the new garden 🌱", "it has an emoji"),
    ])
  func chat(_ line: String, sign: String) {
    #expect(PointRegister.chatSign(in: line) == sign)
  }

  @Test(
    "at the point question, a line typed as chat with a name it cannot tell is kept out, saying why"
  )
  func keptOutAtTheQuestion() {
    var conversation = Conversation.atThePoint(today: Self.today)
    let line = "in costa i was always on the bar at rush hour, i like when is busy"
    let reply = conversation.send(line).text
    #expect(
      reply.hasPrefix(
        "I've kept that line out of the note: it reads as a chat message rather than a sentence written to your interviewer (\"costa\" may be a name, and in small letters I can't tell)"
      ), "\(reply)")
    #expect(conversation.answers.interest == nil)
    #expect(conversation.answers.heldPoint == line)
    let draft = conversation.send("email").text
    #expect(!draft.contains("at rush hour."), "\(draft)")
    #expect(
      draft.contains("it reads as a chat message (it starts with a small letter)"), "\(draft)")
    #expect(draft.contains("say add it to use your line as typed"), "\(draft)")
  }

  @Test("the same words typed as written go in as written")
  func writtenGoesIn() {
    var conversation = Conversation.atThePoint(today: Self.today)
    let reply = conversation.send("I was always on the bar at rush hour at my last café").text
    #expect(reply.contains("Got it: the note will say"), "\(reply)")
    let draft = conversation.send("email").text
    #expect(draft.contains("I was always on the bar at rush hour at my last café."), "\(draft)")
    #expect(!draft.contains("isn't in this note"), "\(draft)")
  }

  @Test("add it puts the chat line in as typed, with a capital to open, a capital I and a stop")
  func addedAsTyped() {
    var conversation = Conversation.atThePoint(today: Self.today)
    _ = conversation.send("i ran the eco club at my last school, happy to do it again")
    _ = conversation.send("email")
    let added = conversation.send("add it").text
    #expect(
      added.contains("I ran the eco club at my last school, happy to do it again."), "\(added)")
  }

  @Test("add: puts the person's own sentence in verbatim, tidied only for capital and full stop")
  func addedInOwnWords() {
    var conversation = Conversation.atThePoint(today: Self.today)
    _ = conversation.send("in costa i was always on the bar at rush hour")
    _ = conversation.send("email")
    let added = conversation.send("add: At Costa I always worked the bar at rush hour").text
    #expect(added.contains("At Costa I always worked the bar at rush hour."), "\(added)")
  }

  @Test("an interest said early in a chat message is not taken: the question is asked")
  func earlyChatNotTaken() {
    let conversation = Conversation.after(
      [
        "Sam Patel", "Priya Shah", "Northgate Foods", "analyst", "yesterday", "good",
        "she told me about the new depot opening in Leeds next spring, "
          + "i said id love to help set up the new depot",
        "yes",
      ], today: Self.today)
    #expect(conversation.answers.interest == nil)
    #expect(conversation.stage == .interest)
  }

  @Test("a line of one word, kept out as no point, is not told it reads as chat")
  func oneWordNotChat() {
    var conversation = Conversation.atThePoint(today: Self.today)
    _ = conversation.send("pigeon")
    let draft = conversation.send("email").text
    #expect(draft.contains("Your line \"pigeon\" isn't in this note. To put it in"), "\(draft)")
  }
}

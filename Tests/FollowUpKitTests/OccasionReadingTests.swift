import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// How the later notes read people's own words: which occasion an opening or a menu answer
/// tells of, whether the reply should ask for feedback, the one thing a check-in or a
/// rejection reply mentions, and what they said about timing.
@Suite("Occasions: reading people's words")
struct OccasionReadingTests {
  @Test(
    "what happened chooses the occasion, however it is said",
    arguments: [
      ("interviewed at boots last monday for pharmacy assistant, nothing since", Occasion.checkIn),
      ("They said I'd hear by the 20th. It's the 30th. Nothing. Do I email?", .checkIn),
      ("3 weeks and NOTHING. i want to email them", .checkIn),
      ("my interview was on 12th, till now no mail. Please help", .checkIn),
      ("i already sent a follow up last week and they didnt reply", .checkIn),
      ("Can I text her to ask about the result? Its one week now", .checkIn),
      ("is it grand to send a wee nudge?", .checkIn),
      (
        "\"Unfortunately we will not be progressing your application\" - do i reply??",
        .rejectionReply
      ),
      ("costa said no to me for the supervisor job", .rejectionReply),
      ("After my interview with Access Bank they sent me regret mail", .rejectionReply),
      ("got the dreaded email :(", .rejectionReply),
      ("they went with someone else", .rejectionReply),
      ("they wanted me back for a second interview and i just did it", .laterRound),
      ("had a call with the md after the panel, do i email him", .laterRound),
      ("Presented my case study to the panel this morning", .laterRound),
      ("I'm Jordan, I met Priya Shah at Northgate Foods yesterday", .firstNote),
      ("I'm scared they'll reject me", .firstNote),
      ("what if I don't hear back?", .firstNote),
      ("help me write a thank u note pls", .firstNote),
      // voice24: a thank-you asked for is the first note, whatever a cue beside it seems to
      // tell (aw036's "not perfect for formal emails" read as no emails came); one told of
      // as sent already is not asked for, and the silence after it is a check-in.
      (
        "Hello, I had interview for paralegal at a law firm in London and I want to send thank "
          + "you email. Can you help me please, my english is not perfect for formal emails",
        .firstNote
      ),
      ("I sent a thank you email two weeks ago, not a word since", .checkIn),
    ])
  func opening(_ text: String, _ expected: Occasion) {
    var conversation = Conversation(today: Fixture.today)
    _ = conversation.receive(.sessionStarted)
    _ = conversation.send(text)
    #expect(conversation.occasion == expected, "\(text)")
  }

  /// What is offered decides whether an offer was made: the job, the role, a contract or
  /// nothing named is an offer; a trial day, a tour or a coffee is not (tuning 26, ba025: "she
  /// offered me a trial day next week" had been thanked as a job offer).
  @Test(
    "an offer of the job is an offer, an offer of something else is not",
    arguments: [
      ("she offered me the job on the spot!!", true),
      ("they offered me a permanent contract", true),
      ("i was offered the role yesterday", true),
      ("got offered it there and then", true),
      ("they offered me!!", true),
      ("really well actually!! she offered me a trial day next week", false),
      ("they offered me a tour of the kitchen", false),
      ("he offered me a coffee and we chatted for ages", false),
      ("I was offered a trial shift on saturday", false),
    ])
  func offered(_ text: String, _ offer: Bool) {
    let reading = OccasionReader.read(text)
    #expect((reading?.round == .offer) == offer, "\(text): \(String(describing: reading))")
  }

  @Test(
    "a note to a senior person after the interview is not a later round",
    arguments: [
      "hello my friend, i need help for message to the boss after interview",
      "what do i send the director after the interview",
      "writing to the head chef after my interview, is that weird",
    ])
  func noteToSeniorAfterInterview(_ text: String) {
    #expect(!OccasionCues(text).laterStage, "\(text)")
    #expect(OccasionReader.read(text)?.occasion != .laterRound, "\(text)")
  }

  /// voice24 (aw054): a negation whose reach ends at a preposition is about the word before
  /// it, not about contact: "no need for anything too stiff" says how the note should read.
  @Test(
    "a negation of another word is no silence",
    arguments: [
      "howya, want to send a quick linkedin message to the CTO after my interview, its a startup "
        + "so no need for anything too stiff",
      "my english is not perfect for formal emails",
      "I'm not great with phone calls so I'd rather email",
    ])
  func negationOfAnotherWord(_ text: String) {
    #expect(!OccasionCues(text).silence, "\(text)")
    #expect(OccasionReader.read(text)?.occasion != .checkIn, "\(text)")
  }

  /// voice24 (aw054): a message asked for after the interview is the first note; the menu is
  /// for a request that says neither which note nor when.
  @Test("a message asked for after the interview is the first note, with no menu")
  func messageAfterInterview() {
    var conversation = Conversation(today: Fixture.today)
    _ = conversation.send(
      "howya, want to send a quick linkedin message to the CTO after my interview, its a "
        + "startup so no need for anything too stiff")
    #expect(conversation.stage != .occasion)
    #expect(conversation.occasion == .firstNote)
  }

  @Test(
    "a request that names no note gets the menu, keeping its facts",
    arguments: [
      "can you help me write something to the company i interviewed with on friday",
      "what should i say to someone who interviewed me",
      "can you help me write a linkedin message", "hi. need a message for someone i met with today",
    ])
  func menu(_ text: String) {
    var conversation = Conversation(today: Fixture.today)
    _ = conversation.send(text)
    #expect(conversation.stage == .occasion, "\(text)")
  }

  @Test(
    "a menu answer in the person's words",
    arguments: [
      ("follow up, to ask about the result", Occasion.checkIn),
      ("just a chaser really", .checkIn),
      ("a follow-up, I suppose", .checkIn),
      ("reply to the no", .rejectionReply),
      ("reply to regret mail", .rejectionReply),
      ("thank you after the call with the md", .laterRound),
      ("thanks after the panel", .laterRound),
      ("thank you after the case study presentation", .laterRound),
      ("for my 2nd interview, not the first one", .laterRound),
      ("thanks for the offer but not accepting yet", .laterRound),
      ("a thank you note", .firstNote),
    ])
  func menuAnswer(_ text: String, _ expected: Occasion) {
    #expect(OccasionReader.readMenu(text)?.occasion == expected, "\(text)")
  }

  @Test(
    "whether to ask for feedback, in people's words",
    arguments: [
      ("yeah i'd love to know what i could do better", true),
      ("maybe? yeah ok ask", true),
      ("yes I want to know what exactly was missing", true),
      ("aye might as well ask", true),
      ("id like to know if there's anything specific", true),
      ("no she kind of already told me on the phone", false),
      ("no need", false),
      ("not really, he said i came second so i kind of know", false),
      ("nah", false),
    ])
  func feedback(_ text: String, _ expected: Bool) {
    #expect(FeedbackAnswer.read(text) == expected, "\(text)")
  }

  @Test(
    "the one thing a check-in or a reply mentions",
    arguments: [
      ("I talked about the team restructure I led at Lloyds", "restructure"),
      ("the new PCR machines the lab just got", "PCR machines"),
      ("I explained my final year project on crop disease detection", "crop disease"),
    ])
  func topic(_ text: String, _ expected: String) {
    let extractor = TopicExtractor(context: ExtractionContext())
    let topic = OccasionTopic.topic(in: text, extractor: extractor)
    #expect(topic?.text.contains(expected) == true, "\(String(describing: topic))")
  }

  @Test("nothing, said any way, is no topic and no development")
  func nothing() {
    for text in ["no sir nothing", "nothing really", "nah not that i know of"] {
      #expect(OccasionTopic.saysNothing(text), "\(text)")
    }
    #expect(!OccasionTopic.saysNothing("no, the Leeds centre opened"))
  }

  @Test("a check-in mentions what was discussed; a rejection reply the person's own work")
  func mentions() throws {
    var checkIn = Conversation(today: Fixture.today)
    for message in [
      "I'm Jordan Lee. It's been two weeks since my interview with Priya Shah at Northgate Foods and I haven't heard back",
      "skip", "nothing", "we talked about their new mobile banking app rollout", "no sir nothing",
    ] {
      _ = checkIn.send(message)
    }
    let note = try #require(checkIn.send("email").note)
    #expect(note.body.contains("mobile banking app rollout"), "\(note.body)")
    #expect(!note.body.contains("sir"))

    var rejection = Conversation(today: Fixture.today)
    for message in [
      "they turned me down", "Sam Okoro", "Dr Ada Bello", "Kingsbridge University", "skip",
      "my thesis on kinase inhibitors", "maybe? yeah ok ask",
    ] {
      _ = rejection.send(message)
    }
    let reply = try #require(rejection.send("email").note)
    #expect(reply.body.contains("enjoyed talking about my thesis on kinase inhibitors"))
    #expect(reply.body.contains("feedback"))
  }

  @Test("what they said about timing: a day of the month, the end of a month")
  func heard() {
    let interview = CivilDate(year: 2026, month: 11, day: 12)
    let today = CivilDate(year: 2026, month: 11, day: 30) ?? Fixture.today
    #expect(
      HeardTiming.read(
        "they told result will be shared by 25th", interview: interview, today: today)?
        .date == CivilDate(year: 2026, month: 11, day: 25))
    #expect(
      HeardTiming.read(
        "she said we will hear by end of november", interview: interview, today: today)?
        .date == CivilDate(year: 2026, month: 11, day: 30))
  }
}

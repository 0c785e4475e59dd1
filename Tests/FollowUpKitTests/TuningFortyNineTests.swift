import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// What tuning 49's conversations showed once its judged notes were read beside the current
/// program: a fear that the job went elsewhere thanked as a job offer; an instruction about
/// the greeting ("put Mrs Hughes at the top not Claire") read as the interviewer's surname; a
/// name said to be someone else's ("the name of one of their clients") read as a re-spelling;
/// a sign-off asked for beside a corrected name dropped; a company corrected to a whole name
/// pasted inside the old one; a company named with "and" ("Slaughter and May") read as two;
/// "no" setting aside a held role; "yest" for yesterday; a trial shift still to come thanked
/// as done; and a lone word typed as a topic, which English would need an article for, left
/// in small letters. Each mechanism has sentences it must read and ones it must leave alone.
@Suite("Tuning 49: what a message says it is about, not the words it shares")
struct TuningFortyNineTests {
  static let today = CivilDate(year: 2026, month: 12, day: 7) ?? Fixture.today

  /// A conversation after `lines`.
  static func after(_ lines: [String]) -> Conversation {
    var conversation = Conversation(today: today, surface: .remote)
    for line in lines { _ = conversation.send(line) }
    return conversation
  }

  @Test(
    "a job the person fears went elsewhere is no offer; one they were told of is",
    arguments: [
      ("I want to thank an interviewer even though I don't think I got the job", false),
      ("pretty sure i got the job tbh, fingers crossed", false),
      ("I got the job!! they rang me this morning", true),
      ("they offered me the role yesterday", true),
    ])
  func offerOnlyWhenTold(_ text: String, _ offer: Bool) {
    let reading = OccasionReader.read(text)
    #expect((reading?.round == .offer) == offer, "\(text)")
  }

  @Test("a name placed at the top of the note, before the draft, is the greeting")
  func placedAtTheTop() throws {
    var conversation = Self.after([
      "hi need a thank you email", "Aaliyah Begum", "Claire the manager", "Busy Bees",
      "nursery practitioner", "thurs",
    ])
    let reply = conversation.send(
      "oh actually can u put Mrs Hughes at the top not Claire, thats her surname and i think its more professional"
    )
    let claire = try #require(conversation.facts.interviewers?.first)
    #expect(claire.full == "Claire", "the interviewer's name is not changed")
    #expect(claire.greetAs == "Mrs Hughes")
    #expect(reply.text.contains("Mrs Hughes"))
    #expect(conversation.stage == .outcome, "the question in hand is asked again")
    #expect(NameRequest.read("can u put Mrs Hughes at the top") == .greeting("Mrs Hughes"))
  }

  @Test("asking to greet someone as well stays an addition, not the greeting replaced")
  func additionStaysAddition() {
    #expect(Conversation.placedAtTheTop("Sorry please add Tunde in the greeting too") == nil)
    #expect(Conversation.placedAtTheTop("hi, it's Tom here") == nil)
  }

  @Test("a name said to be someone else's corrects nobody held")
  func someoneElsesName() {
    var conversation = Self.after([
      "thank you note please", "Jess Thornton", "Hannah from the account team and her boss Rob",
      "Brands2Life", "account executive", "tuesday",
    ])
    _ = conversation.send(
      "badly, i got the name of one of their clients wrong and they definitely noticed")
    #expect(conversation.facts.interviewers?.map(\.full) == ["Hannah", "Rob"])
    #expect(conversation.facts.outcome == .badly)
    // A name that is the interviewer's is still put right.
    var other = Self.after([
      "thank you note please", "Jess Thornton", "Hannah Smyth", "Brands2Life",
      "account executive", "tuesday",
    ])
    _ = other.send("sorry i got her surname wrong, its Smith")
    #expect(other.facts.interviewers?.first?.full == "Hannah Smith")
  }

  @Test("a sign-off asked for beside the name put right is kept")
  func signOffBesideRenaming() {
    var conversation = Self.after([
      "thank you note please", "Jess Thornton", "Hannah from the account team",
    ])
    let reply = conversation.send(
      "oh use my full name actually, Jessica Thornton, but still sign it Jess")
    #expect(conversation.facts.name?.full == "Jessica Thornton")
    #expect(conversation.facts.signOff?.full == "Jess")
    #expect(reply.text.contains("sign the note as Jess."))
    // Without a sign-off asked for, the renamed person signs with their new given name.
    var plain = Self.after(["thank you note please", "Jess Thornton", "Hannah"])
    _ = plain.send("oh use my full name actually, Jessica Thornton")
    #expect(plain.facts.signOff == nil)
  }

  @Test("a company put right by its whole name replaces the name, not a word inside it")
  func wholeCompanyName() {
    var conversation = Self.after([
      "thank you note please", "Rhiannon Pugh", "Mr Okafor", "Leeds City Council",
    ])
    _ = conversation.send(
      "Oh sorry, I've just realised I said Leeds, it's Kirklees Council! The library's in Dewsbury")
    #expect(conversation.facts.company == "Kirklees Council")
    #expect(conversation.facts.role == nil, "the remark after it is no job title")
    var respelled = Self.after([
      "thank you note please", "Rhiannon Pugh", "Mr Okafor", "Harlow Read Partners",
    ])
    _ = respelled.send("sorry its Reed not Read")
    #expect(respelled.facts.company == "Harlow Reed Partners")
  }

  @Test("a company denied and another named with a joining word is that company")
  func joinedCompanyName() {
    var conversation = Self.after([
      "thank you note please", "Amara Chukwu", "Hamid Rahman", "Clifford Chance",
    ])
    _ = conversation.send(
      "wait sorry, not Clifford Chance, that's my one next week lol. this one was Slaughter and May"
    )
    #expect(conversation.facts.company == "Slaughter and May")
  }

  @Test(
    "'s before a preposition after an article is a clause; a name's 's is the name's",
    arguments: [
      ("The library's in Dewsbury", false),
      ("the library's new wing", true),
      ("sainsbury's in leeds", true),
      ("McDonald's in Bolton Town Centre", true),
    ])
  func contractedIs(_ text: String, _ nounPhrase: Bool) {
    #expect(FieldShape.isNounPhrase(text) == nounPhrase, "\(text)")
  }

  @Test("'no' before a value held sets it aside; 'no' elsewhere does not")
  func noSetsAside() {
    var conversation = Self.after([
      "need a wee thank u text", "Ewan Gillies", "shona the pub manager", "wetherspoons",
      "shift manager",
    ])
    _ = conversation.send("naw wait its shift leader no shift manager, just checked the advert")
    #expect(conversation.facts.role == "shift leader")
    let reader = CorrectionReader(reader: FactReader(today: Self.today), known: conversation.facts)
    #expect(reader.heldDeniedWithNo("no idea what the role is called") == nil)
    #expect(reader.heldDeniedWithNo("it went well, no shift leader there") == nil)
  }

  @Test("a long day's name clipped after four letters is that day; shorter words are not")
  func clippedDayNames() {
    #expect(DateReader.nearDay("yest") == "yesterday")
    #expect(DateReader.nearDay("wednes") == "wednesday")
    #expect(DateReader.nearDay("yes") == nil)
    #expect(DateReader.nearDay("thur") == nil, "a short form of its own, read elsewhere")
  }

  @Test(
    "a trial shift the person is called in for is still to come",
    arguments: [
      ("aye it went well, she wants me in for a trial shift thursday", false),
      ("hes asked me in for a trial shift saturday", false),
      ("need a quick text after my trial shift today", true),
      ("I did a trial shift at the patisserie", true),
      ("thanks again for the trial shift today", true),
      ("trial shift today went well", true),
    ])
  func trialToCome(_ text: String, _ done: Bool) {
    #expect(TrialShift.wasOne(in: text) == done, "\(text)")
  }

  @Test("a lone word the person never gives an article is a name; one they do is not")
  func bareWordTopic() {
    var conversation = Self.after([
      "thank you note please", "Aaliyah Begum", "Claire", "Busy Bees", "nursery practitioner",
      "thurs", "fine",
      "asked why childcare, about my work experience at my cousins nursery. its level 3 "
        + "apprenticeship, college one day a week. pay £7.55 first year. claire said they use "
        + "makaton signing with all the babies and toddlers and staff get trained on it, she "
        + "showed me some signs",
    ])
    _ = conversation.send("makaton")
    #expect(conversation.answers.topic?.text == "Makaton")
    var common = Self.after([
      "thank you note please", "Aaliyah Begum", "Claire", "Busy Bees", "nursery practitioner",
      "thurs", "fine", "she told me about the merger with the other nursery group next year",
    ])
    _ = common.send("merger")
    #expect(common.answers.topic?.text.hasPrefix("Merger") == false)
  }
}

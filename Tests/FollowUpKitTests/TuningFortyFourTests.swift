import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// What the judged first notes of tuning 44 showed, each as the kind it is: the person's line
/// kept out by a reading that misread it, a close left off after a hard interview, a name's
/// number cutting its phrase, a slip the repairs made, a comma splice on a noun subject, a
/// trial still to come, and "actually" inside a relative clause.
@Suite("Tuning 44: the person's line and the note's close")
struct TuningFortyFourTests {
  @Test("a hard interview's note ends on its thanks, in the composed wording")
  func closeAfterHardInterview() {
    for tone in [Tone.warm, .neutral, .formal] {
      let note = NoteComposer.compose(NoteVoiceTests.request(outcome: .badly, tone: tone))
      let close = note.lines.first { $0.part == .close }?.text ?? ""
      #expect(close.lowercased().contains("again"), "\(tone): \(note.body)")
      #expect(!close.contains("really enjoyed"), "\(close)")
    }
  }

  @Test("a number that continues a name keeps the phrase whole for its article")
  func nameNumber() {
    #expect(
      TopicArticles.determined("Windows 11 laptop rollout") == "the Windows 11 laptop rollout")
    #expect(TopicArticles.determined("funding for teamwork") == "funding for teamwork")
    #expect(
      NoteComposer.spoken("windows 11 laptop rollout", interest: nil)
        == "the Windows 11 laptop rollout")
  }

  @Test("a preposition that ends the sentence is an adverb, not the adjective's")
  func adverbAfterAdjective() {
    #expect(
      VouchedPoint.doubt(
        in:
          "I ran a kerbside recycling rollout at Wakefield, so I have done something similar before."
      )
        == nil)
    #expect(
      VouchedPoint.adjectivePreposition(["i", "am", "similar", "with", "my", "sister"]) != nil)
  }

  @Test("a word before a field of work is its kind, not a name typed small")
  func fieldNotName() {
    #expect(ProperSpelling.uncasedName(in: "I did my level 3 in dementia care last year.") == nil)
    #expect(ProperSpelling.uncasedName(in: "I worked in costa for two years.") == "costa")
    #expect(ProperSpelling.uncasedName(in: "I grew up in cavan so I know it.") == "cavan")
  }

  @Test("a feeling said with no subject is the person's own")
  func dispositionGivenSubject() {
    let context = ExtractionContext()
    #expect(
      InterestReader.point(from: "keen to help set up a kitchen from scratch", context: context)
        == "I'm keen to help set up a kitchen from scratch")
    #expect(
      InterestReader.point(from: "excited about the new clinic opening in march", context: context)?
        .hasPrefix("I'm excited about") == true)
    #expect(
      PointRegister.tidyingDoubt(
        typed: "keen to help set up a kitchen from scratch",
        point: "I'm keen to help set up a kitchen from scratch") == nil)
  }

  @Test("an act in -ing framed is a sentence; a thing or a state framed is not")
  func framedActs() {
    let framing = InterestReader.framing
    #expect(
      PointRegister.tidyingDoubt(
        typed: "bringing real banking examples into the classroom",
        point: framing + "bringing real banking examples into the classroom") == nil)
    #expect(
      PointRegister.tidyingDoubt(
        typed: "hands on with real kit from day one",
        point: framing + "hands on with real kit from day one") != nil)
    #expect(
      InterestReader.point(
        from: "Finding debut voices from backgrounds like mine.", context: ExtractionContext())
        == framing + "finding debut voices from backgrounds like mine.")
  }

  @Test("a quantity before 'of' takes no article; a counted thing still does")
  func amountsBeforeOf() {
    let plenty = VouchedPoint.repairs(of: "I had plenty of those at the desk.")
    #expect(plenty.text == "I had plenty of those at the desk." && plenty.slips == 0)
    #expect(VouchedPoint.repairs(of: "I never got loan from the bank.").text.contains("a loan"))
  }

  @Test("a clause on a noun subject after a comma is a second sentence")
  func nounSubjectSplice() {
    #expect(
      VouchedPoint.doubt(
        in: "Residents can sleep better, in my previous job the night checks were waking them.")
        != nil)
    #expect(VouchedPoint.doubt(in: "I loved the visit, the staff were so kind.") != nil)
    #expect(
      VouchedPoint.doubt(in: "I worked nights for two years, in the busiest ward in the hospital.")
        == nil)
  }

  @Test("a trial the person may come and do is still to come")
  func trialToCome() {
    #expect(!TrialShift.wasOne(in: "very good!! he say i can come do trial day on tuesday"))
    #expect(TrialShift.wasOne(in: "thank you text after my trial shift today"))
  }

  @Test("'actually' after a relative pronoun weighs its verb and puts nothing right")
  func actuallyInRelative() {
    var conversation = DayCorrectionTests.conversation()
    _ = conversation.send(
      "good she said i was the first one whos actually smiled lol and shed ring me monday")
    #expect(conversation.facts.when?.date?.iso == "2026-11-30")
    #expect(conversation.facts.outcome != nil)
  }

  @Test("a number inside a name is no pick of the topics offered")
  func numberInName() {
    #expect(Conversation.topicNumber("windows 11 laptop rollout") == nil)
    #expect(Conversation.topicNumber("the level 3 apprenticeship") == nil)
    for (text, number) in [
      ("go with 2", 2), ("2 sounds good", 2), ("defo 2 i think", 2),
      ("number 3", 3), ("yes 1 please", 1),
    ] {
      #expect(Conversation.topicNumber(text) == number, "\(text)")
    }
  }
}

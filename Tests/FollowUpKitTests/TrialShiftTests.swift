import Testing

@testable import FollowUpKit

/// Tuning 28's be041 and be060 thanked a café manager and a head chef "for meeting me ... to
/// talk about the role" after a trial shift: the note thanks them for having the person in.
@Suite("A trial shift is thanked as a shift")
struct TrialShiftTests {
  static let today = CivilDate(year: 2026, month: 12, day: 4) ?? Unseen.today

  /// A café interview drafted as an email after the given opening.
  static func drafted(opening: String) -> Conversation {
    Conversation.after(
      [
        opening, "Brooke Summers", "Jase", "Dock 9 Coffee", "barista", "went well",
        "Jase said they are getting a new roaster in January and will start roasting their own "
          + "beans",
        "yes", "skip", "email",
      ], today: today)
  }

  @Test(
    "a trial the person did",
    arguments: [
      "g'day, need a quick text to send the cafe manager after my trial today",
      "Hello. I did a trial shift at patisserie and want to write thank you email to head chef",
      "had a trial shift at the bakery yesterday, can you help me thank them",
      "the trial day went well i think",
      "yo can you help me text the coach after my trial session / interview thing",
    ])
  func didOne(text: String) {
    #expect(TrialShift.wasOne(in: text))
  }

  @Test(
    "a trial still to come, or no trial shift at all",
    arguments: [
      "he offered me a trial shift next week", "can you mention im keen for the trial shift too",
      "i have a trial shift tomorrow", "she works on a clinical trial for asthma",
      "lots of trial and error in the lab", "had an interview at the bakery yesterday",
      // Tuning 40's cc047: a noun after "the trial" says which thing of a trial is meant.
      "wembley is one of the trial sites and Marcia runs it",
      "it went well, they asked me to come back for a trial session with the toddlers",
    ])
  func didNone(text: String) {
    #expect(!TrialShift.wasOne(in: text))
  }

  @Test("the note thanks them for having the person in, never for meeting to talk")
  func thanksForTheShift() throws {
    let conversation = Self.drafted(
      opening: "hi, can you help me with a thank you email after my trial shift yesterday")
    let note = try #require(conversation.note)
    #expect(note.body.contains("trial shift"), "\(note.body)")
    #expect(!note.body.contains("meet"), "\(note.body)")
    #expect(note.body.contains("barista role at Dock 9 Coffee"), "\(note.body)")
  }

  @Test("an interview said as one keeps its thanks for the meeting")
  func interviewKeepsItsThanks() throws {
    let conversation = Self.drafted(
      opening: "hi, can you help me with a thank you email after my interview yesterday")
    let note = try #require(conversation.note)
    #expect(!note.body.contains("trial"), "\(note.body)")
  }
}

extension TrialShiftTests {
  @Test("asked to leave the trial out, the thanks is said as for an interview")
  func trialLeftOut() throws {
    var conversation = Self.drafted(
      opening: "hi, can you help me with a thank you email after my trial shift yesterday")
    _ = conversation.send("dont say about the trial")
    let note = try #require(conversation.note)
    #expect(!note.body.contains("trial"), "\(note.body)")
    #expect(note.body.contains("barista role at Dock 9 Coffee"), "\(note.body)")
  }
}

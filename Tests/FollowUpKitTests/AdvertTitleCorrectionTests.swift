import Testing

@testable import FollowUpKit

/// Tuning 30's bi043 wrote, at the discussion question, "also I put ICU nurse but the advert
/// says Critical Care Nurse, rather use that", and was greeted "Dear Sister Mahlangu and ICU,":
/// "I put ICU" had been read as a request to greet ICU too, and the new value held the words
/// of its source ("advert says Critical Care Nurse"). A verb after "I" tells what the person
/// did, and a value is what its source states.
@Suite("A correction that cites where the right value is written")
struct AdvertTitleCorrectionTests {
  @Test("the title the advert states replaces the role; nobody is added to the greeting")
  func advertTitle() {
    let conversation = Conversation.after(
      [
        "I need to write a thank you email", "Nomvula Dlamini",
        "Sister Mahlangu the unit manager and a doctor, Dr Pillay",
        "chris hani baragwanath academic hospital", "ICU nurse", "friday last week, the 27th",
        "badly, I was so tired",
        "also I put ICU nurse but the advert says Critical Care Nurse, rather use that",
      ], today: CivilDate(year: 2026, month: 12, day: 4) ?? Unseen.today)
    #expect(conversation.facts.role == "Critical Care Nurse")
    #expect(conversation.answers.greetAlso == nil)
  }

  @Test("a request with 'I' and a modal still adds a person; a narration does not")
  func narration() {
    #expect(GreetingAddition.read("can I add Tunde in the greeting too") == ["Tunde"])
    #expect(GreetingAddition.read("also I put ICU nurse but the advert says otherwise") == nil)
    #expect(
      CorrectionReader.withoutSource("the advert says Critical Care Nurse") == "Critical Care Nurse"
    )
  }
}

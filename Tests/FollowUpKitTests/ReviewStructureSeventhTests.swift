import Testing

@testable import FollowUpKit

/// The seventh review round: each rule states whom its cue is about and abstains when the cue
/// belongs to someone else, on notes worded unlike every tuning set: three a rule must catch
/// and two good notes it must leave alone. A feeling the employer turned round is thanks, not
/// an apology; a straitened clause about the employer is not the writer's need; a time that is
/// theirs (their event's, or the one they said) is no pressure; the words before a name open
/// the greeting in any language, and letters after it are no name.
@Suite("Review by structure, seventh round")
struct ReviewStructureSeventhTests {
  struct Case: CustomStringConvertible, Sendable {
    var interviewer: String
    var company: String
    var draft: String
    var codes: Set<Finding.Code>
    var description: String { draft }
  }

  /// A letter around one sentence, its topic named elsewhere when the sentence names none.
  static func letter(_ sentence: String, to name: String = "Anna") -> String {
    "Dear \(name),\n\nThank you for meeting me on Tuesday. The rota app your pickers built "
      + "for swapping Saturday shifts was a clever fix. \(sentence)\n\nBest wishes,\nTom"
  }

  /// Nerves turned round by the employer are thanks; nerves owned up to still apologise.
  static let feelings: [Case] = [
    Case(
      interviewer: "Anna Kerr", company: "Dockside Freight",
      draft: letter(
        "I was so anxious on Thursday that half my answers came out in the wrong order."),
      codes: [.apology]),
    Case(
      interviewer: "Anna Kerr", company: "Dockside Freight",
      draft: letter("I was jittery all the way through, but I promise I'm calmer on the ward."),
      codes: [.apology]),
    Case(
      interviewer: "Anna Kerr", company: "Dockside Freight",
      draft: letter("I was flustered by the spreadsheet exercise, though you probably noticed."),
      codes: [.apology]),
    Case(
      interviewer: "Femi Osei", company: "Leyton Dental",
      draft: "Dear Mr Osei,\nThank you for meeting me on Thursday. I was nervous walking in, but "
        + "you put me at ease straight away, and I came away thinking about your plan to open "
        + "the second clinic in Leyton next spring.\nKind regards,\nFarah Iqbal", codes: []),
    Case(
      interviewer: "Ruth Bell", company: "St Anne's Hospice",
      draft: "Hi Ruth, thanks for today. Honestly I was tense on the drive over, until your "
        + "receptionist made me a cup of tea and told me about the Friday quiz night for the "
        + "porters. Best, Sam", codes: []),
  ]

  /// Need and straits are the writer's only in a clause about the writer.
  static let straits: [Case] = [
    Case(
      interviewer: "Anna Kerr", company: "Dockside Freight",
      draft: letter(
        "Since the warehouse closed in March I've had no income at all, and this would mean "
          + "everything to us."), codes: [.desperation]),
    Case(
      interviewer: "Anna Kerr", company: "Dockside Freight",
      draft: letter(
        "The rent's gone up again and I honestly can't afford another month like this one."),
      codes: [.desperation]),
    Case(
      interviewer: "Anna Kerr", company: "Dockside Freight",
      draft: letter("Your yard is the kind of place I'd take any hours at, even Sunday nights."),
      codes: [.desperation]),
    Case(
      interviewer: "Anna Kerr", company: "Copper Kettle Café",
      draft: "Dear Anna,\n\nThank you for meeting me on Tuesday. I was interested in how you keep "
        + "the café financially afloat through the winter with the soup club.\n\nBest wishes,\nTom",
      codes: []),
    Case(
      interviewer: "Anna Kerr", company: "Kerr Hardware",
      draft: "Dear Anna,\n\nThank you for meeting me on Tuesday. It struck me that the shop has "
        + "been through a tough few months since the roadworks on Mill Lane, and still kept "
        + "every job.\n\nBest wishes,\nTom", codes: []),
  ]

  /// A time the writer sets presses; a time of their own event, or one they said, does not.
  static let timing: [Case] = [
    Case(
      interviewer: "Anna Kerr", company: "Dockside Freight",
      draft: letter(
        "You said you'd decide by Friday, so I'll ring the office first thing Monday if I "
          + "haven't heard."), codes: [.pressure]),
    Case(
      interviewer: "Anna Kerr", company: "Dockside Freight",
      draft: letter("Could the panel let me have its answer by Thursday at the latest?"),
      codes: [.pressure]),
    Case(
      interviewer: "Anna Kerr", company: "Dockside Freight",
      draft: letter("I'll swing past the depot on Wednesday to see whether I got it."),
      codes: [.pressure]),
    Case(
      interviewer: "Anna Kerr", company: "St Luke's Church",
      draft: "Dear Anna,\n\nThank you for meeting me on Tuesday. I loved hearing how your team "
        + "prays together before the big Sunday service.\n\nBest wishes,\nTom", codes: []),
    Case(
      interviewer: "Anna Kerr", company: "Dockside Freight",
      draft: letter(
        "I remember you said the decision will be made by the end of the month, and I'm happy "
          + "to wait."), codes: []),
  ]

  static let allotment =
    "\n\nThank you for showing me the allotment the school runs for Year 3. The bean teepees "
    + "were a lovely touch.\n\nBest wishes,\nTom"

  /// Words before the interviewer's name open the greeting, in any language; a name joined by
  /// "and", or before the family name alone, is a name; letters after a name are not.
  static let greetings: [Case] = [
    Case(
      interviewer: "Priya Shah", company: "Hillside Primary",
      draft: "Dear Tom and Priya,"
        + allotment, codes: [.wrongName]),
    Case(
      interviewer: "Priya Shah", company: "Hillside Primary",
      draft: "Dear Pria Shah,"
        + allotment, codes: [.wrongName]),
    Case(
      interviewer: "Priya Shah", company: "Hillside Primary",
      draft: "Good morning Mr Priya,"
        + allotment, codes: [.wrongName]),
    Case(
      interviewer: "Priya Shah", company: "Hillside Primary",
      draft: "Happy Friday Priya!"
        + allotment, codes: []),
    Case(
      interviewer: "Dr Huw Jenkins", company: "Towy Vets",
      draft: "Shwmae Dr Jenkins MRCVS,"
        + allotment, codes: []),
  ]

  static let ferry =
    "\n\nThank you for the interview. The night ferry's new cycle deck was a clever use of "
    + "the old car bay.\n\nBest,\nTom"

  /// A short form may come from either end of a name, or be its parts' initials; a name
  /// written family first is addressed by either end. Other names are still wrong.
  static let shortForms: [Case] = [
    Case(
      interviewer: "Oluwaseun Adebayo", company: "Lagos Ferries", draft: "Hi Sean," + ferry,
      codes: [.wrongName]),
    Case(
      interviewer: "Mr Oluwaseun Adebayo", company: "Lagos Ferries",
      draft: "Dear Mr Oluwaseun," + ferry, codes: [.wrongName]),
    Case(
      interviewer: "Mary-Jane Watts", company: "Lagos Ferries", draft: "Hi MK," + ferry,
      codes: [.wrongName]),
    Case(
      interviewer: "Mr Oluwaseun Adebayo", company: "Lagos Ferries", draft: "Dear Seun," + ferry,
      codes: []),
    Case(
      interviewer: "Nguyen Van An", company: "Saigon Ferries", draft: "Dear Mr Nguyen," + ferry,
      codes: []),
    Case(
      interviewer: "Mary-Jane Watts", company: "Lagos Ferries", draft: "Hi MJ," + ferry,
      codes: []),
    Case(
      interviewer: "Elizabeth Harper", company: "Lagos Ferries", draft: "Hi Liz," + ferry,
      codes: []),
  ]

  /// A note of one sentence after the thanks.
  static func bare(_ sentence: String) -> String {
    "Dear Anna,\n\nThank you for meeting me on Tuesday. \(sentence)\n\nBest wishes,\nTom"
  }

  /// What their team does, with its own verb and the people or places it is done to, names a
  /// practice of theirs; praise with no verb of doing names nothing.
  static let practices: [Case] = [
    Case(
      interviewer: "Anna Kerr", company: "Kerr Foods",
      draft: bare("You deliver great customer service and it really shows."),
      codes: [.noSpecificTopic]),
    Case(
      interviewer: "Anna Kerr", company: "Kerr Foods",
      draft: bare("Your team clearly values its staff."), codes: [.noSpecificTopic]),
    Case(
      interviewer: "Anna Kerr", company: "Kerr Foods",
      draft: bare("You have a brilliant team and a lovely office."), codes: [.noSpecificTopic]),
    Case(
      interviewer: "Anna Kerr", company: "Kerr Foods",
      draft: bare("It was great to hear that you bake everything on site."), codes: []),
    Case(
      interviewer: "Anna Kerr", company: "Kerr Foods",
      draft: bare(
        "Hearing how the team answers every customer email within an hour was impressive."),
      codes: []),
    Case(
      interviewer: "Anna Kerr", company: "Kerr Foods",
      draft: bare("It was fascinating to hear how the team tests every recipe on the staff first."),
      codes: []),
  ]

  /// Phrases of self-description are stock when the writer says them of themselves, and
  /// description when said of the employer's people.
  static let selfDescription: [Case] = [
    Case(
      interviewer: "Anna Kerr", company: "Dockside Freight",
      draft: letter("I'm passionate about getting the stock right first time."), codes: [.cliche]),
    Case(
      interviewer: "Anna Kerr", company: "Dockside Freight",
      draft: letter("I'd love to be part of such a forward-thinking crew."), codes: [.cliche]),
    Case(
      interviewer: "Anna Kerr", company: "Dockside Freight",
      draft: letter("I always go the extra mile for the people I look after."), codes: [.cliche]),
    Case(
      interviewer: "Anna Kerr", company: "Kerr Foods",
      draft: bare(
        "I loved how the apprentices learn and grow by running the Saturday stall themselves."),
      codes: []),
    Case(
      interviewer: "Anna Kerr", company: "Kerr Haulage",
      draft: bare(
        "I liked hearing how the drivers go the extra mile in snow, with the chains you keep "
          + "in every van."), codes: []),
  ]

  /// Background in an opening clause that the rest of the sentence uses is one clause tied to
  /// the topic; background with a claim after it argues the case again.
  static let background: [Case] = [
    Case(
      interviewer: "Anna Kerr", company: "Dockside Freight",
      draft: letter("As a reminder, I hold a CSCS card and an NVQ Level 2 in bricklaying."),
      codes: [.coverLetter]),
    Case(
      interviewer: "Anna Kerr", company: "Dockside Freight",
      draft: letter(
        "With five years in payroll and my CIPD Level 5, I would bring a lot to the finance desk."),
      codes: [.coverLetter]),
    Case(
      interviewer: "Anna Kerr", company: "Dockside Freight",
      draft: letter("After eight years in retail, I honestly think I'm right for this job."),
      codes: [.coverLetter]),
    Case(
      interviewer: "Anna Kerr", company: "Dockside Freight",
      draft: letter(
        "Having run two bakeries, I also hold a food hygiene Level 3 and speak fluent Polish."),
      codes: [.coverLetter]),
    Case(
      interviewer: "Anna Kerr", company: "Airedale Trust",
      draft: bare(
        "Having done my nursing degree in Leeds, I know how much the student placements on "
          + "Ward 9 matter."), codes: []),
    Case(
      interviewer: "Anna Kerr", company: "Kerr Estates",
      draft: bare(
        "As a qualified electrician, I was impressed by the solar canopy over the staff car park."),
      codes: []),
  ]

  /// Faults told in the writer's own shapes: shame with the writer left unsaid, hardship
  /// said of the writer, taking any chance at all, another job held for their answer, and a
  /// CV with no "I" in it. Each with good notes that share its words.
  static let ownShapes: [Case] = [
    Case(
      interviewer: "Anna Kerr", company: "Dockside Freight",
      draft: letter("Still mortified that I called the warehouse a depot the whole way through!"),
      codes: [.apology]),
    Case(
      interviewer: "Anna Kerr", company: "Dockside Freight",
      draft: letter(
        "Quite embarrassed about arriving with my shirt untucked, not the impression I meant to give."
      ),
      codes: [.apology]),
    Case(
      interviewer: "Anna Kerr", company: "Dockside Freight",
      draft: letter("Red-faced by my mix-up over the forklift licence question."), codes: [.apology]
    ),
    Case(
      interviewer: "Anna Kerr", company: "Kerr Haulage",
      draft: bare(
        "I felt embarrassed for the courier who got stuck in your yard, but the way your "
          + "forklift driver freed his van was brilliant."), codes: []),
    Case(
      interviewer: "Anna Kerr", company: "Dockside Freight",
      draft: letter("Honestly this winter has been awful for me since the mill closed."),
      codes: [.desperation]),
    Case(
      interviewer: "Anna Kerr", company: "Dockside Freight",
      draft: letter("I'd be thankful for any role whatsoever."), codes: [.desperation]),
    Case(
      interviewer: "Anna Kerr", company: "Dockside Freight",
      draft: letter("It's been terrible for me and my partner since the redundancy."),
      codes: [.desperation]),
    Case(
      interviewer: "Anna Kerr", company: "Kerr Care",
      draft: bare(
        "I'd be grateful for any chance to see the new ward again once the garden room opens."),
      codes: []),
    Case(
      interviewer: "Anna Kerr", company: "Dockside Freight",
      draft: letter(
        "I'm sitting on an offer from Tesco's depot until Thursday, so do let me know."),
      codes: [.pressure]),
    Case(
      interviewer: "Anna Kerr", company: "Dockside Freight",
      draft: letter("Holding off on signing with the agency until I hear from you."),
      codes: [.pressure]),
    Case(
      interviewer: "Anna Kerr", company: "Dockside Freight",
      draft: letter("I'm putting off accepting the other role for now, hope that's OK."),
      codes: [.pressure]),
    Case(
      interviewer: "Anna Kerr", company: "Kerr Books",
      draft: bare(
        "I'm holding off on buying the new atlas until your shop's Saturday map fair next month."),
      codes: []),
    Case(
      interviewer: "Anna Kerr", company: "Dockside Freight",
      draft: letter("Quick recap: HGV Class 1, ADR certificate, 9 yrs multi-drop, clean licence."),
      codes: [.coverLetter]),
    Case(
      interviewer: "Anna Kerr", company: "Dockside Freight",
      draft: letter("Updated CV attached again for the file."), codes: [.coverLetter]),
    Case(
      interviewer: "Anna Kerr", company: "Dockside Freight",
      draft: letter("I have eleven years' warehouse experience and two forklift certificates."),
      codes: [.coverLetter]),
    Case(
      interviewer: "Anna Kerr", company: "Kerr Care",
      draft: bare(
        "Your idea of a first-aid refresher for every volunteer, with certificates, badges and "
          + "a Level 2 award at the end, is great."), codes: []),
  ]

  /// A circumstance over and done, told to explain why their thing struck home, is no plea;
  /// one that goes on is.
  static let pastCircumstance: [Case] = [
    Case(
      interviewer: "Anna Kerr", company: "Dockside Freight",
      draft: letter("I was made redundant in March and your yard would be a real lifeline."),
      codes: [.desperation]),
    Case(
      interviewer: "Anna Kerr", company: "Dockside Freight",
      draft: letter(
        "I've been out of work since the summer, so your offer of a trial shift is kind."),
      codes: [.desperation]),
    Case(
      interviewer: "Anna Kerr", company: "Dockside Freight",
      draft: letter("I was laid off a month ago and money is tight."), codes: [.desperation]),
    Case(
      interviewer: "Anna Kerr", company: "Kerr Bakery",
      draft: bare(
        "I was made redundant from a bakery myself years ago, so your retraining fund for "
          + "staff really hit home."), codes: []),
    Case(
      interviewer: "Anna Kerr", company: "Kerr Foodbank",
      draft: bare(
        "We were out of work for a while long ago, so your food bank's Saturday breakfast "
          + "club for families meant a lot to hear about."), codes: []),
  ]

  /// Sorry for what befell the employer is sympathy, forgetting how good a thing is a
  /// realisation; sorry for the writer's doing, and a slip forgotten, are apologies.
  static let sympathy: [Case] = [
    Case(
      interviewer: "Anna Kerr", company: "Dockside Freight",
      draft: letter("Sorry again that you had to wait while I found my notes."), codes: [.apology]),
    Case(
      interviewer: "Anna Kerr", company: "Dockside Freight",
      draft: letter("I forgot how to work out the pallet weights, which was a shame."),
      codes: [.apology]),
    Case(
      interviewer: "Anna Kerr", company: "Dockside Freight",
      draft: letter("Sorry that my answer about the night rota went round in circles."),
      codes: [.apology]),
    Case(
      interviewer: "Anna Kerr", company: "St Mary's Pharmacy",
      draft: bare(
        "I forgot how much I missed hospital pharmacy until you showed me the aseptic unit."),
      codes: []),
    Case(
      interviewer: "Anna Kerr", company: "St Mary's Pharmacy",
      draft: bare(
        "Sorry again that your colleague had to cover the tour; the new sterilisation room "
          + "was fascinating."), codes: []),
  ]

  /// A specific word before a generic head names a thing of theirs ("the allotment project");
  /// praise before one names none ("your exciting projects").
  static let namedThings: [Case] = [
    Case(
      interviewer: "Anna Kerr", company: "Kerr Foods",
      draft: bare("I was impressed by your exciting projects and the great service you give."),
      codes: [.noSpecificTopic]),
    Case(
      interviewer: "Anna Kerr", company: "Kerr Foods",
      draft: bare("It was good to learn about your plans for the future and your services."),
      codes: [.noSpecificTopic]),
    Case(
      interviewer: "Anna Kerr", company: "Kerr Foods",
      draft: bare("Your sustainability initiatives and community projects sound fantastic."),
      codes: [.noSpecificTopic]),
    Case(
      interviewer: "Anna Kerr", company: "Kerr Gardens",
      draft: bare("I could see how proud the whole team is of the allotment project."),
      codes: []),
    Case(
      interviewer: "Anna Kerr", company: "Kerr Care",
      draft: bare("I liked hearing about the buddy scheme you run for new porters."), codes: []),
  ]

  /// One weak cue of need (looking for work, struggling, proving oneself, praying) in a
  /// sentence that names a thing of theirs is not enough; alone, it is need.
  static let weakCues: [Case] = [
    Case(
      interviewer: "Anna Kerr", company: "Dockside Freight",
      draft: letter("I've been struggling a lot lately, to be honest."), codes: [.desperation]),
    Case(
      interviewer: "Anna Kerr", company: "Dockside Freight",
      draft: letter("I've been looking for work since the summer."), codes: [.desperation]),
    Case(
      interviewer: "Anna Kerr", company: "Dockside Freight",
      draft: letter("All I ask is a chance to prove myself."), codes: [.desperation]),
    Case(
      interviewer: "Anna Kerr", company: "Kerr Leisure",
      draft: bare(
        "I've been struggling to find a gym that opens early, so your 5am slots for shift "
          + "workers caught my ear."), codes: []),
    Case(
      interviewer: "Anna Kerr", company: "Kerr Cinemas",
      draft: bare("I'll be praying for good weather for your outdoor cinema night in the square!"),
      codes: []),
  ]

  static func codes(_ item: Case) -> (Set<Finding.Code>, [String]) {
    let people = PersonName(parsing: item.interviewer).map { [$0] } ?? []
    let found = DraftReviewer.review(item.draft, interviewers: people, company: item.company)
    return (Set(found.map(\.code)), found.map(\.message))
  }

  @Test("nerves the employer turned round are thanks, not an apology", arguments: feelings)
  func feeling(_ item: Case) {
    let (codes, messages) = Self.codes(item)
    #expect(codes == item.codes, "\(messages)")
  }

  @Test("need and straits are the writer's only in a clause about the writer", arguments: straits)
  func strait(_ item: Case) {
    let (codes, messages) = Self.codes(item)
    #expect(codes == item.codes, "\(messages)")
  }

  @Test("a time of theirs is no pressure; a time the writer sets is", arguments: timing)
  func time(_ item: Case) {
    let (codes, messages) = Self.codes(item)
    #expect(codes == item.codes, "\(messages)")
  }

  @Test(
    "the words before a name open the greeting; letters after it are no name",
    arguments: greetings)
  func greeting(_ item: Case) {
    let (codes, messages) = Self.codes(item)
    #expect(codes == item.codes, "\(messages)")
  }

  @Test("a short form comes from either end of a name, or its initials", arguments: shortForms)
  func shortForm(_ item: Case) {
    let (codes, messages) = Self.codes(item)
    #expect(codes == item.codes, "\(messages)")
  }

  @Test("what their team does names a practice of theirs", arguments: practices)
  func practice(_ item: Case) {
    let (codes, messages) = Self.codes(item)
    #expect(codes == item.codes, "\(messages)")
  }

  @Test(
    "self-description is stock only when the writer says it of themselves",
    arguments: selfDescription)
  func selfDescribed(_ item: Case) {
    let (codes, messages) = Self.codes(item)
    #expect(codes == item.codes, "\(messages)")
  }

  @Test(
    "background in an opening clause the sentence uses is tied to the topic",
    arguments: background)
  func backgroundClause(_ item: Case) {
    let (codes, messages) = Self.codes(item)
    #expect(codes == item.codes, "\(messages)")
  }

  @Test(
    "faults in the writer's own shapes, beside good notes with their words",
    arguments: ownShapes)
  func ownShape(_ item: Case) {
    let (codes, messages) = Self.codes(item)
    #expect(codes == item.codes, "\(messages)")
  }

  @Test(
    "a circumstance over and done that explains their thing is no plea",
    arguments: pastCircumstance)
  func past(_ item: Case) {
    let (codes, messages) = Self.codes(item)
    #expect(codes == item.codes, "\(messages)")
  }

  @Test(
    "sorry for what befell them is sympathy; forgetting how good a thing is, a realisation",
    arguments: sympathy)
  func sympathetic(_ item: Case) {
    let (codes, messages) = Self.codes(item)
    #expect(codes == item.codes, "\(messages)")
  }

  @Test("a specific word before a generic head names a thing of theirs", arguments: namedThings)
  func namedThing(_ item: Case) {
    let (codes, messages) = Self.codes(item)
    #expect(codes == item.codes, "\(messages)")
  }

  @Test("one weak cue of need beside a thing of theirs is not enough", arguments: weakCues)
  func weakCue(_ item: Case) {
    let (codes, messages) = Self.codes(item)
    #expect(codes == item.codes, "\(messages)")
  }
}

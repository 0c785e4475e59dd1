import Testing

@testable import FollowUpKit

/// The sixth review round's readings, each on notes worded unlike the tuning sets: three a rule
/// must catch and two it must leave alone. A greeting's name is compared with a short form and
/// a misspelling told apart; the note's courtesy (what was done for the writer, a wish for the
/// reader's weekend, the name it is signed with) names nothing of the employer's; a sentence
/// that opens by adding a thing adds a point, while one that points back goes on about the same.
@Suite("Review by structure, sixth round")
struct ReviewStructureSixthTests {
  struct Case: CustomStringConvertible, Sendable {
    var interviewer: String
    var company: String
    var draft: String
    var codes: Set<Finding.Code>
    var description: String { draft }
  }

  static let coldStore =
    "\n\nThanks for showing me the new cold store at Goole. The way the pickers swap aisles every "
    + "hour made a lot of sense.\n\nBest,\nSam"

  /// A name the given name's opening shortens, maybe with a pet ending, is a short form; one
  /// that leaves out only a silent letter is the name misspelt.
  static let names: [Case] = [
    Case(
      interviewer: "Deborah Fry", company: "Humber Frozen", draft: "Hi Debora," + coldStore,
      codes: [.wrongName]),
    Case(
      interviewer: "John Carver", company: "Humber Frozen", draft: "Dear Jon," + coldStore,
      codes: [.wrongName]),
    Case(
      interviewer: "Louise Tanner", company: "Humber Frozen", draft: "Hello Louis," + coldStore,
      codes: [.wrongName]),
    Case(
      interviewer: "Joanne Pike", company: "Humber Frozen", draft: "Hi Jo," + coldStore, codes: []),
    Case(
      interviewer: "Katherine Moss", company: "Humber Frozen", draft: "Hi Katie," + coldStore,
      codes: []),
    Case(
      interviewer: "Thomas Reid", company: "Humber Frozen", draft: "Hi Tom," + coldStore, codes: []),
  ]

  /// The name the person typed may be the short one, and a title may stand before the whole
  /// name; a title before the given name alone, the wrong family name or a misspelt full form
  /// are still wrong.
  static let fullForms: [Case] = [
    Case(
      interviewer: "Dave Okafor", company: "Humber Frozen", draft: "Hi Daniel," + coldStore,
      codes: [.wrongName]),
    Case(
      interviewer: "Priya Shah", company: "Humber Frozen", draft: "Dear Ms Priya," + coldStore,
      codes: [.wrongName]),
    Case(
      interviewer: "Priya Shah", company: "Humber Frozen",
      draft: "Dear Ms Priya Shaw,"
        + coldStore, codes: [.wrongName]),
    Case(
      interviewer: "Dave Okafor", company: "Humber Frozen", draft: "Hi David," + coldStore,
      codes: []),
    Case(
      interviewer: "Priya Shah", company: "Humber Frozen",
      draft: "Dear Ms Priya Shah,"
        + coldStore, codes: []),
  ]

  /// Thanks for what was done for the writer, a wish for the reader's own time and the name a
  /// message is signed with name nothing of theirs; a wish for a thing of theirs names it.
  static let courtesy: [Case] = [
    Case(
      interviewer: "Leona Price", company: "Kettle & Crumb",
      draft: "Hi Leona, thank you for seeing me this morning. It was lovely to get a feel for the "
        + "place. Enjoy your weekend, Marcus", codes: [.noSpecificTopic]),
    Case(
      interviewer: "Tunde Adeyemi", company: "Ridgeway Plant Hire",
      draft: "Dear Mr Adeyemi,\n\nThank you for inviting me in to interview for the stores "
        + "supervisor post yesterday, and for the patience you showed me.\n\nKind regards,\n"
        + "Paula Reyes", codes: [.noSpecificTopic]),
    Case(
      interviewer: "Bea Lund", company: "Kettle & Crumb",
      draft: "Hi Bea,\n\nThanks so much for having me over on Thursday. Hope the remainder of "
        + "your week is a calm one!\n\nBest,\nNoor", codes: [.noSpecificTopic]),
    Case(
      interviewer: "Leona Price", company: "Kettle & Crumb",
      draft: "Hi Leona, thank you for seeing me this morning. Hope the switch to the new till "
        + "system goes smoothly next week, Marcus", codes: []),
    Case(
      interviewer: "Tunde Adeyemi", company: "Ridgeway Plant Hire",
      draft: "Dear Mr Adeyemi,\n\nThank you for inviting me in to interview for the stores "
        + "supervisor post. The barcode scanners you're trialling on the goods-in bay sounded "
        + "like they'd save hours.\n\nKind regards,\nPaula Reyes", codes: []),
  ]

  /// A sentence opening by adding ("Also ...", "Plus ...", "Additionally ...") a thing not yet
  /// named is a second point, cue or none; one that points back, or names the same thing
  /// again, is the same point.
  static let added: [Case] = [
    Case(
      interviewer: "Gemma Hart", company: "Skyline Rooms",
      draft: "Hi Gemma, thanks for the chat today! The new rooftop bar sounds brilliant. Also "
        + "I'd happily help with the cocktail menu if you ever need ideas. Cheers, Rory",
      codes: [.severalPoints]),
    Case(
      interviewer: "Imran Bashir", company: "Velo Freight",
      draft: "Hi Imran,\n\nThank you for Tuesday. Your plan to put the dispatch desk next to the "
        + "loading bay made a lot of sense to me. Plus, is the Saturday overtime rota still "
        + "running?\n\nBest,\nChloe", codes: [.severalPoints]),
    Case(
      interviewer: "Martin Holt", company: "Holt & Daughters",
      draft: "Dear Mr Holt,\n\nThank you for the interview. The refit of the Harrogate branch "
        + "sounds like a big job. Additionally, your apprentices' trip to the Milan trade fair "
        + "seemed a smart perk.\n\nYours sincerely,\nDana Kerr", codes: [.severalPoints]),
    Case(
      interviewer: "Gemma Hart", company: "Skyline Rooms",
      draft: "Hi Gemma, thanks for the chat today! The new rooftop bar sounds brilliant. It "
        + "would also give the quieter staff a chance to learn cocktails away from the main "
        + "floor. Cheers, Rory", codes: []),
    Case(
      interviewer: "Imran Bashir", company: "Velo Freight",
      draft: "Hi Imran,\n\nThank you for Tuesday. Your plan to put the dispatch desk next to the "
        + "loading bay made sense. Also, moving the desk there would cut the walk for the "
        + "drivers a lot.\n\nBest,\nChloe", codes: []),
    Case(
      interviewer: "Amy Lowe", company: "Lowe Gardens",
      draft: "Hi Amy, thanks for showing me the nursery. The new polytunnels are impressive. "
        + "Also, thanks for the cuttings you sent me home with! Raj", codes: []),
    Case(
      interviewer: "Owen Price", company: "Price Motors",
      draft: "Hi Owen, thanks for having me in. The diagnostic bay you're building for the "
        + "electric vans sounds great. Plus it means the techs won't have to send them to Leeds "
        + "any more. Cheers, Mo", codes: []),
  ]

  /// A closing thanks that goes on to add a thing not yet named slips in a second point; a
  /// closing wish, or a thanks that thanks twice, does not.
  static let closing: [Case] = [
    Case(
      interviewer: "Rosa Keane", company: "Keane Pharmacy",
      draft: "Hi Rosa,\n\nThe way your pharmacy texts patients when a prescription is ready "
        + "seemed really thoughtful. Thanks again, and also: is the Harrow branch still "
        + "looking for weekend dispensers?\n\nAll the best,\nKemi", codes: [.severalPoints]),
    Case(
      interviewer: "Dev Mistry", company: "Grindstone Coffee",
      draft: "Hi Dev, loved hearing how you pick the single-origin lots for the subscription "
        + "boxes. Many thanks - plus I'd love to know how the Camden kiosk trial goes! Ana",
      codes: [.severalPoints]),
    Case(
      interviewer: "Grace Okoro", company: "Meadowbank Care",
      draft: "Dear Ms Okoro,\n\nYour idea of pairing new carers with a mentor for their first "
        + "month is one I would love to be part of. Thank you for your time, and additionally "
        + "for the tip about the dementia training at the Hexham home.\n\nKind regards,\n"
        + "Tariq Aziz", codes: [.severalPoints]),
    Case(
      interviewer: "Dev Mistry", company: "Grindstone Coffee",
      draft: "Hi Dev, loved hearing how you pick the single-origin lots for the subscription "
        + "boxes. Thanks also for the flat white! Ana", codes: []),
    Case(
      interviewer: "Grace Okoro", company: "Meadowbank Care",
      draft: "Dear Ms Okoro,\n\nThank you for meeting me. Your idea of pairing new carers with "
        + "a mentor for their first month stayed with me. Thank you again, and good luck with "
        + "the CQC inspection next month.\n\nKind regards,\nTariq Aziz", codes: []),
  ]

  /// Praise of the employer in general, however warm, names nothing of this interview: its
  /// verbs, adverbs and praised qualities are no things. A note written without a comma ends
  /// its greeting at its first full stop, so its point is read.
  static let praise: [Case] = [
    Case(
      interviewer: "Alison Lowe", company: "Lowe & Carr Solicitors",
      draft: "Dear Ms Lowe,\n\nThank you for meeting me on Friday. I have always admired the "
        + "firm's remarkable reputation and its genuine commitment to its clients. Having spoken "
        + "with you, I am certain I would flourish in such a supportive culture.\n\nYours "
        + "sincerely,\nOliver Grant", codes: [.noSpecificTopic]),
    Case(
      interviewer: "Sunita Rao", company: "Rao Dental",
      draft: "Hi Sunita,\n\nThanks for seeing me. I was really struck by the warmth and "
        + "professionalism of everyone I met, and came away with a strong sense of the values "
        + "that drive the practice.\n\nBest wishes,\nHelen", codes: [.noSpecificTopic]),
    Case(
      interviewer: "Priya Nair", company: "Brightwater Leisure",
      draft: "hey priya its dan. thanks for today. you guys seem like a solid bunch and i would "
        + "happily fit in. cheers", codes: [.noSpecificTopic]),
    Case(
      interviewer: "Maria Reyes", company: "Eastfield FC",
      draft: "hi coach reyes its sam. thanks for today. the way you run the goalie drills before "
        + "school is something i would love to help with. thanks", codes: []),
    Case(
      interviewer: "Alison Lowe", company: "Lowe & Carr Solicitors",
      draft: "Dear Ms Lowe,\n\nThank you for Friday. I have long admired the firm's pro bono "
        + "clinic in Salford, and hearing how your trainees run it themselves made me keener "
        + "still.\n\nYours sincerely,\nOliver Grant", codes: []),
    Case(
      interviewer: "Gary Moss", company: "The Plough",
      draft: "Hi Gary, thanks for today. Loved how you guys run the Sunday carvery. Cheers, Dean",
      codes: []),
  ]

  static func codes(_ item: Case) -> (Set<Finding.Code>, [String]) {
    let people = PersonName(parsing: item.interviewer).map { [$0] } ?? []
    let found = DraftReviewer.review(item.draft, interviewers: people, company: item.company)
    return (Set(found.map(\.code)), found.map(\.message))
  }

  @Test(
    "a short form is the name's opening; a silent letter left out is a misspelling",
    arguments: names)
  func name(_ item: Case) {
    let (codes, messages) = Self.codes(item)
    #expect(codes == item.codes, "\(messages)")
  }

  @Test(
    "a full form of a typed short name, and a title before the whole name, are right",
    arguments: fullForms)
  func fullForm(_ item: Case) {
    let (codes, messages) = Self.codes(item)
    #expect(codes == item.codes, "\(messages)")
  }

  @Test("the note's courtesy names nothing of the employer's", arguments: courtesy)
  func courtesyNamesNothing(_ item: Case) {
    let (codes, messages) = Self.codes(item)
    #expect(codes == item.codes, "\(messages)")
  }

  @Test("a sentence that opens by adding a new thing is a second point", arguments: added)
  func addedThing(_ item: Case) {
    let (codes, messages) = Self.codes(item)
    #expect(codes == item.codes, "\(messages)")
  }

  @Test("a closing thanks that adds another thing is a second point", arguments: closing)
  func closingWish(_ item: Case) {
    let (codes, messages) = Self.codes(item)
    #expect(codes == item.codes, "\(messages)")
  }

  @Test("praise of the employer in general names nothing of theirs", arguments: praise)
  func praiseNamesNothing(_ item: Case) {
    let (codes, messages) = Self.codes(item)
    #expect(codes == item.codes, "\(messages)")
  }

  @Test("a misspelling is told from a short form by the letter left out")
  func shortForms() {
    #expect(WrongNameRule.isShortForm("jo", of: "joanne"))
    #expect(WrongNameRule.isShortForm("danny", of: "daniel"))
    #expect(WrongNameRule.isShortForm("tom", of: "thomas"))
    #expect(!WrongNameRule.isShortForm("sara", of: "sarah"))
    #expect(!WrongNameRule.isShortForm("ann", of: "anne"))
    #expect(!WrongNameRule.isShortForm("mark", of: "maria"))
  }
}

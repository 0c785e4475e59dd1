/// The facts of an interview that a person may state in any message, in any order.
///
/// Every field is optional: a message fills what it says and leaves the rest. The engine merges
/// these into the conversation ("mixed initiative") and asks only for what is still missing.
public struct Facts: Hashable, Sendable, Codable {
  /// The candidate's own name, for the sign-off.
  public var name: PersonName?
  /// One or several interviewers.
  public var interviewers: [PersonName]?
  /// Where the interview was. Kept with its brackets balanced (`Brackets`), whichever reader
  /// or correction set it, so no note or reply prints half an aside.
  public var company: String? {
    didSet { company = company.flatMap(Brackets.balanced) }
  }
  /// The job, with its brackets balanced as the company's are.
  public var role: String? {
    didSet { role = role.flatMap(Brackets.balanced) }
  }
  public var when: InterviewDay?
  public var outcome: Outcome?
  /// The name to sign the note with, when the person asked for one other than their name
  /// ("sign it just Sam", "put my full name at the bottom").
  public var signOff: PersonName?
  /// The person asked for their name in full under the note ("full name at the bottom", "put
  /// my surname too"), true, or for the name they go by ("just my first name"), false; nil
  /// when they said neither, and the note signs with the name they go by (`SignOffName`).
  public var signsInFull: Bool?
  /// The role was said as a kind of job ("a cafe job", "my physio interview"), not named as
  /// the post ("the assistant manager job", "as a barista"): the role question still asks for
  /// the title, offering it. Nil when no role was read that way.
  var roleIsKind: Bool?
  /// The role was a job title standing on its own ("Dana Whitfield (eng manager)", "mel, area
  /// manager,"), with no word saying it is the post the person went for ("the X job", "as a X",
  /// "for X", "X interview"). Said in answer to who interviewed them, such a title is the
  /// interviewer's, never the person's role. Nil when the role came any other way.
  var roleIsBare: Bool?
  /// The role was the person's answer to the role question, not a phrase read from a message
  /// about something else: the question vouches that it names the job, so the note prints it
  /// as a title even when its head is no word the title gate knows ("deckhand", "hvac tech").
  /// Nil when the role came any other way.
  var roleAnswered: Bool?
  /// The person asked for the company's name in full, legal form and all ("TyneFab
  /// Engineering Ltd. Please write with Ltd, it is official name."): the note writes it so,
  /// where it otherwise writes the trading name (`TradingName`). Nil when they did not.
  var companyInFull: Bool?

  public init(
    name: PersonName? = nil, interviewers: [PersonName]? = nil, company: String? = nil,
    role: String? = nil, when: InterviewDay? = nil, outcome: Outcome? = nil,
    signOff: PersonName? = nil
  ) {
    self.signOff = signOff
    self.name = name
    self.interviewers = interviewers
    self.company = company.flatMap(Brackets.balanced)
    self.role = role.flatMap(Brackets.balanced)
    self.when = when
    self.outcome = outcome
  }

  /// Nothing was found.
  public var isEmpty: Bool {
    name == nil && interviewers == nil && company == nil && role == nil && when == nil
      && outcome == nil && signOff == nil
  }
}

/// What the person has told the assistant so far, in any order and at any question.
///
/// Everything here may legitimately be missing at any point before the draft: the person answers
/// in their own order, goes back, skips. The choices made at the topic and channel questions
/// live here only until the draft is written; from then on the draft holds them, so there is
/// one source of truth for each.
struct Answers: Hashable, Sendable, Codable {
  /// The interview's facts: names, company, role, day, outcome.
  var facts = Facts()
  /// Optional questions the person skipped.
  var skipped: Set<Question> = []
  /// Ranked topics from the discussion (or said early, before the question).
  var topics: [Topic] = []
  /// The topic chosen at the topic question, until the draft is written.
  var topic: Topic?
  /// The channel chosen (or said early), until the draft is written.
  var channel: ChannelChoice?
  /// What the person said about the discussion, as typed: a topic typed later in a few words
  /// ("the electric cars one") points at a fuller phrase in it. Nil in sessions saved before it.
  var discussion: String?
  /// The person's own idea or interest, from the discussion ("I said I'd love to ...").
  var interest: String?
  /// Whether `interest` was read from what the person said before the point question
  /// ("I said I'd love to ..." in the discussion), rather than given at it: only such a line
  /// can turn out to be about another thing than the topic chosen after it. Nil otherwise,
  /// and in older sessions.
  var interestEarly: Bool?
  /// The person's line at the point question, as typed, when the note could not vouch for it
  /// (`VouchedPoint`): never printed, never lost, so `why` can show it. Nil in older sessions.
  var heldPoint: String?
  /// The opening said the interview was a trial shift (`TrialShift`). Nil otherwise, and in
  /// sessions saved before it.
  var trialShift: Bool?
  /// The interviewer's email address, when the person gave one, for .eml and mailto exports.
  var address: String?
  /// Things the assistant says once and not again.
  var remarks: Set<Remark> = []
  /// The occasion and what it asks, when the note is not the first after an interview (issue
  /// 14). Nil, and absent from sessions saved before it, means the first note.
  var occasion: OccasionAnswers?
  /// The role as heard in passing ("a thank you for my physio interview"), before the role
  /// question: a kind of job more often than its title ("band 5 rotational physiotherapist"),
  /// so the role question still asks, offering it. Nil once the role was answered or confirmed.
  var roleHeard: String?
  /// A company heard in the answer about who interviewed you ("Lena Hoffmann, Engineering
  /// Manager", "Ngozi from the engineering side"), where a title or a team reads like a name:
  /// offered at the company question rather than taken. Nil once answered or confirmed.
  var companyHeard: String?
  /// A time said before the day question that names no single day ("an interview this week" in
  /// the opening): kept, and the day question still asks which day, offering to keep it, so the
  /// note can say "on Wednesday" and the advice on when to send can count the days (tuning 40's
  /// cc029 and cc035 said "this week" for a day the person knew). Nil once the question is
  /// answered or skipped, and in older sessions.
  var dayHeard: String?
  /// How to greet the interviewer, asked for before anyone was named ("greet her as Helen" at
  /// the name question): given to the one interviewer named later. Nil in older sessions.
  var greetAs: String?
  /// People the person asked, before the note, to greet as well ("add Tunde in the greeting
  /// too"): the note on the chosen topic greets them with its own recipient. Nil in older
  /// sessions.
  var greetAlso: [String]?
  /// Whether the person asked for one note greeting everyone met together ("both of them
  /// please", "address it to both"): whoever is held when the note is written, so a name
  /// corrected since ("its huws not hughes") is greeted as corrected. Nil in older sessions.
  var greetTogether: Bool?
}

/// How the note will be sent, as the person said it.
struct ChannelChoice: Hashable, Sendable, Codable {
  var channel: Channel
  /// A free LinkedIn account allows only 200 characters in a connection note.
  var freeAccount = false
}

/// Something the assistant says once in a conversation.
enum Remark: String, Hashable, Sendable, Codable {
  /// It asked its follow-up question about a discussion that held no topic.
  case discussionFollowUp
  /// It explained why a note is worth sending after a hard interview.
  case hardInterview
}

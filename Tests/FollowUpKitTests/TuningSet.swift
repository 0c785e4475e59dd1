import FollowUpKit
import Testing

/// A tuning set of conversations and the figures it has reached. Every set was held out once,
/// measured before and after a session's rounds and judged blind, then rotated into tuning; its
/// figures are kept as floors so that no later change makes them worse. One table instead of a
/// test per set, so a rotation adds a row and a round that raises a figure edits one number.
struct TuningSet: Sendable, CustomTestStringConvertible {
  /// The data file under `Data/unseen/`.
  let file: String
  /// The label the figures are printed under (and `NOTES_OUT` files are named by).
  let label: String
  /// The day the set was written, which its relative dates are read from (`nil`: the day the
  /// first sets were written, `Unseen.today`).
  let written: CivilDate?
  /// At least so many conversations read.
  let conversations: Int
  /// At least so many reaching a note (`nil`: not held).
  let reached: Int?
  /// At most so many asking a question a third time (`nil`: not held).
  let thirdAsks: Int?
  /// At least so many change requests applied (`nil`: not held).
  let revisions: Int?
  /// At least so many conversations with each fact right in the first note.
  let fields: [String: Int]

  var testDescription: String { label }

  /// The sets, oldest first, each with where it came from and how its floors moved.
  ///
  /// Sign-off (sign22, issue 10): the note signs with the name the person goes by, not the
  /// full name (`SignOffName`). The sets' writers disagree on this and no default can satisfy
  /// both: sets 13 to 17 expect the full name in all 60 conversations (even "Aleksandra Wójcik
  /// but everyone calls me Ola"), set 18 in 54, while sets 21 and 22 expect the name the person
  /// goes by in 57 of 60 (19 and 20 in about three of four). The lead chose the name the person
  /// goes by; the older sets' sign-off floors are lowered to the figures it gives (13: 57 -> 1,
  /// 14: 59 -> 1, 15: 60 -> 1, 16: 59 -> 2, 17: 60 -> 1, 18: 49 -> 8) and the newer raised (19:
  /// 19 -> 44, 20: 13 -> 45, 21: 2 -> 56, 22: 5 -> 58). Tuning 21's change requests 84 -> 83:
  /// aq015 ("make it warmer ... and sign it faith ortiz not just faith") passed only because
  /// the note was already signed in full; the second request in the message is not read.
  // Twenty-second session: role27 (a title's clipped words written out, scored as one job
  // with their full words) raised the role floors of tuning 17, 18, 19, 20 and 22 by one;
  // people27 (names only from words offered as names) tuning 27's greeting 56 -> 58.
  static let all: [TuningSet] = [
    // Fifty conversations written blind and measured once before this round (43/50 reached a note;
    // a blind judge found 4 clean first notes). The judge's findings then prompted fixes, so they
    // tune now; a newer set measures.
    TuningSet(
      file: "conversations-tune3.jsonl", label: "tuning 3", written: nil,
      conversations: 50, reached: nil, thirdAsks: nil, revisions: 22,
      // Raised at the thirty-eighth session's end: topic 49 (new floor).
      fields: ["topic": 49]),
    // The third held-out set: measured before and after the second round (43 -> 48 reached a note,
    // 7 -> 2 asked a question a third time) and judged blind twice. The judge's verdicts
    // (committed in `Data/judged/tune4-*`) guide the next round, so they tune now, their figures
    // kept as floors. History of its floors: 48 and 2 when it became a tuning set; 50 and 0 after
    // the ask limit. Someone added by a later message, sentences cut where the person ends them
    // (corr16: company 42 -> 43, greeting 46 -> 48, role 42 -> 43). role17: a role is a whole
    // title or none, kept whole with its function, a comment after it dropped.
    TuningSet(
      file: "conversations-tune4.jsonl", label: "tuning 4", written: nil,
      conversations: 50, reached: 50, thirdAsks: 0, revisions: 31,
      // Company 43 -> 44 in the twenty-ninth session (a company set aside with "not" is never
      // the new one).
      // Raised at the thirty-seventh session's end: greeting 48 -> 49.
      // Raised at the thirty-eighth session's end: topic 50 (new floor).
      fields: ["topic": 50, "greeting": 49, "company": 44, "role": 45]),
    // The fourth held-out set (sixty conversations written blind on 1 December, dates read from
    // that day): measured before and after the rounds of 1 December (51 -> 52 reached a note, 10
    // -> 8 asked a question a third time) and judged blind twice. The judge's verdicts (committed
    // in `Data/judged/tune5-*`) guide the next round, so they tune now, their figures kept as
    // floors. History of its floors: 52 and 8 when it became a tuning set; 60 and 0 once a
    // question the note needs goes on without its answer rather than asking a third time.
    TuningSet(
      file: "conversations-tune5.jsonl", label: "tuning 5",
      written: CivilDate(year: 2026, month: 12, day: 1),
      conversations: 60, reached: 60, thirdAsks: 0, revisions: 32,
      // Raised at the thirty-eighth session's end: topic 60 (new floor).
      fields: ["topic": 60]),
    // The fifth held-out set (sixty conversations written blind on 1 December 2026), measured
    // before and after two rounds and judged blind twice, then tuned on: its first notes were read
    // as a hiring manager would and the faults found there drove the next voice and reading round.
    // History of its floors: Change requests: 41 of 54 before names were read by cue and reasons
    // set aside, 54 after.
    TuningSet(
      file: "conversations-tune6.jsonl", label: "tuning 6",
      written: CivilDate(year: 2026, month: 12, day: 1),
      conversations: 60, reached: 60, thirdAsks: 0, revisions: 54,
      fields: [:]),
    // The sixth held-out set (sixty conversations written blind on 1 December 2026), measured
    // before and after the rounds of that morning (59 -> 60 reaching a note) and judged blind
    // before and after (19 of 59 first notes clean -> 24 of 59; verdicts in
    // `Data/judged/tune7-*`), then tuned on. History of its floors: A question asked a third time
    // in 1 (p025: "how to change a barrel" read as a correction) until a verb of changing needed a
    // fact as its object: 0 since.
    TuningSet(
      file: "conversations-tune7.jsonl", label: "tuning 7",
      written: CivilDate(year: 2026, month: 12, day: 1),
      conversations: 60, reached: 60, thirdAsks: 0, revisions: nil,
      // Raised at the thirty-eighth session's end: topic 59 (new floor).
      fields: ["topic": 59]),
    // The seventh held-out set (sixty conversations written blind on 1 December 2026), measured
    // before and after the afternoon rounds (only 3 of 60 first notes changed) and judged blind
    // before and after (14 of 60 clean both times; verdicts in `Data/judged/tune8-*`), then tuned
    // on: the lesson that tuning to one set's sentences does not carry to unseen text came from
    // it.
    TuningSet(
      file: "conversations-tune8.jsonl", label: "tuning 8",
      written: CivilDate(year: 2026, month: 12, day: 1),
      conversations: 60, reached: 60, thirdAsks: 0, revisions: 58,
      fields: [:]),
    // The eighth held-out set (sixty conversations written blind on 1 December 2026), measured
    // before and after the vouching rounds (13 of 60 first notes changed) and judged blind before
    // and after (18 -> 20 of 60 clean; verdicts in `Data/judged/tune9-*`), then tuned on.
    TuningSet(
      file: "conversations-tune9.jsonl", label: "tuning 9",
      written: CivilDate(year: 2026, month: 12, day: 1),
      conversations: 60, reached: 60, thirdAsks: 0, revisions: 50,
      fields: [:]),
    // The ninth held-out set (sixty conversations written blind late on 1 December 2026), measured
    // before and after a small round (no note changed) and judged blind (17 of 60 clean; verdicts
    // in `Data/judged/tune10-*`), then tuned on from the session of 1 December evening.
    // Raised at the thirtieth session's end: outcome 54 -> 55.
    TuningSet(
      file: "conversations-tune10.jsonl", label: "tuning 10",
      written: CivilDate(year: 2026, month: 12, day: 1),
      conversations: 60, reached: 60, thirdAsks: 1, revisions: 56,
      fields: ["outcome": 55]),
    // The tenth held-out set (sixty conversations written blind on the evening of 1 December
    // 2026), measured before and after the fifth session's rounds and judged blind (18 -> 19 of 60
    // clean, 20 by a fresh judge; verdicts in `Data/judged/tune11-*`), then tuned on from the
    // sixth session (1 December, late evening).
    // Raised at the thirtieth session's end: outcome 55 -> 56.
    TuningSet(
      file: "conversations-tune11.jsonl", label: "tuning 11",
      written: CivilDate(year: 2026, month: 12, day: 1),
      conversations: 60, reached: 60, thirdAsks: 0, revisions: 41,
      fields: ["outcome": 56]),
    // The eleventh held-out set (sixty conversations written blind late on 1 December 2026),
    // measured before and after the sixth session's rounds and judged blind (12 -> 17 of 60 clean,
    // 19 by a fresh judge; verdicts in `Data/judged/tune12-*`), then tuned on from the seventh
    // session (1 December, night). History of its floors: The seventh session's rounds: topic 50
    // -> 56 (the person's typed choice read, candidates ranked by what their clause says),
    // greeting 38 -> 42, company 49 -> 50, day 53 -> 55.
    TuningSet(
      file: "conversations-tune12.jsonl", label: "tuning 12",
      written: CivilDate(year: 2026, month: 12, day: 1),
      conversations: 60, reached: 60, thirdAsks: 0, revisions: 56,
      // Raised at the thirty-fifth session's end (the day asked after a vague time): date 55 -> 58.
      // Raised at the thirty-sixth session's end: date 58 -> 59.
      fields: ["topic": 57, "greeting": 53, "company": 51, "date": 59]),
    // The twelfth held-out set (sixty conversations written blind on the night of 1 December
    // 2026), measured before and after the seventh session's rounds and judged blind (13 -> 12 of
    // 60 clean like for like, 14 by a fresh judge; verdicts in `Data/judged/tune13-*`), then tuned
    // on from the eighth session (2 December). History of its floors: A choice made over the offer
    // with "not X" is no company correction (aa024): 46 -> 47. The eighth session's rounds: the
    // employer's plans found however reported, laughter around a yes, "be plant based" (topic 50
    // -> 58); companies whole as typed, the person's own word on their name, greetings only with
    // evidence of a name (facts13: company 47 -> 52, sign-off 50 -> 57, greeting 38 -> 39); "we
    // don't do thank you emails" no silence (outcome 51 -> 52). 59 once "he talked about them
    // buying a smaller firm in Bath" is the employer's doing (aa042). names25: every interviewer
    // named kept, with a title said inside a description ("and one Ms Rebecca Tan from
    // compliance", aa007: greeting 52 -> 53).
    TuningSet(
      file: "conversations-tune13.jsonl", label: "tuning 13",
      written: CivilDate(year: 2026, month: 12, day: 1),
      conversations: 60, reached: 60, thirdAsks: 0, revisions: 61,
      fields: ["topic": 59, "greeting": 53, "company": 54, "signoff": 1, "outcome": 52]),
    // The thirteenth held-out set (sixty conversations written blind on 2 December 2026), measured
    // before and after the eighth session's rounds and judged blind (12 -> 16 of 60 clean like for
    // like, 19 by a fresh judge; verdicts in `Data/judged/tune14-*`), then tuned on from the ninth
    // session (2 December, later). History of its floors: No question asked a third time (ac032,
    // ac046 settled at the second question back). The person's wish on their name wins, greetings
    // only for a vouched interviewer with the title used (facts14: greeting 35 -> 40, sign-off 52
    // -> 59). The ninth session: a bracketed place set aside, "The Hunterian", "Hair by Jade",
    // symbols kept on a company found in a sentence ("at Loop+"): company 41 -> 45. A greeting
    // opening the message ("alright.") is no verdict; "mixed up", "car crash" are slips; "grand
    // mostly, froze on ..." is mixed: outcome 51 -> 56. "make sure it says X not Y", "say Mei not
    // Mei Ling at the end", "less like a robot": change requests 49 -> 51. The merged rounds
    // together (corrections statement by statement, the topic sentence by grammar, names, a
    // workplace no role): company 46, day 57, role 48, topic 55. 56 once 'tom is mad into the
    // robotic milkers' marks the thing (ac047).
    // Greeting 55 with people20 (a later sentence completes the name held). Company 47 with
    // style21 (a saint's owner's "s" after a vowel).
    TuningSet(
      file: "conversations-tune14.jsonl", label: "tuning 14",
      written: CivilDate(year: 2026, month: 12, day: 2),
      conversations: 60, reached: 60, thirdAsks: 0, revisions: 53,
      // Raised at the thirty-fifth session's end (the day asked after a vague time): date 57 -> 59.
      fields: [
        // Topic 56 -> 57 in the twenty-ninth session (a first sentence weighing two things
        // decides nothing).
        "topic": 57, "greeting": 55, "company": 47, "signoff": 1, "outcome": 56, "date": 59,
        "role": 49,
      ]),
    // The fourteenth held-out set (sixty conversations written blind on 2 December 2026), measured
    // before and after the ninth session's rounds and judged blind (26 of 60 clean like for like
    // before and after, 23 by a fresh judge; verdicts in `Data/judged/tune15-*`), then tuned on
    // from the tenth session. History of its floors: Topic 56 at rotation; 58 once the thing named
    // beside a yes wins and typed words match another form of an offered topic's words (ae006,
    // ae018); 59 once a plan said with a bare verb is found ("they start doing heat pump
    // installs", ae039). 58 since the person's line is used only as written (`PointRegister`):
    // ae060's topic ("the housing associations") was never right, and the check found "mould" in
    // its point, typed as chat and now kept out of the note. Names read as parts, a title only
    // with a family name, panels and jobs apart, chat words never a name (names15: greeting 40 ->
    // 43, sign-off 58 -> 60). The scorer reading one note per interviewer (greeting 51 with
    // names15's work), and corr15's corrections by shape, quantities no dates, an interviewer's
    // job never the role. people16: a correction's spelling hint ("with e") is not the name
    // (greeting 51 -> 52). role17: a role is a whole title or none, kept whole with its function,
    // a comment after it dropped. company16: a bracket the name goes on after, a web address
    // (company 50 -> 52). spell20: a spelling told in words re-spells the held name (greeting
    // 52 -> 53, outcome 53 -> 54).
    TuningSet(
      file: "conversations-tune15.jsonl", label: "tuning 15",
      written: CivilDate(year: 2026, month: 12, day: 2),
      conversations: 60, reached: 60, thirdAsks: 0, revisions: 55,
      // Raised at the thirty-fifth session's end (the day asked after a vague time): date 59 -> 60.
      // Raised at the thirty-sixth session's end: revisions 54 -> 55, company 52 -> 53.
      // Raised at the thirty-eighth session's end: topic 58 -> 59.
      fields: [
        "topic": 59, "greeting": 54, "company": 53, "signoff": 1, "outcome": 54, "date": 60,
        "role": 56,
      ]),
    // The fifteenth held-out set (sixty conversations written blind on 2 December 2026), measured
    // before and after the tenth session's rounds and judged blind (19 of 60 clean before and
    // after, like for like and by a fresh judge; verdicts in `Data/judged/tune16-*`), then tuned
    // on from the eleventh session. Floors are the figures at rotation. History of its floors:
    // people16: only a person's name read at a question about people is greeted; corrections of a
    // title or a double-barrelled name reach the greeting (greeting 53 -> 57, company 39 -> 40,
    // outcome 54 -> 55, a question asked a third time 1 -> 0). 54 once 'delighted with the
    // school's new outdoor classroom' marks the thing (ag045). company16: a town and a branch
    // after the name, a digit inside a word, a full name in a remark, an apology no company
    // (company 39 -> 49). role17: a role is a whole title or none, kept whole with its function, a
    // comment after it dropped. An "-ing" word before "about" is how the interviewer felt, never a
    // plan (ag053: topic 54 -> 55).
    // Raised at the thirtieth session's end: company 49 -> 50.
    TuningSet(
      file: "conversations-tune16.jsonl", label: "tuning 16",
      written: CivilDate(year: 2026, month: 12, day: 2),
      conversations: 60, reached: 60, thirdAsks: 0, revisions: 60,
      // Raised at the thirty-sixth session's end: revisions 59 -> 60, date 59 -> 60, company 50 -> 51, role 49 -> 51.
      fields: [
        "topic": 56, "greeting": 57, "company": 51, "signoff": 2, "outcome": 55, "date": 60,
        "role": 51,
      ]),
    // The sixteenth held-out set (sixty conversations written blind on 2 December 2026), measured
    // before and after the eleventh session's rounds and judged blind (15 of 60 clean before and
    // like for like after, 17 by a fresh judge; verdicts in `Data/judged/tune17-*`), then tuned on
    // from the twelfth session. Floors are the figures at rotation. History of its floors: pick17:
    // news found in a long sentence, the person's words at the topic question over the suggestion,
    // no other interviewer's topic standing in, no clause pointing back at another ("its not just
    // rewires anymore") (topic 52 -> 57). 56 since topic19: ai039's "Yes the mastery pilot is
    // good" had been taken whole as a topic no interviewer raised, so it stayed in the first note,
    // to Mr Oduya. Its verdict set aside, "the mastery pilot" is credited to Ms Clarke, who
    // described the mastery programme (`withSpeaker`), so Mr Oduya's note takes what he raised
    // (the trust merger), as every note of several interviewers does. The case reads only the
    // first note. role17: a role is a whole title or none, kept whole with its function, a comment
    // after it dropped. greet20: a stated form of address outranks the one built from the name
    // (ai036 "Mrs Pauline Greaves ... she told me call her Pauline": greeting 47 -> 48); people20
    // (a later sentence completes the name held) gains one greeting on its own; merged, 47 -> 49.
    // Raised at the thirtieth session's end: date 58 -> 59.
    TuningSet(
      file: "conversations-tune17.jsonl", label: "tuning 17",
      written: CivilDate(year: 2026, month: 12, day: 2),
      conversations: 60, reached: 60, thirdAsks: 0, revisions: 69,
      fields: [
        "topic": 57, "greeting": 49, "company": 51, "signoff": 1, "outcome": 50, "date": 59,
        "role": 50, "channel": 59,
      ]),
    // The seventeenth held-out set (sixty conversations written blind on 2 December 2026),
    // measured before and after the twelfth session's rounds and judged blind (19 of 60 clean
    // before, like for like after and by a fresh judge; verdicts in `Data/judged/tune18-*`), then
    // tuned on from the thirteenth session. Floors are the figures at rotation. History of its
    // floors: 53 at rotation; 52 since round 18 holds back ak046's point "I was particularly
    // interested in set up the hedging programme ...", which the blind judge faulted as
    // ungrammatical and which was the only sentence of the note that named the hedging: the topic
    // chosen ("new European markets") never did.
    TuningSet(
      file: "conversations-tune18.jsonl", label: "tuning 18",
      written: CivilDate(year: 2026, month: 12, day: 2),
      conversations: 60, reached: 60, thirdAsks: 0, revisions: 68,
      // Raised at the thirty-fifth session's end (the day asked after a vague time): date 56 -> 59.
      // Raised at the thirty-sixth session's end: date 59 -> 60, role 46 -> 47.
      // Raised at the thirty-eighth session's end: topic 53 -> 54.
      fields: [
        "topic": 54, "greeting": 42, "company": 55, "signoff": 8, "outcome": 50, "date": 60,
        "role": 47, "channel": 60,
      ]),
    // The eighteenth held-out set (sixty conversations written blind on 2 December 2026), measured
    // before and after the thirteenth session's rounds and judged blind before (10 of 60 clean;
    // one note changed after, so no second verdict; verdicts in `Data/judged/tune19-*`), then
    // tuned on from the fourteenth session. Floors are the figures at rotation. History of its
    // floors: Topic 56 at rotation. The person's line used only as written (`PointRegister`) loses
    // am034, whose topic ("a big mandate from one public sector bank") never named the fraud work
    // the check found in its chat-typed point; a typed topic resolved against the discussion, its
    // markers and asides set aside (topic19), gains am017 ("brb mum calling" no longer the topic):
    // 56. A field holds a noun phrase, a greeting a person's name (shape19): greeting 46 -> 49,
    // company 37 -> 39, role 48 -> 49. The name the person goes by (greet21): signoff 18 -> 19
    // (am025 "i go by tommy" signs Tommy).
    TuningSet(
      file: "conversations-tune19.jsonl", label: "tuning 19",
      written: CivilDate(year: 2026, month: 12, day: 2),
      conversations: 60, reached: 60, thirdAsks: 1, revisions: 81,
      // Raised at the thirty-fourth session's end: greeting 49 -> 50, outcome 49 -> 52.
      // Raised at the thirty-fifth session's end: greeting 50 -> 51.
      // Raised at the thirty-sixth session's end: revisions 79 -> 80, role 50 -> 54.
      // Raised at the thirty-eighth session's end: change requests 80 -> 81.
      fields: [
        "topic": 57, "greeting": 51, "company": 39, "signoff": 44, "outcome": 52, "date": 57,
        "role": 54, "channel": 58,
      ]),
    // The nineteenth held-out set (sixty conversations written blind on 3 December 2026),
    // measured before and after the fourteenth session's rounds and judged blind (11 of 60 clean
    // before, 22 after by a fresh judge, 2 -> 15 of the 30 changed notes by a paired judge;
    // verdicts in `Data/judged/tune20-*`), then tuned on from the fifteenth session. Floors are
    // the figures at rotation. History of its floors: greet20, a stated form of address read by
    // its shape at any question and outranking the form built from the name, a courtesy "sir" no
    // rank (ao030, ao034, ao039, ao050, ao058): greeting 47 -> 52. names20, a name shouted in a
    // correction, the learner's "i write aldi!! is LIDL", the saint's and ferryman's apostrophe:
    // company 51 -> 57.
    TuningSet(
      file: "conversations-tune20.jsonl", label: "tuning 20",
      written: CivilDate(year: 2026, month: 12, day: 3),
      conversations: 60, reached: 60, thirdAsks: 0, revisions: 108,
      // Raised at the thirty-fourth session's end: outcome 51 -> 53.
      // Raised at the thirty-fifth session's end (the day asked after a vague time): date 58 -> 59, greeting 52 -> 53.
      // Raised at the thirty-sixth session's end: revisions 107 -> 108, date 59 -> 60, role 44 -> 45.
      fields: [
        "topic": 58, "greeting": 53, "company": 57, "signoff": 47, "outcome": 53, "date": 60,
        "role": 45, "channel": 59,
      ]),
    // The twentieth held-out set (sixty conversations written blind on 3 December 2026),
    // measured before and after the fifteenth session's rounds and judged blind (16 of 60 clean
    // before; 1 -> 1 of the 5 changed notes by a paired judge; verdicts in
    // `Data/judged/tune21-*`), then tuned on from the sixteenth session. Floors are the figures
    // at rotation (greeting 49 with the late Tracey/Stacey fix that aq017 prompted). Names in
    // their written form (style21): a message in capitals read as lower-case typing, the
    // company's letters as the person said, a saint's owner's "s" after a vowel: company 40 ->
    // 45, greeting 49 -> 50, change requests 82 -> 83 ("TAKE OUT THE PRINCIPAL", aq024).
    // corr21: date 56 -> 57 (a day named in numbers wins over "just had", aq060). Who the
    // note greets as the person said it (greet21): greeting 49 -> 53 (aq029, aq032, aq051 and
    // the joint greetings aq036/aq058/aq059; aq025 greets Sue and Phil), topic 55 -> 57 (the
    // joint note is the one on the chosen topic), signoff 1 -> 2, change requests 82 -> 83.
    // All four merged: topic 58, greeting 54, change requests 84.
    TuningSet(
      file: "conversations-tune21.jsonl", label: "tuning 21",
      written: CivilDate(year: 2026, month: 12, day: 3),
      conversations: 60, reached: 60, thirdAsks: 0, revisions: 84,
      // Raised at the thirty-fourth session's end: role 50 -> 51.
      // Raised at the thirty-fifth session's end (the day asked after a vague time): date 57 -> 58.
      // Raised at the thirty-fifth session's end (outcome and trial round): date 58 -> 59, outcome 49 -> 50.
      // Raised at the thirty-sixth session's end: channel 59 -> 60.
      // Raised at the thirty-eighth session's end: change requests 83 -> 84.
      fields: [
        "topic": 60, "greeting": 54, "company": 47, "signoff": 56, "outcome": 50, "date": 59,
        "role": 51, "channel": 60,
      ]),
    // The twenty-first held-out set (sixty conversations written blind on 3 December 2026),
    // measured before and after the sixteenth session's rounds (every fact unchanged; 8 first
    // notes changed) and judged blind (20 of 60 clean before; 0 -> 1 of the 8 changed notes by
    // a paired judge; verdicts in `Data/judged/tune22-*`), then tuned on from the seventeenth
    // session. Floors are the figures at rotation. greet22: greeting 44 -> 48 (whom the note is
    // for said in the answer about who interviewed, a form asked for, an honorific never alone).
    // greet23: greeting 48 -> 49 (one note to both when asked: "address it to both, Sgt. Rourke
    // and Dr. Zhao"). names25: role 53 -> 54 (as002: "oh sorry its dr jenkins-morgan actually"
    // before the role question is no longer left standing as the role).
    // Raised at the thirtieth session's end: outcome 53 -> 54.
    // Raised at the thirty-second session's end: company 53 -> 54, outcome 54 -> 55.
    TuningSet(
      file: "conversations-tune22.jsonl", label: "tuning 22",
      written: CivilDate(year: 2026, month: 12, day: 3),
      conversations: 60, reached: 60, thirdAsks: 0, revisions: 77,
      // Raised at the thirty-fifth session's end (the day asked after a vague time): date 57 -> 59.
      // Raised at the thirty-sixth session's end: channel 59 -> 60, revisions 76 -> 77, role 55 -> 56.
      fields: [
        "topic": 55, "greeting": 50, "company": 54, "signoff": 58, "outcome": 55, "date": 59,
        "role": 56, "channel": 60,
      ]),
    // The twenty-second held-out set (sixty conversations written blind on 3 December 2026),
    // measured before and after the seventeenth session's rounds (sign-off 12 -> 57 by the
    // given-name convention, change requests 84 -> 83, every other fact unchanged) and judged
    // blind (22 of 60 clean before; 1 -> 2 of 8 changed notes by a paired judge; verdicts in
    // `Data/judged/tune23-*`), then tuned on from the eighteenth session. Floors are the
    // figures at rotation. point23: date 52 -> 55 (a deadline, "decision by the 11th", and
    // someone else's "just came in" are not the interview's day), outcome 49 -> 50 (a guessed
    // rejection, "I think I didn't get it", is a first note whose outcome is read). greet23:
    // greeting 48 -> 51 (whom the note is addressed to read as one decision: "both", "just send
    // it to imran", "so i rather send it to mrs ndlovu only"). topic23: topic 56 -> 57 (typed
    // topics read as whole phrases). people24: greeting 52 -> 53 (a job's word is never a
    // surname: "mr wilson traffic office manager, stephen wilson" is Mr Wilson).
    TuningSet(
      file: "conversations-tune23.jsonl", label: "tuning 23",
      written: CivilDate(year: 2026, month: 12, day: 3),
      conversations: 60, reached: 60, thirdAsks: 0, revisions: 84,
      // Raised at the thirty-fourth session's end: outcome 51 -> 52.
      // Raised at the thirty-fifth session's end (the day asked after a vague time): date 56 -> 59.
      // Raised at the thirty-sixth session's end: revisions 83 -> 84.
      fields: [
        "topic": 57, "greeting": 53, "company": 50, "signoff": 60, "outcome": 52, "date": 59,
        "role": 52, "channel": 59,
      ]),
    // The twenty-third held-out set (sixty conversations written blind on 3 December 2026),
    // measured before and after the eighteenth session's rounds (change requests 63 -> 64,
    // every other fact unchanged; sign-off 34 -> 35 after aw056's fix, which "what to answer"
    // had renamed "Answer") and judged blind (15 of 60 clean before; 0 -> 1 of 5 changed notes
    // by a paired judge; verdicts in `Data/judged/tune24-*`), then tuned on from the nineteenth
    // session. Floors are the figures at rotation. people24: greeting 46 -> 49 (Sister
    // O'Neill, Ms Tan, Jeanette as corrected: a job's word is never a surname, a Chinese name
    // family name first, a name restated with "she's"). place24: company 42 -> 49, role 53 ->
    // 54 (a town or chat after the company's name, a stated capital; a role's field after
    // "in"). voice24: date 55 -> 57, outcome 48 -> 49 (a thank-you is never a check-in; a
    // correction is never the answer). topic24 and voice24: topic 58 -> 60.
    // Raised at the thirtieth session's end: outcome 49 -> 50.
    TuningSet(
      file: "conversations-tune24.jsonl", label: "tuning 24",
      written: CivilDate(year: 2026, month: 12, day: 3),
      conversations: 60, reached: 60, thirdAsks: 1, revisions: 65,
      // Raised at the thirty-first session's end: date 57 -> 58, channel 57 -> 58.
      // Raised at the thirty-fourth session's end: outcome 50 -> 52.
      // Raised at the thirty-sixth session's end: channel 58 -> 60.
      // Raised at the thirty-seventh session's end: company 50 -> 51.
      // Raised at the thirty-eighth session's end: change requests 64 -> 65.
      fields: [
        "topic": 60, "greeting": 50, "company": 51, "signoff": 35, "outcome": 52, "date": 58,
        "role": 54, "channel": 60,
      ]),
    // The twenty-fourth held-out set (60 conversations written blind on 3 December 2026),
    // measured before and after the nineteenth session's rounds (outcome 53 -> 54, every other
    // figure unchanged; no first note changed) and judged blind (17 of 60 clean; verdicts in
    // `Data/judged/tune25-*`), then tuned on from the twentieth session. Floors are the figures
    // at rotation. names25: the name a person says they go by signs the note ("its paddy to
    // everyone", "Paddy is grand", "naebody calls me robert, its rab"), every interviewer named
    // is greeted ("his missus leanne", "lady from HR Joanne", "a Mrs Patel from the board"), a
    // job said as a title stays ("Principal Dwyer"), and "a good sign" in how it went is no
    // sign-off (greeting 53 -> 57, sign-off 53 -> 57, outcome 54 -> 56). Company 41 -> 43
    // with note25 (a correction keeps the "The" typed, an instruction after the name is no
    // part of it). Topic 55 -> 56 in the twenty-first session (ay053: the news reported before
    // a closing remark is the topic, not the role).
    TuningSet(
      file: "conversations-tune25.jsonl", label: "tuning 25",
      written: CivilDate(year: 2026, month: 12, day: 3),
      conversations: 60, reached: 60, thirdAsks: 1, revisions: 66,
      // Raised at the thirty-fifth session's end: signoff 57 -> 58.
      // Raised at the thirty-fifth session's end (the day asked after a vague time): date 59 -> 60.
      // Raised at the thirty-eighth session's end: change requests 65 -> 66.
      fields: [
        "topic": 56, "greeting": 57, "company": 43, "signoff": 58, "outcome": 56, "date": 60,
        "role": 57, "channel": 59,
      ]),
    // The twenty-fifth held-out set (60 conversations written blind on 3 December 2026),
    // measured before and after the twentieth session's rounds (company 45 -> 46, sign-off
    // 53 -> 54, every other figure unchanged) and judged blind (21 of 60 clean before, about
    // 23 after; verdicts in `Data/judged/tune26-*`), then tuned on from the twenty-first
    // session. Floors are the figures at rotation. corr26: a correction's new value is the
    // reading like the value held, a name typed as a name is no clause however long, and a
    // title's lower-case aside is no part of it (company 46 -> 48, role 56 -> 57). people26: a
    // form of address kept ("Revd", "Eng"), "Mr Lim" for Lim Boon Keat, a name the person
    // turns down never greets, "X is my name" signs (greeting 53 -> 57, sign-off 54 -> 56,
    // outcome 53 -> 54); the news reported before a closing remark is the topic (55 -> 56).
    TuningSet(
      file: "conversations-tune26.jsonl", label: "tuning 26",
      written: CivilDate(year: 2026, month: 12, day: 3),
      conversations: 60, reached: 60, thirdAsks: 0, revisions: 68,
      // Raised at the thirty-third session's end: company 48 -> 49, channel 59 -> 60.
      // Raised at the thirty-fourth session's end: outcome 54 -> 55.
      // Raised at the thirty-fifth session's end (the day asked after a vague time): date 58 -> 59.
      // Raised at the thirty-sixth session's end: revisions 67 -> 68.
      fields: [
        "topic": 57, "greeting": 57, "company": 49, "signoff": 56, "outcome": 55, "date": 59,
        "role": 57, "channel": 60,
      ]),
    // The twenty-sixth held-out set (60 conversations written blind on 4 December 2026),
    // measured before and after the twenty-first session's rounds (greeting 55 -> 56, every
    // other figure unchanged) and judged blind (25 of 60 clean before, 26 after; verdicts in
    // `Data/judged/tune27-*`), then tuned on from the twenty-second session. Floors are the
    // figures at rotation. Round ref27 raised topic to 58: a choice taken back inside the
    // topic answer ("the cold stores? no, the blueberries", bc020; "... actually no the cave",
    // bc029) is the latest one.
    TuningSet(
      file: "conversations-tune27.jsonl", label: "tuning 27",
      written: CivilDate(year: 2026, month: 12, day: 4),
      conversations: 60, reached: 60, thirdAsks: 1, revisions: 67,
      // Raised at the thirty-fifth session's end (the day asked after a vague time): date 55 -> 58.
      // Raised at the thirty-sixth session's end: role 57 -> 58.
      fields: [
        "topic": 59, "greeting": 58, "company": 50, "signoff": 57, "outcome": 55, "date": 58,
        "role": 58, "channel": 59,
      ]),
    // The twenty-seventh held-out set (60 conversations written blind on 4 December 2026),
    // measured before and after the twenty-second session's rounds (every figure unchanged)
    // and judged blind (27 of 60 clean; verdicts in `Data/judged/tune28-*`), then tuned on
    // from the twenty-third session. Floors are the figures at rotation.
    TuningSet(
      file: "conversations-tune28.jsonl", label: "tuning 28",
      written: CivilDate(year: 2026, month: 12, day: 4),
      conversations: 60, reached: 60, thirdAsks: 0, revisions: 65,
      // Raised at the thirty-fourth session's end: outcome 56 -> 57.
      // Raised at the thirty-fifth session's end: signoff 55 -> 56.
      // Raised at the thirty-fifth session's end (the day asked after a vague time): date 56 -> 58.
      // Raised at the thirty-sixth session's end: date 58 -> 59.
      fields: [
        "topic": 54, "greeting": 57, "company": 51, "signoff": 56, "outcome": 57, "date": 59,
        "role": 56, "channel": 60,
      ]),
    // The twenty-eighth held-out set (60 conversations written blind on 4 December 2026),
    // measured before and after the twenty-third session's rounds (every figure unchanged)
    // and judged blind (28 of 60 clean; verdicts in `Data/judged/tune29-*`), then tuned on
    // from the twenty-fourth session. Floors are its figures after that session's rounds
    // (company, date, greeting, role and topic raised from the rotation's).
    TuningSet(
      file: "conversations-tune29.jsonl", label: "tuning 29",
      written: CivilDate(year: 2026, month: 12, day: 4),
      conversations: 60, reached: 60, thirdAsks: 0, revisions: 71,
      // Raised at the thirty-sixth session's end: date 58 -> 59.
      fields: [
        "topic": 59, "greeting": 56, "company": 55, "signoff": 59, "outcome": 57, "date": 59,
        "role": 59, "channel": 60,
      ]),
    // The twenty-ninth held-out set (60 conversations written blind on 4 December 2026),
    // measured before and after the twenty-fourth session's rounds (role and topic +1) and
    // judged blind (22 of 60 clean; verdicts in `Data/judged/tune30-*`), then tuned on from
    // the twenty-fifth session. Floors are the figures at rotation.
    // Raised at the thirtieth session's end: outcome 56 -> 57, role 56 -> 57.
    // Raised at the thirty-second session's end: greeting 55 -> 56.
    TuningSet(
      file: "conversations-tune30.jsonl", label: "tuning 30",
      written: CivilDate(year: 2026, month: 12, day: 4),
      conversations: 60, reached: 60, thirdAsks: 0, revisions: 72,
      // Raised at the thirty-fifth session's end (the day asked after a vague time): date 54 -> 58.
      // Raised at the thirty-sixth session's end: date 58 -> 59.
      // Raised at the thirty-seventh session's end: greeting 56 -> 57.
      fields: [
        "topic": 57, "greeting": 57, "company": 51, "signoff": 60, "outcome": 57, "date": 59,
        "role": 57, "channel": 60,
      ]),
    // The thirtieth held-out set (60 conversations written blind on 4 December 2026),
    // measured before and after the twenty-fifth session's rounds (every figure unchanged) and
    // judged blind (25 of 60 clean; verdicts in `Data/judged/tune31-*`), then tuned on from
    // the twenty-sixth session. Floors are the figures at rotation.
    // Raised at the thirtieth session's end: greeting 55 -> 56.
    TuningSet(
      file: "conversations-tune31.jsonl", label: "tuning 31",
      written: CivilDate(year: 2026, month: 12, day: 4),
      conversations: 60, reached: 60, thirdAsks: 0, revisions: 72,
      // Raised at the thirty-sixth session's end: date 56 -> 58.
      fields: [
        "topic": 58, "greeting": 56, "company": 52, "signoff": 52, "outcome": 58, "date": 58,
        "role": 56, "channel": 60,
      ]),
    // The thirty-first held-out set (60 conversations written blind on 5 December 2026, their
    // "today" 4 December), measured before and after the twenty-sixth session's rounds (every
    // figure unchanged) and judged blind (30 of 60 clean; verdicts in `Data/judged/tune32-*`),
    // then tuned on from the twenty-seventh session. Floors are the figures at rotation, raised
    // to what the session reached (topic 55 -> 56, sign-off 58 -> 60, date 56 -> 57).
    TuningSet(
      file: "conversations-tune32.jsonl", label: "tuning 32",
      written: CivilDate(year: 2026, month: 12, day: 4),
      conversations: 60, reached: 60, thirdAsks: 0, revisions: 72,
      // Raised at the thirty-fourth session's end: company 52 -> 53, outcome 57 -> 58.
      // Raised at the thirty-fifth session's end (the day asked after a vague time): date 57 -> 60.
      // Raised at the thirty-sixth session's end: channel 59 -> 60, topic 56 -> 57, role 57 -> 58.
      // Raised at the thirty-eighth session's end: topic 57 -> 58.
      fields: [
        "topic": 58, "greeting": 56, "company": 53, "signoff": 60, "outcome": 58, "date": 60,
        "role": 58, "channel": 60,
      ]),
    // The thirty-second held-out set (60 conversations written blind on 5 December 2026, their
    // "today" 5 December), measured before and after the twenty-seventh session's rounds (every
    // figure unchanged) and judged blind (30 of 60 clean; verdicts in `Data/judged/tune33-*`),
    // then tuned on from the twenty-eighth session. Floors are the figures at rotation.
    // Raised at the thirty-second session's end: topic 56 -> 57.
    TuningSet(
      file: "conversations-tune33.jsonl", label: "tuning 33",
      written: CivilDate(year: 2026, month: 12, day: 5),
      conversations: 60, reached: 60, thirdAsks: 0, revisions: 74,
      // Raised at the thirty-fourth session's end: date 52 -> 53, outcome 57 -> 58.
      // Raised at the thirty-fifth session's end (the day asked after a vague time): date 53 -> 55.
      // Raised at the thirty-sixth session's end: date 55 -> 56.
      // Raised at the thirty-eighth session's end: topic 57 -> 58.
      fields: [
        "topic": 58, "greeting": 59, "company": 56, "signoff": 58, "outcome": 58, "date": 56,
        "role": 56, "channel": 60,
      ]),
    // The thirty-third held-out set (60 conversations written blind on 5 December 2026, their
    // "today" 5 December), measured before and after the twenty-eighth session's rounds (every
    // figure unchanged) and judged blind (33 of 60 clean; verdicts in `Data/judged/tune34-*`),
    // then tuned on from the twenty-ninth session. Floors are the figures at rotation, raised
    // to what that session reached (topic 53 -> 56, company 56 -> 59, date 55 -> 56, role 57 ->
    // 58).
    // Raised at the thirtieth session's end: outcome 54 -> 55.
    TuningSet(
      file: "conversations-tune34.jsonl", label: "tuning 34",
      written: CivilDate(year: 2026, month: 12, day: 5),
      conversations: 60, reached: 60, thirdAsks: 0, revisions: 72,
      // Raised at the thirty-fourth session's end: outcome 55 -> 56.
      // Raised at the thirty-fifth session's end (the day asked after a vague time): date 56 -> 59.
      // Raised at the thirty-sixth session's end: channel 59 -> 60, role 58 -> 59.
      fields: [
        "topic": 56, "greeting": 58, "company": 59, "signoff": 60, "outcome": 56, "date": 59,
        "role": 59, "channel": 60,
      ]),
    // The thirty-fourth held-out set (60 conversations written blind on 5 December 2026, their
    // "today" 5 December), measured before and after the twenty-ninth session's rounds (every
    // figure unchanged) and judged blind (24 of 60 clean; verdicts in `Data/judged/tune35-*`),
    // then tuned on from the thirtieth session. Floors are the figures at rotation.
    // Raised at the thirtieth session's end: company 47 -> 50, greeting 51 -> 54, topic 59 -> 60;
    // no question asked a third time (2 -> 0).
    // Raised at the thirtieth session's end: outcome 58 -> 59, role 54 -> 56.
    TuningSet(
      file: "conversations-tune35.jsonl", label: "tuning 35",
      written: CivilDate(year: 2026, month: 12, day: 5),
      conversations: 60, reached: 60, thirdAsks: 0, revisions: 72,
      // Raised at the thirty-fourth session's end: date 53 -> 54.
      // Raised at the thirty-fifth session's end (the day asked after a vague time): date 54 -> 57.
      // Raised at the thirty-sixth session's end: date 57 -> 58.
      fields: [
        "topic": 60, "greeting": 54, "company": 50, "signoff": 33, "outcome": 59, "date": 58,
        "role": 56, "channel": 60,
      ]),
    // The thirty-fifth held-out set (60 conversations written blind on 5 December 2026, their
    // "today" 5 December), measured before and after the thirtieth session's rounds (outcome
    // 56 -> 57, third asks 2 -> 1, every other figure unchanged) and judged blind (31 of 60
    // clean; verdicts in `Data/judged/tune36-*`), then tuned on from the thirty-first session.
    // Floors are the figures at rotation.
    TuningSet(
      file: "conversations-tune36.jsonl", label: "tuning 36",
      written: CivilDate(year: 2026, month: 12, day: 5),
      conversations: 60, reached: 60, thirdAsks: 1, revisions: 92,
      // Raised at the thirty-first session's end: company 47 -> 48, date 56 -> 57, channel 58 -> 59,
      // greeting 57 -> 58, outcome 57 -> 58, topic 58 -> 59.
      // Raised at the thirty-fifth session's end: greeting 58 -> 59, role 53 -> 54.
      // Raised at the thirty-fifth session's end (the day asked after a vague time): date 57 -> 59.
      // Raised at the thirty-sixth session's end: channel 59 -> 60, role 54 -> 55.
      fields: [
        "topic": 59, "greeting": 59, "company": 48, "signoff": 2, "outcome": 58, "date": 59,
        "role": 55, "channel": 60,
      ]),
    // The thirty-sixth held-out set (60 conversations written blind on 5 December 2026, their
    // "today" 5 December), measured before and after the thirty-first session's rounds (every
    // figure unchanged) and judged blind (28 of 60 clean; verdicts in `Data/judged/tune37-*`),
    // then tuned on from the thirty-second session. Floors are the figures at rotation.
    // Raised at the thirty-second session's end: company 49 -> 51, greeting 55 -> 58, sign-off 57 -> 60.
    TuningSet(
      file: "conversations-tune37.jsonl", label: "tuning 37",
      written: CivilDate(year: 2026, month: 12, day: 5),
      conversations: 60, reached: 60, thirdAsks: 0, revisions: 100,
      // Raised at the thirty-fifth session's end (the day asked after a vague time): date 57 -> 59.
      // Raised at the thirty-sixth session's end: role 48 -> 51.
      fields: [
        "topic": 59, "greeting": 58, "company": 51, "signoff": 60, "outcome": 52, "date": 59,
        "role": 51, "channel": 60,
      ]),
    // The thirty-seventh held-out set (60 conversations written blind on 5 December 2026, their
    // "today" 5 December), measured before and after the thirty-second session's rounds (every
    // figure unchanged) and judged blind (33 of 60 clean before, 34 after; verdicts in
    // `Data/judged/tune38-*`), then tuned on from the thirty-third session. Floors are the
    // figures at rotation.
    TuningSet(
      file: "conversations-tune38.jsonl", label: "tuning 38",
      written: CivilDate(year: 2026, month: 12, day: 5),
      conversations: 60, reached: 59, thirdAsks: 1, revisions: 84,
      // Raised at the thirty-third session's end: company 49 -> 52, greeting 57 -> 58, sign-off
      // 57 -> 58.
      // Raised at the thirty-fourth session's end: outcome 53 -> 54.
      // Raised at the thirty-fifth session's end (the day asked after a vague time): date 55 -> 58, greeting 58 -> 59.
      // Raised at the thirty-sixth session's end: role 51 -> 52.
      fields: [
        "topic": 58, "greeting": 59, "company": 52, "signoff": 58, "outcome": 54, "date": 58,
        "role": 52, "channel": 59,
      ]),
    // The thirty-eighth held-out set (60 conversations written blind on 5 December 2026, their
    // "today" 5 December), measured before and after the thirty-third session's rounds (every
    // figure unchanged) and judged blind (32 of 60 clean before, 33 after; verdicts in
    // `Data/judged/tune39-*`), then tuned on from the thirty-fourth session. Floors are the
    // figures at rotation.
    TuningSet(
      file: "conversations-tune39.jsonl", label: "tuning 39",
      written: CivilDate(year: 2026, month: 12, day: 5),
      conversations: 60, reached: 60, thirdAsks: 0, revisions: 87,
      // Raised at the thirty-fourth session's end: company 56 -> 57, channel 59 -> 60, greeting 52
      // -> 56, outcome 51 -> 53, role 52 -> 53, signoff 50 -> 52.
      // Raised at the thirty-fifth session's end (the day asked after a vague time): date 58 -> 59.
      // Raised at the thirty-sixth session's end: revisions 85 -> 87, role 53 -> 54.
      fields: [
        "topic": 59, "greeting": 56, "company": 57, "signoff": 52, "outcome": 53, "date": 59,
        "role": 54, "channel": 60,
      ]),
    // The thirty-ninth held-out set (60 conversations written blind on 6 December 2026, their
    // "today" 6 December), measured before and after the thirty-fourth session's rounds (outcome
    // 56 -> 58, every other figure unchanged) and judged blind (30 of 60 clean, no first note
    // changed; verdicts in `Data/judged/tune40-*`), then tuned on from the thirty-fifth session.
    // Floors are the figures at rotation.
    TuningSet(
      file: "conversations-tune40.jsonl", label: "tuning 40",
      written: CivilDate(year: 2026, month: 12, day: 6),
      conversations: 60, reached: 60, thirdAsks: 0, revisions: 81,
      // Raised at the thirty-fifth session's end: revisions 79 -> 81, date 56 -> 57, greeting 54
      // -> 56, signoff 55 -> 59, topic 59 -> 60.
      // Raised at the thirty-fifth session's end (the day asked after a vague time): date 57 -> 59.
      // Raised at the thirty-fifth session's end (outcome and trial round): outcome 58 -> 60.
      fields: [
        "topic": 60, "greeting": 56, "company": 48, "signoff": 59, "outcome": 60, "date": 59,
        "role": 53, "channel": 60,
      ]),
    // The fortieth held-out set (60 conversations written blind on 6 December 2026, their
    // "today" 6 December), measured before and after the thirty-fifth session's rounds (date
    // 53 -> 56, every other figure unchanged) and judged blind (31 of 60 clean; the three
    // changed first notes judged alike before and after; verdicts in `Data/judged/tune41-*`),
    // then tuned on from the thirty-sixth session. Floors are the figures at rotation.
    TuningSet(
      file: "conversations-tune41.jsonl", label: "tuning 41",
      written: CivilDate(year: 2026, month: 12, day: 6),
      conversations: 60, reached: 60, thirdAsks: 0, revisions: 80,
      // Raised at the thirty-sixth session's end: channel 59 -> 60, revisions 77 -> 80, date 56 -> 57, company 54 -> 55, role 48 -> 52.
      fields: [
        "topic": 60, "greeting": 57, "company": 55, "signoff": 59, "outcome": 52, "date": 57,
        "role": 52, "channel": 60,
      ]),
    // The forty-first held-out set (60 conversations written blind on 6 December 2026, their
    // "today" 6 December), measured before and after the thirty-sixth session's rounds (every
    // figure unchanged) and judged blind (24 of 60 clean, no first note changed; verdicts in
    // `Data/judged/tune42-*`), then tuned on from the thirty-seventh session. Floors are the
    // figures at rotation.
    TuningSet(
      file: "conversations-tune42.jsonl", label: "tuning 42",
      written: CivilDate(year: 2026, month: 12, day: 6),
      conversations: 60, reached: 60, thirdAsks: 0, revisions: 79,
      // Raised at the thirty-seventh session's end: company 45 -> 48, greeting 50 -> 52, role 47 -> 50.
      fields: [
        "topic": 60, "greeting": 52, "company": 48, "signoff": 60, "outcome": 54, "date": 55,
        "role": 50, "channel": 60,
      ]),
    // The forty-second held-out set (60 conversations written blind on 6 December 2026, their
    // "today" 6 December), measured before and after the thirty-seventh session's rounds (every
    // figure unchanged) and judged blind (16 of 60 clean, no first note changed; verdicts in
    // `Data/judged/tune43-*`), then tuned on from the thirty-eighth session. Floors are the
    // figures at rotation.
    TuningSet(
      file: "conversations-tune43.jsonl", label: "tuning 43",
      written: CivilDate(year: 2026, month: 12, day: 6),
      conversations: 60, reached: 60, thirdAsks: 1, revisions: 70,
      fields: [
        "topic": 58, "greeting": 55, "company": 53, "signoff": 60, "outcome": 56, "date": 60,
        "role": 55, "channel": 60,
      ]),
    // The forty-third held-out set (60 conversations written blind on 6 December 2026, their
    // "today" 6 December), measured before and after the thirty-eighth session's rounds (change
    // requests 72 -> 71, every other figure unchanged) and judged blind (10 of 60 clean before,
    // 18 after by a paired judge; verdicts in `Data/judged/tune44-*`), then tuned on from the
    // thirty-ninth session. Floors are the figures at rotation, date raised by the session's
    // rounds (a day heard in "shed ring me monday" is no longer taken as put right). Topic is
    // 58 from the forty-sixth session: ck014's "he tell me the shop is going to open earlier"
    // is now read as reported, and the note says "that the shop is going to open earlier"
    // where it had said "our conversation about the early opening"; the set's words for it
    // are "early" and "commuter", and "earlier" holds neither.
    TuningSet(
      file: "conversations-tune44.jsonl", label: "tuning 44",
      written: CivilDate(year: 2026, month: 12, day: 6),
      conversations: 60, reached: 60, thirdAsks: 1, revisions: 71,
      fields: [
        "topic": 58, "greeting": 56, "company": 55, "signoff": 59, "outcome": 59, "date": 59,
        "role": 50, "channel": 60,
      ]),
    // The forty-fourth held-out set (60 conversations written blind on 6 December 2026, their
    // "today" 6 December), measured before and after the thirty-ninth session's round (every
    // figure unchanged) and judged blind (9 of 60 clean before and after; verdicts in
    // `Data/judged/tune45-*`), then tuned on from the fortieth session. Floors are the figures
    // at rotation.
    TuningSet(
      file: "conversations-tune45.jsonl", label: "tuning 45",
      written: CivilDate(year: 2026, month: 12, day: 6),
      conversations: 60, reached: 60, thirdAsks: 0, revisions: 66,
      fields: [
        "topic": 59, "greeting": 60, "company": 53, "signoff": 59, "outcome": 57, "date": 58,
        "role": 46, "channel": 60,
      ]),
    // The forty-fifth held-out set (60 conversations written blind on 6 December 2026, their
    // "today" 6 December), measured before and after the fortieth session's round (every
    // figure unchanged) and judged blind (24 of 60 clean before; no first note changed after;
    // verdicts in `Data/judged/tune46-*`), then tuned on from the forty-first session. Floors
    // are the figures at rotation, raised after the forty-first session's round (company 50 ->
    // 51, role 51 -> 52, sign-off 57 -> 58).
    TuningSet(
      file: "conversations-tune46.jsonl", label: "tuning 46",
      written: CivilDate(year: 2026, month: 12, day: 6),
      conversations: 60, reached: 60, thirdAsks: 0, revisions: 67,
      fields: [
        "topic": 58, "greeting": 55, "company": 51, "signoff": 58, "outcome": 56, "date": 60,
        "role": 52, "channel": 60,
      ]),
    // The forty-sixth held-out set (60 conversations written blind on 7 December 2026, their
    // "today" 6 December), measured before and after the forty-first session's round (every
    // figure unchanged) and judged blind (17 of 60 clean before; no first note changed after;
    // verdicts in `Data/judged/tune47-*`), then tuned on from the forty-second session. Floors
    // are the figures at rotation, raised after the forty-second session's round (date 57 ->
    // 58: cq024's "hear back by wednesday" no longer the interview's day).
    TuningSet(
      file: "conversations-tune47.jsonl", label: "tuning 47",
      written: CivilDate(year: 2026, month: 12, day: 6),
      conversations: 60, reached: 60, thirdAsks: 0, revisions: 72,
      fields: [
        "topic": 59, "greeting": 58, "company": 53, "signoff": 59, "outcome": 53, "date": 58,
        "role": 53, "channel": 59,
      ]),
    // The forty-seventh held-out set (60 conversations written blind on 7 December 2026, their
    // "today" 6 December), measured before and after the forty-second session's round (every
    // figure unchanged) and judged blind (14 of 60 clean before; three first notes changed,
    // judged paired; verdicts in `Data/judged/tune48-*`), then tuned on from the forty-third
    // session. Floors are the figures at rotation.
    TuningSet(
      file: "conversations-tune48.jsonl", label: "tuning 48",
      written: CivilDate(year: 2026, month: 12, day: 6),
      conversations: 60, reached: 60, thirdAsks: 1, revisions: 69,
      fields: [
        "topic": 59, "greeting": 53, "company": 50, "signoff": 60, "outcome": 54, "date": 59,
        "role": 52, "channel": 59,
      ]),
    // The forty-eighth held-out set (60 conversations written blind on 7 December 2026, their
    // "today" 6 December), measured before and after the forty-third session's round (every
    // figure unchanged) and judged blind (23 of 60 clean before; three first notes changed,
    // judged paired; verdicts in `Data/judged/tune49-*`), then tuned on from the forty-fourth
    // session. Floors are the figures after that session's round, read49 (company 53 -> 55,
    // date 57 -> 58, greeting 58 -> 59, outcome 54 -> 55, role 54 -> 56, sign-off 59 -> 60,
    // topic 58 -> 59; no question asked a third time, where one was).
    TuningSet(
      file: "conversations-tune49.jsonl", label: "tuning 49",
      written: CivilDate(year: 2026, month: 12, day: 6),
      conversations: 60, reached: 60, thirdAsks: 0, revisions: 69,
      fields: [
        "topic": 59, "greeting": 59, "company": 55, "signoff": 60, "outcome": 55, "date": 58,
        "role": 56, "channel": 60,
      ]),
    // The forty-ninth held-out set (60 conversations written blind on 7 December 2026, their
    // "today" Monday 7 December), measured before and after the forty-fourth session's round
    // (every figure unchanged) and judged blind (12 of 60 clean before; no first note changed;
    // verdicts in `Data/judged/tune50-*`), then tuned on from the forty-fifth session. Floors
    // are the figures at rotation. Sign-off is 5: this set's writers expected the full name
    // signed in 55 of 60, where the note signs the name the person goes by (their brief did not
    // say which form); the expectations stay as written.
    TuningSet(
      file: "conversations-tune50.jsonl", label: "tuning 50",
      written: CivilDate(year: 2026, month: 12, day: 7),
      conversations: 60, reached: 60, thirdAsks: 0, revisions: 66,
      fields: [
        "topic": 59, "greeting": 52, "company": 48, "signoff": 5, "outcome": 56, "date": 60,
        "role": 45, "channel": 60,
      ]),
    // The fiftieth held-out set (60 conversations written blind on 7 December 2026, their
    // "today" Monday 7 December), measured before and after the forty-fifth session's round
    // (every figure unchanged) and judged blind (18 of 60 clean before; no first note changed;
    // verdicts in `Data/judged/tune51-*`), then tuned on from the forty-sixth session. Floors
    // are the figures at rotation, raised by that session's round (company 53 -> 55, outcome
    // 55 -> 56, role 50 -> 51, topic 58 -> 59).
    TuningSet(
      file: "conversations-tune51.jsonl", label: "tuning 51",
      written: CivilDate(year: 2026, month: 12, day: 7),
      conversations: 60, reached: 60, thirdAsks: 0, revisions: 67,
      fields: [
        "topic": 59, "greeting": 50, "company": 55, "signoff": 58, "outcome": 56, "date": 59,
        "role": 51, "channel": 60,
      ]),
  ]
}

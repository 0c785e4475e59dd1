/// A check-in that guilt-trips: it reproaches them for the silence ("I haven't heard
/// anything", "I was hoping to hear by now", "it's rude not to reply").
///
/// A check-in asks simply about the timeline; a reproach puts the reader on the defensive, and
/// the advice is never to put pressure on them. Reported under the `pressure` code, with its
/// own sentence, for a check-in only: a first note has no silence to reproach.
enum GuiltTripRule {
  static let phrases = [
    "haven't heard anything", "haven't heard back", "haven't heard from you", "have not heard",
    "heard nothing", "not heard anything", "not heard back", "hadn't heard", "still haven't heard",
    "still not heard", "still waiting", "hoping to hear by now", "hoped to hear by now",
    "hoping to have heard", "hoped to have heard", "expected to hear", "expected to have heard",
    "expecting to hear by now", "by now", "so rude", "rude", "unprofessional", "disrespectful",
    "ghosted", "ignored", "ignoring", "no reply yet", "no response yet", "no word yet",
    "no reply from you", "no response from you", "it's been weeks", "it's been ages",
    "it has been weeks", "it has been ages", "chasing again", "chasing this again",
    "yet another email", "emailed twice", "twice already", "why haven't you", "why hasn't",
    "the courtesy", "the least you", "common courtesy", "left hanging", "left in the dark",
    "kept waiting", "keeping me waiting", "radio silence",
  ]

  /// The reproach in a draft or a sentence, quoted as written, or nil.
  static func fault(in text: String) -> String? {
    PhraseMatch.firstMatch(in: text, text.lowercased(), phrases, negatable: false)
  }

  static func why(_ quote: String) -> String {
    "\u{201C}\(quote)\u{201D} reproaches them for the silence. Ask simply about the timeline instead: a calm check-in is the kind that gets a friendly reply."
  }
}

/// A reply to a rejection that argues: it disputes the decision ("I think you made a
/// mistake"), asks them to reconsider, or demands to know why.
///
/// The reply is meant to keep the door open, and arguing closes it. Reported under the
/// `pressure` code, with its own sentence, for a rejection reply only. A plain request for
/// feedback ("I'd welcome any feedback") is not arguing.
enum ArguingRule {
  static let phrases = [
    "made a mistake", "making a mistake", "made the wrong", "wrong decision", "wrong choice",
    "reconsider", "rethink", "change your mind", "think again", "you'll regret", "your loss",
    "i deserve", "i deserved", "unfair", "not fair", "better candidate", "best candidate",
    "more qualified than", "overlooked", "appeal the", "appeal your", "why did you",
    "why didn't i", "why wasn't i", "why was i not", "explain why", "explain the decision",
    "explain your decision", "justify", "i disagree", "disagree with", "don't understand why",
    "do not understand why", "can't understand why", "cannot understand why", "shocked",
    "surprised by your decision", "surprised by the decision", "give me another chance",
    "another chance", "second chance", "one more chance",
  ]

  /// The argument in a draft or a sentence, quoted as written, or nil.
  static func fault(in text: String) -> String? {
    PhraseMatch.firstMatch(in: text, text.lowercased(), phrases, negatable: false)
  }

  static func why(_ quote: String) -> String {
    "\u{201C}\(quote)\u{201D} argues with their decision. Thank them, wish them well and ask to be kept in mind: a gracious reply keeps the door open, and arguing closes it."
  }
}

/// A verb's object read positively: a thing that counts takes its article, and a verb of
/// liking takes a thing, not a place word.
///
/// The blind judge of tuning 16 faulted "My nonno had farm in Puglia." and "I like outside for
/// children.": each has a subject and a finite verb, so the sentence checks passed, but the
/// object after the verb is not one English allows. Second-language English drops articles
/// ("had farm", "opened shop") and puts an adverb where a thing goes; the note cannot repair
/// either without guessing, so the point is held back and the note has no second sentence.
extension VouchedPoint {
  /// "had farm in Puglia", "opened shop in the centre": a verb of having or making whose
  /// object is one singular noun that counts, with no article, before a preposition or the end.
  /// The repair (`objectArticled`) gives such an object its "a"; what is found here is one
  /// the repair did not reach.
  static func bareCountedObject(_ words: [String], _ original: [String]) -> String? {
    guard let object = countedObject(words, original) else { return nil }
    return "\"\(words[object - 1]) \(words[object])\": a counted thing with no article"
  }

  /// Where a verb of having, getting or making has one bare singular noun that counts as its
  /// object, before a preposition or the end: "had farm in Puglia", "never got loan from".
  static func countedObject(_ words: [String], _ original: [String]) -> Int? {
    for verb in words.indices where objectVerbs.contains(words[verb]) && verb + 1 < words.count {
      let object = words[verb + 1]
      let next = verb + 2 < words.count ? words[verb + 2] : ""
      guard original[verb + 1].first?.isLowercase == true, object.count >= 3,
        original[verb].last?.isLetter == true,
        object.allSatisfy(\.isLetter), !object.hasSuffix("s"), !object.hasSuffix("ly"),
        !VouchedTopic.function.contains(object), !VouchedTopic.isIngForm(object),
        !VouchedTopic.isParticiple(object), !TopicArticles.isAdjective(object),
        !TopicArticles.standsBare(object), TopicArticles.isCountable(object),
        !Lexicon.stopwords.contains(object), !notObjects.contains(object),
        // "got better at": a comparative is a state the verb takes, not a thing.
        !(object.hasSuffix("er") && ["got", "get", "gets"].contains(words[verb])),
        // "I had plenty of those": a quantity before "of" is the object's determiner (tuning
        // 44's ck040 printed "I had a plenty of those").
        !(next == "of" && amounts.contains(object)),
        next.isEmpty || VouchedTopic.locatives.contains(next)
          || ["from", "to", "by"].contains(next)
      else { continue }
      return verb + 1
    }
    return nil
  }

  /// Verbs of having, owning, getting and making, whose object is a thing: after them a noun
  /// that counts needs its article.
  private static let objectVerbs: WordSet = [
    "had", "has", "have", "owned", "owns", "opened", "bought", "built", "started", "ran", "got",
    "received",
  ]

  /// Words of amount that stand before "of" with no article: "plenty of", "enough of" ("a lot
  /// of", "a couple of" take theirs).
  private static let amounts: WordSet = ["plenty", "enough", "most", "half", "none"]

  /// Words a verb of getting takes that are no thing: "got home", "got back", "got lost".
  private static let notObjects: WordSet = [
    "home", "back", "lost", "sick", "ill", "tired", "bored", "lucky", "ready", "late", "early",
    "upset", "angry", "worse", "used", "stuck", "hurt", "fit", "rid",
  ]

  /// "I like outside for children": a verb of liking straight before a preposition or a place
  /// adverb has lost its object ("being outside", "outdoor play").
  static func likingWithoutObject(_ words: [String]) -> String? {
    // "I like.": a verb of liking ending its sentence after its subject has no object.
    // Its subject opens the clause: "what I enjoy" has its object before it, and passes.
    if words.count >= 2, let last = words.last, likingVerbs.contains(last),
      ["i", "we", "they"].contains(words[words.count - 2]),
      words.count == 2 || ["and", "but", "so"].contains(words[words.count - 3])
    {
      return "\"\(words[words.count - 2]) \(last)\": a verb of liking with no object"
    }
    for index in words.indices.dropFirst().dropLast() where likingVerbs.contains(words[index]) {
      // The verb after its subject ("I like", "we really love"), not "like" as a preposition
      // ("like in my last job"); "what I like about it" has its object before it.
      guard likers.contains(words[index - 1]) else { continue }
      let next = words[index + 1]
      if VouchedTopic.locatives.contains(next) && next != "about" || placeAdverbs.contains(next) {
        return "\"\(words[index]) \(next)\": a verb of liking with no object"
      }
    }
    return nil
  }

  /// Verbs of liking, which take a thing or an act as their object.
  private static let likingVerbs: WordSet = [
    "like", "love", "enjoy", "prefer", "hate", "likes", "loves", "enjoys", "liked", "loved",
    "enjoyed",
  ]

  /// Words straight before a verb of liking: its subject, or an adverb after the subject.
  private static let likers: WordSet = [
    "i", "we", "they", "really", "just", "also", "always", "still", "do", "definitely",
  ]

  /// Adverbs of place that are no object: "outside", "outdoors", "here".
  private static let placeAdverbs: WordSet = [
    "outside", "outdoors", "inside", "indoors", "here", "there", "abroad", "away",
  ]
}

/// "like" that compares rather than likes: "backgrounds like mine", "places without big labs,
/// like where I grew up", "a rota like at my last job".
///
/// A line read for its verbs took this "like" for the verb of liking: "..., like where I grew
/// up in Pará" was held back as a clause with no subject after a comma (tuning 45's cm046), and
/// "backgrounds like mine" printed as though it held a verb (tuning 44's ck053). What follows
/// "like" tells the two apart: an owner's pronoun, a question word or a preposition can follow
/// only the comparison; the verb takes a thing, "to" or an "-ing" ("like the idea", "like to
/// help", "like working").
enum ComparingLike {
  /// Whether `words[index]` is "like" that compares. `words` are lower case, punctuation off.
  static func compares(_ words: [String], at index: Int) -> Bool {
    guard words.indices.contains(index), words[index] == "like", index + 1 < words.count
    else { return false }
    return followers.contains(words[index + 1])
  }

  /// Words that follow only the comparing "like".
  private static let followers: Set<String> = [
    "mine", "yours", "ours", "theirs", "hers", "where", "when", "how", "what", "in", "at", "on",
    "with", "for", "from", "before", "after", "during",
  ]
}

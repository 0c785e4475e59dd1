/// Whether an adjective takes the preposition English gives it.
extension VouchedPoint {
  /// "high care is familiar for me", "people are scared from new technology", "I am
  /// interested on logistics": adjectives of knowing and feeling take a fixed preposition in
  /// English, and another language often gives them another. The preposition cannot be
  /// changed for the person (the meaning may move with it: "good at", "good for"), so the point
  /// is held back. An adjective whose preposition is right, or that takes none, passes.
  static func adjectivePreposition(_ words: [String]) -> String? {
    for index in words.indices.dropLast() {
      guard let allowed = prepositionsOf[words[index]] else { continue }
      let next = words[index + 1]
      // "I have done something similar before.": a preposition that ends the sentence has no
      // object, so it is an adverb, not the adjective's preposition (tuning 44's ck005 kept a
      // whole sentence out of the note).
      guard TopicRepair.prepositions.contains(next) || ["to", "from", "of"].contains(next),
        !allowed.contains(next), index + 2 < words.count
      else { continue }
      return "\"\(words[index]) \(next)\": the adjective takes another preposition"
    }
    return nil
  }

  /// Adjectives of knowing and feeling, with the prepositions English gives each. A word not
  /// here is not read.
  private static let prepositionsOf: [String: Set<String>] = [
    "familiar": ["to", "with"], "interested": ["in"], "scared": ["of", "for", "by"],
    "afraid": ["of", "for"], "proud": ["of"], "aware": ["of"], "capable": ["of"],
    "fond": ["of"], "keen": ["on", "to"], "passionate": ["about"], "responsible": ["for"],
    "similar": ["to", "in"], "dependent": ["on", "upon"], "married": ["to", "in", "for"],
    "experienced": ["in", "with", "at"], "confident": ["in", "with", "about", "at"],
    "satisfied": ["with", "by"], "fascinated": ["by", "with"], "jealous": ["of"],
    "addicted": ["to"], "accustomed": ["to"], "committed": ["to"], "dedicated": ["to"],
  ]
}

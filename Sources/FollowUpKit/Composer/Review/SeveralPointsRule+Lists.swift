/// The lists and the things of `SeveralPointsRule`: the items of a list after a cue, and
/// whether several points name one thing.
extension SeveralPointsRule {
  /// Whether every point after the first names again a thing an earlier one named: "how your
  /// team cut onboarding by pairing each engineer with a support rep" then "how much the reps
  /// got out of it too" is one point seen from two sides, not a second topic.
  static func allOneThing(_ points: [Set<String>]) -> Bool {
    guard points.count >= 2 else { return false }
    var seen = points[0]
    for words in points.dropFirst() {
      if words.isDisjoint(with: seen) { return false }
      seen.formUnion(words)
    }
    return true
  }

  /// The words of a clause that name a thing, singular: "reps" and "rep" are one word, and
  /// praise, chatter and what any employer could be told are none.
  static func thingWords(_ text: String, _ specific: SpecificWords) -> Set<String> {
    var words: Set<String> = []
    for word in ReviewWords(text).words
    where specific.hasSpecificWord([word]) && !NoSpecificTopicRule.anyEmployer.contains(word)
      && !SentenceReading.selfWords.contains(word) && !word.contains(where: \.isNumber)
    {
      words.insert(
        word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss")
          ? String(word.dropLast()) : word)
    }
    return words
  }

  /// The writer's verbs of judging a thing, which open a list item before the thing itself.
  static let judging: Set<String> = [
    "thought", "found", "loved", "liked", "felt", "think", "love", "like", "reckon",
  ]

  /// Words that bring in instances of the thing just named, not a thing of their own.
  static let exampleMarks: Set<String> = [
    "especially", "particularly", "notably", "including", "like", "such as", "e.g", "eg",
    "for example", "for instance", "mainly", "mostly", "above all", "in particular",
  ]

  /// The items of a list that follows a cue: "the pilot, the new app and your plans" has three.
  /// Only items opening with a determiner count, so "forecast and actual orders" is one.
  static func listItems(in sentence: String, from offset: Int) -> [Range<Int>] {
    let characters = Array(sentence)
    guard offset < characters.count else { return [] }
    let determiners: Set<String> = [
      "the", "your", "their", "his", "her", "its", "our", "a", "an", "how", "why", "what",
      "whether",
    ]
    var items: [Range<Int>] = []
    var itemStart = offset
    // Examples of the item before are that item, not more items: "the new press, especially
    // the wedding stationery and the council leaflets" is one thing and its instances.
    var examples = false
    func closeItem(at end: Int) {
      guard !examples else { return }
      var start = itemStart
      while start < end, " :-\u{2013}\u{2014}".contains(characters[start]) { start += 1 }
      // The first item may follow more of the cue: "loved [hearing about] the new team, ...".
      if items.isEmpty {
        var scan = start
        while scan < end {
          let word = String(characters[scan..<end].prefix(while: { $0.isLetter || $0 == "'" }))
          if determiners.contains(word) || word.isEmpty { break }
          scan += word.count
          while scan < end, characters[scan] == " " { scan += 1 }
        }
        if scan < end { start = scan }
      }
      var words = ReviewWords(String(characters[start..<end])).words
      // "..., and I thought the house points were a good idea": the writer judging a thing
      // names it, as the item's own words do.
      if words.count > 2, words[0] == "i", judging.contains(words[1]) {
        words.removeFirst(2)
      }
      let word = words.first ?? ""
      if let first = words.first,
        exampleMarks.contains(first)
          || words.count > 1 && exampleMarks.contains(first + " " + words[1])
      {
        examples = true
        return
      }
      // "The press and how it will change the short runs": the thing again, from another side.
      if ["how", "why", "what", "whether"].contains(word), words.count > 1,
        ["it", "it's", "its", "they", "they're", "this", "that", "these", "those"].contains(
          words[1])
      {
        return
      }
      if determiners.contains(word) { items.append(start..<end) }
    }
    func startsWithAnd(_ index: Int) -> Bool {
      index + 5 <= characters.count && String(characters[index..<index + 5]) == " and "
    }
    var index = offset
    while index < characters.count {
      if ",;.!?".contains(characters[index]) {
        closeItem(at: index)
        if characters[index] != "," { return items }
        index += 1
        if startsWithAnd(index) { index += 4 }
        itemStart = index
      } else if startsWithAnd(index) {
        closeItem(at: index)
        index += 4
        itemStart = index
      } else {
        index += 1
      }
    }
    closeItem(at: characters.count)
    return items
  }
}

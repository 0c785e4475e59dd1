/// An abbreviation written out where the person wrote its full form too: "5G expansion to
/// ibadan and PH" beside "cover ibadan and port harcourt" is "... and Port Harcourt";
/// "Teaching FM was ..." beside the topic "Further Maths" is "Teaching Further Maths was ...".
///
/// People shorten a name once they have said it, and a note that prints "PH" or "FM" leaves the
/// interviewer to guess (the blind judge of tuning 20 faulted both). The full form is taken only
/// where the conversation vouches that it is the abbreviation's: words whose initials spell it,
/// none a function word, and either typed as a name (each word with its capital) or standing
/// beside the same word as the abbreviation ("ibadan and PH", "ibadan and port harcourt"). A
/// chance match of initials ("AI" and "answers instantly") has neither, and is left.
extension ProperSpelling {
  /// The text with each abbreviation in capitals written out as the full form the sources vouch
  /// for, its words capitalised as a name's.
  static func initialismsExpanded(_ text: String, sources: [String]) -> String {
    guard text.utf8.contains(where: { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") })
    else { return text }
    var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    var changed = false
    for index in words.indices {
      let core = words[index].trimming(",.!?;:()\"'")
      guard (2...4).contains(core.count), core.allSatisfy({ $0.isASCII && $0.isUppercase }),
        let full = fullForm(of: core, at: index, in: words, sources: sources),
        let range = words[index].range(of: core)
      else { continue }
      words[index].replaceSubrange(range, with: full)
      changed = true
    }
    return changed ? words.joined(separator: " ") : text
  }

  /// The full form of `initials` in the sources, when one is vouched for; nil otherwise or when
  /// two different forms are.
  private static func fullForm(
    of initials: String, at index: Int, in words: [String], sources: [String]
  ) -> String? {
    let letters = Array(initials.lowercased())
    let near = neighbours(of: index..<(index + 1), in: words)
    var found: Set<String> = []
    for source in sources {
      let pieces = source.split(separator: " ").map(String.init)
      guard pieces.count >= letters.count else { continue }
      for start in 0...(pieces.count - letters.count) {
        let run = pieces[start..<(start + letters.count)]
        let cores = run.map { $0.trimming(",.!?;:()\"'") }
        // A mark inside the run ends a phrase: "ibadan, port" is no name.
        guard
          zip(cores, letters).allSatisfy({ core, letter in
            core.count >= 3 && core.first?.lowercased().first == letter
              && core.allSatisfy(\.isLetter)
              && !Lexicon.stopwords.contains(core.lowercased())
          }),
          run.dropLast().allSatisfy({ $0.last?.isLetter == true })
        else { continue }
        let named = cores.allSatisfy { core in
          core.first?.isUppercase == true && core.dropFirst().contains(where: \.isLowercase)
        }
        let beside = !near.isDisjoint(
          with: neighbours(of: start..<(start + letters.count), in: pieces))
        if named || beside {
          found.insert(cores.map { $0.lowercased().capitalisedFirst() }.joined(separator: " "))
        }
      }
    }
    return found.count == 1 ? found.first : nil
  }

  /// The content words within two words either side of a run: what it stands beside.
  private static func neighbours(of run: Range<Int>, in words: [String]) -> Set<String> {
    var result: Set<String> = []
    for offset in [-2, -1] + [0, 1].map({ run.count + $0 }) {
      let at = run.lowerBound + offset
      guard words.indices.contains(at) else { continue }
      let word = words[at].lowercased().trimming(",.!?;:()\"'")
      if word.count >= 3, word.allSatisfy(\.isLetter), !Lexicon.stopwords.contains(word) {
        result.insert(word)
      }
    }
    return result
  }
}

/// The new value of a correction, read as the fact it corrects, and the words the reader uses.
extension CorrectionReader {
  /// A message's words, lower case, punctuation off.
  struct Word {
    var lower: String
    /// Whether it was typed with a capital: where a person types capitals, names have them.
    var capitalised = false
    /// Whether every letter is a capital, as initials are ("HN", "DWP").
    var initials = false
  }

  static func words(_ text: String) -> [Word] {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "," || $0 == "." }).map {
      let letters = $0.filter(\.isLetter)
      return Word(
        lower: $0.lowercased().trimming(":;!?()'\"“”"),
        capitalised: $0.first(where: \.isLetter)?.isUppercase == true,
        initials: letters.count >= 2 && letters.allSatisfy(\.isUppercase))
    }.filter { !$0.lower.isEmpty }
  }

  /// The correction for a target, from the change the message states.
  func correction(_ target: Target, change: Change?, words: [Word]) -> Correction? {
    guard let change, !change.new.isEmpty else { return nil }
    let new = change.new
    let lower = words.map(\.lower)
    // A title is replaced only by a title: in "Miss Cartwright not Mrs", "Cartwright" alone is
    // no reading of the change.
    let isTitle = { (text: Substring) in PersonName.titles[text.lowercased().trimming(".")] != nil }
    if let old = change.old, old.split(separator: " ").allSatisfy(isTitle),
      !new.split(separator: " ").contains(where: isTitle)
    {
      return nil
    }
    // "Ní Bhriain" for "Ni Bhriain", "O'Shea" for "Oshea", "McDermott" for "Mcdermott": the
    // same letters with other marks replace those words as typed.
    // "company name is only TechPoint IT, not solutions": a held word the message says is not
    // the value's ("not solutions") makes the new value the whole, however it shares the held
    // one's letters (tuning 46's co053 had kept "TechPoint IT Solutions Ltd").
    let heldValue = target == .when ? nil : value(of: target)
    let newWords = Set(new.split(separator: " ").map { Self.folded(String($0)) })
    let heldWords = Set((heldValue ?? "").split(separator: " ").map { Self.folded(String($0)) })
    let disowned =
      change.old?.split(separator: " ").contains {
        let word = Self.folded(String($0))
        return !word.isEmpty && heldWords.contains(word) && !newWords.contains(word)
      } ?? false
    if !disowned, let held = heldValue, let respelled = Self.remarked(held, new) {
      switch target {
      case .name: return PersonName(parsing: respelled).map(Correction.name)
      case .signOff: return PersonName(parsing: respelled).map(Correction.signOff)
      case .company: return .company(respelled)
      case .role: return .role(respelled)
      case .interviewer:
        guard let people = known.interviewers,
          let index = people.firstIndex(where: {
            Self.folded(respelled).contains(Self.folded($0.full))
              || Self.remarked($0.full, new) != nil
          })
        else { return nil }
        var all = people
        let fixed = Self.remarked(people[index].full, new) ?? respelled
        guard var person = PersonName(parsing: fixed) else { return nil }
        person.job = people[index].job
        all[index] = person
        return .interviewers(all)
      case .when: break
      }
    }
    // "its Tehrani with an i", "its MacLeod capital L": one word of the value held, said again
    // spelled otherwise (or the same), replaces only that word.
    let slack = Self.letterSlack(change.old)
    if let slack, [.name, .company, .role].contains(target), let held = value(of: target),
      let fixed = respelled(held, new, slack: slack)
    {
      switch target {
      case .name: return PersonName(parsing: fixed).map(Correction.name)
      case .company: return .company(fixed)
      case .role: return .role(fixed)
      case .signOff, .interviewer, .when: break
      }
    }
    if let slack, target == .interviewer, let word = Self.singleWord(new),
      let held = value(of: target), let old = Self.respellable(word, in: held, slack: slack).first,
      Self.respellable(word, in: held, slack: slack).count == 1, old != word
    {
      // The same word again changes nothing here; the readings below acknowledge it.
      return .swap(respelled(old, word) ?? word, for: old)
    }
    // "just put my first name at the end", "sign with my first name only": the part of the
    // held name it names is the sign-off; "end" and "only" are no new name.
    if target == .name || target == .signOff, let name = known.name, let given = name.given,
      lower.contains("first") || lower.contains("given"), lower.contains("name"),
      new.split(separator: " ").allSatisfy({
        Self.placeWords.contains($0.lowercased()) || Self.leading.contains($0.lowercased())
      })
    {
      return .signOff(PersonName(given: given))
    }
    // "prof cole not dr cole", "Ms Amadi not Mrs": only the title changes, the name is the same.
    if target == .interviewer, let people = known.interviewers,
      Self.untitledFold(new).isEmpty
        || change.old.map(Self.untitledFold).map({
          $0.isEmpty || $0 == Self.untitledFold(new)
        }) ?? false,
      let title = new.split(separator: " ").lazy.compactMap({
        PersonName.titles[$0.lowercased().trimming(".")]
      }).first,
      change.old.map({ old in
        old.split(separator: " ").contains {
          PersonName.titles[$0.lowercased().trimming(".")] != nil
        }
      }) ?? false
    {
      let family = new.split(separator: " ").last.map { $0.lowercased() }
      // Whose title it is: the family name typed with it, else a name or job of theirs the
      // message says ("matron is Mrs not Mr, Olumide is lady"), else the one person whose
      // title is the one set aside (tuning 37's bw026 had retitled the first person met).
      let oldTitle = change.old.flatMap { old in
        old.split(separator: " ").lazy.compactMap {
          PersonName.titles[$0.lowercased().trimming(".")]
        }.first
      }
      let says = { (person: PersonName) in
        (person.fullWords + (person.job?.split(separator: " ").map(String.init) ?? []))
          .contains { $0.count >= 3 && lower.contains($0.lowercased()) }
      }
      let titled = people.indices.filter { people[$0].title == oldTitle }
      let index =
        people.firstIndex { $0.family?.lowercased() == family }
        ?? (people.indices.filter { says(people[$0]) }.count == 1
          ? people.firstIndex(where: says) : nil)
        ?? (titled.count == 1 ? titled.first : nil) ?? 0
      var all = people
      all[index].title = title
      return .interviewers(all)
    }
    // "my surname is Jiménez Ortiz", "my first name is Jo": one part of one's own name.
    if target == .name, let name = known.name,
      let part = DirectAnswer.namePart(new.split(separator: " ").map(String.init)),
      part.fullWords.contains(where: { $0.count >= 2 })
    {
      // "add my surname, liam o'connor": the whole name, given name included; "its Tan Mei
      // Ling, Tan is surname": the same words again, in the order now given.
      if part.fullWords.count >= name.fullWords.count, part.fullWords.count >= 2,
        name.fullWords.map(Self.folded).allSatisfy(part.fullWords.map(Self.folded).contains)
      {
        return .name(part)
      }
      if lower.contains("surname") || lower.contains("family") || lower.contains("last") {
        // "Rodríguez Herrera" for "Ana Maria Rodriguez": the surname held is replaced where the
        // new one starts, so the middle name stays.
        let held = name.fullWords
        let first = part.fullWords.first.map(Self.folded)
        if held.count > 2,
          let start = held.indices.dropFirst().first(where: {
            Self.folded(held[$0]) == first
          })
        {
          let given = held[..<start].joined(separator: " ")
          return .name(PersonName(title: name.title, given: given, family: part.full))
        }
        return .name(PersonName(title: name.title, given: name.given, family: part.full))
      }
      if lower.contains("first") || lower.contains("given") {
        return .name(PersonName(title: name.title, given: part.full, family: name.family))
      }
    }
    // "P not F", "with a c, not k": one letter for another, in the one held word that has it.
    // One's own name the same way: "typo in my surname its o'brien e not a".
    let heldPeople = target == .name ? [known.name].compactMap { $0 } : known.interviewers
    if target == .interviewer || target == .name, let old = change.old, let people = heldPeople,
      let letter = Self.letter(old), let replacement = Self.letter(new)
    {
      var words = people.flatMap(\.fullWords).filter { $0.lowercased().contains(letter) }
      // The held word the message spells again in full is the one meant ("its o'brien e not a"
      // in Liam O'Brian); spelled already right ("its tehrany with a y not an i"), nothing of
      // another word changes.
      let spelled = Set(people.flatMap(\.fullWords)).filter { word in
        lower.contains { typed in
          typed.count >= 3
            && EditDistance.between(typed, word.lowercased()) <= max(1, word.count / 4)
        }
      }
      if !spelled.isEmpty { words = words.filter(spelled.contains) }
      guard Set(words).count == 1, let word = words.first,
        let at = word.lowercased().firstIndex(of: letter)
      else {
        // Spelled right already: one's own name, confirmed.
        if words.isEmpty, !spelled.isEmpty, target == .name, let name = known.name {
          return .name(name)
        }
        return nil
      }
      // The word re-spelled in full, when the message has it ("Ferreira spells it Pereira, P
      // not F"), is taken as typed.
      if let typed = lower.first(where: { typed in
        typed != word.lowercased() && typed.count >= 3
          && EditDistance.between(typed, word) <= max(1, word.count / 4)
      }) {
        return .swap(PersonName.capitaliseName(typed), for: word)
      }
      let offset = word.lowercased().distance(from: word.lowercased().startIndex, to: at)
      var characters = Array(word)
      characters[offset] =
        characters[offset].isUppercase ? Character(replacement.uppercased()) : replacement
      return .swap(String(characters), for: word)
    }
    // "Shelly not Shelley", "two t's, Matthews": one word of a held name re-spelled. "its
    // Dinefwr not dinner fwr", "the rose & crown not the crown": the words said to be wrong,
    // a run of the held value, are replaced by the new ones however many, the rest kept.
    let oldCount = change.old?.split(separator: " ").count ?? 0
    let newCount = new.split(separator: " ").count
    // A new value that already holds the held words around the run ("Riverside Medical
    // Practice not Riverside Medical") is the whole value, not a run to put in.
    // So is one holding every word said to be wrong ("Scoil Mhuire Gan Smál not just scoil
    // mhuire"): that is the old value made fuller, not re-spelled.
    let around = { (held: String, old: String) -> Bool in
      let newWords = Set(new.split(separator: " ").map { Self.folded(String($0)) })
      let oldWords = Set(old.split(separator: " ").map { Self.folded(String($0)) })
      let outside = Set(held.split(separator: " ").map { Self.folded(String($0)) })
        .subtracting(oldWords)
      return !newWords.isDisjoint(with: outside) || oldWords.isSubset(of: newWords)
    }
    // "level 3 not level 2" for "Level 2 Apprentice Electrician", "band 6 actually, not 5"
    // for "band 5 staff nurse": the words of the title said again around the one said to be
    // wrong put that word right in the title held, the rest of it kept.
    if target == .role, let held = value(of: target),
      let fixed = Self.regraded(held, new, old: change.old)
    {
      return .role(fixed)
    }
    // "her name is Saleh, with e, not Salah": a letter said beside a word is a hint to its
    // spelling, never the word that replaces it.
    if let old = change.old, let held = value(of: target), target != .when,
      Self.letter(new) == nil || Self.letter(old) != nil,
      newCount <= 4, newCount <= oldCount + 2,
      oldCount == newCount || target == .company && !around(held, old),
      held.lowercased().split(separator: " ").map(String.init).containsRun(
        old.lowercased().split(separator: " ").map(String.init)),
      held.lowercased() != old.lowercased(),
      // "its Scotmid not the Co-op" for "The Co-op": the whole name but its article is said
      // to be wrong, so the new one replaces it whole (tuning 36's bu023 printed "The
      // Scotmid").
      !(held.lowercased().hasPrefix("the ")
        && Self.folded(String(held.dropFirst(4))) == Self.folded(old)),
      // "its Little Acorns Nursery, not Early Learning Centre" for "Little Acorns Early
      // Learning Centre": a new value that opens with the held words before the old ones says
      // the name whole (tuning 38's by012 printed "Little Acorns Little Acorns Nursery").
      !Self.opensLikeHeld(new, held: held, old: old)
    {
      let fixed = held.replacingWords(old, with: new)
      switch target {
      case .name: return PersonName(parsing: fixed).map(Correction.name)
      case .signOff: return PersonName(parsing: fixed).map(Correction.signOff)
      case .company:
        // "its b&m not b&q": words typed in lower case are written as a company's are ("B&M").
        let cased = new.split(separator: " ").enumerated().map { offset, word in
          CompanyAnswer.capitalised(String(word), first: offset == 0)
        }.joined(separator: " ")
        return .company(held.replacingWords(old, with: cased))
      case .role: return .role(fixed)
      case .interviewer: return .swap(new, for: old)
      case .when: break
      }
    }
    switch target {
    case .signOff:
      // "pls sign the note just Hương": the request's own words are no part of the name
      // (answers tuning 32's bx175 signed "note just Hương").
      let name = DirectAnswer.namePart(
        NameWish.withoutFillers(new.split(separator: " ").map(String.init)))
      // "put my full name at the bottom, it's Jordan Adeyinka Lee": every word of the name held
      // and more is the name in full, which the note is signed with as asked (the name held
      // becomes it too, `Conversation.take`).
      return name.map(Correction.signOff)
    case .name:
      // A letter alone ("q" in "with a q not a k") is no name: another reading says the word.
      guard let name = DirectAnswer.namePart(new.split(separator: " ").map(String.init)),
        name.fullWords.contains(where: { $0.count >= 2 })
      else {
        return nil
      }
      return .name(name)
    case .interviewer:
      let parts = new.split(separator: " ").map(String.init)
      // "lily's surname is tan too", "her surname is kamau if that helps": one word of one name.
      let surname = lower.contains("surname") || lower.contains("last")
      if parts.count == 1 || surname && parts.count <= 4,
        let word = parts.first, DirectAnswer.isNameShaped(word)
      {
        // "lily's surname": that person, named by their first name.
        if surname, let people = known.interviewers,
          let index = people.firstIndex(where: { person in
            let given = (person.given ?? "").lowercased()
            // "Pete surname is Ashworth": the name straight before the word, with no mark of
            // the possessive, as a learner of English writes it (tuning 39's ca042 gave the
            // surname to the first person met, who already had one).
            return !given.isEmpty
              && lower.indices.contains { at in
                lower[at] == given + "'s" || lower[at] == given + "s"
                  || lower[at] == given && at + 1 < lower.count
                    && ["surname", "last", "family"].contains(lower[at + 1])
              }
          })
        {
          var all = people
          all[index].family = word == word.lowercased() ? PersonName.capitaliseName(word) : word
          return .interviewers(all)
        }
      }
      if parts.count == 1 {
        let part: Correction.NamePart =
          lower.contains("surname") || lower.contains("last") || lower.contains("family")
          ? .family : lower.contains("first") || lower.contains("given") ? .given : .any
        // "with e": a letter alone is a hint to a spelling, not the word spelled.
        guard DirectAnswer.isNameShaped(parts[0]), Self.letter(parts[0]) == nil else { return nil }
        // A word put for part of a name is that part respelled ("Shaun" for "Sean"), or said to
        // be a name ("her name is ..."), or the short message that is the word alone ("sorry,
        // Okafor"). Else it is a word of a longer sentence about someone ("priya was nicer",
        // "he asked me about probate"), which re-names nobody.
        // "i got the name of one of their clients wrong": a name said to be of someone else
        // names nobody held (tuning 49's cu056 greeted "Hannah Badly" for how it went).
        let naming = lower.indices.contains { at in
          ["name", "name's", "names", "surname", "spelt", "spelled", "spelling", "called"]
            .contains(lower[at]) && (at + 1 == lower.count || lower[at + 1] != "of")
        }
        let respells = knownPeopleWords.contains { held in
          let distance = EditDistance.between(Self.folded(held), Self.folded(parts[0]))
          return distance <= max(2, held.count / 3) || Self.soundsAlike(held, parts[0])
            || resembles(parts[0], [held])
        }
        // Or the word it replaces, said to be wrong, is a held name word for word ("it wasnt
        // Femke it was Fenna, sorry": answers tuning 31's bv178).
        let replacesHeld =
          change.old.map { old in
            knownPeopleWords.contains { Self.folded($0) == Self.folded(old) }
          } ?? false
        guard part != .any || naming || respells || replacesHeld || words.count <= 6 else {
          return nil
        }
        // "i said karen, its sharon": the word said to be wrong is the part replaced, never a
        // part the new word is added beside ("Karen Sharon").
        if part == .any, let old = change.old.map(Self.folded), let people = known.interviewers {
          if people.contains(where: { $0.given.map(Self.folded) == old }) {
            return .interviewerSpelling(parts[0], part: .given)
          }
          if people.contains(where: { $0.family.map(Self.folded) == old }) {
            return .interviewerSpelling(parts[0], part: .family)
          }
        }
        return .interviewerSpelling(parts[0], part: part)
      }
      // One name, whole ("Rose Amadi"), keeps the title and job held for that person.
      // "her deputy mr seun akande": the words before a title describe the person named after
      // it (answers tuning 21's bb083 met "Mrs Deputy Mr Seun Akande").
      var named = parts
      var describedAs: String?
      let titles = parts.indices.filter { PersonName.titles[parts[$0].lowercased()] != nil }
      if titles.count == 1, let titled = titles.first, titled > 0, titled <= 3,
        titled + 1 < parts.count,
        parts[..<titled].allSatisfy({
          $0 == $0.lowercased() && $0.allSatisfy(\.isLetter)
            && !["and", "or", "not", "was", "is", "it", "with"].contains($0)
        })
      {
        let before = parts[..<titled].filter {
          !["her", "his", "their", "the", "a", "an"].contains($0.lowercased())
        }
        describedAs = before.isEmpty ? nil : before.joined(separator: " ")
        named = Array(parts[titled...])
      }
      let people: [PersonName]
      if var one = DirectAnswer.namePart(named) {
        if one.job == nil, let describedAs { one.job = describedAs }
        people = [one]
      } else if new.contains(" and ") || new.contains("&"), let many = DirectAnswer.people(new) {
        people = many
      } else {
        return nil
      }
      // "olga was Dr Petrova actually", "dana is Dr Patel": a title and family name for
      // someone held by their given name (named in the message) or by that family name adds
      // to them; it does not replace them.
      if people.count == 1, people[0].given == nil, people[0].title != nil,
        let held = known.interviewers,
        let index = held.firstIndex(where: { person in
          person.given.map { lower.contains($0.lowercased()) } == true
            || person.family.map { Self.folded($0) } == people[0].family.map { Self.folded($0) }
        })
      {
        var all = held
        all[index].title = people[0].title
        if let family = people[0].family { all[index].family = family }
        return .interviewers(all)
      }
      if people.count == 1, let held = known.interviewers, held.count == 1 {
        var renamed = people[0]
        if renamed.title == nil { renamed.title = held[0].title }
        if renamed.job == nil { renamed.job = held[0].job }
        return .interviewers([renamed])
      }
      // One person re-named among several: keep the others.
      if let known = known.interviewers, known.count > 1, people.count == 1 {
        var all = known
        // Which of several is re-named must be said, by resemblance or by the old name: "he
        // asked me about probate" at another question names nobody, so it replaces nobody.
        guard
          let index = all.firstIndex(where: { resembles($0.full, [people[0].full]) })
            ?? all.firstIndex(where: { person in
              change.old.map { resembles($0, [person.full]) } ?? false
            })
        else { return nil }
        var renamed = people[0]
        if renamed.title == nil { renamed.title = all[index].title }
        if renamed.job == nil { renamed.job = all[index].job }
        all[index] = renamed
        return .interviewers(all)
      }
      return .interviewers(people)
    case .company:
      // As typed ("H&M", "Forty2 Design"), capitalised by the reader only where the letters
      // stay the same.
      // The reader may also leave off a remark after the name ("Pret A Manger in the station",
      // "A&O Shearman now"): a reading that is the start of what was typed is trusted.
      // "Pret A Manger in the station", "costa coffee next door": where it is, not its name.
      var new = new
      for place in [" in the ", " at the ", " on the ", " near the ", " next door", " next to "] {
        if let range = new.range(of: place, options: .caseInsensitive),
          range.lowerBound > new.startIndex
        {
          new = String(new[..<range.lowerBound])
        }
      }
      // "it was Deliveroo HOP all caps sorry", "the Chemists name is old": in a message typed
      // with capitals, a name's words have them; words in lower case after it are a remark,
      // and a value all in lower case there is no name.
      if let proper = VouchedName.properName(new, typedWithCapitals: Self.hasCapitals(words)) {
        new = proper
      } else {
        return nil
      }
      let parsed = reader.answer(new, to: .company)?.company
      let company =
        parsed.flatMap {
          Self.folded($0) == Self.folded(new)
            || Self.folded($0).count >= 3 && Self.folded(new).hasPrefix(Self.folded($0)) ? $0 : nil
        } ?? new
      guard company.contains(where: \.isLetter), !Self.isClause(new) else { return nil }
      return .company(company)
    case .role:
      // The reader's reading where it keeps the letters typed; else the title as typed, when
      // it is a title's few words and no clause: the role reader would cut "chef de partie".
      let new = Self.withoutLowerCaseTail(new)
      let parsed = reader.answer(new, to: .role)?.role
      var words = new.split(separator: " ").map(String.init)
      while words.count > 1, let last = words.last?.lowercased(),
        ["role", "job", "position", "post", "vacancy", "one"].contains(last)
      {
        words.removeLast()
      }
      let typed = words.count <= 5 && !Self.isClause(new) ? words.joined(separator: " ") : nil
      let role =
        parsed.flatMap { Self.folded($0) == Self.folded(new) ? $0 : nil } ?? typed ?? parsed
      guard let role, role.contains(where: \.isLetter) else { return nil }
      return .role(role)
    case .when:
      // "last wed not thurs", "last monday not yesterday": a weekday said after "last" (which
      // `clean` takes off the value, as in "last name") is read with it.
      let first = new.lowercased().split(separator: " ").first.map(String.init) ?? ""
      let lastWeekday =
        DateReader.weekdays[first] != nil
        && zip(lower, lower.dropFirst()).contains { $0.0 == "last" && $0.1 == first }
      guard
        var day = (lastWeekday ? Self.day(in: "last " + first, today: reader.today) : nil)
          ?? Self.day(in: new, today: reader.today)
      else { return nil }
      // "date is 23 not 24, it was Monday": a weekday agrees with a day number said beside it.
      if let date = day.date, day.phrase.hasPrefix("on "),
        let agreed = DateReader.agreeingDate(
          words.map(\.lower), weekday: date.weekday, today: reader.today),
        agreed != date
      {
        day = InterviewDay(phrase: day.phrase, date: agreed)
      }
      // The day held, or the one said to be wrong, is not the new one ("it wasnt yesterday it
      // was friday"): another reading of the message says the new day.
      let wrong = [
        known.when?.date, change.old.flatMap { Self.day(in: $0, today: reader.today)?.date },
      ]
      .compactMap { $0 }
      // "last monday not yesterday" on a Tuesday: "last" set against the day said to be wrong
      // is the one a week before it, not the same day again.
      if let date = day.date, wrong.contains(date), lastWeekday,
        DateReader.weekdays[first] == date.weekday, date.adding(days: 7) > reader.today
      {
        let earlier = date.adding(days: -7)
        return .when(InterviewDay(phrase: "last " + earlier.weekday.name, date: earlier))
      }
      if let date = day.date, wrong.contains(date) { return nil }
      return .when(day)
    }
  }

  /// The letter a value is, when it is one: "P", "k".
  static func letter(_ value: String) -> Character? {
    let lower = value.lowercased()
    guard lower.count == 1, let letter = lower.first, letter.isLetter else { return nil }
    return letter
  }

  /// "forgot", "we do the reading buddies thing", "also said the firm is moving to ...": a
  /// pronoun or a verb typed in lower case, or a dozen words, are what the person is telling,
  /// never the name of an organisation.
  /// Capitals beyond a sentence's first word and "I": the person types names with them.
  /// Whether the person types names with capitals. Initials ("it wasnt HN, it was
  /// selfridges") are typed in capitals by those who type nothing else so, and say nothing.
  static func hasCapitals(_ words: [Word]) -> Bool {
    words.dropFirst().contains { word in
      word.capitalised && !word.initials
        && !["i", "i'm", "i've", "i'd", "i'll"].contains(word.lower)
    }
  }

  static func isClause(_ value: String) -> Bool {
    let words = value.split(separator: " ").map(String.init)
    return words.count > 8 && !isTypedName(words)
      || words.contains(where: DirectAnswer.clauseWords.contains)
  }

  /// `held` with the window of its words that `new` says again put right: the window agrees
  /// with `new` word for word but one, and that one held word is among the words said to be
  /// wrong. Nil when no such window is shorter than `held`, so a whole title said again
  /// ("band 6 charge nurse" for "staff nurse") replaces the title.
  static func regraded(_ held: String, _ new: String, old: String?) -> String? {
    let heldWords = held.split(separator: " ").map(String.init)
    let newWords = new.split(separator: " ").map(String.init)
    let oldWords = Set((old ?? "").lowercased().split(separator: " ").map(String.init))
    guard (2...3).contains(newWords.count), newWords.count < heldWords.count, !oldWords.isEmpty
    else { return nil }
    for start in 0...(heldWords.count - newWords.count) {
      let window = heldWords[start..<(start + newWords.count)]
      let differing = zip(window, newWords).enumerated().filter {
        $0.element.0.lowercased() != $0.element.1.lowercased()
      }
      // A grade is a number: "graduate audit trainee" is no regrading of "audit trainee".
      guard differing.count == 1, let (offset, (wrong, right)) = differing.first,
        oldWords.contains(wrong.lowercased()), wrong.contains(where: \.isNumber),
        right.contains(where: \.isNumber)
      else { continue }
      var words = heldWords
      words[start + offset] = newWords[offset]
      return words.joined(separator: " ")
    }
    return nil
  }

  /// Whether words are a name typed as a name: every word with a capital but the little words
  /// that join a name's parts ("University Hospitals of Derby and Burton NHS Foundation
  /// Trust"). Such a name is no clause however many words it has; a sentence has verbs and
  /// words in lower case.
  static func isTypedName(_ words: [String]) -> Bool {
    let joining: Set<String> = ["of", "and", "&", "the", "for", "de", "la", "du", "van", "von"]
    return words.first?.first?.isUppercase == true
      && words.allSatisfy { word in
        word.first?.isUppercase == true || joining.contains(word.lowercased())
          || !word.contains(where: \.isLetter)
      }
  }

  /// A title typed with capitals, without the word in lower case after it: "Senior Medical
  /// Technologist pala" is the title; "pala" (Tagalog for "it turns out") is the person's
  /// aside. Only after two capitalised words or more, so a title typed in mixed case ("IT
  /// support executive", "Level 3 apprentice") keeps its words.
  static func withoutLowerCaseTail(_ value: String) -> String {
    let words = value.split(separator: " ").map(String.init)
    let capitalised = words.prefix { $0.first?.isUppercase == true }
    let tail = words.dropFirst(capitalised.count)
    guard capitalised.count >= 2, (1...2).contains(tail.count),
      tail.allSatisfy({ $0.first?.isLowercase == true })
    else { return value }
    return capitalised.joined(separator: " ")
  }

  /// The day a corrected value names, with the article `clean` took off put back ("the 19th",
  /// "a week ago today"): the longest reading that names a day wins.
  static func day(in value: String, today: CivilDate) -> InterviewDay? {
    // "it was good, he said I should hear back by wednesday": a day said only as a deadline or
    // as what is still to come is no interview's day, corrected or not (tuning 47's cq024
    // thanked the interviewer for meeting on the day the decision is due).
    let tokens = Tokenizer.tokens(value)
    if DateReader.read(tokens, today: today) != nil,
      DateReader.readMeeting(tokens, today: today) == nil
    {
      return nil
    }
    // Read as a message is, so that a weekday said after the date it falls on only agrees:
    // "the 20th sorry, the friday" is the 20th.
    for text in [value, "the " + value] {
      if let day = FactReader(today: today).facts(in: text).when, day.date != nil,
        day.phrase.contains(where: \.isNumber)
      {
        return day
      }
    }
    // "this morning not yesterday": the part of the day, cut from its "this", is today's.
    return [value, "the " + value, "a " + value, "this " + value].compactMap {
      InterviewDay(reading: $0, today: today)
    }
    .filter { $0.date != nil }.max { $0.phrase.count < $1.phrase.count }
  }

  /// Words that mark a message as a correction of something said before.
  static let cues: Set<String> = [
    "sorry", "oops", "whoops", "actually", "wait", "typo", "autocorrect", "edit", "correction",
    "correct", "meant", "mean", "wrong", "misspelled", "misspelt", "mistyped", "spelled", "spelt",
    "spelling", "instead", "not", "argh", "ugh", "oh", "update", "change", "fix", "should",
    "t's", "ts", "sign", "signature", "bottom", "mistake", "apologies", "misread", "accent",
    "accents", "fada", "apostrophe", "hyphen", "capital", "lowercase", "uppercase", "scrap",
  ]

  /// Words that name the company as such.
  static let companyWords: Set<String> = OrganisationNouns.forEmployer.union([
    "company's", "organisation's", "employer", "firm's", "called", "company", "place",
  ]).subtracting(["team", "department", "ward", "station"])

  /// Words that stand before a value and are no part of it.
  static let leading: Set<String> = [
    "i", "it", "it's", "its", "it is", "is", "was", "the", "a", "an", "my", "her", "his",
    "their", "name", "name's", "names", "surname", "first", "last", "full", "given", "to", "be",
    "called", "that", "this", "one", "no", "uh", "um", "er", "erm", "so", "oh", "ah", "and",
    "as", "use", "please", "pls", "can", "you", "just", "has", "two", "of", "for", "at",
    "interviewer", "interviewer's", "she", "he", "she's", "he's", "they", "on", "say", "reads",
    "shes", "hes",
    "i'm", "im", "am", "write", "put", "actually", "really",
    // "company name is only TechPoint IT": a word limiting the value, typed small, is no word
    // of it (tuning 46's co053 had set "Only TechPoint IT"); typed with a capital after a
    // copula it is the name's own ("Just Eat").
    "only", "merely",
    // "it was technically Guardian Media Group": a hedge on the name is no word of it
    // (answers tuning 31's bv207 had printed "Technically Guardian Media Group").
    "technically", "officially", "properly", "basically", "legally", "formally",
  ]

  /// Words naming which fact, taken off a value's start.
  static let factWords: Set<String> = [
    "company", "firm", "practice", "school", "business", "role", "job", "position", "post",
    "title", "day", "date", "interview", "signature", "sign", "bottom", "with", "spelled",
    "spelt", "written", "spelling",
  ]

  /// A name's letters without its title: "dr cole" and "Prof Cole" fold alike.
  static func untitledFold(_ text: String) -> String {
    folded(
      text.split(separator: " ").filter { PersonName.titles[$0.lowercased().trimming(".")] == nil }
        .joined(separator: " "))
  }

  /// `held` with the words that `new` spells with other marks (accents, case, an apostrophe, a
  /// hyphen) replaced by `new` as typed; nil when no run of held words has the same letters.
  static func remarked(_ held: String, _ new: String) -> String? {
    let target = folded(new)
    guard target.count >= 3 else { return nil }
    let words = held.split(separator: " ").map(String.init)
    for start in words.indices {
      for end in (start + 1)...words.count {
        let run = words[start..<end].joined(separator: " ")
        guard folded(run) == target else { continue }
        // The same word typed in lower case re-spells nothing: "lily's surname is tan too".
        guard run != new, run.lowercased() != new else { return nil }
        return (words[..<start] + [new] + words[end...]).joined(separator: " ")
      }
    }
    return nil
  }

  /// Where in the note, or how much of a name: "at the end", "first name only".
  static let placeWords: Set<String> = ["end", "bottom", "only", "just", "there", "instead"]

  /// Words that join one clause to another (a closed class): a clause opened after one of them
  /// is no remark closing a value ("its owned by accenture so i got confused").
  static let clauseJoiners: Set<String> = [
    "so", "and", "but", "because", "cos", "coz", "as", "before", "after", "when", "if", "since",
    "while", "until", "till", "once", "though", "although", "that", "what",
  ]

  /// The person's doubt said after a value: "i think", "im pretty sure", "if i remember".
  static let closingHedges: [[String]] = [
    ["i", "think"], ["i", "believe"], ["i", "guess"], ["i", "reckon"], ["i", "suppose"],
    ["im", "sure"], ["i'm", "sure"], ["im", "pretty", "sure"], ["i'm", "pretty", "sure"],
    ["if", "i", "remember"], ["apparently"],
  ]

  /// Chat at a value's end.
  static let trailing: Set<String> = [
    "btw", "lol", "sorry", "thanks", "thx", "pls", "please", "haha", "oops", "one", "word",
    "instead", "actually", "though", "too", "helps", "accent", "accents", "fada", "hyphen",
    "apostrophe", "capital", "lowercase", "now", "spaces", "space", "gap", "gaps", "no",
    // The marks of a self-repair never reach a value: "Sofia sorry typo".
    "typo", "typos", "autocorrect", "whoops", "apologies", "argh", "ugh",
  ]

  /// Whether `new` opens with the words `held` has before `old`: then it restates the value
  /// whole rather than the part set aside.
  static func opensLikeHeld(_ new: String, held: String, old: String) -> Bool {
    let heldWords = held.lowercased().split(separator: " ").map { folded(String($0)) }
    let oldWords = old.lowercased().split(separator: " ").map { folded(String($0)) }
    let newWords = new.lowercased().split(separator: " ").map { folded(String($0)) }
    guard !oldWords.isEmpty,
      let start = heldWords.indices.first(where: {
        Array(heldWords[$0...].prefix(oldWords.count)) == oldWords
      }), start > 0
    else { return false }
    return newWords.starts(with: heldWords[..<start])
  }
}

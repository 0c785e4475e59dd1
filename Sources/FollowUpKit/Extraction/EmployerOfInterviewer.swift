/// The employer named where the person says who interviewed them: "jen from costa", "amaka
/// from paystack and one of the engineers".
///
/// Asked who interviewed them, people say where that person is from: a team ("Carl from
/// finance", "someone from the people team") or, when the company has not come up yet, the
/// company itself. A team is one of the closed class of words for the parts of an
/// organisation, or a word followed by "team", "dept" or "side"; any other single word after
/// "from" with nothing before it ("the", "our") is the employer's name, which the company
/// question then offers to confirm ("You mentioned Costa: say yes if that's its name").
///
/// ```swift
/// EmployerOfInterviewer.company(in: "jen from costa, shes the area manager")  // "Costa"
/// EmployerOfInterviewer.company(in: "carl from finance")  // nil
/// ```
enum EmployerOfInterviewer {
  /// The employer's name, capitalised where typed in lower case; nil when "from" names a team,
  /// a place in the organisation, or nothing.
  static func company(in text: String) -> String? {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    var found: String?
    for (index, word) in words.enumerated() where word.lowercased() == "from" {
      guard index + 1 < words.count, index > 0 else { continue }
      let typed = words[index + 1].trimming(",.;:!?()")
      let lower = typed.lowercased()
      // "from the warehouse", "from HR": a determiner or a team says where in it they work.
      guard typed.count >= 3, typed.allSatisfy({ $0.isLetter || $0 == "&" || $0 == "'" }),
        !teams.contains(lower), !Lexicon.stopwords.contains(lower),
        !DirectAnswer.sentenceWords.contains(lower)
      else { continue }
      // "from product team", "from accounts dept": a word before "team" is a team's name;
      // "from audience development", "from business support": a word before a function's
      // is that function's kind (tuning 35's bs047 offered "Audience" as the company). An
      // initialism keeps its reading as a name ("from NHS Digital").
      let isInitialism = typed.count <= 5 && typed == typed.uppercased()
      if index + 2 < words.count, !words[index + 1].hasSuffix(","),
        case let next = words[index + 2].lowercased().trimming(",.;:!?()"),
        teamNouns.contains(next) || !isInitialism && teams.contains(next)
      {
        continue
      }
      // Two employers named, or one told twice differently: no one of them is the company.
      if let found, found.lowercased() != lower { return nil }
      found = typed == lower ? typed.capitalisedFirst() : typed
    }
    return found
  }

  /// The employer named by where the interviewer works, "at" it: "kirsty, shes the assistant
  /// manager at the greggs on briggate", "Mark the shift manager at the DPD depot", "dave
  /// (transport manager) at stagecoach": "at" after a word for a job. One word closing its clause, or after "the" one word
  /// then a kind of site ("depot", "branch") or where it is ("on briggate"): a name, not a
  /// place in the organisation ("at reception") nor a time. Nil when there is none, or two
  /// differ.
  static func workplace(in text: String) -> String? {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    var found: String?
    for (index, word) in words.enumerated() where word.lowercased() == "at" && index > 0 {
      // Only where a job is held: "manager at the greggs", "(transport manager) at
      // stagecoach"; "raj didnt really say much at first" says when, not where.
      let held = words[index - 1].lowercased().trimming(",.;:!?()")
      guard PeopleAnswer.jobWords.contains(held) else { continue }
      var at = index + 1
      let determined = at < words.count && words[at].lowercased() == "the"
      if determined { at += 1 }
      guard at < words.count else { continue }
      let typed = words[at].trimming(",.;:!?()")
      let lower = typed.lowercased()
      guard typed.count >= 2, typed.allSatisfy({ $0.isLetter || $0 == "&" || $0 == "'" }),
        !teams.contains(lower), !Lexicon.stopwords.contains(lower),
        !DirectAnswer.sentenceWords.contains(lower), !siteKinds.contains(lower),
        DateReader.weekdays[lower] == nil, DateReader.months[lower] == nil
      else { continue }
      // What follows: the end, a mark, a kind of site, or where it is.
      let ended = words[at].last.map { ",.;:!?)".contains($0) } ?? false
      if !ended, at + 1 < words.count {
        let next = words[at + 1].lowercased().trimming(",.;:!?()")
        // "at Swindon depot": without "the", a word before a kind of site is where the site
        // is (tuning 24's aw047); "at the DPD depot" names whose it is.
        guard determined, siteKinds.contains(next) || ["on", "in", "near", "by"].contains(next)
        else {
          continue
        }
      }
      if let found, found.lowercased() != lower { return nil }
      found = typed == lower ? typed.capitalisedFirst() : typed
    }
    return found
  }

  /// The employer's name said of the place itself: "the place is tonys plumbing & heating",
  /// "the home is Ashgrove Lodge btw". The words after "is", to the clause's end, as typed;
  /// the caller reads them as a company's answer. Nil when no clause says so.
  static func statedPlace(in text: String) -> String? {
    for clause in text.split(whereSeparator: { ".;!?\n(".contains($0) }) {
      let words = clause.split(separator: " ").map(String.init)
      guard words.count >= 4, words[0].lowercased() == "the",
        placeNouns.contains(words[1].lowercased()),
        ["is", "is:", "was"].contains(words[2].lowercased())
      else { continue }
      let rest = words.dropFirst(3).prefix {
        !["btw", "by", "lol", "though", "tho"].contains($0.lowercased())
      }
      let named = rest.joined(separator: " ").trimming(" ,")
      return named.isEmpty ? nil : named
    }
    return nil
  }

  /// Words for the place a person works, said of its name: "the home is ...". A part of an
  /// organisation ("the team is small", "the ward is busy") names no employer.
  private static let placeNouns = OrganisationNouns.forEmployer.subtracting([
    "team", "department", "ward", "group", "station", "brand",
  ]).union([
    "place", "home", "salon", "garage", "nursery", "cafe", "café", "pub", "bar", "centre", "site",
    "depot", "warehouse", "branch", "employer",
  ])

  /// Kinds of site after an employer's name: "the DPD depot", "the tesco branch".
  private static let siteKinds: Set<String> = [
    "depot", "branch", "store", "shop", "site", "office", "offices", "warehouse", "hub",
    "centre", "center", "plant", "factory", "yard", "location", "outlet",
  ]

  /// Words after a name that make what comes before it a team: "the ops team", "hr dept".
  private static let teamNouns: Set<String> = [
    "team", "teams", "dept", "department", "side", "office", "unit", "division", "group",
  ]

  /// The parts of an organisation people are "from": its teams, functions and places.
  static let teams: Set<String> = [
    "hr", "it", "ops", "finance", "sales", "marketing", "accounts", "accounting", "admin",
    "administration", "recruitment", "recruiting", "talent", "people", "product", "design",
    "engineering", "tech", "technology", "operations", "legal", "compliance", "audit", "payroll",
    "procurement", "purchasing", "logistics", "transport", "warehouse", "kitchen", "lab",
    "labs", "research", "branch", "agency", "council", "governors", "trust", "board",
    "management", "head", "estates", "facilities", "maintenance", "security", "nursing",
    "pharmacy", "housing", "lettings", "events", "bookings", "support", "service", "services",
    "customer", "quality", "safety", "training", "development", "analytics", "data", "insights",
    "communications", "comms", "pr", "partnerships", "fundraising", "strategy",
    "planning", "production", "manufacturing", "stores", "store", "shop", "floor", "reception",
    "front", "clinical", "medical", "paeds", "cardiology", "admissions", "academic",
    "faculty", "school", "department", "dept", "team", "office", "hq", "site", "farm",
    "ward", "theatre", "theatres", "studio", "tax", "treasury", "risk", "infrastructure",
    "platform", "network", "networks", "infra", "devops", "qa", "content", "editorial",
    "newsroom", "digital", "creative", "retail", "wholesale", "hospitality", "catering",
    "housekeeping", "care", "outreach", "safeguarding", "welfare", "wellbeing", "loss",
    "stock", "inventory", "distribution", "dispatch", "despatch", "fleet",
    "science", "chemistry", "physics", "biology", "maths", "english", "history",
  ]
}

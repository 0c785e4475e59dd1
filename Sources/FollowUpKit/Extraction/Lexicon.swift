/// The word lists the extraction module reads by.
///
/// Kept in one place so that tuning the extractor against the labelled cases means editing lists,
/// not code paths. Every entry is lower case with straight apostrophes, as `Token.lower` is.
enum Lexicon {
  /// Function words: never a topic on their own, trimmed from the ends of phrases.
  /// Modal verbs, which put the verb after them in the mood of what may be and need a subject
  /// of their own ("theatre could change that", "peer mentors would have helped").
  static let modals: Set<String> = [
    "will", "would", "might", "may", "could", "can", "should", "must",
  ]

  static let stopwords = Set<String>([
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "about",
    "from",
    "by", "as", "into", "onto", "over", "up", "out", "off", "that", "this", "these", "those", "it",
    "its", "it's", "i", "me", "my", "mine", "we", "us", "our", "you", "your", "he", "him", "his",
    "she", "her", "they", "them", "their", "there", "here", "is", "are", "was", "were", "be",
    "been",
    "being", "am", "do", "does", "did", "have", "has", "had", "so", "very", "really", "just",
    "also",
    "too", "then", "than", "some", "any", "all", "much", "many", "lot", "lots", "bit", "stuff",
    "thing", "things", "etc", "like", "which", "who", "what", "when", "where", "why", "how", "if",
    "would", "could", "should", "will", "can", "may", "might", "must", "quite", "pretty", "kind",
    "sort", "more", "most", "other", "another", "such", "own", "same", "both", "each", "every",
    "few", "one", "while", "because", "not", "no", "yes", "ok", "okay", "well", "i'm", "i've",
    "i'd", "i'll", "we're", "we've", "they're", "they've", "she's", "he's", "that's", "there's",
    "what's", "im", "ive", "dont", "don't", "didn't", "didnt", "wasn't", "isn't", "got", "get",
    "getting", "went", "go", "going", "said", "say", "says", "asked", "ask", "asking", "told",
    "tell", "talked", "talk", "talking", "discussed", "mentioned", "yeah", "um", "uh", "lol",
    "haha", "basically", "actually", "honestly", "literally", "maybe", "probably", "anyway",
    "alright", "whatever", "something", "anything", "everything", "nothing", "someone", "anyone",
    "everyone", "somebody", "way", "ways", "bunch", "loads", "load", "tons", "ton", "amp", "w",
    "u", "ur", "abt", "bc", "cuz", "cos", "coz", "tho", "thru", "via", "per", "among", "between",
    "through", "during", "after", "before", "until", "since", "around", "within", "without",
  ])

  /// Words that, alone, make a phrase generic interview chatter.
  static let generic = Set<String>([
    "experience", "experiences", "background", "cv", "resume", "résumé", "resumé", "strengths",
    "strength", "weaknesses", "weakness", "salary", "salaries", "pay", "compensation", "package",
    "expectations", "expectation", "notice", "period", "availability", "available", "start",
    "date", "role", "roles", "job", "jobs", "position", "positions", "culture", "cultural",
    "values", "process", "interview", "interviews", "interviewer", "interviewers", "questions",
    "question", "answer", "answers", "career", "careers", "goals", "goal", "motivation",
    "motivations", "skills", "skill", "qualifications", "qualification", "previous", "current",
    "past", "employer", "employers", "employment", "education", "degree", "university", "school",
    "hobbies", "hobby", "yourself", "myself", "time", "times", "situation", "situations",
    "example", "examples", "challenge", "challenges", "challenging", "conflict", "teamwork",
    "team", "teams", "fit", "personality", "why", "applied", "apply", "application",
    "applications", "next", "steps", "step", "stage", "stages", "round", "rounds", "hr",
    "recruiter",
    "recruiters", "company", "organisation", "organization", "business", "firm", "day",
    "typical", "responsibilities", "responsibility", "duties", "duty", "tasks", "task", "work",
    "working", "worked", "hours", "shifts", "shift", "benefits", "holiday", "holidays", "leave",
    "relocation", "commute", "remote", "hybrid", "office", "offices", "manager", "boss",
    "colleagues", "colleague", "people", "person", "general", "usual", "standard", "normal",
    "basic", "basics", "typical", "lots", "stuff", "things", "competency", "competencies",
    "behavioural", "behavioral", "technical", "situational", "scenario", "scenarios", "test",
    "tests", "assessment", "presentation", "case", "study", "studies", "portfolio", "reference",
    "references", "visa", "sponsorship", "contract", "permanent", "temporary", "part-time",
    "full-time", "training", "induction", "probation", "progression", "development",
    "opportunities", "opportunity", "growth", "learn", "learning", "learnt", "learned", "improve",
    "improvement", "achievement", "achievements", "accomplishments", "proud", "mistake",
    "mistakes", "failure", "failures", "success", "successes", "handle", "handled", "pressure",
    "stress", "deadline", "deadlines", "priorities", "prioritise", "prioritize", "leadership",
    "communication", "years", "five", "flexible", "flexibility", "awareness", "commercial",
    "gap", "gaps", "licence", "license", "driving", "starts", "early", "weekends", "weekend",
    "nights", "overtime", "patterns", "allowance", "car", "discount", "band", "rota", "5", "ten",
    "see", "myself", "want", "wanted", "why",
    "interested", "interest", "passion", "passionate", "strong", "good", "bad", "great", "best",
    "worst", "biggest", "greatest", "previous", "last", "first", "second", "third", "final",
    "initial", "phone", "video", "call", "calls", "screen", "screening", "zoom", "teams", "panel",
    "onsite", "on-site", "face", "chat", "conversation", "meeting", "discussion", "usual",
    "generic", "normal", "regular", "introductions", "introduction", "intro", "overview",
    "description", "spec", "specification", "requirements", "expected", "expect", "expecting",
    "offer", "decision", "feedback", "outcome", "result", "results", "weeks", "week", "days",
    "soon", "later", "asap", "immediately", "money", "rate", "hourly", "annual", "bonus", "done",
    "finished", "thanks", "thank", "please", "hello", "hi", "hey", "bye", "cool", "nice", "fine",
    "okay", "sure", "yep", "nope", "help", "back", "skip", "restart", "quit", "show", "undo",
    "redo", "email", "linkedin", "card", "message", "note", "draft", "stuff", "nothing", "idk",
    "formal", "informal", "quick", "short", "long", "friendly", "relaxed", "tough", "hard", "easy",
    "intense", "rushed", "casual", "awkward", "weird", "strange", "nervous", "fast", "slow",
    "brief", "lengthy", "chill", "stressful", "difficult", "simple", "fair", "polite", "cold",
    "blur", "specific", "remember", "stuck", "sorry", "cant", "can't", "usual", "mostly", "mainly",
    "ok", "alright", "pleasant", "structured", "tense", "quiet", "busy",
  ])

  /// Multi-word chatter that makes a phrase generic even if some words are not in `generic`.
  static let genericPhrases: [[String]] = [
    ["tell", "me", "about", "a", "time"], ["tell", "me", "about", "yourself"],
    ["a", "time", "when"],
    ["a", "time", "you"], ["a", "time", "i"], ["why", "i", "want"], ["why", "i", "applied"],
    ["why", "i", "wanted"], ["where", "i", "see", "myself"], ["where", "do", "you", "see"],
    ["my", "strengths"], ["my", "weaknesses"], ["my", "experience"], ["my", "background"],
    ["my", "cv"], ["my", "resume"], ["my", "previous"], ["my", "current"], ["my", "last", "job"],
    ["my", "skills"], ["my", "availability"], ["my", "notice"], ["salary", "expectations"],
    ["the", "role"], ["the", "job"], ["the", "position"], ["the", "culture"], ["the", "team"],
    ["the", "company"], ["the", "process"], ["day", "to", "day"], ["day-to-day"],
    ["next", "steps"], ["how", "i", "handle"], ["how", "i", "deal"], ["how", "i", "would"],
    ["how", "i", "work"], ["what", "i", "would"], ["what", "i", "know"], ["what", "i", "did"],
    ["what", "they", "do"], ["what", "the", "company", "does"], ["about", "myself"],
    ["my", "motivation"], ["my", "goals"], ["my", "education"], ["my", "degree"],
    ["my", "hobbies"], ["my", "weakness"], ["my", "strength"], ["the", "interview", "process"],
  ]

  /// Words that open a new clause and so end a phrase ("... their new app [and then] she asked").
  static let clauseBreakers = Set<String>([
    "but", "which", "who", "whom", "whose", "because", "cause", "cuz", "cos", "coz", "since",
    "although", "though", "tho", "while", "whilst", "whereas", "unless", "until", "till",
    "afterwards", "otherwise", "however", "anyway", "anyways", "plus", "lol", "haha", "hahaha",
    "lmao", "etc", "etc.", "eg", "ie", "apparently", "overall", "honestly", "also",
  ])

  /// Subjects that, after "and" or "so", start a new clause ("and she asked ...").
  static let clauseSubjects = Set<String>([
    "i", "i'm", "i've", "i'd", "im", "ive", "she", "she's", "he", "he's", "they", "they're",
    "they've", "we", "we're", "we've", "it", "it's", "its", "there", "there's", "that", "that's",
    "then", "you", "then", "afterwards", "after", "finally", "later", "next", "also", "the",
  ])

  /// Words after which a clause-subject does not break ("how they ...", "about the ...").
  static let subordinators = Set<String>(["how", "why", "what", "whether", "where", "when", "that"])

  /// The sounds people type while they think ("erm nothing really"): no word of a phrase.
  /// "erm nothing really" had offered "erm nothing" as the thing that came up.
  static let hesitations: [String] = [
    "um", "umm", "ummm", "uh", "uhh", "er", "erm", "errm", "hmm", "hmmm", "hm", "ehh", "ahh",
  ]

  /// Leading filler trimmed from the front of a phrase.
  static let leadingFillers: [[String]] =
    hesitations.map { [$0] } + [
      ["quite", "a", "lot", "about"], ["quite", "a", "bit", "about"],
      ["a", "little", "bit", "about"],
      ["a", "lot", "about"], ["a", "bit", "about"], ["a", "little", "about"], ["lots", "about"],
      ["loads", "about"], ["some", "stuff", "about"], ["stuff", "about"], ["things", "about"],
      ["all", "about"], ["at", "length", "about"], ["briefly", "about"], ["mostly", "about"],
      ["mainly", "about"], ["mostly"], ["mainly"], ["in", "depth", "about"],
      ["in", "detail", "about"],
      ["a", "lot", "of", "time", "on"], ["for", "ages", "about"], ["more", "about"], ["about"],
      ["sort", "of"], ["kind", "of"], ["kinda"], ["sorta"], ["basically"], ["really"], ["also"],
      ["briefly"], ["actually"], ["even"], ["just"], ["like"], ["all", "the"],
      ["some", "of"], ["the", "whole", "thing", "about"], ["the", "bit", "about"],
      ["the", "part", "about"], ["the", "stuff", "about"], ["the", "topic", "of"],
      ["the", "subject", "of"], ["the", "idea", "of"], ["the", "fact", "that"], ["on"], ["over"],
      ["through"], ["me", "about"], ["us", "about"], ["me"], ["us"], ["a", "lot"], ["alot"],
    ]

  /// Trailing filler trimmed from the end of a phrase.
  static let trailingFillers: [[String]] = [
    ["for", "a", "while"], ["for", "ages"], ["for", "a", "bit"], ["for", "a", "long", "time"],
    ["for", "quite", "a", "while"], ["a", "lot"], ["a", "bit"], ["at", "length"], ["in", "detail"],
    ["in", "depth"], ["as", "well"], ["and", "stuff"], ["and", "things"], ["and", "everything"],
    // "electric tugs to move the beds n that" (tuning 48's cs019): "and that" as chat says
    // "and so on", and clipped to "n" it had reached the note.
    ["and", "that"], ["n", "that"], ["an", "that"], ["n", "stuff"], ["n", "all", "that"],
    ["and", "all", "that"],
    ["and", "so", "on"], ["or", "something"], ["or", "whatever"], ["with", "me"], ["with", "us"],
    ["with", "her"], ["with", "him"], ["with", "them"], ["together"], ["too"], ["etc"], ["lol"],
    ["haha"], ["really"], ["briefly"], ["quickly"], ["afterwards"], ["after"], ["then"], ["now"],
    ["again"], ["today"], ["yesterday"], ["in", "the", "interview"],
    ["during", "the", "interview"],
    ["at", "the", "end"], ["at", "the", "start"], ["near", "the", "end"],
    ["towards", "the", "end"],
    ["in", "the", "end"], ["for", "a", "few", "minutes"], ["for", "like", "ten", "minutes"],
    ["which", "was"], ["that", "was"], ["so"], ["which"], ["that"], ["though"], ["tho"],
    ["which", "i", "thought", "was"], ["the", "week", "before"], ["the", "day", "before"],
    ["last", "year"], ["this", "year"], ["at", "the", "same", "park"], ["on", "the", "side"],
    ["more", "than", "the", "actual", "job"], ["a", "lot"], ["for", "a", "good", "while"],
  ]

  /// Words that mark emphasis in a sentence: what the person or the interviewer found memorable.
  static let emphasis: [String: Double] = [
    "excited": 0.2, "exciting": 0.18, "excitedly": 0.2, "passionate": 0.18, "fascinating": 0.2,
    "fascinated": 0.2, "interesting": 0.14, "intriguing": 0.15, "loved": 0.14, "love": 0.1,
    "enjoyed": 0.12, "memorable": 0.2, "highlight": 0.22, "best": 0.12, "favourite": 0.14,
    "favorite": 0.14, "amazing": 0.12, "cool": 0.1, "awesome": 0.1, "inspiring": 0.16,
    "impressive": 0.12, "impressed": 0.14, "proud": 0.14, "enthusiastic": 0.18, "keen": 0.1,
    "animated": 0.2, "buzzing": 0.16, "thrilled": 0.18, "stuck": 0.2, "stood": 0.14,
    "lit": 0.2, "fun": 0.08, "great": 0.06, "brilliant": 0.1, "fantastic": 0.1, "surprised": 0.1,
    "surprising": 0.12, "clicked": 0.16, "geeked": 0.16, "nerded": 0.16, "obsessed": 0.14,
    "curious": 0.08, "genuinely": 0.06, "really": 0.04, "honestly": 0.02,
  ]

  /// Nouns for groups of people other than the company: "their" after one of these is theirs.
  static let otherOwners = Set<String>([
    "farmers", "customers", "clients", "patients", "students", "pupils", "kids", "children",
    "families", "parents", "users", "residents", "members", "volunteers", "donors", "tenants",
    "growers", "suppliers", "drivers", "riders", "teachers", "nurses", "doctors", "carers",
    "people", "communities", "businesses", "shops", "retailers", "readers", "viewers",
    "listeners", "fans", "players", "athletes", "artists", "musicians", "visitors", "guests",
    "travellers", "travelers", "passengers", "citizens", "voters", "workers", "employees",
    "owners", "landlords", "schools", "hospitals", "charities", "councils", "partners",
    "investors", "buyers", "sellers", "homeowners", "smallholders", "fishermen", "researchers",
    "scientists", "engineers", "developers", "designers", "lawyers", "clinicians", "staff",
    "learners", "graduates", "apprentices", "adults", "teenagers", "elderly", "seniors",
    "veterans", "refugees", "migrants", "women", "men", "girls", "boys", "babies", "dogs",
    "animals", "cows", "horses", "pets", "them", "others", "everyone",
  ])

  /// Third-person singular verbs that become plural after "you": "how she runs" -> "how you run".
  static let irregularPresent: [String: String] = [
    "is": "are", "was": "were", "has": "have", "does": "do", "goes": "go", "isn't": "aren't",
    "wasn't": "weren't", "hasn't": "haven't", "doesn't": "don't", "'s": "'re",
  ]

  /// Common verbs that cannot be nouns in a topic's opening word ("she said", "they run").
  static let clauseVerbs = Set<String>([
    "said", "says", "mentioned", "mentions", "has", "have", "had", "is", "are", "was", "were",
    "showed", "shows", "loved", "loves", "liked", "likes", "enjoyed", "enjoys", "explained",
    "explains", "described", "describes", "asked", "asks", "told", "tells", "gave", "gives", "got",
    "gets", "went", "goes", "did", "does", "do", "runs", "run", "ran", "uses", "use", "used",
    "built", "builds", "launched", "launches", "opened", "opens", "won", "sells", "makes", "made",
    "talked", "talks", "spoke", "speaks", "discussed", "discusses", "seemed", "seems", "thinks",
    "think", "thought", "wants", "want", "wanted", "needs", "need", "needed", "plans", "planned",
    "hopes", "hoped", "brought", "bring", "brings", "showed", "walked", "took", "takes",
    "started", "starts", "moved", "moves", "introduced", "works", "worked", "leads", "led",
    "manages", "managed", "helps", "helped", "supports", "supported", "offers", "offered",
    "created", "creates", "developed", "develops", "designed", "designs", "wrote", "writes",
    "read", "reads", "knew", "knows", "know", "felt", "feels", "feel", "found", "finds", "find",
    "seem", "sounded", "sounds", "looked", "looks", "came", "comes", "come", "let", "lets",
  ])
}

extension Lexicon {
  /// The lists above as `WordSet`, `WordMap` and `PhraseList`, which test a token by the hash
  /// the tokenizer already computed: the form the extractor's per-token loops use. The
  /// `Set<String>` originals stay for set algebra and for callers holding plain strings.
  enum Lookup {
    static let stopwords = WordSet(Lexicon.stopwords)
    static let modals = WordSet(Lexicon.modals)
    static let generic = WordSet(Lexicon.generic)
    static let clauseBreakers = WordSet(Lexicon.clauseBreakers)
    static let clauseSubjects = WordSet(Lexicon.clauseSubjects)
    static let subordinators = WordSet(Lexicon.subordinators)
    static let otherOwners = WordSet(Lexicon.otherOwners)
    static let clauseVerbs = WordSet(Lexicon.clauseVerbs)
    static let emphasis = WordMap(Lexicon.emphasis)
    static let genericPhrases = PhraseList(Lexicon.genericPhrases)
    static let leadingFillers = PhraseList(Lexicon.leadingFillers)
    static let trailingFillers = PhraseList(Lexicon.trailingFillers)
  }
}

/// Word lists for reading names, companies and roles out of free text.
enum Words {
  /// Ordinary English words that are never a person's name in these messages. Used for text
  /// typed all in lower case, where capitals cannot tell a name from a word.
  static let notNames = Set<String>([
    "hi", "hello", "hey", "hiya", "heya", "yo", "morning", "afternoon", "evening", "thanks", "thank",
    "please", "help", "note", "email", "follow", "followup", "write", "writing", "interview",
    "interviewed", "interviewing", "interviewer", "interviewers", "had", "met", "meet", "meeting",
    "job", "role", "position", "post", "panel", "people", "two", "three", "guy", "woman", "man",
    "lady", "called", "named", "from", "manager", "owner", "curator", "head", "teacher", "boss",
    "recruiter", "hr", "so", "not", "sure", "applying", "looking", "trying", "nervous", "happy",
    "glad", "new", "here", "just", "really", "very", "still", "going", "doing", "done", "ok",
    "okay", "fine", "good", "great", "well", "bad", "back", "home", "tired", "excited", "worried",
    "hoping", "wondering", "after", "about", "with", "for", "at", "in", "on", "by", "to", "the",
    "a", "an", "and", "or", "but", "it", "its", "it's", "was", "is", "are", "were", "be", "been",
    "that", "this", "there", "they", "she", "he", "we", "you", "i", "me", "my", "your", "our",
    "her", "his", "their", "them", "him", "us", "what", "why", "how", "who", "when", "where",
    "which", "idk", "dunno", "no", "yes", "yeah", "yep", "nope", "nah", "maybe", "some", "any",
    "all", "one", "someone", "somebody", "anyone", "nobody", "none", "company", "team",
    "yesterday", "today", "tomorrow", "week", "last", "next", "this", "day", "days", "ago",
    "candidate", "applicant", "graduate", "student", "name", "names", "called", "call", "anon",
    "anonymous", "unknown", "n/a", "na", "nothing", "skip", "pass", "later", "whatever", "hmm",
    "um", "uh", "er", "erm", "lol", "haha", "ha", "cool", "nice", "sorry", "oops", "wait",
    "actually", "also", "though", "only", "person", "mate", "bro", "dude", "sir", "madam",
    "human", "someone", "everyone", "both", "them", "panel", "director", "ceo", "founder", "lead",
    "supervisor", "officer", "assistant", "coordinator", "developer", "engineer", "analyst",
    "nurse", "doctor", "chef", "cook", "driver", "went", "go", "did", "do", "does", "can", "could",
    "would", "should", "will", "have", "has", "get", "got", "need", "want", "like", "know", "think",
    "said", "say", "asked", "ask", "told", "tell", "talked", "interview's", "spoke", "saw",
    "rather", "prefer", "than", "as", "if", "then", "too", "again", "more", "less", "much",
    "many", "lot", "lots", "bit", "quite", "pretty", "kind", "sort", "type", "thing", "stuff",
    "question", "questions", "answer", "sentence", "word", "words", "message", "chat", "bot",
    "app", "program", "programme", "tool", "assistant", "ai", "gpt", "test", "testing", "asdf",
    "qwerty", "blah", "foo", "bar", "example", "e.g", "eg", "etc", "ltd", "limited", "plc",
    "inc", "llc", "group", "foods", "bank", "trust", "council", "hospital", "university",
    "school", "academy", "labs", "logistics", "construction", "health", "energy", "books",
    "capital", "partners", "solicitors", "housing", "association", "builders", "hotel",
    "museum", "farms", "dental", "hospice", "primary", "college", "clinic", "agency", "studio",
    "services", "solutions", "systems", "technologies", "consulting", "media", "care", "homes",
    "morning", "tbh", "honestly", "basically", "literally", "seriously", "totally", "definitely",
    "probably", "possibly", "perhaps", "mixed", "feelings", "went", "opening", "message",
  ])

  /// Words that end a company's name in running text ("at Northgate Foods yesterday").
  static let companyStops = Set<String>([
    "for", "on", "with", "yesterday", "today", "last", "this", "as", "about", "and", "but", "to",
    "in", "i", "it", "which", "where", "who", "when", "that", "was", "is", "were", "are", "had",
    "has", "have", "earlier", "tomorrow", "a", "an", "my", "their", "his", "her", "by", "from",
    "after", "before", "since", "ago", "we", "they", "she", "he", "went", "so", "because", "if",
    "then", "just", "interview", "interviewed", "panel", "role", "job", "position", "post",
    "think", "thought", "feel", "felt", "not", "really", "pretty", "very", "quite", "two",
    "three", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "morning", "afternoon", "evening", "week", "days", "day", "weeks", "month", "tbh", "lol",
    "honestly", "though", "too", "also", "did", "do", "does", "got", "get", "can", "could",
    "would", "will", "should", "please", "thanks", "yet", "or",
  ])

  /// Words that make a name an organisation's rather than a person's.
  static let organisationWords = Set<String>([
    "ltd", "limited", "plc", "inc", "llc", "llp", "group", "foods", "food", "bank", "trust",
    "council", "hospital", "university", "school", "academy", "labs", "lab", "logistics",
    "construction", "health", "healthcare", "energy", "books", "capital", "partners",
    "solicitors", "housing", "association", "builders", "hotel", "museum", "farms", "farm",
    "dental", "hospice", "primary", "college", "clinic", "agency", "studio", "studios",
    "services", "solutions", "systems", "technologies", "technology", "tech", "consulting",
    "media", "care", "homes", "co", "company", "corporation", "corp", "foundation", "charity",
    "society", "institute", "centre", "center", "library", "gallery", "theatre", "theater",
    "cafe", "café", "restaurant", "bakery", "brewery", "shop", "store", "stores", "retail",
    "software", "digital", "games", "insurance", "finance", "financial", "bakeries", "nhs",
    "international", "global", "uk", "holdings", "industries", "ventures", "network", "motors",
    "airways", "airlines", "rail", "railways", "transport", "trains", "sons", "brothers",
    "bros", "&", "associates", "architects", "engineering", "pharma", "pharmaceuticals",
    "bio", "biotech", "medical", "surgery", "practice", "pharmacy", "club", "fc", "united",
    "city", "county", "borough", "district", "authority", "department", "ministry", "office",
    "service", "police", "fire", "army", "navy", "council's", "infirmary", "high", "grammar",
    "nursery", "church", "press", "publishing", "news", "radio", "tv", "productions", "records",
    "design", "designs", "marketing", "consultancy", "recruitment", "accountants", "law",
    "legal", "chambers", "estates", "property", "properties", "lettings", "developments",
    "garden", "gardens", "centre's", "zoo", "aquarium", "observatory", "works", "mills",
    "distillery", "vineyard", "kitchen", "kitchens", "bar", "pub", "inn", "arms", "lodge",
    "resort", "spa", "gym", "fitness", "leisure", "sports", "wellbeing", "dentistry",
  ])

  /// Nouns that end a job title: "operations coordinator", "band 5 nurse".
  static let roleNouns = Set<String>([
    "officer", "assistant", "manager", "coordinator", "co-ordinator", "developer", "engineer",
    "analyst", "nurse", "teacher", "designer", "executive", "specialist", "supervisor",
    "technician", "receptionist", "barista", "planner", "consultant", "administrator",
    "advisor", "adviser", "associate", "intern", "internship", "apprentice", "lead", "director",
    "scientist", "researcher", "lecturer", "physio", "physiotherapist", "accountant", "clerk",
    "operative", "driver", "chef", "cook", "cleaner", "carer", "worker", "solicitor", "lawyer",
    "paralegal", "architect", "editor", "writer", "producer", "curator", "librarian", "joiner",
    "electrician", "plumber", "partner", "head", "representative", "rep", "agent", "controller",
    "dispatcher", "inspector", "surveyor", "therapist", "pharmacist", "midwife", "doctor",
    "gp", "dentist", "hygienist", "paramedic", "porter", "tutor", "instructor", "coach",
    "trainer", "practitioner", "fundraiser", "organiser", "organizer", "programmer", "tester",
    "administrator", "admin", "buyer", "merchandiser", "cashier", "waiter", "waitress",
    "bartender", "server", "host", "housekeeper", "concierge", "secretary", "pa",
    "bookkeeper", "auditor", "actuary", "trader", "banker", "underwriter", "broker", "teller",
    "marketer", "copywriter", "journalist", "reporter", "photographer", "illustrator",
    "animator", "artist", "musician", "technologist", "operator", "mechanic", "fitter",
    "welder", "labourer", "builder", "carpenter", "gardener", "groundsperson", "farmer",
    "agronomist", "vet", "veterinary", "keeper", "ranger", "guide", "steward", "attendant",
    "student", "graduate", "trainee", "fellow", "postdoc", "professor", "chair", "ceo", "cto",
    "cfo", "coo", "founder", "owner", "strategist", "scrum", "master", "owner", "support",
    "ops", "operations", "clinician", "psychologist", "counsellor", "counselor", "mentor",
    "worker", "helper", "volunteer", "ambassador", "champion", "navigator", "facilitator",
    "investigator", "examiner", "assessor", "estimator", "buyer", "recruiter", "sourcer",
    "consultant", "tech", "sre", "devops", "architect", "sales", "marketing", "hr", "it",
  ])

  /// Words that name a job as a kind of thing: "the X job", "the X role".
  static let roleSuffixes = Set<String>(["job", "role", "position", "post", "vacancy", "opening", "opportunity", "gig", "placement", "internship", "apprenticeship"])

  /// People's roles that may stand before their name: "the manager Mrs Kowalska".
  static let personRoles = Set<String>([
    "manager", "owner", "curator", "head", "teacher", "boss", "recruiter", "director", "ceo",
    "founder", "lead", "supervisor", "interviewer", "chef", "matron", "principal", "partner",
    "editor", "producer", "consultant", "engineer", "pi", "professor", "dean", "gm", "dm",
    "chair", "chairman", "chairwoman", "mayor",
  ])
}

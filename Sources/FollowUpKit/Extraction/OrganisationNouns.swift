/// The words that mark an organisation, one list for each question a rule asks of them.
///
/// Four rules read organisation words, and they ask different questions, so the lists differ on
/// purpose (each difference below is what keeps a reader's results as they were measured):
/// - Is this capitalised run a company's name rather than a person's? (`inNames`: "Brightwell
///   Energy", "Acme Ltd", "Hop & Anchor"). Words found inside names, "&", "uk" and "high" among
///   them.
/// - Is this lower-case answer ordinary words rather than a name? (`commonKinds` and
///   `legalSuffixes`: "bank", "the hospital", "ltd" say what sort of place, not which). Narrower
///   than `inNames`: "city council" or "nhs" typed alone are the names people give, and the wider
///   list would refuse them.
/// - Does "the X" mean the interviewer's own organisation? (`forEmployer`: "the company's plans"
///   becomes "your plans"). Common nouns, not name parts: "firm" and "startup" are here, "ltd"
///   and "international" are not.
/// - Which words of a company's name identify it? Everything but `legalSuffixes` and a few
///   joining words (`ExtractionContext.companyWords`).
enum OrganisationNouns {
  /// Legal forms a company's name may end with: "Acme Ltd", "Harbour Partners LLP".
  static let legalSuffixes: Set<String> = [
    "ltd", "limited", "plc", "inc", "llc", "llp", "co",
  ]

  /// Kinds of organisation common enough that, typed alone in lower case, they say what sort of
  /// place it was but not which one: "bank", "the hospital", "care homes".
  static let commonKinds: Set<String> = [
    "group", "foods", "bank", "trust", "council", "hospital", "university", "school", "academy",
    "labs", "logistics", "construction", "health", "energy", "books", "capital", "partners",
    "solicitors", "housing", "association", "builders", "hotel", "museum", "farms", "dental",
    "hospice", "primary", "college", "clinic", "agency", "studio", "services", "solutions",
    "systems", "technologies", "consulting", "media", "care", "homes",
  ]

  /// Words that make a name an organisation's rather than a person's: "Brightwell Energy", "Acme
  /// Ltd", "Leeds City Council", "Hop & Anchor".
  static let inNames: Set<String> = legalSuffixes.union(commonKinds).union([
    "food", "lab", "healthcare", "farm", "studios", "technology", "tech", "company", "corporation",
    "corp", "foundation", "charity", "society", "institute", "centre", "center", "library",
    "gallery", "theatre", "theater", "cafe", "café", "restaurant", "bakery", "brewery", "shop",
    "store", "stores", "retail", "software", "digital", "games", "insurance", "finance",
    "financial", "bakeries", "nhs", "international", "global", "uk", "holdings", "industries",
    "ventures", "network", "motors", "airways", "airlines", "rail", "railways", "transport",
    "trains", "sons", "brothers", "bros", "&", "associates", "architects", "engineering", "pharma",
    "pharmaceuticals", "bio", "biotech", "medical", "surgery", "practice", "pharmacy", "club", "fc",
    "united", "city", "county", "borough", "district", "authority", "department", "ministry",
    "office", "service", "police", "fire", "army", "navy", "council's", "infirmary", "high",
    "grammar", "nursery", "church", "press", "publishing", "news", "radio", "tv", "productions",
    "records", "design", "designs", "marketing", "consultancy", "recruitment", "accountants", "law",
    "legal", "chambers", "estates", "property", "properties", "lettings", "developments", "garden",
    "gardens", "centre's", "zoo", "aquarium", "observatory", "works", "mills", "distillery",
    "vineyard", "kitchen", "kitchens", "bar", "pub", "inn", "arms", "lodge", "resort", "spa", "gym",
    "fitness", "leisure", "sports", "wellbeing", "dentistry", "commission", "forestry", "mining",
    "brewing", "translations", "vets", "veterinary", "airline", "aviation", "shipping", "freight",
    "haulage", "couriers", "removals", "cleaning", "catering", "hospitality", "hotels", "pubs",
    "dairy", "dairies", "nurseries", "schools", "hospitals", "clinics", "surgeries", "opticians",
    "pharmacies", "chemists", "solar", "wind", "power", "water", "utilities", "telecom", "telecoms",
    "broadband", "robotics", "analytics", "laboratories", "laboratory", "research", "trustees",
    "federation", "union", "cooperative", "co-op", "coop", "collective", "guild", "partnership",
    "alliance",
  ])

  /// Nouns by which a person means the interviewer's own organisation after "the": "the
  /// company's plans" is "your plans", "how the school runs" is "how you run".
  static let forEmployer: Set<String> = [
    "company", "firm", "organisation", "organization", "business", "team", "school", "trust",
    "charity", "practice", "agency", "studio", "group", "council", "department", "museum", "bank",
    "hospital", "clinic", "lab", "startup", "brand", "store", "shop", "restaurant", "hotel", "farm",
    "prison", "library", "theatre", "theater", "airline", "surgery", "gallery", "mine", "brewery",
    "college", "university", "academy", "club", "zoo", "station", "ward",
  ]
}

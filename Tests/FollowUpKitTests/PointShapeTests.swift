import Testing

@testable import FollowUpKit

/// The grammar shapes the blind judge of tuning set 11 faulted in the person's point, each in
/// sentences of our own wording: three the gate must hold back, two it must leave alone.
@Suite("Point shapes read by grammar")
struct PointShapeTests {
  @Test(
    "a point with a shape the judge faults is held back",
    arguments: [
      // Two clauses run together.
      "I have two dogs I walk them every morning.",
      "We moved here last year we love the coast.",
      "I like the idea honestly I use buses every day.",
      // A singular thing with no article after "has" or "is".
      "My brother has small bakery in Leeds.",
      "My son has peanut allergy so this matters to me.",
      "My aunt was head nurse at a clinic in Kano.",
      // A kind of place with no "the".
      "My family farms in Volta region.",
      "I worked in neonatal ICU in Lagos.",
      "My grandad fished on Tay river for years.",
      // A plural owner with no apostrophe after describing words.
      "I practised on my older brothers car.",
      "I braided my two sisters hair every weekend.",
      "I fixed my little cousins bike.",
      // A length of time with no "for".
      "I worked 4 years in a busy pharmacy.",
      "In Lagos I taught 3 years at a primary school.",
      "I studied 2 years in Manchester.",
      // A spoken form where written English has a common word.
      "I dey use the app every day.",
      "My mum and dem love that shop.",
      "I wan work on the new site.",
      // A chat tag after a comma.
      "I can start in January, no problem.",
      "I can travel to the sites, no worries.",
      "I'm happy to do nights, no bother.",
      // A place the tidying could not vouch for, in lower case.
      "I'm from tunis and I know the market.",
      "I grew up near cardigan so the coast matters to me.",
      "My gran lives near swansea too.",
      "I moved to swindon last year.",
      "I drove to crewe for work.",
    ])
  func heldBack(_ sentence: String) {
    #expect(PointGate.problem(in: sentence, topic: "your new depot") != nil, "\(sentence)")
  }

  @Test(
    "a point in written English passes",
    arguments: [
      // Relative clauses with no "that", and a clause after a verb of thinking.
      "The kids I taught loved it.",
      "I know we can make it work.",
      "Access to justice is the reason I studied law.",
      "The day after I qualified I got my first ward.",
      "In my last job I discovered we could cut waste by half.",
      "A wood grill is right up my alley.",
      // A degree word before an adjective, and a phrase with its article.
      "My son is pretty keen on trains.",
      "My uncle has a small coffee farm.",
      // A named place with "the", and a unit with an article.
      "My family farms in the Volta region.",
      "I worked in a neonatal ICU in Lagos.",
      // A plural subject and its verb, a possessive with its apostrophe.
      "My two sisters cook every Sunday.",
      "I practised on my older brother's car.",
      // A length of time with "for", and "spent".
      "I worked for 4 years in a busy pharmacy.",
      "I spent 3 years in Lagos.",
      // Words that only look like spoken forms.
      "I don't mind early starts.",
      "They were kind to me.",
      // A "no" that is no tag.
      "I can start in January, no later.",
      "I have no car yet.",
      // Ordinary words after a preposition of place.
      "I worked in business for years.",
      "I live near here.",
      "I went to school near the site.",
      "I moved to help my mum.",
      "I'd love to help.",
    ])
  func passes(_ sentence: String) {
    #expect(PointGate.problem(in: sentence, topic: "your new depot") == nil, "\(sentence)")
  }

  @Test(
    "words are written as the person wrote them elsewhere, or as their letters say",
    arguments: [
      // An initialism by a start no English word has.
      ("the hvac engineer role", [String](), "the HVAC engineer role"),
      ("I passed my dvla test", [], "I passed my DVLA test"),
      ("I took the gcse course", [], "I took the GCSE course"),
      // A name capitalised in part, completed by its place head.
      ("I live near Wembley park", [], "I live near Wembley Park"),
      (
        "a contract at the Royal Liverpool hospital", [],
        "a contract at the Royal Liverpool Hospital"
      ),
      ("I trained at King Edward college", [], "I trained at King Edward College"),
      // Capitals typed elsewhere.
      ("I love brighton", ["a second site in Brighton"], "I love Brighton"),
      ("the new site in hinckley", ["the depot in Hinckley"], "the new site in Hinckley"),
      ("I used xero daily", ["moving off Sage onto Xero"], "I used Xero daily"),
      // Accents typed once.
      ("the mara kai", ["the new māra kai project"], "the māra kai"),
      ("a talk with brid", ["Bríd mentioned it"], "a talk with Bríd"),
      ("the cafe by the pier", ["a new café by the pier"], "the café by the pier"),
    ])
  func spelled(_ text: String, _ sources: [String], _ expected: String) {
    #expect(ProperSpelling.restored(text, from: sources) == expected)
  }

  @Test(
    "words with no evidence and no sign in their letters are left alone",
    arguments: [
      // English words and names a reader can say, which may start with two consonants.
      ("the street team", [String](), "the street team"),
      ("a shrine near the khan market", [], "a shrine near the khan market"),
      // A place described by a name, not named: one word with a determiner, an initialism.
      ("the new Leeds office", [], "the new Leeds office"),
      ("the DPD depot in Hinckley", [], "the DPD depot in Hinckley"),
      // No accent typed anywhere; a capital only opening a sentence.
      ("the mara kai", ["the new mara kai project"], "the mara kai"),
      ("i walk there daily", ["Walk-ins are welcome."], "i walk there daily"),
      // A word typed both ways, and a source in title case.
      ("the library is busy", ["a Library of Things at the library"], "the library is busy"),
      (
        "moving from an old system", ["Moving From An Old Phone System"],
        "moving from an old system"
      ),
    ])
  func leftAlone(_ text: String, _ sources: [String], _ expected: String) {
    #expect(ProperSpelling.restored(text, from: sources) == expected)
  }

  @Test("a place before a time's phrase is written as a name, an initialism in a title too")
  func placesAndTitles() {
    #expect(
      ProperSpelling.placesCapitalised("a second shop in leith in the spring")
        == "a second shop in Leith in the spring")
    #expect(
      ProperSpelling.placesCapitalised("houses going up in lichfield from january")
        == "houses going up in Lichfield from january")
    #expect(
      ProperSpelling.placesCapitalised("I work in retail in the city")
        == "I work in retail in the city")
    #expect(RoleTitle.printable("hvac apprentice") == "HVAC apprentice")
    #expect(RoleTitle.printable("english teacher") == "English teacher")
    #expect(RoleTitle.printable("site engineer") == "site engineer")
  }

  @Test("a company word that is the recipient's name and an s is their possessive")
  func owners() {
    #expect(ProperSpelling.ownersMarked("Fahys Pharmacy", owners: ["Fahy"]) == "Fahy's Pharmacy")
    #expect(
      ProperSpelling.ownersMarked("Murphys Bakehouse", owners: ["Murphy"]) == "Murphy's Bakehouse")
    #expect(
      ProperSpelling.ownersMarked("Patels Corner Shop", owners: ["Anil", "Patel"])
        == "Patel's Corner Shop")
    #expect(ProperSpelling.ownersMarked("Boots Pharmacy", owners: ["Fahy"]) == "Boots Pharmacy")
    #expect(ProperSpelling.ownersMarked("Chez Fahys", owners: ["Fahy"]) == "Chez Fahys")
  }
}

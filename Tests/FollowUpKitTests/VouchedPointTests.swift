import Testing

@testable import FollowUpKit

/// The positive reading of the person's point (`VouchedPoint`), in sentences of our own
/// wording: three per mechanism, and good points it must keep unchanged.
@Suite("A point is printed only when the note can vouch for it")
struct VouchedPointTests {
  static let before =
    "Thank you for meeting me about the role. I enjoyed hearing about your new depot."

  static func vouched(_ sentence: String) -> String? {
    guard case .vouched(let printed) = VouchedPoint.reading(of: sentence, before: Self.before)
    else { return nil }
    return printed
  }

  @Test(
    "a certain repair is made, and the repaired sentence is vouched for",
    arguments: [
      // A role after "I was", "I am", "as" with no article.
      ("I was cashier at a garden centre.", "I was a cashier at a garden centre."),
      ("I worked as porter in a hospital.", "I worked as a porter in a hospital."),
      ("I'm volunteer with the local scouts.", "I'm a volunteer with the local scouts."),
      // A length of time with no "for".
      ("I drove buses in Leeds six years.", "I drove buses in Leeds for six years."),
      ("We lived in Oslo three winters.", "We lived in Oslo for three winters."),
      ("I coached the junior squad two seasons.", "I coached the junior squad for two seasons."),
      // A state that has lasted until now, in the present.
      (
        "I am sober 3 years, so the alcohol-free range spoke to me.",
        "I have been sober for 3 years, so the alcohol-free range spoke to me."
      ),
      (
        "I'm diabetic for 5 years, so it matters to me.",
        "I've been diabetic for 5 years, so it matters to me."
      ),
      (
        "I am deaf 20 years, so your signing course meant a lot.",
        "I have been deaf for 20 years, so your signing course meant a lot."
      ),
      // One exclamation mark closing the point.
      ("I ran a pop-up kitchen for two summers!", "I ran a pop-up kitchen for two summers."),
      ("I used to deliver for a depot like yours!", "I used to deliver for a depot like yours."),
      ("My brother drives for a courier firm!", "My brother drives for a courier firm."),
      // A word typed twice in a row, said once.
      ("I loaded vans very very early every morning.", "I loaded vans very early every morning."),
      ("My cousin worked there many many years ago.", "My cousin worked there many years ago."),
      ("It is really really close to my home.", "It is really close to my home."),
    ])
  func repaired(_ typed: String, _ printed: String) {
    #expect(VouchedPoint.reading(of: typed, before: Self.before) == .vouched(printed))
  }

  @Test(
    "a point the reading cannot vouch for is held back",
    arguments: [
      // Two slips to mend: more than a slip.
      "I was porter in a hotel in Leeds two summers.",
      "I am nurse in a clinic 5 years.",
      "My co workers and I was cashier at a big store.",
      // "similar" or "same" with no determiner.
      "I built similar dashboard for a charity.",
      "We used same scanner at the warehouse in Hull.",
      "I have led similar rollout in Poland.",
      // A verb in the wrong form for its place.
      "I very like the idea of a night depot.",
      "I am agree that drivers need more rest.",
      "We are interesting in electric vans at home too.",
      "I didn't knew a depot could be so quiet.",
      "My dad can helped with the loading if needed.",
      "I hope to went there with my son one day.",
      // A singular kind before a plural.
      "I have worked with this kind of scanners before.",
      "That sort of vans is easy to drive.",
      "I love this type of projects in a city.",
      // "me and" as a subject.
      "Me and my sister drove for a courier firm.",
      "Me and my dad used to fix vans at home.",
      "Me and a friend ran a delivery round in Leeds.",
      // More than two sentences: choppy.
      "My uncle drove vans. He loved it. I want to do the same.",
      "I grew up near a depot. It was noisy. We still liked it.",
      "I cook. I bake. I run a supper club.",
      // An exclamation inside the point.
      "What a great idea! I would love to help.",
      "Amazing! My dad would have loved it.",
      "I can't wait! The vans sound great.",
      // A plea for the job.
      "I really need this job, my family depends on it.",
      "Please give me the chance to show what I can do.",
      "I have moved city for this so I want this role a lot.",
      // Criticism of a past employer, told with a negation of them, or hope told as a dream.
      "My previous manager never listened to the drivers.",
      "At my last job nobody trained the new staff.",
      "My old boss didn't care about the vans at all.",
      "Honestly this is my dream job.",
      "A depot in Leeds would be my dream role.",
      "Working for you is my dream job since school.",
      // Criticism of a past employer.
      "My last company was a total mess, so I value planning.",
      "At my previous job the managers were useless with rotas.",
      "My old boss blamed drivers for every late van.",
      // A present verb where a past time, or a stretch of time until now, is named.
      "I drive buses for six years in Leeds.",
      "I drive forklifts at my last job in Hull.",
      "When I was in Gdansk I manage a small warehouse.",
      "I organise the night rota before with a spreadsheet.",
      // Chat spellings, slang kin words and clipped words.
      "I worked at my brothers garage on weekends.",
      "My old man drove for the post office.",
      "I help my nani with her meds every day.",
      // No finite verb in a longer line.
      "Such a brilliant plan for the whole town and for the drivers too.",
      "Such a lovely idea, and great for everyone on nights too.",
      "Great move for the drivers and the customers in the north.",
    ])
  func heldBack(_ sentence: String) {
    #expect(Self.vouched(sentence) == nil, "\(sentence)")
  }

  @Test(
    "second-language structure is not vouched for",
    arguments: [
      // A count of more than one before a singular noun.
      "I have driven in Warsaw for many winter.",
      "We had three depot in Lagos when I started.",
      "I trained several new driver at my last job.",
      // A word said twice, mended, and a count before a singular still held.
      "I did this route many many time in Gdansk.",
      "We had two two depot in Lagos.",
      "I really really want learn the new scanners.",
      // "since" with a present, or with a bare noun phrase.
      "I am interested in logistics since long time.",
      "My wife works in a depot since she was nineteen.",
      "I know this area since 2015.",
      // A present continuous with a stretch of years.
      "I am working on night shifts for three years.",
      "She is living in Hull for five years now.",
      "We are driving vans for two years.",
      // A verb of wanting with no "to" before another verb.
      "I want learn how the night depot plans its routes.",
      "I would like join a team that drives electric vans.",
      "We always tried make the rota fair for everyone.",
      // A word of degree before the subject and verb.
      "More I like to work with people than with machines.",
      "I drove vans, but most I enjoyed the loading.",
      "Very I enjoy planning the routes.",
      // A comma splice after a phrase of time or place.
      "Traffic there is terrible, most mornings we wait an hour.",
      "My uncle drove for a depot, in winter he was always tired.",
      "I loved the job, every night we had a new route.",
      // A singular subject with no determiner where a clause opens.
      "I know how heavy night delivery van is.",
      "My dad says Leeds depot was the busiest in the north.",
      "I was a courier and loading bay was always full.",
      // A closing "it" that stands for a situation the note never names.
      "My mother waited hours for her parcels, so I get it.",
      "I drove nights for a year and I understand it.",
      "We had the same problem at home, so I really feel it.",
      // A closing clause after "so" of nothing but "it" and a verdict.
      "My cousin drives for a courier firm so it's brilliant.",
      "I did night loading in Porto so I know how it works.",
      "My father has a small van so for him it is perfect.",
      // An adjective with a preposition English does not give it.
      "I drove in Lagos for years, so busy roads are familiar for me.",
      "Older drivers are often scared from new scanners.",
      "I am very interested on electric vans.",
    ])
  func structureHeld(_ sentence: String) {
    #expect(Self.vouched(sentence) == nil, "\(sentence)")
  }

  @Test(
    "English structure the stricter reading must keep",
    arguments: [
      "I volunteered at a food bank for three years, so this meant a lot to me.",
      "I have wanted to work in logistics since I was a child.",
      "My wife has worked in a depot since she was nineteen.",
      "I drove two different routes for a small courier firm.",
      "I drove a van for my brother, who loves the depot.",
      "I did a three year course in transport planning.",
      "I want to learn how the night depot plans its routes.",
      "I like the idea, since I live in Hull.",
      "Also I have driven vans in Leeds.",
      "I grew up near a depot, and my dad drove for it.",
      "When I was a student, I worked nights at a warehouse.",
      "I passed my year 2 exams in logistics.",
      "I know how hard the night shift is.",
      "I think customer service is what makes a depot.",
      "My uncle drove the route and I know it well.",
      "I have a two year old van at home.",
      "I am from Hull so relocation is no issue.",
      "I wrote the routing scripts so that depot is where I want to be.",
      "I did my thesis on route planning so it's my thing.",
      "My gran waits for her parcels all day so it matters to me.",
      "I am familiar with the scanners, and good at early starts.",
    ])
  func structureKept(_ sentence: String) {
    #expect(VouchedPoint.reading(of: sentence, before: Self.before) == .vouched(sentence))
  }

  @Test(
    "a number of years that is no length of time after a verb takes no \"for\"",
    arguments: [
      "I did a 3 years course in logistics.", "We moved here 2 years ago.",
      "I have 5 years of experience.", "My son is 6 years old.",
    ])
  func noFor(_ sentence: String) {
    #expect(VouchedPoint.repaired(sentence) == sentence)
  }

  @Test(
    "good points are kept as typed",
    arguments: [
      "I volunteered at a food bank for three years, so this meant a lot to me.",
      "I'd love to help the new team settle into the building.",
      "I have spent two years planning delivery routes, so I know how much it matters.",
      "I have driven buses for six years, so I know the routes.",
      "I was head of the night shift before I moved here.",
      "When I was a student I worked in a warehouse like yours.",
      "My gran ran a corner shop, so this meant a lot to me.",
      "I am happier in a busy team.",
      "I am interested in electric vans and I would need little training.",
      "We are used to long shifts, and I didn't mind them.",
      "At my last job we never lost a parcel in three years.",
      "I have worked with this kind of scanner before.",
    ])
  func kept(_ sentence: String) {
    #expect(VouchedPoint.reading(of: sentence, before: Self.before) == .vouched(sentence))
  }
}

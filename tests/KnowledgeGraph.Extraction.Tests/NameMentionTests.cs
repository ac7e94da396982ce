using KnowledgeGraph.Extraction.Facts;

namespace KnowledgeGraph.Extraction.Tests;

/// <summary>Name mentions: spans with titles, place and event names, organisation words.</summary>
public sealed class NameMentionTests
{
    private static List<(string Text, EntityType Type, string Full)> Names(string text) =>
        ExtractionTestHelper.Extract(text).Entities
            .SelectMany(e => e.Mentions.Where(m => m.Kind == MentionKind.Name && !m.IsAdjectival)
                .Select(m => (m.Text, e.Type, (m.FullSpan ?? m.Span).Of(text))))
            .ToList();

    [Theory]
    [InlineData("The talks stalled. Moscow said it would respond.", "Russia")]
    [InlineData("The talks stalled. Beijing strongly condemned the visit.", "China")]
    [InlineData("The talks stalled. Kyiv said it would respond.", "Ukraine")]
    [InlineData("The talks stalled. Washington said it would respond.", "United States")]
    [InlineData("Rebels took posts near China. Beijing, which has brokered ceasefires, urged both sides to talk.", "China")]
    [InlineData("The talks stalled. Baku had demanded that Armenia change its constitution.", "Azerbaijan")]
    [InlineData("Refugees crossed into Armenia since Baku took control of the region.", "Azerbaijan")]
    [InlineData("Pashinyan accused Baku of seeking to drive ethnic Armenians out of the region.", "Azerbaijan")]
    [InlineData("Kirkuk, a city claimed by both Baghdad and the Kurdistan Regional Government, lies outside the Kurdish region.", "Iraq")]
    [InlineData("Both Baghdad and Erbil claim the oil-rich province of Kirkuk.", "Iraq")]
    [InlineData("The talks stalled. Moscow and Beijing say the deal is fair.", "Russia")]
    public void A_capital_that_acts_stands_for_its_country_also_when_it_is_a_region_of_its_own(string text, string country) =>
        Assert.Contains(ExtractionTestHelper.Extract(text).Entities, e => e.CanonicalName == country && e.Type == EntityType.GeopoliticalEntity);

    [Theory]
    [InlineData("He flew to New Delhi on Monday.", "New Delhi", EntityType.GeopoliticalEntity)]
    [InlineData("The ruling came from The Hague on Monday.", "The Hague", EntityType.GeopoliticalEntity)]
    [InlineData("The statement came from Inter-Services Public Relations, the military's media wing.", "Inter-Services Public Relations", EntityType.Organization)]
    [InlineData("Vorukh, an exclave that belongs to Tajikistan, was cut off.", "Vorukh", EntityType.GeopoliticalEntity)]
    [InlineData("The rebels have captured a string of towns in North Kivu since launching an offensive in 2021, including Rutshuru and Kiwanja.",
        "Kiwanja", EntityType.GeopoliticalEntity)]
    [InlineData("Al-Shabaab still controls much of the countryside in Hiiraan and Middle Shabelle.", "Middle Shabelle", EntityType.GeopoliticalEntity)]
    [InlineData("Fighting reached the Masisi and Nyiragongo territories.", "Masisi", EntityType.GeopoliticalEntity)]
    [InlineData("Fighting reached the Masisi and Nyiragongo territories.", "Nyiragongo", EntityType.GeopoliticalEntity)]
    [InlineData("Voting was delayed in the Kayes, Nioro and Diema districts.", "Nioro", EntityType.GeopoliticalEntity)]
    [InlineData("Residents said the remaining soldiers had withdrawn to Diabaly on Monday.", "Diabaly", EntityType.GeopoliticalEntity)]
    [InlineData("The fighters cut the main road to Dilling.", "Dilling", EntityType.GeopoliticalEntity)]
    [InlineData("Dozens of families had fled towards Tajoura, east of the capital.", "Tajoura", EntityType.GeopoliticalEntity)]
    [InlineData("They were pushed back beyond Um Sumeima.", "Um Sumeima", EntityType.GeopoliticalEntity)]
    [InlineData("The militias control large parts of the countryside in Gojjam and Wollo, while the army holds most major towns.", "Wollo", EntityType.GeopoliticalEntity)]
    [InlineData("\"Our next target is Debre Markos,\" the commander said.", "Debre Markos", EntityType.GeopoliticalEntity)]
    [InlineData("Fighting spread to Tobolsk.", "Tobolsk", EntityType.GeopoliticalEntity)]
    [InlineData("It was fought between the federal army and Fano, an Amhara militia.", "Fano", EntityType.Organization)]
    public void A_name_is_found_whole_and_typed_by_its_words_or_context(string text, string name, EntityType type) =>
        Assert.Contains(ExtractionTestHelper.Extract(text).Entities, e => e.CanonicalName == name && e.Type == type);

    [Theory]
    [InlineData("Today, about 100,000 Greeks worship the ancient gods, such as Zeus, Hera and Athena.", "Zeus")]
    [InlineData("United Nations member states consider Abkhazia part of Georgia.", "United Nations member")]
    public void Names_listed_after_no_kind_of_place_are_no_places_and_member_states_are_no_person(string text, string name) =>
        Assert.DoesNotContain(ExtractionTestHelper.Extract(text).Entities, e => e.CanonicalName == name && e.Type != EntityType.Organization);

    [Theory]
    [InlineData("Ibrahim Ag Souleymane, a spokesman, said the town had fallen. Ag Souleymane said the army had fled.", "Ag Souleymane")]
    [InlineData("Mohamed Hamdan Daglo said the war would end. Hamdan Daglo said it would not.", "Hamdan Daglo")]
    public void The_last_words_of_a_full_name_are_the_same_person(string text, string shorter) =>
        Assert.DoesNotContain(ExtractionTestHelper.Extract(text).Entities, e => e.CanonicalName == shorter);

    [Theory]
    [InlineData("MONUSCO said more than 100,000 people had fled.", "MONUSCO")]
    [InlineData("The withdrawal of MINUSMA from Kidal ended on Tuesday.", "MINUSMA")]
    public void An_unknown_acronym_of_up_to_eight_capitals_is_a_body(string text, string body) =>
        Assert.Contains(ExtractionTestHelper.Extract(text).Entities, e => e.CanonicalName == body && e.Type == EntityType.Organization);

    [Theory]
    [InlineData("BREAKING: Rebels seized the town.", "BREAKING")]
    [InlineData("UPDATED: Rebels seized the town. The update came at noon.", "UPDATED")]
    [InlineData("HARGEISA, Somaliland - Rebels seized the town.", "HARGEISA")]
    public void A_label_or_dateline_in_capitals_is_no_body(string text, string label) =>
        Assert.DoesNotContain(ExtractionTestHelper.Extract(text).Entities, e => e.CanonicalName == label && e.Type == EntityType.Organization);

    [Theory]
    [InlineData("Las Anod has been under the control of SSC-Khatumo since 2023.", "SSC-Khatumo")]
    [InlineData("Kidal remains under the control of the Tamasna Front.", "Tamasna Front")]
    public void An_unknown_name_that_holds_a_place_is_a_body(string text, string body) =>
        Assert.Contains(ExtractionTestHelper.Extract(text).Entities, e => e.CanonicalName == body && e.Type == EntityType.Organization);

    [Theory]
    [InlineData("She moved to Moscow last year.", "Moscow")]
    [InlineData("Flights between Moscow and Beijing resumed.", "Moscow")]
    [InlineData("He travelled to Moscow and Beijing last week.", "Moscow")]
    [InlineData("Officials in Washington state said the fire was contained.", "Washington")]
    public void A_capital_as_a_place_stays_the_place(string text, string place) =>
        Assert.Contains(ExtractionTestHelper.Extract(text).Entities, e => e.CanonicalName == place);

    [Theory]
    [InlineData("Thailand's Constitutional Court removed the prime minister.", "Thailand")]
    [InlineData("Iraq's Security Forces retook the town.", "Iraq")]
    public void The_country_in_a_bodys_possessive_name_is_mentioned_too(string text, string country) =>
        Assert.Contains(ExtractionTestHelper.Extract(text).Entities, e => e.CanonicalName == country && e.Mentions.Any(m => m.Kind == MentionKind.Name));

    [Theory]
    [InlineData("María Corina Machado has gone into hiding.", "María Corina Machado")]
    [InlineData("José Antonio Kast lost the vote.", "José Antonio Kast")]
    public void A_first_name_with_accents_is_known_without_them(string text, string person) =>
        Assert.Contains(ExtractionTestHelper.Extract(text).Entities, e => e.CanonicalName == person && e.Type == EntityType.Person);

    [Fact]
    public void A_surname_without_its_arabic_article_is_the_person()
    {
        var result = ExtractionTestHelper.Extract("News\n\nArmy chief Abdel Fattah al-Burhan spoke. \"Khartoum is free,\" Burhan told soldiers.");
        Assert.Single(result.Entities, e => e.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("The mayor of Paris, Anne Hidalgo, spoke. Hidalgo dismissed those concerns.", "Hidalgo", "Anne Hidalgo")]
    [InlineData("Denzel Washington starred in the film. Washington said he would return.", "Washington", "Denzel Washington")]
    public void A_place_name_that_is_the_surname_of_a_person_named_in_full_is_that_person(string text, string surname, string person)
    {
        var result = ExtractionTestHelper.Extract(text);
        Assert.Contains(result.Entities, e => e.CanonicalName == person && e.Mentions.Count(m => m.Text == surname) == 1);
        Assert.DoesNotContain(result.Entities, e => e.CanonicalName == surname);
    }

    [Fact]
    public void A_first_name_that_is_a_place_stays_the_place_after_a_preposition() =>
        Assert.Contains(ExtractionTestHelper.Extract("Paris Hilton arrived. She flew to Paris on Monday.").Entities,
            e => e.CanonicalName == "Paris" && e.Type == EntityType.GeopoliticalEntity);

    [Theory]
    [InlineData("The army regained control of Wad Madani, the capital of Gezira state, in January.", "Wad Madani", EntityType.GeopoliticalEntity)]
    [InlineData("John Smith, a town councillor, said the road was closed.", "John Smith", EntityType.Person)]
    public void A_name_set_off_before_a_kind_of_place_is_a_place(string text, string name, EntityType type) =>
        Assert.Contains(ExtractionTestHelper.Extract(text).Entities, e => e.CanonicalName == name && e.Type == type);

    [Fact]
    public void A_kind_of_place_in_a_dateline_is_no_organisation() =>
        Assert.DoesNotContain(ExtractionTestHelper.Extract("GAZA CITY, Jan 5 (Reuters) - Fighting went on.").Entities, e => e.Type == EntityType.Organization && e.CanonicalName != "Reuters");

    [Theory]
    [InlineData("Otty Patiño told El Tiempo newspaper that the process was dead.", "El Tiempo")]
    [InlineData("Ukraine's General Staff did not confirm the loss.", "Ukraine's General Staff")]
    [InlineData("The Joint Chiefs of Staff met on Monday.", "Joint Chiefs of Staff")]
    public void A_staff_is_a_body(string text, string body) =>
        Assert.Contains(ExtractionTestHelper.Extract(text).Entities, e => e.CanonicalName == body && e.Type == EntityType.Organization);

    [Theory]
    [InlineData("He met Lt. Gen. Stephen J. Townsend there.", "Stephen J. Townsend", "Lt. Gen. Stephen J. Townsend")]
    [InlineData("The visit of NASA Administrator Charles Bolden was short.", "Charles Bolden", "NASA Administrator Charles Bolden")]
    [InlineData("On Monday Deputy Secretary of State Antony Blinken arrived.", "Antony Blinken", "Deputy Secretary of State Antony Blinken")]
    [InlineData("As coauthor Colette Heald told reporters, it works.", "Colette Heald", "coauthor Colette Heald")]
    [InlineData("Later Prime Minister John Key said so.", "John Key", "Prime Minister John Key")]
    [InlineData("His Chief of Staff is Major General Hassan Ali.", "Hassan Ali", "Major General Hassan Ali")]
    [InlineData("\"We trained hard,\" said Spc. Lorraine Walsh.", "Lorraine Walsh", "Spc. Lorraine Walsh")]
    [InlineData("\"We will not stop,\" said Col. John \u201cJ.D.\u201d Dorrian, the spokesperson.", "John \u201cJ.D.\u201d Dorrian", "Col. John \u201cJ.D.\u201d Dorrian")]
    public void Person_mentions_carry_the_title_written_before_the_name(string text, string name, string full)
    {
        var m = Assert.Single(Names(text), n => n.Type == EntityType.Person);
        Assert.Equal(name, m.Text);
        Assert.Equal(full, m.Full);
    }

    [Theory]
    [InlineData("Foreign Secretary Boris Johnson flew in. Later the Foreign Secretary met aid workers.", "the Foreign Secretary", "Boris Johnson")]
    [InlineData("He met the Iraqi Foreign Minister, Ibrahim al-Jaafari, in London.", "the Iraqi Foreign Minister", "Ibrahim al-Jaafari")]
    [InlineData("Russian Foreign Minister Sergei Lavrov and Iraqi Foreign Minister Ibrahim al-Jaafari met. The Iraqi Foreign Minister left.",
        "The Iraqi Foreign Minister", "Ibrahim al-Jaafari")]
    [InlineData("The Foreign Secretary said the talks would go on.", "The Foreign Secretary", "Foreign Secretary")]
    [InlineData("The Foreign Secretary met Sergei Lavrov in New York.", "The Foreign Secretary", "Foreign Secretary")]
    public void A_title_after_the_stands_for_its_holder(string text, string mention, string holder)
    {
        var result = ExtractionTestHelper.Extract("News\n\n" + text);
        var entity = Assert.Single(result.Entities, e => e.Mentions.Any(m => m.Kind == MentionKind.Title));
        Assert.Equal(holder, entity.CanonicalName);
        Assert.Equal(EntityType.Person, entity.Type);
        var m = Assert.Single(entity.Mentions, m => m.Kind == MentionKind.Title);
        Assert.Equal(mention, (m.FullSpan ?? m.Span).Of("News\n\n" + text));
    }

    [Theory]
    [InlineData("John Key said the flag would change. Mr Key promoted the campaign.", "Mr Key", "John Key")]
    [InlineData("The reform was passed by the Monti government in 2012.", "Monti", "Monti")]
    public void A_common_word_is_a_surname_after_a_first_name_or_honorific_and_a_leader_before_government(string text, string mention, string person)
    {
        var result = ExtractionTestHelper.Extract("News\n\n" + text);
        var entity = Assert.Single(result.Entities, e => e.Type == EntityType.Person);
        Assert.Equal(person, entity.CanonicalName);
        Assert.Contains(entity.Mentions, m => (m.FullSpan ?? m.Span).Of("News\n\n" + text).EndsWith(mention, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Department of Health and Human Services agreed.", "Department of Health and Human Services")]
    [InlineData("He directs the National Institute of Allergy and Infectious Diseases.", "Institute of Allergy and Infectious Diseases")]
    public void And_inside_the_name_of_a_body_joins_it(string sentence, string body)
    {
        var result = ExtractionTestHelper.Extract("News\n\n" + sentence);
        Assert.Contains(result.Entities, e => e.Type == EntityType.Organization && e.CanonicalName.EndsWith(body, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("It went to the National Air and Space Museum.", "National Air and Space Museum")]
    [InlineData("It went to the U.S. Space and Rocket Center in Huntsville.", "U.S. Space and Rocket Center")]
    public void And_inside_the_name_of_a_building_joins_it(string sentence, string building) =>
        Assert.Contains(ExtractionTestHelper.Extract("News\n\n" + sentence).Entities, e => e.CanonicalName == building && e.Type == EntityType.Location);

    [Theory]
    [InlineData("He visited the Texas and Johnson Space Center.", "Johnson Space Center")]
    [InlineData("Researchers at the Massachusetts Institute of Technology and Colorado State University found it.", "Colorado State University")]
    [InlineData("The Ministry of Defence and Russia clashed.", "Russia")]
    public void And_between_two_names_keeps_them_apart(string sentence, string second) =>
        Assert.Contains(ExtractionTestHelper.Extract("News\n\n" + sentence).Entities, e => e.CanonicalName == second);

    [Theory]
    [InlineData("\"It was a great win,\" said manager Erik ten Hag.", "Erik ten Hag")]
    [InlineData("He met Gerard ter Borch and Ursula von der Leyen.", "Gerard ter Borch")]
    public void Dutch_and_German_surname_particles_stay_inside_the_name(string sentence, string person) =>
        Assert.Contains(ExtractionTestHelper.Extract("News\n\n" + sentence).Entities, e => e.CanonicalName == person && e.Type == EntityType.Person);

    [Fact]
    public void A_party_named_inside_a_held_by_compound_is_mentioned_and_the_compound_is_no_part_of_the_place()
    {
        const string text = "News\n\nForces isolated other ISIL-held territory. Fighting went on in Russian-occupied Melitopol.";
        var result = ExtractionTestHelper.Extract(text);
        var isil = Assert.Single(result.Entities, e => e.CanonicalName == "Islamic State");
        Assert.Equal("ISIL", Assert.Single(isil.Mentions).Span.Of(text));
        Assert.Contains(result.Entities, e => e.CanonicalName == "Melitopol");
    }

    [Fact]
    public void A_name_set_off_before_a_description_of_a_body_is_an_organisation_everywhere()
    {
        var result = ExtractionTestHelper.Extract("News\n\nThe White Helmets, a civil defence group, said 221 people had died. "
            + "Raed al-Saleh, head of the White Helmets, spoke. After fighting in Husaybah, the coalition troops left.");
        var body = Assert.Single(result.Entities, e => e.CanonicalName == "White Helmets");
        Assert.Equal(EntityType.Organization, body.Type);
        Assert.Equal(2, body.Mentions.Count);
        Assert.Contains(result.Roles, r => r.OfId == body.Id && r.Role == "head");
        Assert.DoesNotContain(result.Entities, e => e.CanonicalName == "Husaybah" && e.Type == EntityType.Organization);
    }

    [Theory]
    [InlineData("Iraqi state TV said the IT system failed.", "Tuvalu")]
    [InlineData("If it is serious you lose 15 IQ points.", "Iraq")]
    [InlineData("He called it \"Scientology vs. the Internet, part XVII\".", "XVII")]
    [InlineData("Columbia lifted off on STS-1 in 1981.", "STS-1")]
    public void Country_codes_numerals_and_acronyms_of_things_are_no_names(string sentence, string wrong) =>
        Assert.DoesNotContain(ExtractionTestHelper.Extract("News\n\n" + sentence).Entities, e => e.CanonicalName == wrong);

    [Theory]
    [InlineData("KHARTOUM, Dec 19 (Reuters) - The army said the town had fallen.", "Dec")]
    [InlineData("KHARTOUM, Sept 19 (Reuters) - The army said the town had fallen.", "Sept")]
    [InlineData("The Council adopted Resolution 2328. The Resolution demanded full access for aid.", "Resolution")]
    [InlineData("He signed decrees on the recognition by the Russian Federation of South Ossetia's independence.", "Russian Federation of South Ossetia")]
    [InlineData("This is the first attempt since Nazi Germany and Stalin's Soviet Union to annex territory.", "Stalin's Soviet Union")]
    public void Month_abbreviations_a_document_and_names_run_on_past_a_country_are_no_names(string sentence, string wrong) =>
        Assert.DoesNotContain(ExtractionTestHelper.Extract("News\n\n" + sentence).Entities, e => e.CanonicalName == wrong);

    [Theory]
    [InlineData("He spoke of the CENTCOM vision, according to a DoD news release.", "US Central Command")]
    [InlineData("Philip Hammond welcomes UNSC support for new talks.", "UN Security Council")]
    public void Well_known_bodies_are_found_by_their_acronyms(string sentence, string body) =>
        Assert.Contains(ExtractionTestHelper.Extract("News\n\n" + sentence).Entities, e => e.CanonicalName == body);

    [Theory]
    [InlineData("Iraqi forces entered Tikrit on Monday.", "Tikrit")]
    [InlineData("Forces reached Jarabulus at dawn.", "Jarabulus")]
    [InlineData("Fighting went on around Raqqah for weeks.", "Raqqah")]
    public void A_romanised_city_is_found_as_news_writes_it_without_marks_or_article(string sentence, string city)
    {
        var result = ExtractionTestHelper.Extract("News\n\n" + sentence);
        var place = Assert.Single(result.Entities, e => e.Type == EntityType.GeopoliticalEntity && e.ExternalIds.GeoNames is not null);
        Assert.Equal(city, place.CanonicalName);
    }

    [Fact]
    public void Accents_of_european_names_are_not_dropped_to_make_common_words()
    {
        var result = ExtractionTestHelper.Extract("News\n\nThe book records the acts of God in the third person. He said God was great.");
        Assert.Empty(result.Entities);
    }

    [Theory]
    [InlineData("Marines began their assault on insurgent-held Karabilah on Monday.", "Karabilah")]
    [InlineData("Marines fought in Karabilah. Later they left Karabilah.", "Karabilah")]
    [InlineData("Insurgents fled Karabilah. The fighting in Husaybah and Karabilah ended.", "Karabilah")]
    public void A_place_known_from_its_context_is_found_in_every_mention(string text, string place)
    {
        var result = ExtractionTestHelper.Extract("News\n\n" + text);
        var entity = Assert.Single(result.Entities, e => e.CanonicalName == place);
        Assert.Equal(EntityType.GeopoliticalEntity, entity.Type);
        Assert.Equal(text.Split(place).Length - 1, entity.Mentions.Count);
    }

    [Theory]
    [InlineData("Petty Officer 1st Class Charles Keating said the mission went well.", "Charles Keating")]
    [InlineData("Navy Special Warfare Operator 2nd Class David Brown was wounded, officials said.", "David Brown")]
    [InlineData("Airman First Class John Smith told reporters the base was safe.", "John Smith")]
    public void The_grade_of_a_rank_is_not_part_of_the_name(string text, string name)
    {
        var m = Assert.Single(Names(text), n => n.Type == EntityType.Person);
        Assert.Equal(name, m.Text);
    }

    [Theory]
    [InlineData("\"Prices will rise,\" said Jane Doe of the University of Chicago.", "Jane Doe", "University of Chicago")]
    [InlineData("John Smith of Acme Corporation declined to comment.", "John Smith", "Acme Corporation")]
    [InlineData("\"It is safe,\" said Lydia Buchtmann for Food Standards Agency.", "Lydia Buchtmann", "Food Standards Agency")]
    public void A_name_ends_before_of_or_for_and_the_organisation_after_it(string text, string person, string organisation)
    {
        var names = Names(text);
        Assert.Contains(names, n => n.Text == person && n.Type == EntityType.Person);
        Assert.Contains(names, n => n.Text == organisation && n.Type == EntityType.Organization);
    }

    [Fact]
    public void The_speaker_named_with_an_affiliation_is_the_person()
    {
        var result = ExtractionTestHelper.Extract("Markets\n\n\"Prices will rise,\" said Jane Doe of the University of Chicago.");
        var quote = Assert.Single(result.Quotations);
        Assert.Equal("Jane Doe", ExtractionTestHelper.EntityOf(result, quote.SpeakerId).CanonicalName);
    }

    [Theory]
    [InlineData("The Catholic Church and the Greek Orthodox Church objected.", "Catholic Church")]
    [InlineData("The Catholic Church and the Greek Orthodox Church objected.", "Greek Orthodox Church")]
    [InlineData("Officials at the Massachusetts Institute of Technology were not available.", "Massachusetts Institute of Technology")]
    [InlineData("Researchers at Colorado State University of the US agreed.", "Colorado State University of the US")]
    public void Churches_of_a_denomination_and_names_with_an_organisation_word_before_of_are_organisations(string text, string name) =>
        Assert.Contains(Names(text), n => n.Text == name && n.Type == EntityType.Organization);

    [Theory]
    [InlineData("She met Maria de la Cruz yesterday.", "Maria de la Cruz")]
    [InlineData("He met Ursula von der Leyen in Brussels.", "Ursula von der Leyen")]
    [InlineData("Charles de Gaulle led France.", "Charles de Gaulle")]
    public void Surname_particles_stay_in_the_name(string text, string name) =>
        Assert.Contains(Names(text), n => n.Text == name && n.Type == EntityType.Person);

    [Fact]
    public void A_possessive_before_the_title_leaves_the_bare_name()
    {
        const string text = "New Zealand's Prime Minister John Smith said he was pleased.";
        var m = Assert.Single(Names(text), n => n.Type == EntityType.Person);
        Assert.Equal("John Smith", m.Full);
    }

    [Fact]
    public void A_possessor_listed_after_a_place_is_no_place() =>
        Assert.DoesNotContain(ExtractionTestHelper.Extract("News\n\nThis is the first attempt since Nazi Germany and Stalin's Soviet Union to annex territory.").Entities,
            e => e.CanonicalName == "Stalin" && e.Type == EntityType.GeopoliticalEntity);

    [Theory]
    [InlineData("Fighting also hit Lombardy, Tuscany and Bavaria.", "Tuscany")]
    [InlineData("Aid reached North Darfur and West Darfur.", "West Darfur")]
    [InlineData("Northern Cyprus is recognised only by Turkey.", "Northern Cyprus")]
    public void A_region_is_found_by_its_english_name(string text, string region) =>
        Assert.Contains(ExtractionTestHelper.Extract("News\n\n" + text).Entities, e => e.CanonicalName == region && e.Type == EntityType.GeopoliticalEntity
            && e.Mentions.Any(m => m.Kind == MentionKind.Name));

    [Theory]
    [InlineData("Fighters reached Mount Sinjar on Sunday.", "Mount Sinjar")]
    [InlineData("The water flows into Lake Tharthar every spring.", "Lake Tharthar")]
    [InlineData("The shuttle went to the Museum of Flight in Seattle.", "Museum of Flight")]
    [InlineData("Speaking in the Rose Garden, he told reporters that the deal would hold.", "Rose Garden")]
    [InlineData("Israel has occupied the Shebaa Farms since 1967.", "Shebaa Farms")]
    public void Natural_features_and_facilities_are_places(string text, string place) =>
        Assert.Contains(Names(text), n => n.Text == place && n.Type is EntityType.Location or EntityType.GeopoliticalEntity);

    [Theory]
    [InlineData("Families met on Thanksgiving Day in the town.", "Thanksgiving")]
    [InlineData("He served during the Gulf War as an officer.", "Gulf")]
    [InlineData("NASA ended the Space Shuttle Program last year.", "Space")]
    public void Names_of_events_and_programmes_are_not_entities(string text, string word) =>
        Assert.DoesNotContain(Names(text), n => n.Text.Contains(word, StringComparison.Ordinal));

    [Theory]
    [InlineData("Officials said troops of the U.S. Central Command arrived.", "U.S. Central Command")]
    [InlineData("The ruling was welcomed by the National Science Foundation on Monday.", "National Science Foundation")]
    [InlineData("Aircraft from the Coalition struck targets near the city.", "Coalition")]
    [InlineData("Our ally Turkey closed the border.", "Turkey")]
    public void Organisation_and_country_names_are_found(string text, string name) =>
        Assert.Contains(Names(text), n => n.Text == name);

    [Theory]
    [InlineData("The study was published in journal Nature Climate Change yesterday.", "Nature Climate Change")]
    [InlineData("The coalition leads Operation Inherent Resolve against the group.", "Operation Inherent Resolve")]
    [InlineData("Fans met Scientologist Tom Cruise at the premiere.", "Scientologist Tom Cruise")]
    public void Unknown_names_after_a_noun_operations_and_followers_are_no_persons(string sentence, string wrong) =>
        Assert.DoesNotContain(ExtractionTestHelper.Extract("News\n\n" + sentence).Entities, e => e.CanonicalName == wrong && e.Type == EntityType.Person);

    [Fact]
    public void The_possessive_of_a_person_named_before_is_no_part_of_a_bodys_name()
    {
        var entities = ExtractionTestHelper.Extract("News\n\nIts rival is backed by commander Khalifa Haftar. Haftar's Libyan National Army attacked Tripoli.").Entities;
        Assert.Contains(entities, e => e.CanonicalName == "Libyan National Army" && e.Type == EntityType.Organization);
        Assert.DoesNotContain(entities, e => e.CanonicalName.StartsWith("Haftar's", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_after_known_as_is_another_name_of_the_one_before()
    {
        var result = ExtractionTestHelper.Extract("News\n\nThe RSF is led by Mohamed Hamdan Dagalo. Dagalo, known as Hemedti, said his forces were ready.");
        Assert.Contains("Hemedti", Assert.Single(result.Entities, e => e.CanonicalName == "Mohamed Hamdan Dagalo").Aliases);
    }

    [Fact]
    public void An_unknown_acronym_before_the_noun_for_a_body_is_that_body() =>
        Assert.Contains(ExtractionTestHelper.Extract("News\n\nThe M23 was formed by former members of the CNDP rebel group who had joined the army.").Entities,
            e => e.CanonicalName == "CNDP" && e.Type == EntityType.Organization);

    [Fact]
    public void An_unknown_acronym_before_a_noun_is_no_organisation()
    {
        var names = Names("The tax moved from the ICI system to a new one.");
        Assert.DoesNotContain(names, n => n.Text == "ICI");
    }

    [Theory]
    [InlineData("Near Palmyra, one strike destroyed two weapons caches.", "Palmyra")]
    [InlineData("The forces began their advance to isolate Raqqah, Syria, on Sunday.", "Raqqah")]
    [InlineData("The liberation of Tabqa will follow, officials said.", "Tabqa")]
    [InlineData("Troops pushed the militants out of Kobane last year.", "Kobane")]
    [InlineData("The army took the towns of Rabiyah and Zumar after a week.", "Zumar")]
    [InlineData("The strike hit a depot north of Sinjar on Friday.", "Sinjar")]
    [InlineData("Aircraft also struck targets in Mosul and Karabilah.", "Karabilah")]
    [InlineData("Rebels captured Goma, the capital of North Kivu province.", "North Kivu")]
    [InlineData("The RSF said they had taken control of Wad Madani.", "Wad Madani")]
    [InlineData("RSF seizes Wad Madani\n\nThe RSF took control of Wad Madani on Monday.", "Wad Madani")]
    [InlineData("Troops were moving towards Mullaitivu, the last major town held by the rebels.", "Mullaitivu")]
    [InlineData("Troops were moving towards Mullaitivu.", "Mullaitivu")]
    [InlineData("Federal forces recaptured the Tigrayan capital Mekelle on Saturday.", "Mekelle")]
    [InlineData("Federal forces recaptured the regional capital, Mekelle, on Saturday.", "Mekelle")]
    [InlineData("Federal forces recaptured Mekelle, the capital of Tigray, on Saturday.", "Mekelle")]
    [InlineData("Rebels shelled the border town Adigrat overnight.", "Adigrat")]
    public void An_unknown_name_is_a_place_where_the_words_around_it_say_so(string text, string place)
    {
        Assert.Contains(Names(text), n => n.Text == place && n.Type == EntityType.GeopoliticalEntity);
    }

    [Theory]
    [InlineData("Parliament elected Paetongtarn Shinawatra, the 37-year-old daughter of Thaksin Shinawatra, as prime minister.", "Paetongtarn Shinawatra")]
    [InlineData("The court dismissed her predecessor Srettha Thavisin on Wednesday.", "Srettha Thavisin")]
    [InlineData("She is the second woman to hold the post after her aunt, Yingluck Shinawatra.", "Yingluck Shinawatra")]
    [InlineData("Opposition leader Natthaphong Ruengpanyawut of the People's Party said his party would act.", "Natthaphong Ruengpanyawut")]
    [InlineData("Interest grew after the Tom Cruise video appeared on the site.", "Tom Cruise")]
    [InlineData("Rebels fought forces loyal to Muammar Gaddafi near the coast.", "Muammar Gaddafi")]
    [InlineData("Samvel Shahramanyan, the region's president, signed a decree.", "Samvel Shahramanyan")]
    public void An_unknown_name_is_a_person_where_the_words_around_it_say_so(string text, string person) =>
        Assert.Contains(Names(text), n => n.Text == person && n.Type == EntityType.Person);

    [Theory]
    [InlineData("Paetongtarn, the leader of the ruling Pheu Thai party, received 319 votes.", "Pheu Thai")]
    [InlineData("He is a member of the opposition Move Forward party.", "Move Forward")]
    [InlineData("The ruling Georgian Dream party won the vote.", "Georgian Dream")]
    public void The_capitalised_words_before_party_name_it_with_a_demonym_among_them(string text, string party) =>
        Assert.Contains(Names(text), n => n.Text == party && n.Type == EntityType.Organization);

    [Theory]
    [InlineData("The candidates discussed the Arab Spring, Iran, and Mali.", "Spring")]
    [InlineData("It was moved from the National Air and Space Museum in Virginia.", "Air")]
    [InlineData("After talks between the State and Homeland Security Departments, they were admitted.", "Homeland Security Departments")]
    public void A_common_word_or_the_end_of_a_longer_name_is_not_taken_for_a_place(string text, string notPlace)
    {
        Assert.DoesNotContain(Names(text), n => n.Text == notPlace && n.Type == EntityType.GeopoliticalEntity);
    }

    [Theory]
    [InlineData("Talks\n\n\"We will keep up the pressure,\" said Russell. The talks went on.", "Russell")]
    [InlineData("He condemned the latest attack by Assad's regime on Monday.", "Assad")]
    [InlineData("He met officials of the Harding administration on Monday.", "Harding")]
    public void A_lone_name_is_a_person_as_a_quote_s_speaker_or_a_regime_s_leader(string text, string person)
    {
        Assert.Contains(Names(text), n => n.Text == person && n.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("The secretary general of CEI (Italian Episcopal Conference), Nunzio Galantino, has criticised it.", "Nunzio Galantino")]
    [InlineData("The spokesman, Nunzio Galantino, declined to comment.", "Nunzio Galantino")]
    public void A_name_set_off_after_a_description_of_one_person_is_a_person(string text, string person) =>
        Assert.Contains(Names(text), n => n.Text == person && n.Type == EntityType.Person);

    [Theory]
    [InlineData("Syrian forces captured Raqqa on Monday. The city fell after a week.", "The city", "Raqqa")]
    [InlineData("Fighting went on in Raqqa and in Idlib province. Aid reached the besieged city on Friday.", "the besieged city", "Raqqa")]
    [InlineData("Fighting went on in Raqqa and in Idlib province. Aid reached the region on Friday.", "the region", "Idlib")]
    [InlineData("Syrian troops advanced. The country has been at war since 2011.", "The country", "Syria")]
    [InlineData("Baku wants Nagorno-Karabakh back. Azerbaijan says the breakaway region is its own.", "the breakaway region", "Nagorno-Karabakh")]
    public void A_definite_place_description_is_a_mention_of_the_place_named_before(string sentence, string description, string place)
    {
        var text = "News\n\n" + sentence;
        var entity = Assert.Single(ExtractionTestHelper.Extract(text).Entities, e => e.Mentions.Any(m => m.Kind == MentionKind.Nominal && m.Text == description));
        Assert.Equal(place, entity.CanonicalName);
    }

    [Theory]
    [InlineData("Syrian forces captured Raqqa. The city council met on Friday.")]
    [InlineData("Syrian forces captured Raqqa. They held the city of Tabqa too.")]
    [InlineData("The city fell after a week.")]
    [InlineData("Syrian forces captured Raqqa. The town hall burned.")]
    public void A_place_word_that_modifies_a_noun_or_has_no_place_before_is_no_mention(string sentence) =>
        Assert.DoesNotContain(ExtractionTestHelper.Extract("News\n\n" + sentence).Entities.SelectMany(e => e.Mentions), m => m.Kind == MentionKind.Nominal
            && m.Text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && m.Text.Split(' ')[^1] is "city" or "town");

    [Theory]
    [InlineData("The Syrian Observatory for Human Rights said 20 people died.", "Syrian Observatory for Human Rights")]
    [InlineData("The Institute for the Study of War said Russian forces advanced.", "Institute for the Study of War")]
    [InlineData("The request was advanced by the Municipality of Livorno in 2010.", "Municipality of Livorno")]
    [InlineData("The Sinaloa Cartel denied it on Monday.", "Sinaloa Cartel")]
    [InlineData("The Britain-based Syrian Observatory for Human Rights said 20 people died.", "Syrian Observatory for Human Rights")]
    [InlineData("Ubisoft, Microsoft and Nintendo all had large areas at the fair.", "Microsoft")]
    public void Bodies_named_with_of_or_for_and_well_known_companies_are_organisations(string sentence, string body) =>
        Assert.Contains(ExtractionTestHelper.Extract("News\n\n" + sentence).Entities, e => e.CanonicalName == body && e.Type == EntityType.Organization);

    [Theory]
    [InlineData("Activists want the video removed from YouTube.", "YouTube")]
    [InlineData("The group posted the statement on Telegram on Monday.", "Telegram")]
    [InlineData("Visitors tried PlayStation VR at the booth.", "PlayStation VR")]
    public void Websites_and_products_are_neither_actors_nor_places(string sentence, string thing) =>
        Assert.DoesNotContain(ExtractionTestHelper.Extract("News\n\n" + sentence).Entities, e => e.CanonicalName == thing);

    [Theory]
    [InlineData("ISIL, the Islamic State of Iraq and the Levant, attacked the town.", "Islamic State of Iraq and the Levant")]
    [InlineData("The Islamic State of Iraq and Levant lost ground.", "Islamic State of Iraq and Levant")]
    [InlineData("Fighters of the Islamic State of Iraq and Syria fled.", "Islamic State of Iraq and Syria")]
    public void A_known_organisation_name_runs_over_its_lowercase_words(string sentence, string name)
    {
        var text = "News\n\n" + sentence;
        var result = ExtractionTestHelper.Extract(text);
        Assert.Contains(result.Entities, e => e.Type == EntityType.Organization && e.Mentions.Any(m => m.Text == name));
        Assert.DoesNotContain(result.Entities, e => e.CanonicalName is "Iraq" or "Levant" or "Syria");
    }

    [Theory]
    [InlineData("QUESTION: Secretary Kerry, did you discuss Aleppo?", "Kerry")]
    [InlineData("Senator Warren said the bill would pass.", "Warren")]
    public void A_town_name_right_after_a_title_is_a_surname(string sentence, string surname) =>
        Assert.Contains(ExtractionTestHelper.Extract("News\n\n" + sentence).Entities, e => e.Type == EntityType.Person && e.CanonicalName.EndsWith(surname, StringComparison.Ordinal));

    [Theory]
    [InlineData("Yesterday Geneva was quiet.", "Geneva")]
    [InlineData("Yesterday Zurich was quiet.", "Zurich")]
    [InlineData("Yesterday Cologne was quiet.", "Cologne")]
    [InlineData("Yesterday Naples was quiet.", "Naples")]
    [InlineData("GENEVA \u2014 The World Health Organization warned of cholera.", "Geneva")]
    public void Cities_are_known_by_the_names_news_writes(string sentence, string city)
    {
        var entity = Assert.Single(ExtractionTestHelper.Extract("News\n\n" + sentence).Entities, e => e.CanonicalName == city);
        Assert.Equal(EntityType.GeopoliticalEntity, entity.Type);
        Assert.NotNull(entity.ExternalIds.GeoNames);
    }

    [Fact]
    public void A_city_name_before_a_surname_is_a_first_name() =>
        Assert.Contains(ExtractionTestHelper.Extract("News\n\nFlorence Parly said the ministry would act.").Entities,
            e => e.CanonicalName == "Florence Parly" && e.Type == EntityType.Person);

    [Theory]
    [InlineData("Talks ended. Macron said the attack was barbaric.", "Macron", EntityType.Person)]
    [InlineData("Talks ended. Zelensky told reporters it was war.", "Zelensky", EntityType.Person)]
    [InlineData("State energy company Naftogaz said gas flows stopped.", "Naftogaz", EntityType.Organization)]
    [InlineData("The rebel group M23 took the town.", "M23", EntityType.Organization)]
    public void One_unknown_name_is_typed_by_what_it_does_or_what_comes_before_it(string sentence, string name, EntityType type) =>
        Assert.Contains(ExtractionTestHelper.Extract("News\n\n" + sentence).Entities, e => e.CanonicalName == name && e.Type == type);

    [Fact]
    public void Others_saying_something_are_no_person() =>
        Assert.DoesNotContain(ExtractionTestHelper.Extract("News\n\nTalks ended. Others said the plan had failed.").Entities, e => e.Type == EntityType.Person);

    [Fact]
    public void Congo_is_the_democratic_republic_as_news_writes_it()
    {
        var result = ExtractionTestHelper.Extract("News\n\nCongo's government accused Rwanda. The Republic of Congo stayed out.");
        Assert.Contains(result.Entities, e => e.CanonicalName == "DR Congo" && e.ExternalIds.Iso3166 == "CD");
        Assert.Contains(result.Entities, e => e.ExternalIds.Iso3166 == "CG");
    }

    [Theory]
    [InlineData("Fighting hit North Darfur on Monday.", "North Darfur")]
    [InlineData("Fighting hit East Aleppo on Monday.", "East Aleppo")]
    [InlineData("North Korea fired a missile.", "North Korea")]
    public void A_compass_word_before_a_known_region_names_a_region_of_its_own(string sentence, string place) =>
        Assert.Contains(ExtractionTestHelper.Extract("News\n\n" + sentence).Entities, e => e.CanonicalName == place
            && e.Type is EntityType.GeopoliticalEntity or EntityType.Location);

    [Fact]
    public void A_name_set_off_after_an_office_of_a_body_in_lower_case_is_a_person() =>
        Assert.Contains(("Assimi Goita", EntityType.Person, "Assimi Goita"), Names("News\n\nThe head of the ruling junta, Assimi Goita, said the army would win."));

    [Theory]
    [InlineData("News\n\nChina holds the Depsang plateau.", "Depsang")]
    [InlineData("News\n\nFighting spread to southern Marib province on Tuesday.", "Marib")]
    [InlineData("News\n\nGunmen attacked a village in Zamfara state.", "Zamfara")]
    public void A_name_before_a_kind_of_place_is_a_place(string text, string name) =>
        Assert.Contains((name, EntityType.GeopoliticalEntity, name), Names(text));

    [Theory]
    [InlineData("Tokyo protested after the drills on Iturup.", "Iturup")]
    [InlineData("Seoul rejected Tokyo's claim to Dokdo.", "Dokdo")]
    [InlineData("China holds Aksai Chin.", "Aksai Chin")]
    [InlineData("Venezuela claims Essequibo.", "Essequibo")]
    public void A_disputed_territory_is_a_place(string sentence, string name) =>
        Assert.Contains((name, EntityType.Location, name), Names("News\n\n" + sentence));

    [Fact]
    public void A_name_listed_after_a_town_is_a_place_even_when_it_ends_with_a_given_name() =>
        Assert.Contains(("Debre Markos", EntityType.GeopoliticalEntity, "Debre Markos"),
            Names("News\n\nThe army holds most major towns, including Bahir Dar and Debre Markos."));

    [Theory]
    [InlineData("Abu Sayyaf said the attack had failed.", "Abu Sayyaf")]
    [InlineData("Viv Ansanm said the attack had failed.", "Viv Ansanm")]
    [InlineData("Jabhat al-Nusra said the attack had failed.", "Jabhat al-Nusra")]
    [InlineData("The Sinaloa cartel said the attack had failed.", "Sinaloa Cartel")]
    public void A_known_armed_group_whose_name_looks_like_a_persons_or_a_places_is_a_body(string sentence, string name) =>
        Assert.Contains(ExtractionTestHelper.Extract("News\n\nFighting continued. " + sentence).Entities,
            e => e.CanonicalName == name && e.Type == EntityType.Organization);

    [Fact]
    public void A_people_before_a_kind_of_place_with_its_name_is_no_place() =>
        Assert.DoesNotContain(Names("News\n\nThe book is kept in the Yazidi village of Ba'idn."), n => n.Text == "Yazidi" && n.Type == EntityType.GeopoliticalEntity);

    [Fact]
    public void A_dateline_in_capitals_is_the_place_the_story_spells_otherwise()
    {
        var result = ExtractionTestHelper.Extract(
            "Kurdish-led forces say Islamic State driven from last village\n\nBAGHOUZ, Syria (Reuters) - U.S.-backed forces captured Baghouz on Saturday.");
        var place = Assert.Single(result.Entities, e => e.CanonicalName.Equals("Baghouz", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("Baghouz", place.CanonicalName);
    }

    [Theory]
    [InlineData("News\n\nThe insurgents of the Islamic State West Africa Province attacked the base.", "Islamic State West Africa Province", EntityType.Organization)]
    [InlineData("News\n\nRedwan Hussien, head of Ethiopia's National Intelligence and Security Service, spoke.", "National Intelligence and Security Service", EntityType.Organization)]
    public void A_bodys_name_is_read_whole(string text, string name, EntityType type) =>
        Assert.Contains((name, type, name), Names(text));

    [Theory]
    [InlineData("Mali army says it has retaken Kidal from Tuareg-led rebels\n\nBAMAKO (AP) \u2014 Mali's army said Tuesday it had taken control "
        + "of the northern town of Kidal, a stronghold of Tuareg-led separatist rebels for nearly a decade.")]
    [InlineData("News\n\nThe Saudi-led coalition said it had carried out 25 air strikes.")]
    public void Who_leads_or_backs_a_body_is_no_name(string text) =>
        Assert.DoesNotContain(Names(text), n => n.Text.EndsWith("-led", StringComparison.Ordinal));

    [Fact]
    public void A_name_before_a_news_site_is_a_body() =>
        Assert.Contains(("Ukrainska Pravda", EntityType.Organization, "Ukrainska Pravda"), Names("News\n\nViktor Trehubov told the Ukrainska Pravda news site."));

    [Theory]
    [InlineData("News\n\nThe U.N. Support Mission in Libya urged both sides to exercise restraint.", "U.N. Support Mission in Libya")]
    [InlineData("News\n\nThe United Nations Assistance Mission in Afghanistan said 20 civilians died.", "United Nations Assistance Mission in Afghanistan")]
    public void A_mission_is_named_with_the_place_it_serves_in(string text, string name) =>
        Assert.Contains((name, EntityType.Organization, name), Names(text));

    [Fact]
    public void A_bodys_name_with_and_before_its_acronym_is_read_whole() =>
        Assert.Contains(ExtractionTestHelper.Extract("News\n\nThe Group for the Support of Islam and Muslims (JNIM) did not comment.").Entities,
            e => e.CanonicalName == "Group for the Support of Islam and Muslims" && e.Type == EntityType.Organization);

    [Fact]
    public void A_place_in_a_quotation_before_its_speakers_description_is_no_person() =>
        Assert.DoesNotContain(ExtractionTestHelper.Extract("News\n\n\"The junta has lost Laukkai,\" a spokesperson told reporters.").Entities,
            e => e.CanonicalName == "Laukkai" && e.Type == EntityType.Person);

    [Fact]
    public void A_name_a_person_is_known_as_is_that_person_further_on() =>
        Assert.DoesNotContain(ExtractionTestHelper.Extract("News\n\nThe RSF is commanded by Mohamed Hamdan Dagalo, known as Hemedti. Hemedti said the war was over.").Entities,
            e => e.CanonicalName == "Hemedti");

    [Fact]
    public void A_name_before_a_noun_for_a_stronghold_is_no_person() =>
        Assert.DoesNotContain(ExtractionTestHelper.Extract("Sri Lankan army captures Tamil Tiger stronghold of Kilinochchi\n\nThe army has captured the town.").Entities,
            e => e.CanonicalName == "Tamil Tiger" && e.Type == EntityType.Person);

    [Theory]
    [InlineData("News\n\nFighting hit the town in Lower Shabelle.", "Lower Shabelle")]
    [InlineData("News\n\nSomali forces took the town in the Middle Shabelle region.", "Middle Shabelle")]
    public void A_part_of_a_region_is_no_person(string text, string name) =>
        Assert.DoesNotContain(ExtractionTestHelper.Extract(text).Entities, e => e.CanonicalName == name && e.Type == EntityType.Person);

    [Fact]
    public void A_name_a_kind_of_place_describes_is_no_person_before_a_speakers_description() =>
        Assert.DoesNotContain(ExtractionTestHelper.Extract("News\n\nThe militants patrolled the streets of the main town, Daggar, local police chief Zarif Khan told AFP.").Entities,
            e => e.CanonicalName == "Daggar" && e.Type == EntityType.Person);

    [Fact]
    public void A_town_in_capitals_before_its_country_opening_the_story_is_a_place()
    {
        var entities = ExtractionTestHelper.Extract("News\n\nGORIS, Armenia \u2014 Thousands arrived in the border town of Goris on Tuesday.").Entities;
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Organization);
        Assert.Single(entities, e => e.CanonicalName == "Goris" && e.Type == EntityType.GeopoliticalEntity);
    }

    [Fact]
    public void A_person_held_by_a_group_stays_a_person() =>
        Assert.DoesNotContain(ExtractionTestHelper.Extract("News\n\nSmith was held by Hamas for a year.").Entities,
            e => e.Type is EntityType.GeopoliticalEntity && e.CanonicalName == "Smith");

    [Fact]
    public void A_place_always_named_with_its_kind_is_known_by_both()
    {
        var result = ExtractionTestHelper.Extract("News\n\nJNIM controls much of the surrounding Soum province. Aid has not reached Soum province since May.");
        Assert.Contains("Soum province", Assert.Single(result.Entities, e => e.CanonicalName == "Soum").Aliases);
    }

    [Fact]
    public void A_place_also_named_alone_is_not_known_by_its_kind()
    {
        var result = ExtractionTestHelper.Extract("News\n\nRebels took Kidal in 2012. Fighting spread across the Kidal region.");
        Assert.DoesNotContain("Kidal region", Assert.Single(result.Entities, e => e.CanonicalName == "Kidal").Aliases);
    }

    [Theory]
    [InlineData("The rival Boko Haram faction, known by its Arabic acronym JAS, attacked Gwoza. JAS said it was behind the raid.", "Boko Haram", "JAS")]
    [InlineData("The Azawad Liberation Front, known as the FLA, holds Kidal. The FLA said it would fight on.", "Azawad Liberation Front", "FLA")]
    public void An_acronym_a_body_is_known_by_is_that_body(string text, string name, string acronym)
    {
        var entities = ExtractionTestHelper.Extract("News\n\n" + text).Entities;
        Assert.Contains(acronym, Assert.Single(entities, e => e.CanonicalName == name).Aliases);
        Assert.DoesNotContain(entities, e => e.CanonicalName == acronym);
    }

    [Fact]
    public void An_unnamed_speaker_is_known_by_the_description_as_written()
    {
        var result = ExtractionTestHelper.Extract("News\n\nTroops still held the village, a military source told AFP.");
        Assert.Contains(result.Entities, e => e.Aliases.Contains("a military source"));
    }

    [Theory]
    [InlineData("Iran-backed Hezbollah fired rockets at the town.", "Iran")]
    [InlineData("The Britain-based Syrian Observatory for Human Rights said 38 fighters had died.", "United Kingdom")]
    [InlineData("The NATO-led peacekeeping force KFOR said it had increased patrols.", "NATO")]
    public void A_country_or_body_named_in_a_compound_is_mentioned(string sentence, string country) =>
        Assert.Contains(ExtractionTestHelper.Extract("News\n\n" + sentence).Entities, e => e.CanonicalName == country);

    [Theory]
    [InlineData("Dorotcaia, a village on the left bank of the Dniester river, was cut off.", "Dorotcaia", EntityType.GeopoliticalEntity)]
    [InlineData("Naftogaz, the state energy company, cut supplies.", "Naftogaz", EntityType.Organization)]
    public void A_description_set_off_after_a_name_says_what_it_is_by_its_head(string sentence, string name, EntityType type) =>
        Assert.Contains(ExtractionTestHelper.Extract("News\n\n" + sentence).Entities, e => e.CanonicalName == name && e.Type == type);

    [Theory]
    [InlineData("Russia's Defence Ministry said its troops had advanced. The Defence Ministry said the station had been taken.", "Defence Ministry")]
    [InlineData("The Russian Defence Ministry said its troops had advanced. The Defence Ministry said the station had been taken.", "Defence Ministry")]
    [InlineData("Ukraine's General Staff said its units were regrouping. The General Staff said troops were holding a line.", "General Staff")]
    public void A_body_named_with_its_country_first_is_the_same_body_without_it(string text, string shortName)
    {
        var result = ExtractionTestHelper.Extract("News\n\n" + text);
        var body = Assert.Single(result.Entities, e => e.CanonicalName.EndsWith(shortName, StringComparison.Ordinal));
        Assert.Contains(shortName, body.Aliases);
    }

    [Fact]
    public void A_body_named_after_its_country_is_also_known_by_its_own_name()
    {
        var result = ExtractionTestHelper.Extract("News\n\nSudan's foreign ministry said Abyei belonged to Sudan.");
        Assert.Contains(result.Entities, e => e.Aliases.Contains("foreign ministry"));
    }

    [Theory]
    [InlineData("The RSF overran the nearby Zamzam camp in April.", "Zamzam")]
    [InlineData("The RSF shelled the Abu Shouk displacement camp on Monday.", "Abu Shouk")]
    public void A_name_before_the_word_camp_is_a_place(string sentence, string name) =>
        Assert.Contains(ExtractionTestHelper.Extract("News\n\n" + sentence).Entities,
            e => e.CanonicalName == name && e.Type is EntityType.GeopoliticalEntity or EntityType.Location);

    [Fact]
    public void General_before_hospital_is_part_of_its_name_not_a_rank()
    {
        var entities = ExtractionTestHelper.Extract("News\n\nDoctors at Mosul General Hospital said 40 people had died.").Entities;
        Assert.Contains(entities, e => e.CanonicalName == "Mosul General Hospital");
        Assert.DoesNotContain(entities, e => e.CanonicalName == "Hospital");
    }

    [Fact]
    public void A_name_read_as_a_place_once_is_that_place_wherever_it_recurs()
    {
        var entities = ExtractionTestHelper.Extract("Sudan's army said on Saturday that it had recaptured Wad Madani, the capital of Gezira state. "
            + "\"Our forces have cleansed Wad Madani of the rebel militia,\" he said. The RSF withdrew from Wad Madani on Saturday morning.").Entities;
        var town = Assert.Single(entities, e => e.CanonicalName == "Wad Madani");
        Assert.Equal(EntityType.GeopoliticalEntity, town.Type);
        Assert.Equal(3, town.Mentions.Count(m => m.Kind == MentionKind.Name));
    }

    [Theory]
    [InlineData("Al-Shabaab still controls much of Middle Shabelle.")]
    [InlineData("Fighting spread to Lower Juba on Monday.")]
    public void A_part_of_a_region_is_no_persons_name(string text) =>
        Assert.DoesNotContain(ExtractionTestHelper.Extract(text).Entities, e => e.Type == EntityType.Person);

    [Fact]
    public void A_region_named_after_a_town_the_article_also_names_is_a_place_of_its_own()
    {
        var entities = ExtractionTestHelper.Extract("Drones hit Kursk on Monday. The acting governor of the Kursk region, Igor Vasilchenko, "
            + "said 12 villages had been evacuated.").Entities;
        Assert.Contains(entities, e => e.CanonicalName == "Kursk" && e.Type == EntityType.GeopoliticalEntity);
        Assert.Contains(entities, e => e.CanonicalName == "Kursk region" && e.Type == EntityType.GeopoliticalEntity);
    }

    [Fact]
    public void A_region_known_by_its_kind_word_stays_one_place() =>
        Assert.Single(ExtractionTestHelper.Extract("The RSF controls most of the Darfur region. Fighting in Darfur continued.").Entities,
            e => e.CanonicalName.StartsWith("Darfur", StringComparison.Ordinal));

    [Theory]
    [InlineData("Fighters of the Turkish-backed National Front for Liberation drove them out.", "National Front for Liberation")]
    [InlineData("The AA is part of the Three Brotherhood Alliance, which launched an offensive.", "Three Brotherhood Alliance")]
    [InlineData("Abdulkarim Sheikho, a commander of the Sultan Murad Division, denied the claims.", "Sultan Murad Division")]
    [InlineData("The General Command of the Army and Armed Forces said its units had taken the town.", "General Command of the Army and Armed Forces")]
    [InlineData("The country ranks low on an index published by Transparency International.", "Transparency International")]
    public void A_bodys_name_keeps_its_first_and_last_words_that_are_also_common_words(string text, string body) =>
        Assert.Contains(ExtractionTestHelper.Extract(text).Entities, e => e.CanonicalName == body && e.Type == EntityType.Organization);

    [Theory]
    [InlineData("The offensive began in mid-October, officials said.", "mid-October")]
    [InlineData("Giorgi Kapanadze, a leader of the pro-Western Coalition for Change, said the vote was rigged.", "pro-Western Coalition for Change")]
    public void An_english_prefix_glued_to_a_name_opens_no_name(string text, string notAName) =>
        Assert.DoesNotContain(ExtractionTestHelper.Extract(text).Entities, e => e.CanonicalName == notAName);

    [Fact]
    public void An_acronym_in_brackets_is_the_body_before_it_even_when_it_names_another_elsewhere()
    {
        var result = ExtractionTestHelper.Extract("Fighters of the National Front for Liberation (NFL) pulled out. NFL fighters said they would return.");
        Assert.Contains(result.Entities, e => e.CanonicalName == "National Front for Liberation" && e.Mentions.Count(m => m.Text == "NFL") == 2);
        Assert.DoesNotContain(result.Entities, e => e.CanonicalName == "National Football League");
    }

    [Fact]
    public void A_known_body_spelt_another_way_before_its_acronym_is_the_known_body() =>
        Assert.Contains(ExtractionTestHelper.Extract("The World Health Organisation (WHO) recommends iodised salt. WHO said so again.").Entities,
            e => e.CanonicalName == "World Health Organization" && e.Mentions.Any(m => m.Text == "World Health Organisation"));

    [Theory]
    [InlineData("\"Unfortunately, the town of Shushi is out of our control,\" he said.", "Unfortunately")]
    [InlineData("Paramilitaries of the Popular Mobilisation Forces (PMF), known in Arabic as al-Hashd al-Shaabi, captured the airport.", "Arabic")]
    public void An_adverb_opening_a_sentence_and_the_language_of_a_name_name_nothing(string text, string notAName) =>
        Assert.DoesNotContain(ExtractionTestHelper.Extract(text).Entities, e => e.CanonicalName == notAName);

    [Fact]
    public void A_name_known_in_a_language_is_another_name_of_the_body_before() =>
        Assert.Contains(ExtractionTestHelper.Extract("Paramilitaries of the Popular Mobilisation Forces (PMF), known in Arabic as al-Hashd al-Shaabi, captured the airport.").Entities,
            e => e.CanonicalName == "Popular Mobilisation Forces" && e.Mentions.Any(m => m.Text == "al-Hashd al-Shaabi"));

    [Theory]
    [InlineData("The Institute for the Study of War, a Washington-based think tank, said so.", "Washington")]
    [InlineData("The Dubai-based company DP World has operated the port since 2017.", "Dubai")]
    public void The_place_a_body_is_based_in_is_named(string text, string place) =>
        Assert.Contains(ExtractionTestHelper.Extract(text).Entities, e => e.CanonicalName == place && e.Type == EntityType.GeopoliticalEntity);

    [Fact]
    public void A_name_described_by_an_office_of_a_named_party_is_a_person() =>
        Assert.Contains(ExtractionTestHelper.Extract("Khady Thiam Ba, the Rewmi party's presidential candidate, said the government had run out of excuses.").Entities,
            e => e.CanonicalName == "Khady Thiam Ba" && e.Type == EntityType.Person);

    [Theory]
    [InlineData("Cyclone Idai killed more than 600 people in Mozambique in 2019.", "Cyclone Idai")]
    [InlineData("Hurricane Katrina struck New Orleans in 2005.", "Hurricane Katrina")]
    [InlineData("Protesters opposed the Finance Bill in Nairobi.", "Finance Bill")]
    [InlineData("The attacks violated the Geneva Conventions, the Red Cross said.", "Geneva Conventions")]
    public void A_storm_a_bill_and_conventions_are_no_actors_or_places(string text, string notAName) =>
        Assert.DoesNotContain(ExtractionTestHelper.Extract(text).Entities, e => e.CanonicalName == notAName);

    [Fact]
    public void On_after_an_organisation_word_joins_its_name() =>
        Assert.Contains(ExtractionTestHelper.Extract("Three people were shot dead, according to the Kenya National Commission on Human Rights (KNCHR).").Entities,
            e => e.CanonicalName == "Kenya National Commission on Human Rights" && e.Type == EntityType.Organization && e.Mentions.Any(m => m.Text == "KNCHR"));

    [Fact]
    public void A_persons_other_name_after_a_bracket_stays_a_persons_name() =>
        Assert.Contains(ExtractionTestHelper.Extract("Abboud Qanbar (Arabic: \u0639\u0628\u0648\u062f), also known as Abu Haidar, is an Iraqi general.").Entities,
            e => e.Type == EntityType.Person && e.Mentions.Any(m => m.Text == "Abu Haidar"));

    [Theory]
    [InlineData("Shells landed nearby, a Moroccan military source who asked not to be named told AFP.", "a Moroccan military source who asked not to be named")]
    [InlineData("A senior police officer in Srinagar said two villagers had been injured.", "A senior police officer in Srinagar")]
    [InlineData("Another resident said the soldiers had left.", "Another resident")]
    [InlineData("A local official in Taiz who asked not to be named said the shelling went on.", "A local official in Taiz")]
    [InlineData("A local official in Taiz who asked not to be named said the shelling went on.", "A local official in Taiz who asked not to be named")]
    [InlineData("Fishermen from the coastal province of Zambales said catches had fallen.", "Fishermen from the coastal province of Zambales")]
    [InlineData("The rebels had captured Kavumu airport on Friday.", "Kavumu airport")]
    [InlineData("Residents fled to the Zamzam camp on Monday.", "Zamzam camp")]
    [InlineData("Fighters of the ELN's Northeastern War Front said they held the town.", "Northeastern War Front")]
    [InlineData("The United Nations Military Observer Group in India and Pakistan said it had received complaints.", "United Nations Military Observer Group in India and Pakistan")]
    [InlineData("Halima Odhiambo, the head of Amnesty International Kenya, said two people had died.", "Amnesty International Kenya")]
    public void An_entity_is_also_known_by_the_fuller_names_the_article_gives_it(string sentence, string description) =>
        Assert.Contains(ExtractionTestHelper.Extract("News\n\n" + sentence).Entities, e => e.Aliases.Contains(description));

    [Fact]
    public void A_former_state_named_only_by_its_people_is_kept_as_a_country_is() =>
        Assert.Contains(ExtractionTestHelper.Extract("News\n\nThe intake has been under Tajik control since the Soviet era.").Entities,
            e => e.CanonicalName == "Soviet Union" && e.Type == EntityType.GeopoliticalEntity);

    [Fact]
    public void A_body_named_in_a_compound_that_sides_it_with_another_is_kept_but_is_not_the_group()
    {
        var result = ExtractionTestHelper.Extract("News\n\nAl-Shabaab fighters attacked the town. The al-Qaeda-linked group lost Jalalaqsi to "
            + "African Union forces in 2014.");
        Assert.Contains(result.Entities, e => e.CanonicalName == "al-Qaeda" && e.Type == EntityType.Organization);
        string Name(string id) => result.Entities.Single(e => e.Id == id).CanonicalName;
        Assert.DoesNotContain(result.Controls, c => Name(c.PartyId) == "al-Qaeda");
    }

    [Fact]
    public void The_internationally_recognised_government_is_the_countrys_government_known_by_that_phrase()
    {
        var result = ExtractionTestHelper.Extract("News\n\nFighting flared in Yemen on Monday. The internationally recognised government said "
            + "its forces had retaken Sirwah.");
        var government = Assert.Single(result.Entities, e => e.CanonicalName == "Yemen government");
        Assert.Contains("internationally recognised government", government.Aliases);
        Assert.Contains(result.Quotations, q => q.SpeakerId == government.Id);
    }

    [Fact]
    public void A_verb_in_the_past_is_no_part_of_a_description_of_troops()
    {
        var result = ExtractionTestHelper.Extract("News\n\nThe Sudanese Armed Forces fought Chadian troops near the border. "
            + "Troops captured Geneina on Monday.");
        Assert.DoesNotContain(result.Entities, e => e.CanonicalName.Contains("fought", StringComparison.Ordinal));
    }
}

using KnowledgeGraph.Extraction.Facts;

namespace KnowledgeGraph.Extraction.Tests;

/// <summary>Who a quotation is attributed to when the speaker's name comes with a title, or the quote ends its sentence.</summary>
public sealed class QuoteAttributionTests
{
    private const string Said = "\"The talks are over and we will now go home,\"";

    private static string SpeakerOf(string paragraph, string quoteStart)
    {
        var text = "Policy news\n\n" + paragraph;
        var result = ExtractionTestHelper.Extract(text);
        var quote = Assert.Single(result.Quotations, q => q.Content.Of(text).StartsWith(quoteStart, StringComparison.Ordinal));
        return ExtractionTestHelper.EntityOf(result, quote.SpeakerId).CanonicalName;
    }

    // The content and the speaker's name of the one quotation of a paragraph.
    private static (string Content, string Speaker) OnlyQuote(string paragraph)
    {
        var text = "Policy news\n\n" + paragraph;
        var result = ExtractionTestHelper.Extract(text);
        var quote = Assert.Single(result.Quotations);
        return (quote.Content.Of(text), ExtractionTestHelper.EntityOf(result, quote.SpeakerId).CanonicalName);
    }

    [Theory]
    [InlineData(Said + " said President John Kerry.", "John Kerry")]
    [InlineData(Said + " US Ambassador to the Philippines Karen Whitfield wrote on Twitter.", "Karen Whitfield")]
    [InlineData(Said + " UN Special Envoy to Syria Geir Pedersen said.", "Geir Pedersen")]
    [InlineData(Said + " Lieutenant General Otavio Ribeiro, the force commander of the UN mission, known as MONUSCO, told Radio Okapi.", "Otavio Ribeiro")]
    [InlineData(Said + " said Secretary of State John Kerry.", "John Kerry")]
    [InlineData(Said + " Secretary John Kerry told reporters.", "John Kerry")]
    [InlineData(Said + " said Mr. John Kerry.", "John Kerry")]
    [InlineData(Said + " said Governor of Washington Chris Gregoire.", "Chris Gregoire")]
    [InlineData(Said + " Hamas official Osama Hamdan told Al Jazeera.", "Osama Hamdan")]
    [InlineData(Said + " Kaduna police spokesman Mansir Hassan said.", "Mansir Hassan")]
    [InlineData(Said + " said Kaduna police spokesman Mansir Hassan.", "Mansir Hassan")]
    [InlineData(Said + " MNDAA spokesman Li Kyarwen said.", "Li Kyarwen")]
    [InlineData(Said + " Jajarkot district official Harish Chandra Sharma told Reuters.", "Harish Chandra Sharma")]
    [InlineData(Said + " UN human rights office spokeswoman Ravina Shamdasani told reporters in Geneva.", "Ravina Shamdasani")]
    [InlineData(Said + " MNDAA spokesman Li Kyarwen told the Associated Press by telephone.", "Li Kyarwen")]
    [InlineData(Said + " Polisario representative to the United Nations Sidi Omar told Reuters.", "Sidi Omar")]
    [InlineData(Said + " the Polisario representative, Sidi Omar, told Reuters.", "Sidi Omar")]
    [InlineData(Said + " the US ambassador to Morocco, Puneet Talwar, told reporters.", "Puneet Talwar")]
    [InlineData("The Polisario Front controls a strip of land. " + Said + " Polisario said.", "Polisario Front")]
    public void A_speaker_with_a_title_after_the_quote_is_found(string paragraph, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(paragraph, "The talks are over"));

    [Fact]
    public void A_quote_ending_its_sentence_is_not_given_to_the_next_sentences_own_statement()
    {
        const string paragraph = "Mr. Romney said the plan had failed. \"We have wasted four years on this policy.\" " +
            "Mr. Obama said he would stand with Israel against Iranian threats.";
        Assert.Equal("Romney", SpeakerOf(paragraph, "We have wasted"));
    }

    [Theory]
    [InlineData("Anna Lee for the World Bank told Reuters the outlook was poor.", "the outlook", "Anna Lee", "Reuters")]
    [InlineData("The minister, Ahmed Khalil, told the BBC that the border would stay closed.", "the border", "Ahmed Khalil", "BBC")]
    [InlineData("Analyst Tom White of Barclays Bank said demand was weak.", "demand", "Tom White", null)]
    [InlineData("Zelensky wrote on Twitter that the situation was difficult.", "the situation", "Zelensky", "Twitter")]
    [InlineData("Zelensky wrote on Telegram: \"We will win.\"", "We will win", "Zelensky", "Telegram")]
    public void The_person_speaks_not_the_organisation_around_the_name_and_the_platform_is_the_addressee(
        string paragraph, string quoteStart, string speaker, string? addressee)
    {
        var text = "Policy news\n\n" + paragraph;
        var result = ExtractionTestHelper.Extract(text);
        var quote = Assert.Single(result.Quotations, q => q.Content.Of(text).StartsWith(quoteStart, StringComparison.Ordinal));
        Assert.Equal(speaker, ExtractionTestHelper.EntityOf(result, quote.SpeakerId).CanonicalName);
        Assert.Equal(addressee, quote.AddresseeId is null ? null : ExtractionTestHelper.EntityOf(result, quote.AddresseeId).CanonicalName);
    }

    [Theory]
    [InlineData("The EU met on Monday. The bloc said it would act.", "European Union")]
    [InlineData("NATO met on Monday. The alliance said it would act.", "NATO")]
    [InlineData("Apple reported profits. The company said sales rose.", "Apple")]
    [InlineData("Hamas fought on. The group said it would act.", "Hamas")]
    [InlineData("Fighting erupted near Goma, where the rebel group M23 is active. The group said it would withdraw.", "M23")]
    [InlineData("Naftogaz, the state energy company, cut supplies. The company said debts were unpaid.", "Naftogaz")]
    public void A_description_of_a_body_speaks_for_the_body_named_before(string paragraph, string speaker) =>
        Assert.Equal(speaker, OnlyQuote(paragraph).Speaker);

    [Fact]
    public void Member_states_do_not_state() =>
        Assert.Empty(ExtractionTestHelper.Extract("United Nations member states consider Abkhazia part of Georgia.").Quotations);

    [Fact]
    public void Who_was_told_does_not_speak_the_next_quote() =>
        Assert.Equal("Otavio Ribeiro", SpeakerOf(
            Said + " Lieutenant General Otavio Ribeiro, the force commander of the UN mission, known as MONUSCO, told Radio Okapi. \"We will not let Sake fall.\"",
            "We will not"));

    [Theory]
    [InlineData("A senior Malian security official who asked not to be named said the army was overstretched.", "the army was overstretched",
        "senior Malian security official")]
    [InlineData("Officials who spoke on condition of anonymity said the army was overstretched.", "the army was overstretched", "officials")]
    [InlineData("The separatists still control most of the Kidal region, the front's spokesman Mohamed Ramadane said last week.",
        "The separatists still control most of the Kidal region", "Mohamed Ramadane")]
    [InlineData("Yelena Orlova warned Russia would respond, without giving details.", "Russia would respond", "Yelena Orlova")]
    public void Relative_clauses_possessed_descriptions_times_and_manners_around_a_report(string paragraph, string content, string speaker) =>
        Assert.Equal((content, speaker), OnlyQuote(paragraph));

    [Theory]
    [InlineData("Residents fled the town on Monday. They said fighters had looted shops.", "residents")]
    [InlineData("Local officials met on Monday. They said the dam had burst.", "officials")]
    public void They_are_the_people_the_sentence_before_was_about(string paragraph, string speaker) =>
        Assert.Equal(speaker, OnlyQuote(paragraph).Speaker);

    [Fact]
    public void A_count_of_people_is_no_they() =>
        Assert.Empty(ExtractionTestHelper.Extract("More than five million people remain without water. They say the pumps failed.").Quotations);

    [Theory]
    [InlineData("Her opponents have asked a court to annul the result.", "a court to annul the result", "opponents")]
    [InlineData("Prime Minister Nouri al-Maliki asked parliament to declare a state of emergency.", "parliament to declare a state of emergency",
        "Nouri al-Maliki")]
    public void Asking_someone_to_act_is_a_request(string paragraph, string content, string speaker) =>
        Assert.Equal((content, speaker), OnlyQuote(paragraph));

    [Theory]
    [InlineData("Ahmed Ali asked whether the talks would resume.")]
    [InlineData("Ahmed Ali was asked to leave the room.")]
    public void A_question_or_a_passive_request_is_no_request_reported(string paragraph) =>
        Assert.Empty(ExtractionTestHelper.Extract(paragraph).Quotations);

    [Fact]
    public void Recalling_an_ambassador_reports_nothing() =>
        Assert.Empty(ExtractionTestHelper.Extract("Algeria recalled its ambassador to Chile for consultations on Tuesday.").Quotations);

    [Theory]
    [InlineData("A senior police officer in Poonch, who asked not to be named, said two villagers had been injured.", "senior police officer")]
    [InlineData("Fishermen from the coastal province of Zambales, the nearest to the shoal, told local radio that catches had fallen.", "fishermen")]
    [InlineData("According to a military source in Gao, at least nine soldiers were killed.", "military source")]
    public void People_described_with_where_they_are_speak_not_the_place(string paragraph, string speaker) =>
        Assert.Equal(speaker, OnlyQuote(paragraph).Speaker);

    [Theory]
    [InlineData("The Collective Security Treaty Organization, of which both countries are members, called for restraint.", "restraint",
        "Collective Security Treaty Organization")]
    [InlineData("The Caribbean Community (CARICOM) called for calm.", "calm", "CARICOM")]
    [InlineData("Moscow, Belgrade's closest ally, accused Western governments of encouraging Pristina.", "Western governments of encouraging Pristina", "Russia")]
    public void A_call_of_one_word_and_a_capital_described_before_its_verb(string paragraph, string content, string speaker) =>
        Assert.Equal((content, speaker), OnlyQuote(paragraph));

    [Theory]
    [InlineData("The UN peacekeeping mission, MONUSCO, said more than 100,000 people had fled.", "MONUSCO")]
    [InlineData("The NATO-led peacekeeping force in Kosovo, KFOR, said it had increased patrols.", "KFOR")]
    [InlineData("The main opposition party, the Awami League, said the vote was rigged.", "Awami League")]
    [InlineData("The mission (MONUSCO) said the rebels had withdrawn.", "MONUSCO")]
    public void A_description_of_a_body_followed_by_its_name_speaks_for_the_body(string paragraph, string speaker) =>
        Assert.Equal(speaker, OnlyQuote(paragraph).Speaker);

    [Theory]
    [InlineData("Fighting continued in Mali. The government said the talks failed.", "Mali government")]
    [InlineData("Mali's army advanced. Mali was calm. The junta said the talks failed.", "Mali junta")]
    [InlineData("Syria's government said the talks failed. Later the government said it would attend.", "Syria's government")]
    public void The_government_is_that_of_the_country_the_article_is_about(string paragraph, string speaker)
    {
        var text = "Policy news\n\n" + paragraph;
        var result = ExtractionTestHelper.Extract(text);
        Assert.All(result.Quotations, q => Assert.Equal(speaker, ExtractionTestHelper.EntityOf(result, q.SpeakerId).CanonicalName));
        Assert.NotEmpty(result.Quotations);
    }

    [Theory]
    [InlineData("The electoral council, controlled by allies of President Nicolás Maduro, said Maduro won.", "electoral council")]
    [InlineData("The rebel coalition, led by Islamist fighters, said it had entered the city.", "rebel coalition")]
    [InlineData("The opposition alliance said the vote was rigged.", "opposition alliance")]
    [InlineData("María Corina Machado has gone into hiding, her party said on Thursday.", "María Corina Machado's party")]
    [InlineData("A senior US official, speaking on condition of anonymity, said the deal was close.", "senior US official")]
    [InlineData("Joe Biden spoke. His campaign said the poll was wrong.", "Joe Biden's campaign")]
    public void An_unnamed_body_speaks(string paragraph, string speaker) =>
        Assert.Equal(speaker, OnlyQuote(paragraph).Speaker);

    [Fact]
    public void A_group_of_people_is_no_body_named_before()
    {
        var result = ExtractionTestHelper.Extract("Policy news\n\nHamas fought on. A group of 20 people said they were hungry.");
        Assert.DoesNotContain(result.Quotations, q => ExtractionTestHelper.EntityOf(result, q.SpeakerId).CanonicalName == "Hamas");
    }

    [Fact]
    public void A_court_ruling_that_reports_the_clause() =>
        Assert.Equal("he had violated ethical standards",
            OnlyQuote("The Constitutional Court removed the prime minister, ruling that he had violated ethical standards.").Content);

    [Theory]
    [InlineData("The Museum of Flight in Seattle, Washington was also proposed as another location for a shuttle.")]
    [InlineData("Ahmed Khalil was told to leave the country.")]
    [InlineData("Reuters was widely criticised for the report.")]
    public void A_passive_speech_verb_reports_no_speech_of_its_subject(string paragraph) =>
        Assert.Empty(ExtractionTestHelper.Extract("Policy news\n\n" + paragraph).Quotations);

    [Theory]
    [InlineData("Olga Caraman said the police action was illegal and called for international observers.", "the police action was illegal", "international observers")]
    [InlineData("KFOR said it had increased patrols and called on both sides to refrain from any unilateral actions.", "it had increased patrols",
        "both sides to refrain from any unilateral actions")]
    public void A_call_joined_to_a_report_is_said_on_its_own(string text, string said, string called)
    {
        var result = ExtractionTestHelper.Extract(text);
        Assert.Contains(result.Quotations, q => q.Content.Of(text) == said);
        Assert.Contains(result.Quotations, q => q.Content.Of(text) == called);
    }

    [Fact]
    public void A_new_attribution_after_but_ends_what_was_said()
    {
        var text = "Policy news\n\nRwanda denies backing the rebels, but UN experts estimate that 4,000 Rwandan soldiers are fighting.";
        var result = ExtractionTestHelper.Extract(text);
        Assert.Contains(result.Quotations, q => q.Content.Of(text) == "backing the rebels");
        Assert.Contains(result.Quotations, q => q.Content.Of(text) == "4,000 Rwandan soldiers are fighting");
    }

    [Fact]
    public void A_that_of_a_later_clause_does_not_open_what_was_said()
    {
        var text = "Policy news\n\nThe rebels declared the end of Assad's rule, after an offensive that began in Idlib province.";
        Assert.DoesNotContain(ExtractionTestHelper.Extract(text).Quotations, q => q.Content.Of(text).StartsWith("began", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Volodymyr Zelensky called on allies to send more air defence.", "allies to send more air defence", "Volodymyr Zelensky")]
    [InlineData("Zelensky called on allies to send more air defence.", "allies to send more air defence", "Zelensky")]
    [InlineData("Netanyahu vowed to continue the war.", "to continue the war", "Netanyahu")]
    public void A_call_on_someone_and_a_lone_surname_before_a_cue(string paragraph, string content, string speaker) =>
        Assert.Equal((content, speaker), OnlyQuote(paragraph));

    [Theory]
    [InlineData("Rebels of the M23 movement said they had captured Goma.", "M23")]
    [InlineData("The Coordination of Azawad Movements (CMA), an alliance of mainly Tuareg groups, confirmed that rebels had withdrawn.",
        "Coordination of Azawad Movements")]
    [InlineData("Foreign Minister Thérèse Kayikwamba Wagner told the council that Rwanda was trying to annex the region.", "Thérèse Kayikwamba Wagner")]
    public void The_members_of_a_body_speak_for_it_and_a_surname_that_names_a_body_ends_a_name(string paragraph, string speaker) =>
        Assert.Equal(speaker, OnlyQuote(paragraph).Speaker);

    [Fact]
    public void A_quote_before_a_relative_clause_belongs_to_the_previous_speaker_not_to_the_clauses_verb()
    {
        const string paragraph = "Opposition candidate Edmundo Gonzalez said he had won. \"The result is clear,\" he told supporters. " +
            "\"We will defend every vote.\" President Nicolas Maduro, who has ruled since 2013, rejected the claim.";
        Assert.Equal("Edmundo Gonzalez", SpeakerOf(paragraph, "We will defend"));
    }

    [Theory]
    [InlineData("His ally, National Assembly president Jorge Rodriguez, said the opposition was plotting a coup.")]
    [InlineData("\"The opposition was plotting a coup,\" Rodriguez, who spoke in Caracas, told supporters.")]
    public void A_speaker_set_off_with_a_title_or_a_relative_clause_speaks(string paragraph) =>
        Assert.Equal("Rodriguez", OnlyQuote(paragraph).Speaker.Split(' ')[^1]);

    [Theory]
    [InlineData("A ruling by a tribunal in The Hague found that the claims had no basis.", "Hague")]
    [InlineData("A court in Paris ruled that he was guilty.", "Paris")]
    [InlineData("Observers reported violations of the ceasefire in Syria announced by Russia on 29 December.", "Syria")]
    public void A_place_that_says_where_a_noun_is_does_not_speak(string paragraph, string place)
    {
        var result = ExtractionTestHelper.Extract("Policy news\n\n" + paragraph);
        Assert.DoesNotContain(result.Quotations, q => ExtractionTestHelper.EntityOf(result, q.SpeakerId).CanonicalName == place);
    }

    [Fact]
    public void The_government_in_a_capital_speaks_as_the_capital() =>
        Assert.Equal("Kabul", OnlyQuote("The government in Kabul said the attack failed.").Speaker);

    [Theory]
    [InlineData("Troops took Kirkuk, a senior official said.", "senior official")]
    [InlineData("Troops took Kirkuk, a Kurdish official said.", "Kurdish official")]
    [InlineData("Troops took Kirkuk, Kurdish officials said.", "Kurdish officials")]
    [InlineData("Troops took Gori, a Georgian official said.", "Georgian official")]
    public void An_unnamed_speaker_described_by_an_adjective_or_nationality_speaks(string paragraph, string speaker) =>
        Assert.Equal(("Troops took " + paragraph.Split(' ')[2].TrimEnd(','), speaker), OnlyQuote(paragraph));

    [Theory]
    [InlineData("According to the Syrian Observatory for Human Rights, a Britain-based war monitor, government forces have retaken the village.",
        "government forces have retaken the village")]
    [InlineData("According to officials, the army retook the village, which lies near the border.", "the army retook the village, which lies near the border")]
    public void What_a_source_says_starts_after_the_description_of_the_source(string paragraph, string content) =>
        Assert.Equal(content, OnlyQuote(paragraph).Content);

    [Fact]
    public void A_participle_describing_the_statement_is_not_what_was_said() =>
        Assert.Equal("its forces had taken the village", OnlyQuote("The Russian Defence Ministry said in a statement posted on Telegram that its forces had taken the village.").Content);

    [Theory]
    [InlineData("British ambassador Barbara Woodward told the council: \"The world is watching.\"", "The world is watching.")]
    [InlineData("The minister told a news conference that talks would resume.", "talks would resume")]
    public void An_unnamed_audience_is_not_what_was_said(string paragraph, string content) =>
        Assert.Equal(content, OnlyQuote(paragraph).Content);

    [Fact]
    public void A_date_after_the_cue_is_not_part_of_what_was_said() =>
        Assert.Equal(("the border was closed", "minister"), OnlyQuote("The minister said on March 3, 2022 that the border was closed."));

    [Fact]
    public void A_body_of_a_named_body_speaks_for_itself() =>
        Assert.Equal(("the sanctions would stay", "European Union foreign affairs council"),
            OnlyQuote("The European Union foreign affairs council said the sanctions would stay."));

    [Fact]
    public void Blaming_is_a_report_and_ends_the_one_before_it()
    {
        var text = "Policy news\n\nCarlos Indjai, who heads the opposition party, said he did not support the coup but blamed the president for the crisis.";
        var result = ExtractionTestHelper.Extract(text);
        var contents = result.Quotations.Select(q => q.Content.Of(text)).ToList();
        Assert.Contains("he did not support the coup", contents);
        Assert.Contains("the president for the crisis", contents);
        Assert.All(result.Quotations, q => Assert.Equal("Carlos Indjai", ExtractionTestHelper.EntityOf(result, q.SpeakerId).CanonicalName));
    }

    [Fact]
    public void A_person_after_a_countrys_qualified_title_speaks_for_both_verbs()
    {
        var (content, speaker) = OnlyQuote("Lebanon's caretaker Prime Minister Najib Mikati welcomed the ceasefire and urged Israel to withdraw.");
        Assert.Equal(("Israel to withdraw", "Najib Mikati"), (content, speaker));
    }

    [Theory]
    [InlineData("The commander told the Associated Press by telephone.")]
    [InlineData("The minister told Reuters via a spokesman.")]
    [InlineData("The minister told the council by video link.")]
    [InlineData("The minister told a news conference.")]
    [InlineData("Serbia rejects the independence which Kosovo declared in 2008.")]
    [InlineData("The plan, which the minister announced on March 3, 2022, failed.")]
    [InlineData("Egypt condemned the seizure. The ministry said nothing more, but it threatened years of peace between the two countries.")]
    public void How_or_when_something_was_told_is_not_what_was_said(string paragraph) =>
        Assert.Empty(ExtractionTestHelper.Extract("Policy news\n\n" + paragraph).Quotations);

    [Theory]
    [InlineData("The talks failed, the spokesman Ajuri Ngelale said.")]
    [InlineData("The talks failed, his spokesman Ajuri Ngelale said in a statement.")]
    [InlineData("The talks failed, Tinubu's spokesman Ajuri Ngelale said.")]
    [InlineData("The talks failed, UN spokesman Ajuri Ngelale said.")]
    [InlineData("The talks failed, UN human rights office spokesman Ajuri Ngelale told reporters in Geneva.")]
    public void A_trailing_attribution_to_a_described_person_reports_the_clause_before_it(string paragraph) =>
        Assert.Equal(("The talks failed", "Ajuri Ngelale"), OnlyQuote(paragraph));

    [Theory]
    [InlineData("Olaf Scholz said he had suggested that Orban step out.", "he had suggested that Orban step out")]
    [InlineData("Olaf Scholz said Macron had suggested that Orban step out.", "Macron had suggested that Orban step out")]
    public void A_report_of_a_speech_act_is_what_was_said(string paragraph, string content)
    {
        var text = "Policy news\n\n" + paragraph;
        var result = ExtractionTestHelper.Extract(text);
        Assert.Contains(result.Quotations, q => q.Cue == "said" && q.Content.Of(text) == content);
    }

    [Theory]
    [InlineData("Egypt's president urged Israel to allow aid in, according to a statement from his office.", "Israel to allow aid in")]
    [InlineData("The president said the talks would resume, according to a statement.", "the talks would resume")]
    public void A_source_given_after_what_was_said_is_no_part_of_it(string paragraph, string content) =>
        Assert.Equal(content, OnlyQuote(paragraph).Content);

    [Theory]
    [InlineData("The World Health Organization (WHO) warned that cholera was spreading.", "cholera was spreading")]
    [InlineData("Troops have recaptured the village, the General Staff of Ukraine's armed forces said.", "Troops have recaptured the village")]
    [InlineData("Rebels of the M23 movement, backed by Rwandan troops, said they had captured Goma.", "they had captured Goma")]
    [InlineData("Spokesman Yahya Saree said in a televised speech that the group had targeted a tanker.", "the group had targeted a tanker")]
    [InlineData("Nicolás Maduro said the protests that broke out across the country were criminal.", "the protests that broke out across the country were criminal")]
    [InlineData("Venezuela's opposition said that its candidate had won the election.", "its candidate had won the election")]
    public void What_was_said_is_the_clause_the_speaker_and_cue_open_or_close(string paragraph, string content) =>
        Assert.Equal(content, OnlyQuote(paragraph).Content);

    [Fact]
    public void According_to_opening_a_sentence_attributes_the_rest_of_it()
    {
        const string text = "News\n\nAccording to the United Nations, more than 1,000 people have fled.";
        var result = ExtractionTestHelper.Extract(text);
        var quote = Assert.Single(result.Quotations);
        Assert.Equal("United Nations", ExtractionTestHelper.EntityOf(result, quote.SpeakerId).CanonicalName);
        Assert.Equal("more than 1,000 people have fled", quote.Content.Of(text));
        Assert.False(quote.Direct);
    }

    [Theory]
    [InlineData("According to Afghan Ambassador to the United States Hamdullah Mohib, the team shows progress.", "the team shows progress", "Hamdullah Mohib")]
    [InlineData("According to the team's coach, Alireza Mehraban, the robot scored two points.", "the robot scored two points", "Alireza Mehraban")]
    [InlineData("According to a report by Human Rights Watch, the attacks were deliberate.", "the attacks were deliberate", "Human Rights Watch")]
    [InlineData("At least 40 people were killed, according to a statement from the Iraqi interior ministry.", "At least 40 people were killed", "Iraqi interior ministry")]
    [InlineData("The plane crashed shortly after take-off, according to the airline.", "The plane crashed shortly after take-off", "airline")]
    [InlineData("Thousands of families began returning home, according to the state-run National News Agency.", "Thousands of families began returning home",
        "National News Agency")]
    [InlineData("Kinmen was included in the drill area, according to the Chinese coast guard.", "Kinmen was included in the drill area", "Chinese coast guard")]
    [InlineData("The quake was centred in Jajarkot, according to the National Earthquake Monitoring and Research Center.", "The quake was centred in Jajarkot",
        "National Earthquake Monitoring and Research Center")]
    public void According_to_names_the_person_of_its_phrase(string paragraph, string content, string speaker)
    {
        var text = "News\n\n" + paragraph;
        var result = ExtractionTestHelper.Extract(text);
        var quote = Assert.Single(result.Quotations);
        Assert.Equal(speaker, ExtractionTestHelper.EntityOf(result, quote.SpeakerId).CanonicalName);
        Assert.Equal(content, quote.Content.Of(text));
    }

    [Theory]
    [InlineData("Professor Cres Eastman, director of the iodine study, and chairman of the national centre for iodine disorders, says it is crucial that children get iodine.",
        "it is crucial", "Cres Eastman")]
    [InlineData("Lydia Buchtmann for Food Standards Australia New Zealand, says they are looking at guidelines.", "they are looking", "Lydia Buchtmann")]
    [InlineData("Colette Heald studied ozone. As Heald told The Huffington Post, US surface ozone has dropped.", "US surface ozone", "Colette Heald")]
    [InlineData("The Foreign Ministry met on Monday. The ministry added that it would respond.", "it would respond", "Foreign Ministry")]
    [InlineData("The head of the World Health Organization, Tedros Adhanom Ghebreyesus, warned that the virus was spreading.",
        "the virus", "Tedros Adhanom Ghebreyesus")]
    [InlineData("Julie Bishop said Australia would help.", "Australia would help", "Julie Bishop")]
    public void The_subject_is_found_past_descriptions_affiliations_and_short_references(string paragraph, string quoteStart, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(paragraph, quoteStart));

    [Theory]
    [InlineData("Maria Kovacs, 45, runs a bakery. John Smith, 50, agreed. \"I cannot afford flour,\" the 45-year-old said.", "I cannot afford", "Maria Kovacs")]
    [InlineData("Maria Kovacs runs a bakery. Her husband, Peter, said they might close.", "they might close", "Peter")]
    public void An_age_or_a_first_name_after_a_description_finds_the_speaker(string paragraph, string quoteStart, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(paragraph, quoteStart));

    [Theory]
    [InlineData("The mayor of Kyiv said the city was ready.", "the city", "mayor of Kyiv")]
    [InlineData("Vitali Klitschko, the mayor of Kyiv, spoke. The mayor of Kyiv said the metro was closed.", "the metro", "Vitali Klitschko")]
    [InlineData("Residents of Gaza said they had no water.", "they had no water", "Residents of Gaza")]
    [InlineData("A spokesman for the Kremlin said no decision had been made.", "no decision", "spokesman for the Kremlin")]
    [InlineData("The mother of three said prices had doubled.", "prices had doubled", "mother of three")]
    public void The_noun_before_of_heads_the_subject_not_the_place_after_it(string paragraph, string quoteStart, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(paragraph, quoteStart));

    [Theory]
    [InlineData("KYIV, Ukraine (AP) \u2014 Russian forces shelled the city overnight, officials said.", "Russian forces shelled the city overnight")]
    [InlineData("BEIRUT (Reuters) - Israeli strikes hit southern Lebanon on Tuesday, the Lebanese army said.", "Israeli strikes hit southern Lebanon on Tuesday")]
    public void A_dateline_is_no_part_of_what_was_said(string paragraph, string content)
    {
        var text = "News\n\n" + paragraph;
        var result = ExtractionTestHelper.Extract(text);
        Assert.Equal(content, Assert.Single(result.Quotations).Content.Of(text));
        Assert.DoesNotContain(result.Entities, e => e.CanonicalName.All(c => !char.IsLower(c)) && e.CanonicalName.Length > 3);
    }

    [Fact]
    public void Who_is_ordered_to_act_is_no_subject_of_that_act()
    {
        var result = ExtractionTestHelper.Extract("News\n\n\"I have ordered the army and the forces of our friends to bring Anjouan back under the rule of law,\" he said.");
        Assert.DoesNotContain(result.Entities, e => e.CanonicalName == "forces");
    }

    [Theory]
    [InlineData("\u201cThere will be no talks,\u201d Peskov told journalists.", "There will be no talks", "Peskov")]
    [InlineData("\"We won,\" Smith said on Monday.", "We won", "Smith")]
    public void One_name_between_a_quotation_and_its_cue_speaks(string paragraph, string quoteStart, string speaker) =>
        Assert.Equal(speaker, SpeakerOf("Maria Lopez arrived. " + paragraph, quoteStart));

    [Fact]
    public void A_document_speaks_for_its_author_and_a_closing_mark_typed_as_an_opening_one_ends_the_quotation()
    {
        const string text = "News\n\nJohn Cornyn criticised the decision. Cornyn's statement added, \"There is no question. I am disappointed.\u201C However, the centre will get seats.";
        var quote = Assert.Single(ExtractionTestHelper.Extract(text).Quotations, q => q.Direct);
        Assert.Equal("There is no question. I am disappointed.", quote.Content.Of(text));
        Assert.Equal("added", quote.Cue);
    }

    [Fact]
    public void A_word_quoted_after_calling_is_the_speakers()
    {
        const string text = "News\n\nBobi Wine rejected the result, calling it \"fraudulent\".";
        var quote = Assert.Single(ExtractionTestHelper.Extract(text).Quotations);
        Assert.Equal("fraudulent", quote.Content.Of(text));
        Assert.True(quote.Direct);
    }

    [Fact]
    public void A_finding_without_that_is_reported_only_when_a_clause_follows()
    {
        const string text = "News\n\nThe researchers found the samples were old. Police found the bodies in a field and said they had been there for weeks.";
        var quotes = ExtractionTestHelper.Extract(text).Quotations.Select(q => (q.Cue, q.Content.Of(text))).ToList();
        Assert.Contains(("found", "the samples were old"), quotes);
        Assert.DoesNotContain(quotes, q => q.Item2.StartsWith("the bodies", StringComparison.Ordinal));
        Assert.Contains(("said", "they had been there for weeks"), quotes);
    }

    [Fact]
    public void A_quotation_is_given_once_when_a_participle_adds_more()
    {
        const string text = "News\n\n\u201cWe are ready to negotiate,\u201d the president said on Monday, adding that \u201cthe door remains open.\u201d";
        var quotes = ExtractionTestHelper.Extract(text).Quotations;
        Assert.Single(quotes, q => q.Content.Of(text).StartsWith("We are ready", StringComparison.Ordinal));
        Assert.Single(quotes, q => q.Content.Of(text).StartsWith("the door", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Officials, who spoke on condition of anonymity, said at least 30 people were killed.", "at least 30", "officials")]
    [InlineData("The spokesman, who declined to be named, said the talks failed.", "the talks failed", "spokesman")]
    public void A_described_speaker_before_a_who_clause_speaks(string paragraph, string quoteStart, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf(paragraph, quoteStart), StringComparer.OrdinalIgnoreCase);
        var result = ExtractionTestHelper.Extract("Policy news\n\n" + paragraph);
        Assert.DoesNotContain(result.Entities, e => e.CanonicalName == "Officials" && e.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("The police said in a statement that two men had been arrested.", "two men", "police")]
    [InlineData("The army said it had retaken the town.", "it had retaken", "army")]
    [InlineData("Police said a man was arrested.", "a man was arrested", "police")]
    [InlineData("The president has won a sixth term, the electoral commission announced on Saturday.", "The president has won", "electoral commission")]
    [InlineData("The health ministry said 20 people had died.", "20 people", "health ministry")]
    [InlineData("Chinese state media said the talks had failed.", "the talks", "Chinese state media")]
    public void A_body_named_by_its_function_speaks(string paragraph, string quoteStart, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(paragraph, quoteStart));

    [Theory]
    [InlineData("In a statement, the Kremlin denied the reports.")]
    [InlineData("The Kremlin confirmed the deaths.")]
    public void A_noun_phrase_denied_or_welcomed_is_no_quotation(string paragraph) =>
        Assert.Empty(ExtractionTestHelper.Extract("Policy news\n\n" + paragraph).Quotations);

    [Fact]
    public void A_quotation_after_the_person_told_is_what_was_said()
    {
        const string text = "News\n\nColette Heald told The Huffington Post, \"The climate projections are quite consistent.\"";
        var result = ExtractionTestHelper.Extract(text);
        var quote = Assert.Single(result.Quotations);
        Assert.True(quote.Direct);
        Assert.Equal("The climate projections are quite consistent.", quote.Content.Of(text));
        Assert.Equal("Huffington Post", ExtractionTestHelper.EntityOf(result, quote.AddresseeId!).CanonicalName);
    }

    [Theory]
    [InlineData("Maria Lopez met John Smith on Monday. She said the talks had failed. He said they would continue.", "they would", "John Smith")]
    [InlineData("Maria Lopez met John Smith on Monday. She said the talks had failed. He said they would continue.", "the talks", "Maria Lopez")]
    [InlineData("Ms. Lee met Mr. Park on Monday. He said the talks had failed.", "the talks", "Park")]
    [InlineData("Maria Kovacs runs a bakery. Her husband, Peter, said they might close. She said the talks had failed.", "the talks", "Maria Kovacs")]
    [InlineData("Spokeswoman Anna Lee met John Smith. He said the talks had failed.", "the talks", "John Smith")]
    public void A_pronoun_refers_to_a_person_of_its_gender(string paragraph, string quoteStart, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(paragraph, quoteStart));

    [Theory]
    [InlineData("John Smith told lawmakers the plan was sound.", "the plan was sound")]
    [InlineData("John Smith told reporters in Geneva that the plan was sound.", "the plan was sound")]
    [InlineData("John Smith told the committee the plan was sound.", "the plan was sound")]
    public void The_people_told_are_not_what_was_said(string paragraph, string content)
    {
        var text = "Policy news\n\n" + paragraph;
        var quote = Assert.Single(ExtractionTestHelper.Extract(text).Quotations);
        Assert.Equal(content, quote.Content.Of(text));
    }

    [Theory]
    [InlineData("Almost half of the children are iodine deficient, researchers say.", "Almost half", "researchers")]
    [InlineData("Officials said that the border would stay closed.", "the border", "Officials")]
    [InlineData("The scientists found that crop yields would fall by 2050.", "crop yields", "scientists")]
    [InlineData("A Greek court ruled that the worshippers may now formally associate.", "the worshippers", "Greek court")]
    [InlineData("The World Health Organisation recommends that every country should iodise salt.", "every country", "World Health Organisation")]
    public void Unnamed_groups_bodies_and_findings_are_attributed(string paragraph, string quoteStart, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(paragraph, quoteStart), StringComparer.OrdinalIgnoreCase);

    [Theory]
    [InlineData("The scientists found the samples in a cave near the border.")]
    [InlineData("A Greek court ruled on the case in March.")]
    public void Verbs_that_report_only_with_that_report_nothing_without_it(string paragraph) =>
        Assert.Empty(ExtractionTestHelper.Extract("Policy news\n\n" + paragraph).Quotations);

    [Fact]
    public void A_report_verb_in_the_passive_does_not_end_the_content()
    {
        const string text = "Salt\n\nProfessor Eastman says iodine is added to only 10 per cent of salt.";
        var quote = Assert.Single(ExtractionTestHelper.Extract(text).Quotations);
        Assert.Equal("iodine is added to only 10 per cent of salt", quote.Content.Of(text));
    }

    [Fact]
    public void A_few_quoted_words_in_the_writer_s_own_sentence_are_a_name_not_a_quote()
    {
        const string text = "Robots\n\n\"We built it in a month,\" said Rodaba Noori. The team named their robot \"Robogee\" and entered it.";
        var result = ExtractionTestHelper.Extract(text);
        Assert.DoesNotContain(result.Quotations, q => q.Content.Of(text).Contains("Robogee", StringComparison.Ordinal));
        Assert.Contains(result.Quotations, q => q.Content.Of(text).StartsWith("We built", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Dmitry Peskov spoke on Monday. The talks, Peskov told reporters, were useful.", "The talks, Peskov told reporters, were useful", "Dmitry Peskov")]
    [InlineData("The strike, the army said, hit a school in Gaza.", "The strike, the army said, hit a school in Gaza", "army")]
    [InlineData("Dmitry Peskov spoke. In the long run, Peskov said, the plan would work.", "In the long run, Peskov said, the plan would work", "Dmitry Peskov")]
    public void An_attribution_set_off_inside_its_clause_reports_the_whole_clause(string paragraph, string content, string speaker)
    {
        var text = "Policy news\n\n" + paragraph;
        var result = ExtractionTestHelper.Extract(text);
        var quote = Assert.Single(result.Quotations);
        Assert.Equal(content, quote.Content.Of(text));
        Assert.Equal(speaker, ExtractionTestHelper.EntityOf(result, quote.SpeakerId).CanonicalName);
    }

    [Theory]
    [InlineData("Dmitry Peskov spoke. The talks were useful, Peskov said, in a statement.", "The talks were useful")]
    [InlineData("Dmitry Peskov spoke. Russia will not withdraw its troops, Peskov said, and the talks will go on.", "Russia will not withdraw its troops")]
    public void An_attribution_followed_by_a_phrase_of_its_own_reports_the_clause_before_it(string paragraph, string content)
    {
        var text = "Policy news\n\n" + paragraph;
        var quote = Assert.Single(ExtractionTestHelper.Extract(text).Quotations);
        Assert.Equal(content, quote.Content.Of(text));
    }

    [Fact]
    public void A_participle_speaks_for_the_person_after_the_dateline_and_the_possessive()
    {
        const string paragraph = "NAIROBI (AFP) \u2014 Kenya's main opposition leader Raila Odinga on Tuesday rejected the results, calling them \"a travesty\".";
        Assert.Equal("Raila Odinga", SpeakerOf(paragraph, "a travesty"));
    }

    [Fact]
    public void An_attribution_followed_by_a_preposition_reports_the_clause_before_it()
    {
        const string text = "Policy news\n\nIsraeli troops pushed into Rafah on Monday, the Israel Defense Forces said, despite warnings from Washington.";
        var quote = Assert.Single(ExtractionTestHelper.Extract(text).Quotations);
        Assert.Equal("Israeli troops pushed into Rafah on Monday", quote.Content.Of(text));
    }

    [Theory]
    [InlineData("Emmanuel Macron met Friedrich Merz. Macron's office said the two leaders had discussed Ukraine.", "the two leaders", "Macron's office")]
    [InlineData("Emmanuel Macron met Friedrich Merz. Macron's office said the talks ended. Netanyahu's office said it would respond.", "it would respond", "Netanyahu's office")]
    [InlineData("The prosecutor's office said he was charged with fraud.", "he was charged", "prosecutor's office")]
    public void A_persons_office_speaks_as_a_body_of_its_own(string paragraph, string quoteStart, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(paragraph, quoteStart));

    [Theory]
    [InlineData("Chuck Schumer called the plan \"reckless\" on Monday.", "reckless", "Chuck Schumer")]
    [InlineData("Chuck Schumer spoke. Schumer, the Democratic leader, called the plan \"reckless\".", "reckless", "Chuck Schumer")]
    public void Calling_something_a_quoted_word_is_speech(string paragraph, string quoteStart, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(paragraph, quoteStart));

    [Fact]
    public void A_group_called_a_quoted_name_says_nothing() =>
        Assert.Empty(ExtractionTestHelper.Extract("News\n\nHackers from a group called \"Anonymous\" attacked the site.").Quotations);

    [Fact]
    public void A_trailing_attribution_with_a_titled_speaker_reports_the_clause_before_it()
    {
        const string text = "Policy news\n\nAuthorities arrested a senior leader of the Sinaloa Cartel on Friday, Security Minister Omar Garcia Harfuch said.";
        var result = ExtractionTestHelper.Extract(text);
        var quote = Assert.Single(result.Quotations);
        Assert.Equal("Authorities arrested a senior leader of the Sinaloa Cartel on Friday", quote.Content.Of(text));
        Assert.Equal("Omar Garcia Harfuch", ExtractionTestHelper.EntityOf(result, quote.SpeakerId).CanonicalName);
        Assert.DoesNotContain(result.Roles, r => r.Role.Contains("leader", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("In a statement, Governor of Washington Chris Gregoire said, \"The museum put in a tremendous effort.\"")]
    [InlineData("Following the update, the Foreign Secretary Boris Johnson said:\n\n\u201cIt is unacceptable that the UN has no access.\u201d")]
    public void An_opening_phrase_before_an_attribution_is_not_what_was_said(string paragraph)
    {
        var text = "Policy news\n\n" + paragraph;
        Assert.DoesNotContain(ExtractionTestHelper.Extract(text).Quotations, q => q.Content.Of(text).StartsWith("In a statement", StringComparison.Ordinal)
            || q.Content.Of(text).StartsWith("Following", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ihor Terekhov spoke. \"The city is under attack,\" he said, adding that schools would move online.", "schools would move online")]
    [InlineData("Ihor Terekhov spoke. \"The city is under attack,\" he said, adding: \"We will rebuild.\"", "We will rebuild.")]
    public void A_participle_after_a_quotations_attribution_says_what_follows_it(string paragraph, string content)
    {
        var text = "Policy news\n\n" + paragraph;
        var result = ExtractionTestHelper.Extract(text);
        var quote = Assert.Single(result.Quotations, q => q.Content.Of(text) == content);
        Assert.Equal("Ihor Terekhov", ExtractionTestHelper.EntityOf(result, quote.SpeakerId).CanonicalName);
    }

    [Fact]
    public void A_description_names_the_body_whose_name_has_all_its_words()
    {
        const string text = "Policy news\n\nAccording to a statement from the Ukrainian air force, 380 drones were shot down. The police force said it was ready.";
        var result = ExtractionTestHelper.Extract(text);
        Assert.Equal("Ukrainian air force", ExtractionTestHelper.EntityOf(result, Assert.Single(result.Quotations, q => q.Content.Of(text).StartsWith("380", StringComparison.Ordinal)).SpeakerId).CanonicalName);
        Assert.DoesNotContain(result.Quotations, q => q.Content.Of(text) == "it was ready" && ExtractionTestHelper.EntityOf(result, q.SpeakerId).CanonicalName == "Ukrainian air force");
    }

    [Fact]
    public void A_dateline_naming_a_country_is_not_what_was_said()
    {
        const string text = "News\n\nGOMA, Democratic Republic of Congo (Reuters) - Rebels took the airport on Tuesday, two U.N. sources said.";
        var quote = Assert.Single(ExtractionTestHelper.Extract(text).Quotations);
        Assert.Equal("Rebels took the airport on Tuesday", quote.Content.Of(text));
    }

    [Fact]
    public void A_trailing_attribution_to_two_speakers_reports_the_clause_before_them()
    {
        const string text = "News\n\nRebels swept into Aleppo on Friday, a war monitor and rebel sources said.";
        var quote = Assert.Single(ExtractionTestHelper.Extract(text).Quotations);
        Assert.Equal("Rebels swept into Aleppo on Friday", quote.Content.Of(text));
    }

    [Theory]
    [InlineData("\"We have seized Kidal,\" the head of the ruling junta, Col. Assimi Goita, said in a televised address.", "Assimi Goita")]
    [InlineData("\"We have seized Kidal,\" the spokesman for the rebel alliance, Mohamed Ramadane, told Reuters.", "Mohamed Ramadane")]
    public void A_quotation_before_an_office_of_a_body_in_lower_case_and_a_name_is_the_names(string paragraph, string speaker) =>
        Assert.Equal(speaker, OnlyQuote(paragraph).Speaker);

    [Fact]
    public void A_resident_of_a_place_described_in_commas_speaks_not_the_place()
    {
        var (_, speaker) = OnlyQuote("\"Fano fighters are in the town,\" a resident of Lalibela, a town famed for its churches, told Reuters by phone.");
        Assert.NotEqual("Lalibela", speaker);
        Assert.Contains("resident", speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void Where_a_thing_was_said_is_not_what_was_said()
    {
        Assert.Equal(("Argentina would pursue it by diplomatic means", "Milei"),
            OnlyQuote("Milei said at a ceremony in Buenos Aires, adding that Argentina would pursue it by diplomatic means."));
        Assert.Equal(("The government will fall", "Smith"), OnlyQuote("The government will fall, Smith said at a rally in Kyiv."));
        Assert.Equal(("in Brussels the plan would fail", "Smith"), OnlyQuote("Smith said in Brussels the plan would fail."));
        Assert.Equal(("the United States will provide $100 million in new assistance", "Antony Blinken"),
            OnlyQuote("As Deputy Secretary of State Antony Blinken announced today at the Manama Dialogue, the United States will provide $100 million in new assistance."));
    }

    [Theory]
    [InlineData("Pakistan's military said its troops had responded to Indian aggression.", "said")]
    [InlineData("Zaw Min Tun acknowledged the loss in a message to reporters, saying troops had withdrawn.", "saying")]
    public void Responding_to_or_acknowledging_a_thing_says_nothing(string paragraph, string cue) =>
        Assert.Equal(cue, Assert.Single(ExtractionTestHelper.Extract("News\n\n" + paragraph).Quotations).Cue);

    [Fact]
    public void A_body_led_by_a_country_speaks_as_itself() =>
        Assert.Equal(("it had carried out 25 air strikes", "Saudi-led coalition"),
            OnlyQuote("The Saudi-led coalition, which intervened in 2015 to restore the government, said it had carried out 25 air strikes."));

    [Fact]
    public void A_noun_phrase_set_off_after_the_attribution_is_not_what_was_said() =>
        Assert.Equal("Armenia and Azerbaijan have agreed to return four villages to Azerbaijan",
            OnlyQuote("Armenia and Azerbaijan have agreed to return four villages to Azerbaijan, Armenia's government said on Friday, a step toward a peace deal.").Content);

    [Theory]
    [InlineData("\"Our forces are now in full control of Harardhere,\" Galmudug state's security minister Mohamed Abdi Aden told Reuters by phone.")]
    [InlineData("\"Our forces are now in full control of Harardhere,\" Somalia's security minister Mohamed Abdi Aden told Reuters.")]
    public void A_quotation_before_an_office_a_place_owns_is_the_office_holders(string paragraph) =>
        Assert.Equal("Mohamed Abdi Aden", OnlyQuote(paragraph).Speaker);

    [Fact]
    public void A_later_report_with_its_own_clause_ends_what_was_said()
    {
        const string text = "News\n\nThe rebels said they needed guarantees after the court ruled it had no jurisdiction.";
        Assert.Contains(ExtractionTestHelper.Extract(text).Quotations, q => q.Cue == "said" && q.Content.Of(text) == "they needed guarantees");
    }

    [Theory]
    [InlineData("According to Yemen's health ministry, 20 people were killed.", "Yemen's health ministry")]
    [InlineData("According to Ukraine's General Staff, 40 attacks were repelled.", "Ukraine's General Staff")]
    public void According_to_a_body_a_country_owns_is_the_bodys(string paragraph, string speaker) =>
        Assert.Equal(speaker, OnlyQuote(paragraph).Speaker);

    [Fact]
    public void What_several_named_speakers_said_is_each_ones()
    {
        const string text = "News\n\nRussia, China and Iran said the sanctions were illegal.";
        var result = ExtractionTestHelper.Extract(text);
        var speakers = result.Quotations.Where(q => q.Content.Of(text) == "the sanctions were illegal")
            .Select(q => ExtractionTestHelper.EntityOf(result, q.SpeakerId).CanonicalName).Order().ToList();
        Assert.Equal(["China", "Iran", "Russia"], speakers);
    }

    [Fact]
    public void A_name_with_a_predicate_after_an_inverted_cue_opens_what_was_said() =>
        Assert.DoesNotContain(ExtractionTestHelper.Extract("News\n\nErdogan, speaking at a rally in Istanbul, said Turkey would never give up.").Quotations,
            q => q.SpeakerId == "turkiye");

    [Theory]
    [InlineData("The governor said the roads would reopen.", "governor")]
    [InlineData("The mayor said the roads would reopen.", "mayor")]
    [InlineData("The Massachusetts governor said the roads would reopen.", "Massachusetts governor")]
    public void An_office_holder_described_without_a_name_speaks(string paragraph, string speaker) =>
        Assert.Equal(speaker, OnlyQuote(paragraph).Speaker);

    [Fact]
    public void A_participle_after_a_description_and_a_name_in_apposition_is_the_persons() =>
        Assert.Equal("Mohamed Salem Ould Salek", SpeakerOf("The Polisario Front wants a vote. A Polisario spokesman, Mohamed Salem Ould Salek, "
            + "rejected the proposal, saying the people had a right to a referendum.", "the people had"));

    [Fact]
    public void What_is_said_in_a_relative_clause_ends_with_the_clause() =>
        Assert.Equal(("tunnels cross its border", "Egypt"), OnlyQuote("Egypt, which has denied that tunnels cross its border, did not immediately respond."));

    [Fact]
    public void A_participle_after_a_possessive_is_no_cue() =>
        Assert.Empty(ExtractionTestHelper.Extract("News\n\nMali's ruling colonels, who seized power in 2020, have cut ties with France.").Quotations);

    [Fact]
    public void A_participle_after_a_noun_governed_by_a_preposition_is_no_cue() =>
        Assert.Equal(("the deal is too lenient on rebels accused of war crimes", "critics"),
            OnlyQuote("Critics say the deal is too lenient on rebels accused of war crimes."));

    [Fact]
    public void What_a_speaker_inside_a_relative_clause_says_ends_with_the_clause() =>
        Assert.Equal(("are backed by Rwanda", "Congo's government"),
            OnlyQuote("The rebels, who Congo's government says are backed by Rwanda, paraded through the streets of the city."));

    [Theory]
    [InlineData("The talks will continue, a senior official said on condition of anonymity.")]
    [InlineData("The talks will continue, a senior official said on condition of anonymity because he was not authorised to speak publicly.")]
    public void What_comes_before_a_cue_said_on_condition_of_anonymity_was_said(string paragraph) =>
        Assert.Equal(("The talks will continue", "senior official"), OnlyQuote(paragraph));

    [Theory]
    [InlineData("A senior police officer in Srinagar, who spoke on condition of anonymity, said two militants were killed.", "senior police officer")]
    [InlineData("Fighters from the coastal city of Misrata said they had pushed back the attack.", "fighters")]
    [InlineData("Residents of Aden, Yemen's main southern city, said the city remained calm.", "residents")]
    [InlineData("The RSF, led by Mohamed Hamdan Daglo, better known as Hemedti, said the war was over.", "Rapid Support Forces")]
    public void People_in_or_from_a_place_speak_not_the_place(string paragraph, string speaker) =>
        Assert.Equal(speaker, OnlyQuote(paragraph).Speaker);

    [Fact]
    public void A_quotation_ending_a_paragraph_is_not_reported_by_the_next_paragraph()
    {
        var text = "Policy news\n\n\"We will retake the city,\" said Colonel Rajesh Kalia. \"We responded effectively.\"\n\nPakistan's army denied the accusation.";
        var result = ExtractionTestHelper.Extract(text);
        var second = Assert.Single(result.Quotations, q => q.Content.Of(text).StartsWith("We responded", StringComparison.Ordinal));
        Assert.Equal("Rajesh Kalia", ExtractionTestHelper.EntityOf(result, second.SpeakerId).CanonicalName);
    }

    [Fact]
    public void The_group_is_no_body_named_only_further_on() =>
        Assert.Equal("Alliance Army", SpeakerOf("The Alliance Army said its fighters had advanced. \"The town is in our hands,\" the group said on Telegram. "
            + "\"The junta is losing ground,\" said Richard Horsey of the International Crisis Group.", "The town is"));

    [Fact]
    public void Who_after_a_description_set_off_after_a_name_is_that_person() =>
        Assert.Equal("Abdourahamane Tiani", SpeakerOf("General Abdourahamane Tiani, the former head of the presidential guard who declared himself "
            + "head of state after the coup, has accused ECOWAS of planning an invasion.", "himself head of state"));

    [Fact]
    public void A_countrys_office_holder_is_not_another_countrys_named_later() =>
        Assert.NotEqual("Benjamin Netanyahu", SpeakerOf("Israel and Hamas have agreed to a ceasefire, Qatar's prime minister announced on Wednesday. "
            + "Israeli Prime Minister Benjamin Netanyahu's office said some details were still being finalised.", "Israel and Hamas"));

    [Fact]
    public void A_body_named_before_the_word_for_its_kind_speaks()
    {
        var result = ExtractionTestHelper.Extract("News\n\nThe M23 movement said it had captured Goma.");
        Assert.Equal("M23", ExtractionTestHelper.EntityOf(result, Assert.Single(result.Quotations).SpeakerId).CanonicalName);
    }

    [Theory]
    [InlineData("Residents of nearby Atarib said they had heard explosions throughout the night.", "they had", "Residents of nearby Atarib")]
    [InlineData("At least 17 soldiers were killed, according to two military sources.", "At least", "two military sources")]
    [InlineData("PNH spokeswoman Inspector Jocelyne Fleurimond said police units had pushed the gangs out.", "police", "Jocelyne Fleurimond")]
    public void Speakers_described_by_where_they_are_and_what_they_are(string sentence, string quoteStart, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(sentence, quoteStart));

    [Fact]
    public void How_someone_was_reached_is_not_what_they_said() =>
        Assert.Empty(ExtractionTestHelper.Extract("News\n\nJohn Smith told AFP by telephone from Pemba, where he fled by boat with his family.").Quotations);

    [Fact]
    public void A_radio_station_is_a_body_told()
    {
        var result = ExtractionTestHelper.Extract("News\n\nPierre Lamarque told Radio Okapi that the town had fallen.");
        var quote = Assert.Single(result.Quotations);
        Assert.Equal("Radio Okapi", ExtractionTestHelper.EntityOf(result, quote.AddresseeId!).CanonicalName);
        Assert.Equal(EntityType.Organization, ExtractionTestHelper.EntityOf(result, quote.AddresseeId!).Type);
    }

    [Fact]
    public void A_person_described_after_the_cue_with_no_name_is_the_speaker() =>
        Assert.Equal("farmer", SpeakerOf("Colonel Bekele Gudeta said the army was ready. \"We heard the trucks all night,\" said a farmer in Badme "
            + "who asked not to be named, \"and in the morning we saw new positions on the hill.\"", "We heard"));

    [Theory]
    [InlineData("The Philippines urged both sides to observe the ceasefire and offered to send observers to the border.",
        "both sides to observe the ceasefire|send observers to the border")]
    [InlineData("Amnesty International urged the authorities to protect civilians and to investigate reports that two civilians were killed.",
        "the authorities to protect civilians and to investigate reports that two civilians were killed")]
    [InlineData("Separatist leaders declared the independence of Ambazonia in October 2017, and since 2018 armed groups have exercised control.",
        "the independence of Ambazonia in October 2017")]
    [InlineData("The World Food Programme called for safe passage for its convoys, which have not reached the city since June.",
        "safe passage for its convoys")]
    [InlineData("The minister outlined his priorities for the island, which included holding elections within the year.",
        "his priorities for the island, which included holding elections within the year")]
    public void Where_what_was_said_ends(string sentence, string contents)
    {
        var text = "News\n\n" + sentence;
        Assert.Equal(contents.Split('|'), ExtractionTestHelper.Extract(text).Quotations.OrderBy(q => q.Content.Start).Select(q => q.Content.Of(text)));
    }

    [Fact]
    public void Unknown_names_that_open_a_sentence_and_speak_are_a_person() =>
        Assert.Equal("Anucha Srisawat", SpeakerOf("Anucha Srisawat called on Cambodia to return to talks.", "Cambodia"));

    [Theory]
    [InlineData("\"Anyone who approaches these areas puts himself in danger,\" Avichay Adraee wrote on X.", "X")]
    [InlineData("In a statement posted on Telegram, the group's spokesman, Hussein al-Shami, said the town had fallen.", "Telegram")]
    [InlineData("The Taliban spokesman Zabihullah Mujahid said in a post on X that the valley was calm.", "X")]
    public void The_platform_a_statement_was_posted_on_is_told(string sentence, string platform)
    {
        var result = ExtractionTestHelper.Extract("News\n\n" + sentence);
        var quote = Assert.Single(result.Quotations);
        Assert.Equal(platform, ExtractionTestHelper.EntityOf(result, quote.AddresseeId!).CanonicalName);
    }

    [Fact]
    public void A_letter_X_elsewhere_is_no_platform() =>
        Assert.DoesNotContain(ExtractionTestHelper.Extract("News\n\nThe army said the X factor mattered.").Entities, e => e.CanonicalName == "X");

    [Fact]
    public void The_platform_does_not_urge() =>
        Assert.Equal("Lawrence Kanyuka", SpeakerOf("\"Goma is under our control,\" Lawrence Kanyuka, a spokesman for the rebel alliance, said in a statement "
            + "posted on X, urging residents to stay calm.", "residents"));

    [Fact]
    public void A_quotation_before_an_attribution_that_says_only_how_it_was_told_is_what_was_said() =>
        Assert.Equal("Ahmed Khalil", SpeakerOf("\"We are ready,\" Ahmed Khalil told the Associated Press by telephone from Pemba, where he fled.", "We are ready"));

    [Fact]
    public void A_war_crimes_tribunal_keeps_its_name() =>
        Assert.Equal("war crimes tribunal", SpeakerOf("The war crimes tribunal said the case was closed.", "the case"));

    [Fact]
    public void A_name_that_owns_what_follows_the_cue_opens_what_was_said() =>
        Assert.Equal(("the Peshmerga's return would bring displaced families home", "Shwan Mahmoud Karim"),
            OnlyQuote("Shwan Mahmoud Karim, a lawmaker from Kirkuk, said the Peshmerga's return would bring displaced families home."));

    [Fact]
    public void It_said_after_a_bodys_statement_is_that_body_speaking_again() =>
        Assert.Equal("Israel Defense Forces", SpeakerOf("The Israel Defense Forces (IDF) said in a statement that troops of the Golani Brigade had "
            + "located several tunnel shafts. It said the army now held the entire corridor.", "the army now held"));

    [Theory]
    [InlineData("The Houthi movement said on Monday that its fighters had taken full control of al-Juba district, bringing the front line "
        + "to within 15 kilometres of Marib.", "its fighters had taken full control of al-Juba district")]
    [InlineData("Andriy Melnychuk said the loss of the town showed the price of delay in military aid, in a reference to a US package stalled in Congress.",
        "the loss of the town showed the price of delay in military aid")]
    public void The_narrators_adjunct_after_reported_speech_is_not_part_of_it(string paragraph, string content) =>
        Assert.Equal(content, OnlyQuote(paragraph).Content);

    [Fact]
    public void A_gerund_cue_with_that_after_a_report_opens_a_second_report_of_the_same_speaker()
    {
        var text = "Policy news\n\nOkafor said the defence would challenge the court's jurisdiction, arguing that the case concerned state funds.";
        var result = ExtractionTestHelper.Extract(text);
        Assert.Equal(["the defence would challenge the court's jurisdiction", "the case concerned state funds"],
            result.Quotations.Select(q => q.Content.Of(text)));
        Assert.All(result.Quotations, q => Assert.Equal("Okafor", ExtractionTestHelper.EntityOf(result, q.SpeakerId).CanonicalName));
    }

    [Fact]
    public void A_body_named_before_its_kind_after_its_countrys_possessive_is_that_body() =>
        Assert.Equal("Houthis", SpeakerOf("Yemen's Houthi movement said on Monday that its fighters had taken the district.", "its fighters"));

    [Fact]
    public void The_body_apposed_to_what_a_country_owns_says_what_its_second_verb_says() =>
        Assert.Equal("National People's Movement", SpeakerOf("Malawi's main opposition party, the National People's Movement (NPM), on Monday rejected "
            + "the official results and said it would challenge them in court.", "it would challenge"));

    [Theory]
    [InlineData("Fighting went on. \"They came in on pickup trucks,\" a trader who gave his name only as Yasir told AFP.", "Yasir")]
    [InlineData("Fighting went on. \"They came in on pickup trucks,\" a trader named Yasir told AFP.", "Yasir")]
    [InlineData("Fighting went on. \"They came in on pickup trucks,\" a trader told AFP.", "trader")]
    public void A_described_speaker_after_a_quote_is_the_name_given_or_the_description(string paragraph, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(paragraph, "They came"));

    [Fact]
    public void A_hospital_admitting_patients_admits_nothing() =>
        Assert.DoesNotContain(ExtractionTestHelper.Extract("Health news\n\nMSF said it had admitted more than 1,800 patients in the past two weeks.").Quotations,
            q => q.Cue == "admitted");

    [Fact]
    public void The_outlet_a_body_spoke_through_does_not_say_what_the_body_says() =>
        Assert.Equal("Islamic State Sahel Province", SpeakerOf("The Islamic State Sahel Province (ISSP) claimed the attack through its Amaq news agency, "
            + "saying its fighters had seized weapons.", "its fighters"));

    [Theory]
    [InlineData("\"We hold the town,\" the commander told Radio Okapi.", "Radio Okapi")]
    [InlineData("\"We hold the town,\" the commander told BBC Amharic.", "BBC Amharic")]
    public void A_news_outlet_told_is_the_addressee(string paragraph, string outlet)
    {
        var text = "Policy news\n\n" + paragraph;
        var result = ExtractionTestHelper.Extract(text);
        var quote = Assert.Single(result.Quotations);
        Assert.Equal(outlet, ExtractionTestHelper.EntityOf(result, quote.AddresseeId!).CanonicalName);
    }

    [Theory]
    [InlineData("A local official said the talks had failed.", "local official")]
    [InlineData("A former official said the talks had failed.", "former official")]
    [InlineData("The acting governor said the talks had failed.", "acting governor")]
    [InlineData("A local official in Maqbanah who asked not to be named said the talks had failed.", "local official")]
    [InlineData("A local official in Maqbanah said the talks had failed.", "local official")]
    public void A_described_person_speaks_with_the_words_that_describe_them(string paragraph, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(paragraph, "the talks"));
}
